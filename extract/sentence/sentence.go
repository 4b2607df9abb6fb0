package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: byte offsets into the text, End exclusive, trimmed
// of surrounding white space.
type Span struct{ Start, End int }

// Split returns the sentences of one paragraph of plain text.
func Split(text string) []Span {
	var spans []Span
	start := 0
	i := 0
	for i < len(text) {
		c := text[i]
		var termEnd int // end of the terminal punctuation run, 0 if none here
		switch {
		case c == '.' || c == '!' || c == '?':
			termEnd = i + 1
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6: // U+2026 …
			termEnd = i + 3
		default:
			i++
			continue
		}
		// Extend over a run of terminators ("?!", "...", ".…").
		for termEnd < len(text) {
			if b := text[termEnd]; b == '.' || b == '!' || b == '?' {
				termEnd++
				continue
			}
			if isEllipsisAt(text, termEnd) {
				termEnd += 3
				continue
			}
			break
		}
		if cut, ok := boundary(text, i, termEnd); ok {
			if s, ok := trim(text, start, cut); ok {
				spans = append(spans, s)
			}
			start = cut
		}
		i = termEnd
	}
	if s, ok := trim(text, start, len(text)); ok {
		spans = append(spans, s)
	}
	return mergeFragments(text, spans)
}

// boundary decides whether the terminal run text[ts:te] ends a sentence,
// and if so returns the offset just after the sentence (after any closing
// quotes or brackets).
func boundary(text string, ts, te int) (int, bool) {
	// An omission mark "[...]" or "(?)" is not a sentence end.
	if ts > 0 && (text[ts-1] == '[' || text[ts-1] == '(') {
		return 0, false
	}
	// Closing quotes and brackets belong to the sentence they close.
	j := te
	closed := false
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isCloser(r) {
			break
		}
		j += n
		closed = true
	}
	if j == len(text) {
		return j, true
	}
	// The next sentence must be separated by white space.
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isSpace(r) {
			break
		}
		k += n
	}
	if k == j {
		return 0, false
	}
	if k == len(text) {
		return j, true
	}
	next, n := utf8.DecodeRuneInString(text[k:])
	if next == '(' || next == '[' {
		// "(The ministry denied this.)" opens a sentence of its own.
		next, _ = utf8.DecodeRuneInString(text[k+n:])
		k += n
	}
	nextDigit := next >= '0' && next <= '9'
	if !(unicode.IsUpper(next) || unicode.IsTitle(next) || nextDigit || isOpenQuote(next)) {
		return 0, false
	}
	// Only a single full stop can be an abbreviation's.
	if te-ts != 1 || text[ts] != '.' || closed {
		return j, true
	}
	if isAbbreviation(text, ts, k, next, nextDigit) {
		return 0, false
	}
	return j, true
}

// isAbbreviation reports whether the full stop at p belongs to an
// abbreviation that continues the sentence into the word at k.
func isAbbreviation(text string, p, k int, next rune, nextDigit bool) bool {
	ws := p
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if r == '.' || r == '-' || unicode.IsLetter(r) || (r >= '0' && r <= '9') {
			ws -= n
			continue
		}
		break
	}
	w := text[ws:p]
	if w == "" {
		return false
	}
	var buf [16]byte
	lw, ok := lower(w, buf[:])
	if !ok {
		return false // too long to be an abbreviation
	}
	if allDigits(lw) {
		return false // "on Nov. 9. Gen. Smith": a number ends the sentence
	}
	// The last dot-separated piece decides for "Lt.Col." and the like.
	last := lw
	for i := len(lw) - 1; i >= 0; i-- {
		if lw[i] == '.' {
			last = lw[i+1:]
			break
		}
	}
	if isTitle(last) {
		return true
	}
	switch lw {
	case "vs", "v", "e.g", "i.e", "cf", "viz", "al", "approx", "ca", "fig", "figs", "nos", "ref", "refs", "no", "op", "pp", "vol", "art":
		// "No. The" or "Art. The" can end a sentence; before a number they
		// never do.
		if lw == "no" || lw == "nos" || lw == "art" || lw == "vol" || lw == "op" || lw == "fig" || lw == "figs" || lw == "ref" || lw == "refs" || lw == "pp" {
			return nextDigit
		}
		return true
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return nextDigit
	case "inc", "ltd", "co", "corp", "llc", "plc", "bros", "jr", "sr", "gmbh":
		return !startsSentence(text, k)
	}
	// An initial: one capital letter, as in "J. R. Smith" or "M. Zakharova".
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if isDottedAcronym(lw) {
		if nextDigit {
			return true
		}
		return !startsSentence(text, k)
	}
	return false
}

func isTitle(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpt",
		"adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "st", "mt", "ft", "pvt",
		"cpl", "lieut", "gens", "amb", "supt", "insp", "pres":
		return true
	}
	return false
}

// isDottedAcronym reports pieces like "u.s", "e.u", "a.m": letters in
// groups of one or two joined by dots. Web addresses have longer groups and
// so never count.
func isDottedAcronym(w string) bool {
	dots, run := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case c >= 'a' && c <= 'z':
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// startsSentence reports whether the word at k is one that usually opens a
// sentence, or an opening quote. After "U.S." or "Inc." only such a word is
// taken as the start of a new sentence.
func startsSentence(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if isOpenQuote(r) {
		return true
	}
	e := k
	for e < len(text) && e-k < 16 {
		c := text[e]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		e++
	}
	var buf [16]byte
	w, ok := lower(text[k:e], buf[:])
	if !ok {
		return false
	}
	switch w {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those",
		"there", "in", "on", "at", "but", "and", "however", "meanwhile", "according", "its", "their",
		"his", "her", "our", "as", "after", "before", "when", "while", "earlier", "later", "also",
		"since", "some", "many", "what", "why", "how", "who", "if", "yet", "so", "still", "both",
		"each", "one", "for", "from", "by", "during", "then", "thus", "nevertheless", "nonetheless",
		"moreover", "furthermore", "instead", "despite", "although", "though", "no", "not", "all",
		"most", "several", "such", "to", "with", "you", "my", "your", "other", "another":
		return true
	}
	return false
}

// lower copies ASCII-lowercased s into buf; ok is false when s does not fit
// or is not ASCII.
func lower(s string, buf []byte) (string, bool) {
	if len(s) > len(buf) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(s)]), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func isEllipsisAt(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0xA6
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A':
		return true
	}
	return false
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u2018', '\u00AB', '\u2039', '\u201E':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200B' || r == '\u2009' || r == '\u202F'
}

// trim returns text[s:e] without surrounding white space.
func trim(text string, s, e int) (Span, bool) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return Span{s, e}, e > s
}

// mergeFragments joins a piece with no letter or digit (a stray quote
// mark, a lone "…") to the sentence before it: it cannot be a sentence.
func mergeFragments(text string, spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	out := spans[:1]
	for _, s := range spans[1:] {
		if !hasWordChar(text[s.Start:s.End]) {
			out[len(out)-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if r < 0x80 {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				return true
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
