package reuse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"two", "Troops advanced. The town fell.", []string{"Troops advanced.", "The town fell."}},
		{"quote", "“We hold it,” he said. “Nothing else.”", []string{"“We hold it,” he said.", "“Nothing else.”"}},
		{"lines", "One line\n\nTwo lines\nthree", []string{"One line", "Two lines", "three"}},
		{"no split before lower case", "At 6 a.m. troops moved.", []string{"At 6 a.m. troops moved."}},
		{"number", "It ended in 2020. 27 died.", []string{"It ended in 2020.", "27 died."}},
		{"empty", "  \n ", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(c.in) {
				got = append(got, c.in[sp[0]:sp[1]])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	canon := func(w string) string { return map[string]string{"shushi": "shusha"}[w] }
	a := analyse("The Armed Forces stormed Shushi’s outskirts, https://example.org/x.", canon).Sentences[0]
	b := analyse("the armed force stormed SHUSHA outskirts", canon).Sentences[0]
	if a.Hash != b.Hash || a.Content != 5 {
		t.Errorf("case, plural, possessive, alias and links should not matter: %+v vs %+v", a, b)
	}
	if a.Stops != 2 || len(a.Pairs) != 4 || len(a.Triples) != 3 {
		t.Errorf("stops %d pairs %d triples %d; want 2 (the, possessive s), 4, 3", a.Stops, len(a.Pairs), len(a.Triples))
	}
}

// FuzzAnalyse: analysis never panics, and sentence spans lie inside the
// body, in order, on rune boundaries.
func FuzzAnalyse(f *testing.F) {
	f.Add("Backed by heavy artillery, troops stormed the town. “It fell,” he said.\n\nNext.")
	f.Add("[South Front](#) 9 November 2020 … ok? yes! a.b.c")
	f.Add("\xff\xfe broken utf8 … Ünïcödé ТЕКСТ Şuşa")
	f.Fuzz(func(t *testing.T, body string) {
		a := analyse(body, strings.ToUpper)
		prev := 0
		for _, s := range a.Sentences {
			if s.Start < prev || s.End > len(body) || s.Start >= s.End {
				t.Fatalf("bad span [%d,%d) after %d in %q", s.Start, s.End, prev, body)
			}
			if utf8.ValidString(body) && !utf8.RuneStart(body[s.Start]) || (s.End < len(body) && !utf8.RuneStart(body[s.End])) {
				t.Fatalf("span [%d,%d) cuts a rune", s.Start, s.End)
			}
			if s.Content < 0 || len(s.Pairs) > max(s.Content-1, 0) || len(s.Triples) > max(s.Content-2, 0) {
				t.Fatalf("inconsistent counts %+v", s)
			}
			prev = s.End
		}
	})
}
