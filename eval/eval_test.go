package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

var (
	shusha      = claimtrail.PlaceRef{Name: "Shusha", Lat: 39.758, Lon: 46.7485}
	stepanakert = claimtrail.PlaceRef{Name: "Stepanakert", Lat: 39.8153, Lon: 46.7519}
)

// claim builds a claim with the fields most tests vary; the rest are fixed.
func claim(doc, typ, sentence string, opts ...func(*claimtrail.Claim)) claimtrail.Claim {
	c := claimtrail.Claim{Kind: "claim", Doc: doc, Type: typ, Sentence: sentence,
		Claimant: claimtrail.Claimant{Name: "Outlet", Role: "author"},
		Voice:    "author", Stance: "asserts", Actor: "AZE", Target: "ARM",
		Places: []claimtrail.PlaceRef{}, Quantities: []claimtrail.Quantity{}}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func optional(c *claimtrail.Claim) { c.Optional = true }

func withDate(start, end string) func(*claimtrail.Claim) {
	return func(c *claimtrail.Claim) { c.Date = &claimtrail.DateRange{Start: start, End: end} }
}

func withPlaces(ps ...claimtrail.PlaceRef) func(*claimtrail.Claim) {
	return func(c *claimtrail.Claim) { c.Places = ps }
}

func withSide(side claimtrail.Side) func(*claimtrail.Claim) {
	return func(c *claimtrail.Claim) { c.Claimant.Side = side }
}

func withQty(qs ...claimtrail.Quantity) func(*claimtrail.Claim) {
	return func(c *claimtrail.Claim) { c.Quantities = qs }
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

const (
	s1 = "Government troops shelled the northern suburbs of the town overnight, the regional governor said."
	s2 = "Two columns of armoured vehicles were destroyed near the bridge on Friday."
	s3 = "The ministry denied that its units had left the railway station."
)

func TestScoreClaims(t *testing.T) {
	tests := []struct {
		name          string
		gold, pred    []claimtrail.Claim
		tp, fp, fn    int
		optMatched    int
		field         string // a field accuracy to check, with its counts
		correct, totl int
	}{
		{
			name: "identical",
			gold: []claimtrail.Claim{claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "attack", s1)},
			tp:   1,
		},
		{
			name: "type differs: no match",
			gold: []claimtrail.Claim{claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "losses", s1)},
			fp:   1, fn: 1,
		},
		{
			name: "document differs: no match",
			gold: []claimtrail.Claim{claim("d", "attack", s1), claim("e", "attack", s2)},
			pred: []claimtrail.Claim{claim("e", "attack", s1)},
			fp:   1, fn: 2,
		},
		{
			name: "gold contained in a longer prediction",
			gold: []claimtrail.Claim{claim("d", "attack", "Government troops shelled the northern suburbs of the town overnight.")},
			pred: []claimtrail.Claim{claim("d", "attack", s1+" Residents fled to the basements and waited for the morning.")},
			tp:   1,
		},
		{
			name: "prediction contained in a longer gold (reverse)",
			gold: []claimtrail.Claim{claim("d", "attack", s1+" Residents fled to the basements and waited for the morning.")},
			pred: []claimtrail.Claim{claim("d", "attack", "“Government troops shelled the northern suburbs of the town,” he said.")},
			tp:   1,
		},
		{
			name: "below 60 percent both ways",
			// 4 of 10 gold words, 4 of 8 predicted words.
			gold: []claimtrail.Claim{claim("d", "attack", "one two three four five six seven eight nine ten")},
			pred: []claimtrail.Claim{claim("d", "attack", "one two three four alpha beta gamma delta")},
			fp:   1, fn: 1,
		},
		{
			name: "exactly 60 percent matches",
			gold: []claimtrail.Claim{claim("d", "attack", "one two three four five six seven eight nine ten")},
			pred: []claimtrail.Claim{claim("d", "attack", "one two three four five six alpha beta gamma delta eps zeta")},
			tp:   1,
		},
		{
			name: "quotes, case and apostrophes do not matter",
			gold: []claimtrail.Claim{claim("d", "control", "The ministry said the city hasn’t been captured by “the enemy”.")},
			pred: []claimtrail.Claim{claim("d", "control", "the Ministry said the City hasn't been captured by \"the enemy\"")},
			tp:   1,
		},
		{
			name: "one to one: two predictions of one sentence",
			gold: []claimtrail.Claim{claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "attack", s1), claim("d", "attack", s1)},
			tp:   1, fp: 1,
		},
		{
			name: "one to one: best overlap wins",
			// the second prediction is the exact sentence; the first only
			// contains the gold. The exact one must take the gold claim,
			// leaving the first for the second gold claim it also covers.
			gold: []claimtrail.Claim{
				claim("d", "losses", s2),
				claim("d", "losses", "Two columns of armoured vehicles were destroyed."),
			},
			pred: []claimtrail.Claim{
				claim("d", "losses", "Two columns of armoured vehicles were destroyed near the bridge on Friday, officials added."),
				claim("d", "losses", s2),
			},
			tp: 2,
		},
		{
			name: "same sentence, two claimants: pairs follow agreement",
			gold: []claimtrail.Claim{
				claim("d", "control", s3, withSide("ARM")),
				claim("d", "control", s3, withSide("AZE")),
			},
			pred: []claimtrail.Claim{
				claim("d", "control", s3, withSide("AZE")),
				claim("d", "control", s3, withSide("ARM")),
			},
			tp: 2, field: "claimant.side", correct: 2, totl: 2,
		},
		{
			name: "optional gold missed costs nothing",
			gold: []claimtrail.Claim{claim("d", "attack", s1), claim("d", "statement", s3, optional)},
			pred: []claimtrail.Claim{claim("d", "attack", s1)},
			tp:   1,
		},
		{
			name:       "prediction matched to optional gold is not a false positive and not field-scored",
			gold:       []claimtrail.Claim{claim("d", "statement", s3, optional, withSide("ARM"))},
			pred:       []claimtrail.Claim{claim("d", "statement", s3, withSide("AZE"))},
			optMatched: 1, field: "claimant.side", correct: 0, totl: 0,
		},
		{
			name: "required gold preferred over optional of equal overlap",
			gold: []claimtrail.Claim{claim("d", "attack", s1, optional), claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "attack", s1)},
			tp:   1,
		},
		{
			name: "null dates agree",
			gold: []claimtrail.Claim{claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "attack", s1)},
			tp:   1, field: "date.start", correct: 1, totl: 1,
		},
		{
			name: "null gold date against a predicted date",
			gold: []claimtrail.Claim{claim("d", "attack", s1)},
			pred: []claimtrail.Claim{claim("d", "attack", s1, withDate("2020-11-08", "2020-11-08"))},
			tp:   1, field: "date.end", correct: 0, totl: 1,
		},
		{
			name: "date start right, end wrong",
			gold: []claimtrail.Claim{claim("d", "attack", s1, withDate("2020-11-08", "2020-11-09"))},
			pred: []claimtrail.Claim{claim("d", "attack", s1, withDate("2020-11-08", "2020-11-08"))},
			tp:   1, field: "date.start", correct: 1, totl: 1,
		},
		{
			name: "places within 3 km under another name",
			gold: []claimtrail.Claim{claim("d", "attack", s1, withPlaces(shusha))},
			pred: []claimtrail.Claim{claim("d", "attack", s1, withPlaces(claimtrail.PlaceRef{Name: "Shushi", Lat: 39.7601, Lon: 46.7499}))},
			tp:   1, field: "places", correct: 1, totl: 1,
		},
		{
			name: "places as a set: order and duplicates do not matter",
			gold: []claimtrail.Claim{claim("d", "route", s1, withPlaces(shusha, stepanakert))},
			pred: []claimtrail.Claim{claim("d", "route", s1, withPlaces(stepanakert, shusha, shusha))},
			tp:   1, field: "places", correct: 1, totl: 1,
		},
		{
			name: "a missing place fails the set",
			gold: []claimtrail.Claim{claim("d", "route", s1, withPlaces(shusha, stepanakert))},
			pred: []claimtrail.Claim{claim("d", "route", s1, withPlaces(shusha))},
			tp:   1, field: "places", correct: 0, totl: 1,
		},
		{
			name: "quantities compare as a multiset of item and n, qual ignored",
			gold: []claimtrail.Claim{claim("d", "losses", s2, withQty(
				claimtrail.Quantity{Item: "tank", N: 2, Qual: "exact"},
				claimtrail.Quantity{Item: "killed", N: 6, Qual: "at_least"}))},
			pred: []claimtrail.Claim{claim("d", "losses", s2, withQty(
				claimtrail.Quantity{Item: "killed", N: 6, Qual: "exact"},
				claimtrail.Quantity{Item: "tank", N: 2, Qual: "exact"}))},
			tp: 1, field: "quantities", correct: 1, totl: 1,
		},
		{
			name: "quantities: a wrong count fails",
			gold: []claimtrail.Claim{claim("d", "losses", s2, withQty(claimtrail.Quantity{Item: "tank", N: 2}))},
			pred: []claimtrail.Claim{claim("d", "losses", s2, withQty(claimtrail.Quantity{Item: "tank", N: 2}, claimtrail.Quantity{Item: "tank", N: 2}))},
			tp:   1, field: "quantities", correct: 0, totl: 1,
		},
		{
			name: "gold document absent from the prediction: all misses",
			gold: []claimtrail.Claim{claim("d", "attack", s1), claim("e", "attack", s2)},
			pred: []claimtrail.Claim{claim("d", "attack", s1)},
			tp:   1, fn: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := &Gold{Claims: tc.gold}
			r := Score(g, &Prediction{Claims: tc.pred}, NewPlaceMatcher(nil))
			c := r.Claims
			if c.TP != tc.tp || c.FP != tc.fp || c.FN != tc.fn || c.OptionalMatched != tc.optMatched {
				t.Fatalf("tp/fp/fn/opt = %d/%d/%d/%d, want %d/%d/%d/%d\nmisses %v\nfps %v",
					c.TP, c.FP, c.FN, c.OptionalMatched, tc.tp, tc.fp, tc.fn, tc.optMatched, c.Misses, c.FalsePositives)
			}
			if len(c.Misses) != tc.fn || len(c.FalsePositives) != tc.fp {
				t.Errorf("listed %d misses and %d false positives, want %d and %d", len(c.Misses), len(c.FalsePositives), tc.fn, tc.fp)
			}
			if tc.field != "" {
				var got Ratio
				for _, f := range c.Fields.List() {
					if f.Name == tc.field {
						got = f.Ratio
					}
				}
				if got.Correct != tc.correct || got.Total != tc.totl {
					t.Errorf("%s = %d/%d, want %d/%d (mismatches %v)", tc.field, got.Correct, got.Total, tc.correct, tc.totl, c.Mismatches)
				}
			}
		})
	}
}

