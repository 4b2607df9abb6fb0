package reuse

import (
	"context"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// Paragraphs of our own, not from the seeds.
const (
	pRepel  = "Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday, the regional military administration said in a statement."
	pDamage = "According to the governor, at least twelve residential buildings were damaged by shelling overnight, and power lines were cut in three districts."
	pEvac   = "Local officials said the evacuation of civilians from the eastern suburbs of Kharkiv would continue through the weekend despite the fighting."
	fillA   = "The weather turned cold as the first snow fell on the hills above the river valley."
	fillB   = "Markets in the capital stayed open and prices of bread and fuel held steady for a second week."
	fillC   = "A new bridge over the canal is expected to open to traffic before the end of next spring."
)

func canonUA(w string) string {
	return map[string]string{"kharkov": "kharkiv", "bilogorovka": "bilohorivka"}[w]
}

func doc(id, outlet, date string, paras ...string) *claimtrail.Document {
	return &claimtrail.Document{ID: id, Outlet: outlet, Published: date, Body: strings.Join(paras, "\n\n")}
}

// TestRobustness: one case per kind of edit copy editors make, and cases
// that must not count as reuse.
func TestRobustness(t *testing.T) {
	cases := []struct {
		name string
		a, b *claimtrail.Document
		// want lists the passages of b expected to be found (substrings of
		// b's side of each record), none for no reuse.
		want []string
	}{
		{"verbatim", doc("a", "Alpha", "2022-05-01", fillA, pDamage), doc("b", "Beta", "2022-05-02", fillB, pDamage),
			[]string{pDamage}},
		{"name variant", doc("a", "Alpha", "2022-05-01", pEvac), doc("b", "Beta", "2022-05-02", fillB,
			strings.ReplaceAll(pEvac, "Kharkiv", "Kharkov")), []string{"Kharkov"}},
		{"punctuation and quotes", doc("a", "Alpha", "2022-05-01", pDamage), doc("b", "Beta", "2022-05-02",
			"“According to the governor – at least twelve residential buildings were damaged by shelling overnight; and power lines were cut in three districts”."),
			[]string{"residential buildings"}},
		{"dropped clause", doc("a", "Alpha", "2022-05-01", pRepel), doc("b", "Beta", "2022-05-02", fillC,
			"Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday."), []string{"repelled an attack"}},
		{"added clause", doc("a", "Alpha", "2022-05-01", pDamage), doc("b", "Beta", "2022-05-02",
			"According to the governor, at least twelve residential buildings were damaged by heavy Russian shelling overnight on Sunday, and power lines were cut, officials said, in three districts."),
			[]string{"residential buildings"}},
		{"moved paragraphs", doc("a", "Alpha", "2022-05-01", pRepel, fillA, pDamage), doc("b", "Beta", "2022-05-02", pDamage, fillB, pRepel),
			[]string{pDamage, pRepel}},
		{"split sentence", doc("a", "Alpha", "2022-05-01", pDamage), doc("b", "Beta", "2022-05-02", fillB,
			"According to the governor, at least twelve residential buildings were damaged by shelling overnight. Power lines were also cut in three districts."),
			[]string{"twelve residential buildings were damaged by shelling overnight. Power lines"}},
		{"joined sentences", doc("a", "Alpha", "2022-05-01", "According to the governor, at least twelve residential buildings were damaged by shelling overnight. Power lines were also cut in three districts."),
			doc("b", "Beta", "2022-05-02", pDamage), []string{pDamage}},
		{"same story in other words", doc("a", "Alpha", "2022-05-01", pDamage), doc("b", "Beta", "2022-05-02",
			"The governor reported that a dozen homes were hit in the night's bombardment and that electricity failed in several districts."), nil},
		{"short generic line", doc("a", "Alpha", "2022-05-01", fillA, "The situation remains tense."),
			doc("b", "Beta", "2022-05-02", fillB, "The situation remains tense."), nil},
		{"same outlet template", doc("a", "Alpha", "2022-05-01", fillA, "Support our independent journalism with a donation of any amount through our website today."),
			doc("b", "Alpha", "2022-05-02", fillB, "Support our independent journalism with a donation of any amount through our website today."), nil},
		{"navigation line", doc("a", "Alpha", "2022-05-01", fillA, "Region: Europe, Ukraine, Russia, Donbas, Kharkiv Oblast, Sumy Oblast"),
			doc("b", "Beta", "2022-05-02", fillB, "Region: Europe, Ukraine, Russia, Donbas, Kharkiv Oblast, Sumy Oblast"), nil},
		// Who said it and when is not what was said: reporters name the same
		// officials and dates the same way without copying each other.
		{"same attribution, other statement", doc("a", "Alpha", "2022-05-01", fillA,
			"The Operational Command South of the Armed Forces of Ukraine published its evening summary."),
			doc("b", "Beta", "2022-05-02", fillB,
				"The Operational Command South of the Armed Forces of Ukraine said two boats had been sunk near the spit."), nil},
		{"same name and title", doc("a", "Alpha", "2022-05-01", fillA,
			"Natalia Humeniuk, spokeswoman for the Southern Defence Forces, called the report propaganda."),
			doc("b", "Beta", "2022-05-02", fillB, "Natalia Humeniuk is the spokeswoman of the Southern Defence Forces."), nil},
		{"same source and date, other figures", doc("a", "Alpha", "2022-05-01", fillA,
			"The Ukrainian Air Force Command said 14 drones had been launched at the city since February 24."),
			doc("b", "Beta", "2022-05-02", fillB,
				"The Ukrainian Air Force Command said its units had downed 31 cruise missiles over the region since February 24."), nil},
		{"half a sentence copied", doc("a", "Alpha", "2022-05-01", pEvac),
			doc("b", "Beta", "2022-05-02", fillB,
				"Rail services were suspended and the evacuation of civilians from the eastern suburbs of Kharkiv would continue through the weekend, while the city council, which met in emergency session on Monday evening, asked residents to stay in shelters until the shelling stopped."),
			[]string{"evacuation of civilians"}},
		{"headline in title case", doc("a", "Alpha", "2022-05-01", "Governor Says Twelve Buildings Damaged In Overnight Shelling Of Eastern Districts", fillA),
			doc("b", "Beta", "2022-05-02", fillB, "Governor Says Twelve Buildings Damaged In Overnight Shelling Of Eastern Districts"),
			[]string{"Twelve Buildings"}},
		// One sentence pattern filled with other names is two reports.
		{"same pattern, other town", doc("a", "Alpha", "2022-05-01", fillA,
			"The regional governor said on Monday that Russian troops had pulled out of the village of Vilkhivka overnight and that sappers were clearing mines from its main road."),
			doc("b", "Beta", "2022-05-02", fillB,
				"The regional governor said on Thursday that Russian troops had pulled out of the village of Ruska Lozova overnight and that sappers were clearing mines from its main road."), nil},
		{"same pattern, other figure", doc("a", "Alpha", "2022-05-01", fillA,
			"The regional governor said about 40 houses had been destroyed by shelling in the village of Vilkhivka since Friday."),
			doc("b", "Beta", "2022-05-02", fillB,
				"The regional governor said 7 houses had been destroyed by shelling in the village of Vilkhivka since Friday."), nil},
		{"spelling variant the profile lacks", doc("a", "Alpha", "2022-05-01", fillA,
			"Residents of Kupiansk said the bridge over the Oskil had been blown up by retreating troops before dawn."),
			doc("b", "Beta", "2022-05-02", fillB,
				"Residents of Kupyansk said the bridge over the Oskil had been blown up by retreating troops before dawn."),
			[]string{"Kupyansk"}},
		{"links", doc("a", "Alpha", "2022-05-01", fillA, "https://example.org/news/2022/05/01/ukraine-kharkiv-shelling-damage-report-governor-statement"),
			doc("b", "Beta", "2022-05-02", fillB, "https://example.org/news/2022/05/01/ukraine-kharkiv-shelling-damage-report-governor-statement"), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := New(NewMemIndex(), WithCanonical(canonUA))
			ctx := context.Background()
			if rs, err := d.Add(ctx, c.a); err != nil || len(rs) != 0 {
				t.Fatalf("Add(a) = %v, %v", rs, err)
			}
			rs, err := d.Add(ctx, c.b)
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) != len(c.want) {
				for _, r := range rs {
					t.Logf("found %q ~ %q", r.AText, r.BText)
				}
				t.Fatalf("found %d passages; want %d", len(rs), len(c.want))
			}
			for i, r := range rs {
				if r.A != "a" || r.B != "b" || r.Earlier != "a" {
					t.Errorf("record %d: a=%s b=%s earlier=%s; want a, b, a", i, r.A, r.B, r.Earlier)
				}
				if c.a.Body[r.AStart:r.AEnd] != r.AText || c.b.Body[r.BStart:r.BEnd] != r.BText {
					t.Errorf("record %d: spans do not match the texts", i)
				}
				if !strings.Contains(r.BText, c.want[i]) && !strings.Contains(c.want[i], r.BText) {
					t.Errorf("record %d: b_text %q; want it to hold %q", i, r.BText, c.want[i])
				}
				if r.Similarity <= 0 || r.Similarity > 1 || r.Chars <= 0 {
					t.Errorf("record %d: similarity %v, chars %d", i, r.Similarity, r.Chars)
				}
			}
		})
	}
}

