package eval

import (
	"strings"
	"unicode"
)

// wordSet returns the set of words of s: lowercased runs of letters and
// digits. Apostrophes, straight or curly, are dropped rather than split on,
// so that "Aliyev’s" and "Aliyev's" give one word; every other non-letter,
// non-digit is a separator (quotes, dashes, Markdown markup).
func wordSet(s string) map[string]struct{} {
	set := map[string]struct{}{}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			set[b.String()] = struct{}{}
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			// inside a word: drop
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return set
}

// containment returns |a∩b|/|a| and |a∩b|/|b| and the Jaccard index.
func containment(a, b map[string]struct{}) (aInB, bInA, jaccard float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0, 0
	}
	small, large := a, b
	if len(small) > len(large) {
		small, large = large, small
	}
	n := 0
	for w := range small {
		if _, ok := large[w]; ok {
			n++
		}
	}
	union := len(a) + len(b) - n
	return float64(n) / float64(len(a)), float64(n) / float64(len(b)), float64(n) / float64(union)
}

// foldSpace folds every run of white space to one space and trims the ends.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