func TestScoreClaimsFigures(t *testing.T) {
	// 3 required gold, 1 optional; 4 predictions: 2 hit required gold, 1 hits
	// the optional, 1 is spurious. P = 2/3, R = 2/3.
	gold := []claimtrail.Claim{
		claim("d", "attack", s1),
		claim("d", "losses", s2),
		claim("d", "control", s3),
		claim("d", "statement", "The president declared martial law across the country.", optional),
	}
	pred := []claimtrail.Claim{
		claim("d", "attack", s1),
		claim("d", "losses", s2),
		claim("d", "statement", "The president declared martial law across the country on Sunday."),
		claim("d", "repel", "Counterattacks near the airport were stopped."),
	}
	r := Score(&Gold{Claims: gold}, &Prediction{Claims: pred}, nil)
	c := r.Claims
	if !approx(c.Precision, 2.0/3) || !approx(c.Recall, 2.0/3) || !approx(c.F1, 2.0/3) {
		t.Errorf("P/R/F1 = %.3f/%.3f/%.3f, want 0.667 each", c.Precision, c.Recall, c.F1)
	}
	if m := c.ByType["control"]; m.FN != 1 || m.Recall != 0 {
		t.Errorf("control = %+v, want one miss and recall 0", m)
	}
	if m := c.ByType["repel"]; m.FP != 1 || m.Precision != 0 {
		t.Errorf("repel = %+v, want one false positive and precision 0", m)
	}
	if m := c.ByType["attack"]; m.Precision != 1 || m.Recall != 1 {
		t.Errorf("attack = %+v, want 1/1", m)
	}
	if _, ok := c.ByType["statement"]; ok {
		t.Errorf("statement listed by type although only an optional claim was matched: %+v", c.ByType["statement"])
	}
}