// TestOrderOfRecords: A is the earlier-published document even when it
// arrives second, and the first indexed when dates are unknown.
func TestOrderOfRecords(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name               string
		first, second      *claimtrail.Document
		wantA, wantEarlier string
	}{
		{"late original", doc("copy", "Beta", "2022-05-03", pDamage), doc("orig", "Alpha", "2022-05-01", pDamage), "orig", "orig"},
		{"undated", doc("one", "Beta", "", pDamage), doc("two", "Alpha", "2022-05-01", pDamage), "one", ""},
		{"same day", doc("one", "Beta", "2022-05-01", pDamage), doc("two", "Alpha", "2022-05-01", pDamage), "one", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := New(NewMemIndex())
			d.Add(ctx, c.first)
			rs, err := d.Add(ctx, c.second)
			if err != nil || len(rs) != 1 {
				t.Fatalf("Add = %v, %v", rs, err)
			}
			if rs[0].A != c.wantA || rs[0].Earlier != c.wantEarlier {
				t.Errorf("a=%s earlier=%q; want a=%s earlier=%q", rs[0].A, rs[0].Earlier, c.wantA, c.wantEarlier)
			}
		})
	}
}

// TestBoilerplateFrequency: a long passage carried by many documents of
// different outlets stops counting once MaxDF documents carry it.
func TestBoilerplateFrequency(t *testing.T) {
	ctx := context.Background()
	disclaimer := "The views expressed in this article are those of the author alone and do not necessarily reflect the editorial position of this publication."
	d := New(NewMemIndex(), WithMaxDF(3))
	fills := []string{fillA, fillB, fillC, pRepel, pEvac}
	pairs := 0
	for i, f := range fills {
		rs, err := d.Add(ctx, doc(string(rune('a'+i)), "Outlet "+string(rune('A'+i)), "2022-05-01", f, disclaimer))
		if err != nil {
			t.Fatal(err)
		}
		pairs += len(rs)
	}
	// Only the second document, when one other carried the passage, still
	// saw it as reuse.
	if pairs != 1 {
		t.Errorf("%d reuse records; want 1", pairs)
	}
}

