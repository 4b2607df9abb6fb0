package quantity

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  uint8 = iota // letters, digits and inner hyphens/apostrophes: "t-72", "enemy's", "10th", "152-mm"
	tNum                // a written number in digits: "7,095", "1.5", "7 095"
	tPunct              // one punctuation rune
)

type token struct {
	s, e int    // byte span in the text
	kind uint8  //
	w    string // the lowercased text (ASCII letters only) for words and numbers; the rune for punctuation
	// For tNum: the value read with grouping separators removed. dec is the
	// value when a lone dot with three digits after it ("1.500") is read as
	// a decimal point instead of a thousands separator; a scale word after
	// it ("1.500 million") decides.
	v, dec float64
	space  bool // white space precedes the token
}

// asciiLower lowercases ASCII letters only, so byte offsets stay those of
// the text.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < 0x80 {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func isAlnumAt(s string, i int) bool { return isDigitAt(s, i) || isLetterAt(s, i) }

// groupSep returns the width of a white-space thousands separator at i
// (space, no-break space, thin space, narrow no-break space), or 0.
func groupSep(s string, i int) (n int, strong bool) {
	if i >= len(s) {
		return 0, false
	}
	switch {
	case s[i] == ' ':
		return 1, false
	case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
		return 2, true
	case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF):
		return 3, true
	}
	return 0, false
}

// threeDigits reports whether exactly three digits start at i and no
// further digit follows them.
func threeDigits(s string, i int) bool {
	return isDigitAt(s, i) && isDigitAt(s, i+1) && isDigitAt(s, i+2) && !isDigitAt(s, i+3)
}

// tokenize splits text into words, numbers and punctuation. low is
// asciiLower(text).
func tokenize(text, low string, toks []token) []token {
	i := 0
	space := true
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				i++
				space = true
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) || r == '\u200B' {
				i += n
				space = true
				continue
			}
		}
		var t token
		switch {
		case isDigitAt(text, i):
			t = scanNumber(text, i, toks)
		case isLetterAt(text, i):
			t = token{s: i, e: scanWord(text, i), kind: tWord}
		default:
			_, n := utf8.DecodeRuneInString(text[i:])
			t = token{s: i, e: i + n, kind: tPunct}
		}
		t.w = low[t.s:t.e]
		t.space = space
		space = false
		toks = append(toks, t)
		i = t.e
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters and digits,
// with hyphens, apostrophes and acronym dots ("u.s") inside.
func scanWord(s string, i int) int {
	seg := 0 // letters since the last dot, for acronyms
	for i < len(s) {
		switch {
		case s[i] < 0x80 && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z'):
			i++
			seg++
		case s[i] >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == '\u2019' && isLetterAt(s, i+n) { // enemy’s
				i += n
				continue
			}
			if r == '\u2010' || r == '\u2011' { // Unicode hyphens inside a word
				if isAlnumAt(s, i+n) {
					i += n
					continue
				}
				return i
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				return i
			}
			i += n
			seg++
		case s[i] == '-' && isAlnumAt(s, i+1):
			i++
		case s[i] == '\'' && isLetterAt(s, i+1):
			i++
		case s[i] == '.' && seg <= 2 && isLetterAt(s, i+1) && !isLetterAt(s, i+2) && !isDigitAt(s, i+2):
			// "u.s", "a.m": one or two letters on each side of the dot.
			i++
			seg = 0
		default:
			return i
		}
	}
	return i
}

// scanNumber reads a number written in digits at i. A run of digits that
// runs into letters ("10th", "122mm"), a hyphen and letters ("152-mm") or a
// clock time ("10:30") is returned as a word, not a number.
//
// Thousands may be grouped by commas, by white space ("7 095", also thin
// and no-break spaces) or by dots ("7.095", common in translations from
// Russian and Ukrainian). A lone dot group is ambiguous, so the token keeps
// both readings and the caller decides: a count is never fractional, but
// "1.500 million" is.
func scanNumber(s string, i int, prev []token) token {
	start := i
	for isDigitAt(s, i) {
		i++
	}
	first := i - start
	v := digitsValue(s[start:i], 0)
	dec := v
	var kind byte // grouping separator in use: ',', ' ' or '.'
	groups := 0
	for first <= 3 {
		var sep byte
		n := 0
		switch {
		case i < len(s) && s[i] == ',' && threeDigits(s, i+1):
			sep, n = ',', 1
		case i < len(s) && s[i] == '.' && threeDigits(s, i+1):
			sep, n = '.', 1
		default:
			w, strong := groupSep(s, i)
			if w > 0 && threeDigits(s, i+w) && (strong || spaceGroupOK(s, i+w+3, prev)) {
				sep, n = ' ', w
			}
		}
		if sep == 0 || (kind != 0 && sep != kind) {
			break
		}
		kind = sep
		if sep == '.' && groups == 0 {
			dec = v + digitsValue(s[i+1:i+4], 0)/1000
		}
		groups++
		v = digitsValue(s[i+n:i+n+3], v)
		i += n + 3
	}
	if kind == '.' && groups > 1 {
		dec = -1 // "1.200.000" has no decimal reading
	}
	if kind == '.' {
		// A further dot cannot be a decimal point here.
		return finishNumber(s, start, i, v, dec)
	}
	if i+1 < len(s) && s[i] == '.' && isDigitAt(s, i+1) {
		j := i + 1
		scale := 1.0
		for isDigitAt(s, j) {
			scale /= 10
			v += float64(s[j]-'0') * scale
			j++
		}
		dec = v
		i = j
	} else {
		dec = v
	}
	return finishNumber(s, start, i, v, dec)
}

func digitsValue(d string, v float64) float64 {
	for k := 0; k < len(d); k++ {
		v = v*10 + float64(d[k]-'0')
	}
	return v
}

// spaceGroupOK guards "7 095" read as one number: not after a month name
// ("November 9 200 soldiers"), and not when a letter or more digits follow.
func spaceGroupOK(s string, end int, prev []token) bool {
	if isAlnumAt(s, end) || (end < len(s) && (s[end] == '.' || s[end] == ',') && isDigitAt(s, end+1)) {
		return false
	}
	if n := len(prev); n > 0 {
		p := prev[n-1]
		if p.kind == tPunct && p.w == "." && n > 1 {
			p = prev[n-2]
		}
		if _, ok := months[p.w]; ok {
			return false
		}
	}
	return true
}

func finishNumber(s string, start, i int, v, dec float64) token {
	// Digits glued to letters, a hyphen and letters, or a clock time make a
	// word: ordinals, calibres, model numbers, times.
	switch {
	case isLetterAt(s, i), i+1 < len(s) && s[i] == '-' && isLetterAt(s, i+1):
		return token{s: start, e: scanWord(s, i), kind: tWord}
	case i+1 < len(s) && s[i] == ':' && isDigitAt(s, i+1):
		j := i + 1
		for j < len(s) && (isDigitAt(s, j) || s[j] == ':') {
			j++
		}
		return token{s: start, e: j, kind: tWord}
	}
	return token{s: start, e: i, kind: tNum, v: v, dec: dec}
}
