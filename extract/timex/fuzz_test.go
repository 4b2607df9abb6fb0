package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"On the night of November 8-9, a mortar crew of the 10th mountain rifle division fired.",
		"As of 6 a.m. on February 28, since the start of the war, 7,095 were killed.",
		"between 1 and 5 November, from 30 September to 2 October 2020, in the early 90s",
		"2020-11-08 11/08/2020 26.02.2022 T-72 S-300 Mi-8 3-2 4.5 20% $2020",
		"last night, overnight into Tuesday, the day before yesterday, two days later",
		"in mid-", "the night of", "as of", "since the", "Nov.", "'90s", "November 31",
		"on 26–27 February — Şuşa’s “liberation”", "\xff\xfe November 8 \x80",
		"May 9, 1945 and early 2022 and the summer of 2022 and the end of",
	}
	for _, s := range seeds {
		f.Add(s, int64(0))
		f.Add(s, date("2022-03-02").Unix())
	}
	f.Fuzz(func(t *testing.T, s string, pub int64) {
		ref := Ref{Year: 2020, ConflictStart: date("2020-09-27")}
		if pub != 0 {
			ref.Published = time.Unix(pub%(200*365*86400), 0).UTC()
		}
		es := Find(s, ref)
		checkInvariants(t, s, es)
		if utf8.ValidString(s) {
			for _, e := range es {
				if !utf8.ValidString(e.Text) {
					t.Fatalf("span %d..%d cuts a rune of %q", e.Start, e.End, s)
				}
			}
		}
	})
}
