package profile

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Azerbaijani forces captured Shusha (Shushi) and the Lachin-Shusha road.",
		"Karin-Tak, Karin Tak, Karin. Tak, Kyiv's, Kharkiv’s, U.S. State Department",
		"«Şuşa» — Füzuli; Cəbrayıl. pro-Russian and anti-Russian",
		"'s ' '' -- . .. \u00a0\n\n Z\u0301",
		"\xff\xfe broken utf8 Shu\xc3sha",
	} {
		f.Add(s)
	}
	ps, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range ps {
			check := func(kind string, start, end, prev int) {
				if start < 0 || end > len(text) || start >= end {
					t.Fatalf("%s span %d:%d outside %d bytes", kind, start, end, len(text))
				}
				if start < prev {
					t.Fatalf("%s spans overlap or unsorted: %d < %d", kind, start, prev)
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[start]) || (end < len(text) && !utf8.RuneStart(text[end]))) {
					t.Fatalf("%s span %d:%d splits a rune", kind, start, end)
				}
			}
			prev := 0
			for _, m := range p.Places.Find(text) {
				check("place", m.Start, m.End, prev)
				prev = m.End
			}
			prev = 0
			for _, m := range p.FindSides(text) {
				check("side", m.Start, m.End, prev)
				prev = m.End
			}
			prev = 0
			for _, m := range p.FindActors(text) {
				check("actor", m.Start, m.End, prev)
				prev = m.End
			}
			prev = 0
			for _, m := range p.FindOutlet(text) {
				check("outlet", m.Start, m.End, prev)
				prev = m.End
			}
			p.Fit(text)
			p.Places.Lookup(text)
		}
	})
}
