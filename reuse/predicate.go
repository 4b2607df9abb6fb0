package reuse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two reporters who name the same official, ministry or date the same way
// have not copied each other: "The General Staff of the Armed Forces of
// Ukraine said …" opens a thousand unrelated sentences, and so do "Armenian
// Ministry of Defense spokeswoman Shushan Stepanyan" and "since September
// 27". A copied passage repeats what was said, not only who said it and
// when. So a short passage must also share predicate words: content words
// written in lower case (names and titles of organisations are
// capitalised), that are not numbers, calendar words or the role nouns of
// attribution phrases ("spokesman", "adviser").

// smallPassage is the number of shared content pairs under which a passage
// is checked for predicate words: longer passages always carry them, and
// the check re-reads the sentences' text.
const smallPassage = 12

// lowOverlap is the pair similarity under which a passage of one sentence
// on each side is a shared formula inside otherwise different sentences
// ("The Armenian Ministry of Defense said … since September 27"), unless
// the two share a clause: at least strongPredicate predicate words. A
// sentence half copied into another one passes.
const (
	lowOverlap      = 0.35
	strongPredicate = 4
)

// roleWords are the common nouns of attribution phrases in English news
// (who speaks, not what is said), and prepositions the stop list lacks.
var roleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`spokesman spokeswoman spokesperson spokesmen spokespeople
	minister ministry ministries president vice prime governor mayor head chief commander
	commanders adviser advisor aide aides official officials secretary deputy representative
	representatives envoy ambassador press service office department staff general colonel
	leader leaders source sources statement statements told according
	near since despite during against across toward towards along around through without within
	amid among until via per beyond behind beside between`) {
		m[w] = true
	}
	return m
}()

// calendarWords are month and weekday names and their abbreviations: dates
// are shared by everything reported on one day.
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september
	october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
	wednesday thursday friday saturday sunday today yesterday tonight morning evening night`) {
		m[w] = true
	}
	return m
}()

// predicateWords returns the sorted distinct hashes of the predicate words
// of the sentences of a listed by index. In a line written in Title Case
// (a headline: no content word in lower case) capitals say nothing, and
// every content word counts.
func predicateWords(a *analysis, idx []int, canon func(string) string) []uint64 {
	var out []uint64
	var buf []byte
	for _, i := range idx {
		s := a.Sentences[i]
		text := a.Body[s.Start:s.End]
		title := titleCase(text)
		for k := 0; k < len(text); {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !isWordRune(r) {
				k += n
				continue
			}
			upper, digit := unicode.IsUpper(r) && !title, false
			buf = buf[:0]
			for k < len(text) {
				r, n := utf8.DecodeRuneInString(text[k:])
				if !isWordRune(r) {
					break
				}
				digit = digit || unicode.IsDigit(r)
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				k += n
			}
			if upper || digit || stopWords[string(buf)] || roleWords[string(buf)] || calendarWords[string(buf)] {
				continue
			}
			w := normaliseBytes(buf, canon)
			if stopWords[string(w)] {
				continue
			}
			out = append(out, hashBytes(w))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// saysSomething reports whether a short passage shares what was said and
// not only who said it and when (see above), and is not one sentence
// pattern filled with other names: "Aliyev said on Friday that the army had
// liberated the town of Hadrut" is not a copy of the same words about
// Jabrayil, nor "27 marines were killed near Pavlivka" of "about 300". Each
// side then names something, or gives a figure, the other does not. (Under
// lowOverlap the sentences differ anyway, half of one may be spliced into
// another, and the predicate test decides.)
func saysSomething(n, c *analysis, p *passage, canon func(string) string) bool {
	if p.shared >= smallPassage {
		return true
	}
	if p.sim >= lowOverlap {
		na, nb := names(n, p.is, canon)
		ca, cb := names(c, p.js, canon)
		if namesDiffer(na, ca) || (hasUnmatchedExact(nb, cb) && hasUnmatchedExact(cb, nb)) {
			return false
		}
	}
	pred := intersectCount(predicateWords(n, p.is, canon), predicateWords(c, p.js, canon))
	if pred < 2 {
		return false
	}
	if len(p.is) == 1 && len(p.js) == 1 && p.sim < lowOverlap && pred < strongPredicate {
		return false
	}
	return true
}

// titleCase reports whether a line has three or more content words and
// none of them starts in lower case.
func titleCase(text string) bool {
	content := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || stopWords[strings.ToLower(w)] {
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		content++
	}
	return content >= 3
}

// names returns the canonical forms of the capitalised words of the listed
// sentences that do not open them, and apart the words that start with a
// digit (figures, which must match exactly) (a sentence's first word is capitalised
// whatever it is), skipping Title Case lines, where capitals say nothing,
// and days and months: an editor adds "on Sunday" to a copy.
func names(a *analysis, idx []int, canon func(string) string) (out, figures []string) {
	for _, i := range idx {
		s := a.Sentences[i]
		text := a.Body[s.Start:s.End]
		if titleCase(text) {
			continue
		}
		for k, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsDigit(r) {
				figures = append(figures, w)
				continue
			}
			if k == 0 || !unicode.IsUpper(r) {
				continue
			}
			lw := strings.ToLower(w)
			if stopWords[lw] || roleWords[lw] || calendarWords[lw] {
				continue
			}
			out = append(out, string(normaliseBytes([]byte(lw), canon)))
		}
	}
	return out, figures
}

// hasUnmatchedExact reports whether a holds a value b lacks.
func hasUnmatchedExact(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// namesDiffer reports whether each list holds a name that matches none of
// the other's. Names match when equal after canonicalisation or when they
// are spelling variants (transliterations the profile does not list:
// "Kupyansk", "Kupiansk"): an edit distance of at most one in four letters,
// or one a prefix of the other ("Ukraine", "Ukrainian").
func namesDiffer(a, b []string) bool {
	return hasUnmatched(a, b) && hasUnmatched(b, a)
}

func hasUnmatched(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y || variant(x, y) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

func variant(x, y string) bool {
	n := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	if n < 4 {
		return false
	}
	if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
		return true
	}
	return editDistance(x, y, n/4) <= n/4
}

// editDistance is the Levenshtein distance of x and y over runes, or more
// than limit when it exceeds it.
func editDistance(x, y string, limit int) int {
	a, b := []rune(x), []rune(y)
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
