package clean

import (
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"
)

// The hand-written scanners stand for these patterns; the tests hold them
// to it.
var (
	patURL    = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s\v<>()\[\]]+`) // \v ends a URL too, as in urlStop
	patEmail  = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	patMDLink = regexp.MustCompile(`\[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)`)
)

var scannerCases = []string{
	"", "see https://example.org/a_(b) and WWW.Example.com.", "http:// x www. www.y", "hhttp://z",
	"mail desk@wire.example, a@b, x@y@z.com, a@b.c. and .@x.y", "support@list.ru",
	"[South Front](#) 9 November", "[](https://x.example/v.mp4)", "[a [b](c) d", "[a] [b](c)",
	"[t](u \"title\") [t2](u2 \"open) [t3](a(b)c)", "[x](a(b c)", "[x](", "*[x](#)*, [y](#)",
	"[Comment on this](https://x.example/c)", "ab[c](d)(e)", "[é](ü)",
}

func regexpSpans(re *regexp.Regexp, s string) [][2]int {
	var out [][2]int
	for _, m := range re.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

func scanSpans(scan func(string, func(int, int)), s string) [][2]int {
	var out [][2]int
	scan(s, func(a, b int) { out = append(out, [2]int{a, b}) })
	return out
}

func regexpMDLinks(s string) (string, int) {
	n := 0
	out := patMDLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := patMDLink.FindStringSubmatch(m)
		t := sub[1]
		if t == "" {
			t = sub[2]
			if t == "#" {
				t = ""
			}
		}
		n += utf8.RuneCountInString(t)
		return t
	})
	return out, n
}

func checkScanners(t *testing.T, s string) {
	if got, want := scanSpans(urlSpans, s), regexpSpans(patURL, s); !slices.Equal(got, want) {
		t.Errorf("urlSpans(%q) = %v, pattern finds %v", s, got, want)
	}
	if got, want := scanSpans(emailSpans, s), regexpSpans(patEmail, s); !slices.Equal(got, want) {
		t.Errorf("emailSpans(%q) = %v, pattern finds %v", s, got, want)
	}
	gs, gn := replaceMDLinks(s)
	ws, wn := regexpMDLinks(s)
	if gs != ws || gn != wn {
		t.Errorf("replaceMDLinks(%q) = %q %d, pattern gives %q %d", s, gs, gn, ws, wn)
	}
}

func TestScannersMatchPatterns(t *testing.T) {
	for _, s := range scannerCases {
		checkScanners(t, s)
	}
}

func FuzzScanners(f *testing.F) {
	for _, s := range scannerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkScanners(t, s)
	})
}

// TestMatcher: the automaton finds exactly the lists strings.Contains
// finds, on phrases that overlap and nest.
func TestMatcher(t *testing.T) {
	lists := [][]string{{"share this", "this"}, {"his", "hi"}, {"donat", "на канал"}, {"zzz"}}
	m := newMatcher(lists...)
	for _, s := range []string{"", "share this post", "thi", "hi there", "please donate", "подпишитесь на канал", "shis", "zz z"} {
		var want uint64
		for bit, l := range lists {
			for _, p := range l {
				if regexp.MustCompile(regexp.QuoteMeta(p)).MatchString(s) {
					want |= 1 << bit
				}
			}
		}
		if got := m.scan(s); got != want {
			t.Errorf("scan(%q) = %b, want %b", s, got, want)
		}
	}
}
