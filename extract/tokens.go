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
	fl    uint8
}

// Token flags, computed once at tokenization so that clause scans do not
// look words up again and again.
const (
	flStrong uint8 = 1 << iota // ends a clause: ; : but whereas …
	flWeak                     // ends a minimal clause: , which as following …
	flTrig                     // may start a trigger
)

func flagsOf(t *tok) uint8 {
	var f uint8
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
var wordFlags = func() map[string]uint8 {
	m := map[string]uint8{}
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
	return m
}()

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
		r, n := utf8.DecodeRuneInString(body[i:e])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			t := tok{s: i, e: i + n, w: body[i : i+n], punct: true}
			t.quote = r == '"' || r == '“' || r == '”' || r == '«' || r == '»'
			t.fl = flagsOf(&t)
			out = append(out, t)
			i += n
			continue
		}
		j := i + n
		prevDigit := unicode.IsDigit(r)
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(body[j:e])
			if isWordRune(r2) {
				prevDigit = unicode.IsDigit(r2)
				j += n2
				continue
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
		t := tok{s: i, e: j, cap: unicode.IsUpper(r)}
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
