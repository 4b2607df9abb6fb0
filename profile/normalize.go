package profile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps letters with diacritics to the letter readers treat them
// as when they type a name in English. Transliterations of the same name
// differ mostly in these marks (Şuşa/Shusha via "Susa", Füzuli/Fuzuli), so
// folding them lets one alias serve every spelling that only differs there.
var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(to rune, from string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add('a', "àáâãäåāăąǎǻạảấầẩẫậắằẳẵặəǝɑ")
	add('c', "çćĉċč")
	add('d', "ďđð")
	add('e', "èéêëēĕėęěẹẻẽếềểễệ")
	add('g', "ĝğġģǧ")
	add('h', "ĥħ")
	add('i', "ìíîïĩīĭįıǐỉịİ")
	add('j', "ĵ")
	add('k', "ķǩ")
	add('l', "ĺļľŀł")
	add('n', "ñńņňŉ")
	add('o', "òóôõöøōŏőǒọỏốồổỗộớờởỡợ")
	add('r', "ŕŗř")
	add('s', "śŝşšșß")
	add('t', "ţťŧț")
	add('u', "ùúûüũūŭůűųǔǖǘǚǜụủứừửữự")
	add('w', "ŵẁẃẅ")
	add('y', "ýÿŷỳỹỵ")
	add('z', "źżž")
	add('е', "ё")
	return m
}()

// asciiFold maps ASCII letters and digits to their folded byte, and
// everything else to 0.
var asciiFold = func() (t [128]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// foldRune returns the matching form of a letter or digit: lower case,
// Latin diacritics removed.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	l := unicode.ToLower(r)
	if f, ok := foldTable[l]; ok {
		return f
	}
	return l
}

// isApostrophe reports the marks that transliterations put inside names
// (Kup'yans'k, Mar’inka) and English uses for the possessive.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', 'ʹ', '`', '´', '‘', 'ʻ', 'ʽ', '′':
		return true
	}
	return false
}

// isJoiner reports the one-character gaps that continue a name rather than
// separate two words: hyphens and en dashes (Karin-Tak, Turkish-Azerbaijani)
// and the period of an abbreviation (U.S.).
func isJoiner(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '.', '·':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gap kinds between two tokens.
const (
	gapBreak = iota // punctuation or a paragraph: a name cannot go on
	gapSpace        // white space: a name goes on where its pattern has a space
	gapJoin         // a hyphen or a period, or nothing: a name may go on anywhere
)

// token is one word of a text: its bytes in the text and its folded form in
// the scratch buffer of the tokenization.
type token struct {
	start, end int  // byte offsets in the original text
	nb, ne     int  // offsets of the folded form in tokens.buf
	gap        int  // kind of the gap after this token
	upper      bool // the word does not start with a lower-case letter
}

type tokens struct {
	buf  []byte
	toks []token
}

// tokenize splits text into words and folds them. A word is a run of letters
// and digits; apostrophes inside a word are dropped (Mar'inka -> marinka)
// except a possessive "'s" at its end, which ends the word (Kyiv's -> kyiv).
// Combining marks are dropped, which folds decomposed diacritics.
func tokenize(text string, t *tokens) {
	t.buf = t.buf[:0]
	t.toks = t.toks[:0]
	i := 0
	n := len(text)
	for i < n {
		// Find the start of a word.
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		tok := token{start: i, nb: len(t.buf), upper: startsUpperAt(text, i)}
		for i < n {
			c := text[i]
			var r rune
			var size int
			if c < utf8.RuneSelf {
				// ASCII fast path: most news text is ASCII.
				if f := asciiFold[c]; f != 0 {
					t.buf = append(t.buf, f)
					i++
					tok.end = i
					continue
				}
				r, size = rune(c), 1
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					t.buf = utf8.AppendRune(t.buf, foldRune(r))
					i += size
					tok.end = i
					continue
				}
				if unicode.Is(unicode.Mn, r) {
					i += size
					tok.end = i
					continue
				}
			}
			if isApostrophe(r) {
				// Inside a word only when a letter follows, and not the
				// possessive 's.
				j := i + size
				if j < n {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) {
						if (r2 == 's' || r2 == 'S') && !followsWord(text, j+s2) {
							break
						}
						i = j
						continue
					}
				}
			}
			break
		}
		tok.ne = len(t.buf)
		t.toks = append(t.toks, tok)
	}
	// Classify the gaps.
	for k := 0; k+1 < len(t.toks); k++ {
		g := text[t.toks[k].end:t.toks[k+1].start]
		if g == " " {
			t.toks[k].gap = gapSpace // the common case
			continue
		}
		t.toks[k].gap = classifyGap(g)
		// A period and a space continue a name only after an abbreviation
		// ("St. Petersburg", "U.S. State Department"), not after a word
		// that ends a sentence.
		if t.toks[k].gap == gapSpace && g[0] == '.' && t.toks[k].ne-t.toks[k].nb > 3 {
			t.toks[k].gap = gapBreak
		}
	}
	if len(t.toks) > 0 {
		t.toks[len(t.toks)-1].gap = gapBreak
	}
}

// followsWord reports whether a word rune starts at text[i:].
func followsWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func classifyGap(g string) int {
	if g == "" {
		return gapJoin
	}
	r, size := utf8.DecodeRuneInString(g)
	if size == len(g) {
		if isJoiner(r) {
			return gapJoin
		}
		if isApostrophe(r) {
			// An apostrophe left between two words is a possessive: a name
			// goes on only where it has a boundary there ("Armenia's
			// Defense Ministry"), so "Go's" is not "Gos".
			return gapSpace
		}
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\n' {
			return gapSpace
		}
		return gapBreak
	}
	// A run of white space with at most one line break, possibly after the
	// period of an abbreviation ("St. Petersburg", "Gen. Smith").
	if g[0] == '.' {
		g = g[1:]
	}
	newlines := 0
	for _, r := range g {
		switch r {
		case ' ', '\t', '\u00a0', '\r':
		case '\n':
			newlines++
		default:
			return gapBreak
		}
	}
	if newlines > 1 {
		return gapBreak
	}
	return gapSpace
}

// Key returns the form under which names are compared: folded, without
// spaces, hyphens, apostrophes or punctuation. "Karin-Tak", "Karintak" and
// "KARIN TAK" have one key; so do "Şuşa" and "Susa".
func Key(name string) string {
	var t tokens
	tokenize(name, &t)
	return string(t.buf)
}

// keyTokens returns the folded words of a name and the byte positions in
// the joined key where a word boundary is.
func keyTokens(name string) (key string, bounds []int) {
	var t tokens
	tokenize(name, &t)
	for k := 1; k < len(t.toks); k++ {
		bounds = append(bounds, t.toks[k].nb)
	}
	return string(t.buf), bounds
}

// startsUpper reports whether the first letter of s is upper case (or of a
// script without case).
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// lowerASCII is strings.ToLower for host names and weapon names.
func lowerASCII(s string) string { return strings.ToLower(s) }