func TestScoreIgnoresOtherDocuments(t *testing.T) {
	g := &Gold{Claims: []claimtrail.Claim{claim("d", "attack", s1)}}
	p := &Prediction{Claims: []claimtrail.Claim{claim("d", "attack", s1), claim("zzz", "attack", s2)}}
	r := Score(g, p, nil)
	if r.Claims.FP != 0 || r.IgnoredClaims != 1 {
		t.Errorf("fp %d ignored %d, want 0 and 1", r.Claims.FP, r.IgnoredClaims)
	}
}

func TestMissingDocs(t *testing.T) {
	g := &Gold{Docs: []GoldDoc{{ID: "a"}, {ID: "b"}}, HasDocs: true,
		Claims: []claimtrail.Claim{claim("c", "attack", s1)}}
	p := &Prediction{Docs: []claimtrail.Document{{ID: "a"}}}
	r := Score(g, p, nil)
	if got := strings.Join(r.MissingDocs, ","); got != "b,c" {
		t.Errorf("missing = %q, want b,c", got)
	}
	if r.Docs.Scored != 1 {
		t.Errorf("scored %d documents, want 1", r.Docs.Scored)
	}
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "warning: 2 gold documents missing") {
		t.Errorf("table lacks the warning:\n%s", buf.String())
	}
}

