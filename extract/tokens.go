package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a sentence. Offsets are bytes in
// the document body, so that mentions found once over the whole body can be
// related to tokens without re-scanning.
type tok struct {
	s, e  int
	w     string // lower-cased word with ’ folded to ', or the punctuation mark
	punct bool
	cap   bool // the word starts with an upper-case letter
	quote bool // the token is a double quotation mark (“ ” ")
	inQ   bool // the token stands inside a quotation
	fl    uint16
}

// Token flags, computed once at tokenization so that clause scans do not
// look words up again and again.
const (
	flStrong    uint16 = 1 << iota // ends a clause: ; : but whereas …
	flWeak                         // ends a minimal clause: , which as following …
	flTrig                         // may start a trigger
	flReport                       // a reporting verb (reportVerbs)
	flRNoun                        // a report noun (reportNouns)
	flDeny                         // a denial verb (denyVerbs)
	flHedge                        // a hedge (hedges)
	flPlaceWord                    // a place anaphor or position word
)

// has reports whether the token carries any of the flags f.
func (t *tok) has(f uint16) bool { return t.fl&f != 0 }

func flagsOf(t *tok) uint16 {
	var f uint16
	if t.punct {
		switch t.w {
		case ";", ":", "?", "!":
			f |= flStrong | flWeak
		case ",", "–", "—", "-":
			f |= flWeak
		}
		return f
	}
	return wordFlags[t.w]
}

// wordFlags holds the flags of every word that has any.
var wordFlags = func() map[string]uint16 {
	m := map[string]uint16{}
	for w := range clauseWords {
		m[w] |= flWeak
	}
	m["that"] |= flWeak
	for _, w := range []string{"but", "whereas", "although", "though", "however", "yet"} {
		m[w] |= flStrong | flWeak
	}
	for w := range triggersByFirst {
		m[w] |= flTrig
	}
	for flag, words := range map[uint16]map[string]bool{flReport: reportVerbs, flRNoun: reportNouns,
		flDeny: denyVerbs, flHedge: hedges, flPlaceWord: placeAnaphors} {
		for w := range words {
			m[w] |= flag
		}
	}
	for w := range positionWords {
		m[w] |= flPlaceWord
	}
	return m
}()

// isSpaceByte reports ASCII white space as unicode.IsSpace does.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// isWordByte reports ASCII letters and digits.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits body[s:e] into tokens. A word keeps internal hyphens and
// apostrophes ("Karin-Tak", "hasn’t", "T-72") and internal commas and dots
// between digits ("7,095", "3.5").
func tokenize(body string, s, e int, out []tok) []tok {
	i := s
	for i < e {
		c := body[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if isSpaceByte(c) {
				i++
				continue
			}
			r = rune(c)
			if !isWordByte(c) {
				t := tok{s: i, e: i + 1, w: body[i : i+1], punct: true, quote: c == '"'}
				t.fl = flagsOf(&t)
				out = append(out, t)
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(body[i:e])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				t := tok{s: i, e: i + n, w: body[i : i+n], punct: true}
				t.quote = r == '“' || r == '”' || r == '«' || r == '»'
				t.fl = flagsOf(&t)
				out = append(out, t)
				i += n
				continue
			}
		}
		j := i + n
		prevDigit := c >= '0' && c <= '9' || c >= utf8.RuneSelf && unicode.IsDigit(r)
		for j < e {
			c2 := body[j]
			if c2 < utf8.RuneSelf && isWordByte(c2) {
				prevDigit = c2 <= '9'
				j++
				continue
			}
			r2, n2 := rune(c2), 1
			if c2 >= utf8.RuneSelf {
				r2, n2 = utf8.DecodeRuneInString(body[j:e])
				if isWordRune(r2) {
					prevDigit = unicode.IsDigit(r2)
					j += n2
					continue
				}
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‑' || ((r2 == ',' || r2 == '.') && prevDigit) {
				if j+n2 < e {
					r3, _ := utf8.DecodeRuneInString(body[j+n2 : e])
					if isWordRune(r3) && (r2 != ',' && r2 != '.' || unicode.IsDigit(r3)) {
						j += n2
						continue
					}
				}
			}
			break
		}
		w := body[i:j]
		t := tok{s: i, e: j, cap: c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)}
		t.w = lowerWord(w)
		t.fl = flagsOf(&t)
		out = append(out, t)
		i = j
	}
	return out
}

// lowerWord lower-cases w and folds typographic apostrophes, allocating only
// when something changes.
func lowerWord(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// fold collapses runs of white space to one space and trims, as the spec
// asks of a claim's sentence.
func fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// folded reports whether s is already as fold leaves it: no white space
// but single ASCII spaces between words. Most sentences are, and need no
// copy.
func folded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < utf8.RuneSelf:
			if isSpaceByte(c) {
				return false
			}
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
			// lead bytes of the non-ASCII spaces (U+0085, U+00A0,
			// U+1680, U+2000–U+205F, U+3000): decode to be sure
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// retractVerbs take back what their subject said before: "the ministry
// retracted its claim", "withdrew its statement about the capture of X".
// Said of a statement, they deny it; "withdraw" said of troops is a
// military withdrawal and keeps its trigger.
var retractVerbs = set("retracted", "retracts", "retract", "retracting", "withdrew", "withdraws", "withdraw", "withdrawn", "withdrawing")

// speechObjects are what can be retracted besides the report nouns.
var speechObjects = set("remarks", "comments", "post", "posts", "message", "publication", "article", "story", "tweet", "video", "footage", "bulletin", "denial")

// retractDeterminers may stand between a retraction verb and its object.
var retractDeterminers = set("its", "their", "his", "her", "the", "an", "a", "this", "that", "these", "those", "our", "my",
	"earlier", "previous", "own", "initial", "original", "erroneous", "false", "mistaken", "entire", "whole", "latest", "recent")

// markRetractions turns a retraction verb whose object is a statement into
// a denial verb, and takes it out of the event triggers.
func markRetractions(toks []tok) {
	for i := range toks {
		t := &toks[i]
		if t.punct || t.w[0] != 'r' && t.w[0] != 'w' || !retractVerbs[t.w] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			w := toks[k].w
			if reportNouns[w] || speechObjects[w] {
				t.fl = (t.fl | flReport | flDeny) &^ flTrig
				break
			}
			if toks[k].punct || !retractDeterminers[w] {
				break
			}
		}
	}
}