func TestKnownDocument(t *testing.T) {
	ctx := context.Background()
	d := New(NewMemIndex())
	x := doc("a", "Alpha", "2022-05-01", pDamage)
	if _, err := d.Ingest(ctx, x); err != nil {
		t.Fatal(err)
	}
	r, err := d.Ingest(ctx, x)
	if err != nil || !r.Known {
		t.Errorf("second Ingest = %+v, %v; want Known", r, err)
	}
	if _, err := d.Add(ctx, &claimtrail.Document{}); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("Add without id: %v", err)
	}
}

// sharedKeys counts the sketch keys of indexed document a that a lookup
// for new document b meets.
func sharedKeys(d *Detector, a, b string) int {
	return intersectCount(d.storeKeys(d.tok.analyse(a)), d.queryKeys(d.tok.analyse(b)))
}

// TestRecentWindow: a candidate that shares a single sketch key with the
// new document is aligned only when it is among the latest indexed
// documents; one that shares several is aligned however old it is.
func TestRecentWindow(t *testing.T) {
	ctx := context.Background()
	// A shortened copy of one sentence: only one of the original's stored
	// keys survives the edit.
	short := "Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday."
	probe := New(NewMemIndex())
	if n := sharedKeys(probe, pRepel, short); n != 1 {
		t.Fatalf("the short copy shares %d keys with its original; the case needs 1", n)
	}
	if n := sharedKeys(probe, pDamage, pDamage); n < 2 {
		t.Fatalf("the full copy shares %d keys; the case needs 2 or more", n)
	}
	for _, c := range []struct {
		name   string
		window int
		copy   string
		found  bool
	}{
		{"single key, recent", 10, short, true},
		{"single key, old", 3, short, false},
		{"several keys, old", 3, pDamage, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := New(NewMemIndex(), WithRecentWindow(c.window))
			docs := []*claimtrail.Document{
				doc("orig", "Alpha", "2022-05-01", pRepel, pDamage),
				doc("f1", "Gamma", "2022-05-01", fillA),
				doc("f2", "Delta", "2022-05-02", fillB),
				doc("f3", "Epsilon", "2022-05-02", fillC),
				doc("f4", "Zeta", "2022-05-03", pEvac),
			}
			for _, x := range docs {
				if _, err := d.Add(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			rs, err := d.Add(ctx, doc("copy", "Beta", "2022-05-03", "Talks between the two delegations were postponed until later in the month. "+c.copy))
			if err != nil {
				t.Fatal(err)
			}
			found := len(rs) == 1 && rs[0].A == "orig" && strings.Contains(rs[0].BText, c.copy)
			if found != c.found || len(rs) > 1 {
				t.Errorf("records %+v; want the copy found: %v", rs, c.found)
			}
		})
	}
}