func TestPlaceMatcher(t *testing.T) {
	gaz := map[string]struct {
		canon    string
		lat, lon float64
	}{
		"shusha":    {"Shusha", 39.758, 46.7485},
		"shushi":    {"Shusha", 39.758, 46.7485},
		"karin tak": {"Karintak", 39.7747, 46.7739},
		"bakhmut":   {"Bakhmut", 48.5956, 38.0},
		"artemivsk": {"Bakhmut", 48.5956, 38.0},
		"soledar":   {"Soledar", 48.6833, 38.0833},
	}
	lookup := func(name string) (string, float64, float64, bool) {
		e, ok := gaz[strings.ToLower(name)]
		return e.canon, e.lat, e.lon, ok
	}
	tests := []struct {
		name string
		a, b claimtrail.PlaceRef
		want bool
	}{
		{"alias through gazetteer, no coordinates", claimtrail.PlaceRef{Name: "Shushi"}, claimtrail.PlaceRef{Name: "Shusha"}, true},
		{"alias, case-insensitive", claimtrail.PlaceRef{Name: "ARTEMIVSK"}, claimtrail.PlaceRef{Name: "bakhmut"}, true},
		{"gold without coordinates looked up, within 3 km", claimtrail.PlaceRef{Name: "Karin Tak"}, claimtrail.PlaceRef{Name: "Somewhere", Lat: 39.79, Lon: 46.78}, true},
		{"about 2 km apart", claimtrail.PlaceRef{Name: "X", Lat: 50.0, Lon: 30.0}, claimtrail.PlaceRef{Name: "Y", Lat: 50.018, Lon: 30.0}, true},
		{"about 4 km apart", claimtrail.PlaceRef{Name: "X", Lat: 50.0, Lon: 30.0}, claimtrail.PlaceRef{Name: "Y", Lat: 50.036, Lon: 30.0}, false},
		{"different towns", claimtrail.PlaceRef{Name: "Bakhmut"}, claimtrail.PlaceRef{Name: "Soledar"}, false},
		{"unknown names, no coordinates", claimtrail.PlaceRef{Name: "Foo"}, claimtrail.PlaceRef{Name: "Bar"}, false},
		{"unknown names equal", claimtrail.PlaceRef{Name: "Ulu Garabey"}, claimtrail.PlaceRef{Name: "ulu  garabey"}, true},
	}
	pm := NewPlaceMatcher(lookup)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pm.Same(tc.a, tc.b); got != tc.want {
				t.Errorf("Same(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := pm.Same(tc.b, tc.a); got != tc.want {
				t.Errorf("Same is not symmetric for %v, %v", tc.a, tc.b)
			}
		})
	}
}

func TestHaversine(t *testing.T) {
	// Kyiv to Kharkiv is about 410 km by great circle.
	d := haversineKm(50.4501, 30.5234, 49.9935, 36.2304)
	if d < 400 || d > 420 {
		t.Errorf("Kyiv-Kharkiv = %.1f km, want about 410", d)
	}
}

func ptr(s string) *string { return &s }

func TestScoreDocs(t *testing.T) {
	g := &Gold{HasDocs: true, Docs: []GoldDoc{
		{ID: "a", Title: ptr("Heavy Fighting Near the River"), Published: ptr("2022-05-03"),
			Original:    &claimtrail.Original{Outlet: "Wire Service"},
			Boilerplate: []string{"Support our work:", "Share this  article"},
			BodyKeeps:   []string{"Fighting went on all night.", "The bridge was blown up\nat dawn."}},
		{ID: "b", Title: nil, Published: nil, Original: nil,
			Boilerplate: []string{"Click to see full-size image"}, BodyKeeps: []string{"Shelling resumed."}},
	}}
	p := &Prediction{Docs: []claimtrail.Document{
		{ID: "a", Title: "heavy fighting  near the river", Published: "2022-05-03",
			Original: &claimtrail.Original{Outlet: "wire service"},
			Body:     "**Fighting** went on all night.\n\nThe bridge was blown up at dawn.\n\nShare this article"},
		{ID: "b", Title: "Something", Published: "2022-05-04", Original: &claimtrail.Original{Outlet: "X"},
			Body: "Click to see full-size [image](x.jpg)"},
	}}
	d := Score(g, p, nil).Docs
	check := func(name string, r Ratio, c, n int) {
		t.Helper()
		if r.Correct != c || r.Total != n {
			t.Errorf("%s = %d/%d, want %d/%d", name, r.Correct, r.Total, c, n)
		}
	}
	check("published", d.Published, 1, 2)
	check("original.outlet", d.OriginalOutlet, 1, 2)
	check("title", d.Title, 1, 2)
	check("boilerplate removed", d.BoilerplateRemoved, 1, 3)
	check("body kept", d.BodyKept, 2, 3)
	if len(d.Errors) != 6 {
		t.Errorf("%d document errors, want 6: %+v", len(d.Errors), d.Errors)
	}
}

func TestScoreReuse(t *testing.T) {
	g := &Gold{HasReuse: true, Claims: nil, Reuse: []claimtrail.Reuse{
		{A: "a", B: "b"}, {A: "c", B: "d"},
	}}
	p := &Prediction{Reuse: []claimtrail.Reuse{
		{A: "b", B: "a"}, {A: "a", B: "b"}, // one pair, either order
		{A: "a", B: "c"}, // wrong pair
		{A: "a", B: "x"}, // x is not a gold document: ignored
	}}
	r := Score(g, p, nil).Reuse
	if r.TP != 1 || r.FP != 1 || r.FN != 1 {
		t.Errorf("reuse tp/fp/fn = %d/%d/%d, want 1/1/1", r.TP, r.FP, r.FN)
	}
	if !approx(r.Precision, 0.5) || !approx(r.Recall, 0.5) {
		t.Errorf("reuse P/R = %v/%v, want 0.5/0.5", r.Precision, r.Recall)
	}
}

func TestPRFEmpty(t *testing.T) {
	tests := []struct {
		name string
		m    PRF
		p, r float64
	}{
		{"nothing to find, nothing found", PRF{}, 1, 1},
		{"nothing found", PRF{FN: 3}, 0, 0},
		{"nothing to find, something found", PRF{FP: 2}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.m.finish()
			if tc.m.Precision != tc.p || tc.m.Recall != tc.r {
				t.Errorf("P/R = %v/%v, want %v/%v", tc.m.Precision, tc.m.Recall, tc.p, tc.r)
			}
		})
	}
}

func TestReadRecords(t *testing.T) {
	in := `{"kind":"doc","doc":"a","title":"T","outlet":"O","published":null,"original":null,"lang":"en","body":"x"}

{"kind":"claim","doc":"a","sentence":"S.","type":"attack","claimant":{"name":"N","side":"UKR","role":"official"},"date":null,"places":[],"quantities":[]}
{"kind":"rejection","source":"b.txt","reason":"empty"}
{"kind":"reuse","a":"a","b":"c","a_text":"x","chars":1}
`
	p, err := ReadRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Docs) != 1 || len(p.Claims) != 1 || len(p.Reuse) != 1 {
		t.Fatalf("read %d docs, %d claims, %d reuse; want 1 each", len(p.Docs), len(p.Claims), len(p.Reuse))
	}
	if p.Docs[0].Published != "" || p.Claims[0].Claimant.Side != "UKR" {
		t.Errorf("fields not read: %+v %+v", p.Docs[0], p.Claims[0])
	}

	bad := []struct{ name, in, want string }{
		{"not JSON", "{\"kind\":\"claim\"}\nnot json\n", "line 2"},
		{"no kind", `{"doc":"a"}`, "without \"kind\""},
		{"wrong field type", `{"kind":"claim","doc":"a","hedged":"yes"}`, "line 1: claim record"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadRecords(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
			if claimtrail.ErrorKind(err) != claimtrail.EInvalid {
				t.Errorf("kind = %s, want invalid", claimtrail.ErrorKind(err))
			}
		})
	}
}

func TestLoadGoldOptionalFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := LoadGold(dir); err == nil {
		t.Fatal("LoadGold of an empty folder: no error")
	}
	write("claims.jsonl", `{"kind":"claim","doc":"a","sentence":"S.","type":"attack","optional":true}`+"\n")
	g, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if g.HasDocs || g.HasReuse || len(g.Claims) != 1 || !g.Claims[0].Optional || g.Claims[0].Date != nil {
		t.Errorf("gold = %+v", g)
	}
	r := Score(g, &Prediction{}, nil)
	if r.Docs != nil || r.Reuse != nil {
		t.Error("documents or reuse scored without their gold files")
	}

	for _, tc := range []struct{ name, file, content, want string }{
		{"unknown type", "claims.jsonl", `{"kind":"claim","doc":"a","sentence":"S.","type":"victory"}`, "claims.jsonl:1: unknown claim type"},
		{"no sentence", "claims.jsonl", "\n" + `{"kind":"claim","doc":"a","type":"attack"}`, "claims.jsonl:2: claim without"},
		{"duplicate doc", "docs.jsonl", `{"doc":"a"}` + "\n" + `{"doc":"a"}`, "docs.jsonl:2: document \"a\" listed twice"},
		{"reuse of one doc", "reuse.jsonl", `{"a":"a","b":"a"}`, "reuse.jsonl:1: reuse record needs two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write("claims.jsonl", `{"kind":"claim","doc":"a","sentence":"S.","type":"attack"}`)
			os.Remove(filepath.Join(dir, "docs.jsonl"))
			os.Remove(filepath.Join(dir, "reuse.jsonl"))
			write(tc.file, tc.content)
			_, err := LoadGold(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// selfPrediction turns a gold folder into the prediction a perfect
// extractor would print.
func selfPrediction(g *Gold) *Prediction {
	p := &Prediction{Claims: g.Claims, Reuse: g.Reuse}
	for _, d := range g.Docs {
		doc := claimtrail.Document{Kind: "doc", ID: d.ID, Title: deref(d.Title), Outlet: d.Outlet,
			Published: deref(d.Published), Original: d.Original, Body: strings.Join(d.BodyKeeps, "\n\n")}
		p.Docs = append(p.Docs, doc)
	}
	return p
}

func assertPerfect(t *testing.T, r *Report) {
	t.Helper()
	c := r.Claims
	// A document-level gold (no claims) has nothing to match.
	if (c.Precision != 1 || c.Recall != 1 || c.F1 != 1 || c.TP == 0) && c.TP+c.FN+c.FP > 0 {
		t.Errorf("claims P/R/F1 = %v/%v/%v over %d pairs, want 1", c.Precision, c.Recall, c.F1, c.TP)
	}
	for typ, m := range c.ByType {
		if m.Precision != 1 || m.Recall != 1 {
			t.Errorf("%s: P/R = %v/%v", typ, m.Precision, m.Recall)
		}
	}
	var ratios []NamedRatio
	if c.TP+c.FN+c.FP > 0 {
		ratios = c.Fields.List()
	}
	if r.Docs != nil {
		ratios = append(ratios, NamedRatio{"published", r.Docs.Published}, NamedRatio{"original.outlet", r.Docs.OriginalOutlet},
			NamedRatio{"title", r.Docs.Title}, NamedRatio{"boilerplate", r.Docs.BoilerplateRemoved}, NamedRatio{"body_kept", r.Docs.BodyKept})
	}
	for _, f := range ratios {
		if v, ok := f.Ratio.Value(); !ok || v != 1 {
			t.Errorf("%s = %d/%d, want all correct", f.Name, f.Ratio.Correct, f.Ratio.Total)
		}
	}
	if r.Reuse != nil && (r.Reuse.Precision != 1 || r.Reuse.Recall != 1) {
		t.Errorf("reuse P/R = %v/%v", r.Reuse.Precision, r.Reuse.Recall)
	}
	if len(r.MissingDocs) != 0 || len(c.Mismatches) != 0 {
		t.Errorf("missing %v, mismatches %v", r.MissingDocs, c.Mismatches)
	}
}

func TestSeedGoldAgainstItself(t *testing.T) {
	g, err := LoadGold("../testdata/seeds/gold")
	if err != nil {
		t.Fatal(err)
	}
	if !g.HasDocs || !g.HasReuse || len(g.Claims) == 0 {
		t.Fatalf("seed gold incomplete: docs %v reuse %v claims %d", g.HasDocs, g.HasReuse, len(g.Claims))
	}
	r := Score(g, selfPrediction(g), NewPlaceMatcher(nil))
	assertPerfect(t, r)
	if r.Claims.OptionalMatched == 0 {
		t.Error("no optional claim matched, though the seeds have some")
	}

	// The JSON form round-trips and has the headline figures.
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Claims struct {
			F1     float64 `json:"f1"`
			Fields map[string]struct {
				Value *float64 `json:"value"`
			} `json:"fields"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Claims.F1 != 1 || back.Claims.Fields["date.start"].Value == nil || *back.Claims.Fields["date.start"].Value != 1 {
		t.Errorf("JSON report lost figures: %s", b)
	}
}

func TestRatioJSONNull(t *testing.T) {
	b, err := json.Marshal(Ratio{})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"correct":0,"total":0,"value":null}` {
		t.Errorf("empty ratio = %s", b)
	}
}

func TestWriteTableAndDetails(t *testing.T) {
	g := &Gold{Claims: []claimtrail.Claim{claim("d", "attack", s1), claim("d", "losses", s2)}}
	p := &Prediction{Claims: []claimtrail.Claim{claim("d", "attack", s1, withSide("UKR")), claim("d", "control", s3)}}
	r := Score(g, p, nil)
	var tab, det bytes.Buffer
	if err := r.WriteTable(&tab); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteDetails(&det); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"all", "attack", "losses", "control", "claimant.side", "0.500"} {
		if !strings.Contains(tab.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, tab.String())
		}
	}
	for _, want := range []string{"miss\td\tlosses", "false positive\td\tcontrol", "mismatch\td\tattack\tclaimant.side: gold , predicted UKR"} {
		if !strings.Contains(det.String(), want) {
			t.Errorf("details lack %q:\n%s", want, det.String())
		}
	}
}

func BenchmarkScoreSeeds(b *testing.B) {
	g, err := LoadGold("../testdata/seeds/gold")
	if err != nil {
		b.Fatal(err)
	}
	p := selfPrediction(g)
	pm := NewPlaceMatcher(nil)
	for b.Loop() {
		Score(g, p, pm)
	}
}
