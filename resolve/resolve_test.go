package resolve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

var karabakh = Conflict{Name: "karabakh-2020", Start: "2020-09-27", Sides: []claimtrail.Side{"ARM", "AZE"}}
var ukraine = Conflict{Name: "ukraine-2022", Start: "2022-02-24", Sides: []claimtrail.Side{"RUS", "UKR"}}

// seedResolver loads the hand-annotated seed claims (the gold), so that the
// rules are tested on claims as they should be extracted.
func seedResolver(t *testing.T) *Resolver {
	t.Helper()
	dir := filepath.Join("..", "testdata", "seeds", "gold")
	r := New([]Conflict{karabakh, ukraine})
	var docs []Doc
	eachJSON(t, filepath.Join(dir, "docs.jsonl"), func(b []byte) {
		var d struct {
			Doc       string               `json:"doc"`
			Outlet    string               `json:"outlet"`
			Published *string              `json:"published"`
			Original  *claimtrail.Original `json:"original"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		doc := Doc{ID: d.Doc, Outlet: d.Outlet, Profile: karabakh.Name}
		if d.Published != nil {
			doc.Published = *d.Published
		}
		if d.Original != nil {
			doc.Original = d.Original.Published
		}
		docs = append(docs, doc)
	})
	r.AddDocs(docs...)
	var claims []claimtrail.Claim
	n := 0
	eachJSON(t, filepath.Join(dir, "claims.jsonl"), func(b []byte) {
		var c claimtrail.Claim
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		n++
		c.ID = fmt.Sprintf("%s:%02d", c.Doc, n)
		claims = append(claims, c)
	})
	r.Add(claims...)
	return r
}

func eachJSON(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) > 0 {
			fn(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// findEvent returns the event holding a claim whose sentence contains all of words.
func findEvent(t *testing.T, r *Resolver, typ string, words ...string) Event {
	t.Helper()
	for _, e := range r.Events() {
		for _, id := range e.Claims {
			c, _ := r.Claim(id)
			if c.Type != typ {
				continue
			}
			ok := true
			for _, w := range words {
				if !strings.Contains(c.Sentence, w) {
					ok = false
				}
			}
			if ok {
				return e
			}
		}
	}
	t.Fatalf("no %s event with a claim containing %q", typ, words)
	return Event{}
}

func sentences(r *Resolver, e Event) []string {
	var out []string
	for _, id := range e.Claims {
		c, _ := r.Claim(id)
		out = append(out, c.Sentence)
	}
	return out
}

func TestSeedShushaCaptureIsDisputedOnBothDays(t *testing.T) {
	r := seedResolver(t)
	e := findEvent(t, r, "control", "Aliyev announced that Azerbaijani forces had captured the town")
	all := strings.Join(sentences(r, e), "\n")
	for _, want := range []string{
		"Armenian military declared that the Azerbaijani statement about the capturing of Shusha is untrue",
		"claims of Aliyev and the Azerbaijani Defense Ministry are false",
		"released a video confirming its control over the town of Shusha",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Shusha event lacks %q; it has:\n%s", want, all)
		}
	}
	if got := e.StatusOn("2020-11-08"); got != StatusDisputed {
		t.Errorf("status on 8 Nov = %q, want disputed; history %+v", got, e.History)
	}
	// On the 9th the only new support comes from the claiming side itself
	// (its own video): still disputed, not confirmed.
	if got := e.StatusOn("2020-11-09"); got != StatusDisputed {
		t.Errorf("status on 9 Nov = %q, want disputed; history %+v", got, e.History)
	}
	if e.Holder != "AZE" {
		t.Errorf("proposition holder = %q, want AZE", e.Holder)
	}
	if e.Sides["ARM"] == nil || e.Sides["ARM"].Denies == 0 || e.Sides["AZE"] == nil || e.Sides["AZE"].Asserts == 0 {
		t.Errorf("camps %+v: want AZE asserting and ARM denying", e.Sides)
	}
	if !e.Disputed() {
		t.Error("Disputed() = false")
	}
	found := false
	for _, d := range r.Disputes(DisputeFilter{Place: "Shusha"}) {
		if d.ID == e.ID {
			found = true
		}
	}
	if !found {
		t.Error("Disputes(Shusha) does not list the capture event")
	}
}

func TestSeedVardenisRoadIsDisputed(t *testing.T) {
	r := seedResolver(t)
	e := findEvent(t, r, "route", "fire control of the Vardenis-Aghdar road")
	all := strings.Join(sentences(r, e), "\n")
	if !strings.Contains(all, "denied that the Vardenis-Aghdar road was cut off") {
		t.Fatalf("road event lacks the Armenian denial:\n%s", all)
	}
	if e.Status != StatusDisputed {
		t.Errorf("status %q, want disputed; history %+v", e.Status, e.History)
	}
}

func TestSeedTalishAdmissionConfirms(t *testing.T) {
	r := seedResolver(t)
	e := findEvent(t, r, "control", "admitted that Azerbaijan captured some positions near Talish")
	if e.Status != StatusConfirmed {
		t.Fatalf("status %q, want confirmed; history %+v", e.Status, e.History)
	}
	if why := e.History[len(e.History)-1].Why; !strings.Contains(why, "admitted") {
		t.Errorf("why = %q, want an admission", why)
	}
}

func TestSeedArmenianRunningTotal(t *testing.T) {
	r := seedResolver(t)
	ts := r.Tallies(TallyFilter{ClaimantSide: "ARM", Item: "casualties"})
	if len(ts) != 1 {
		t.Fatalf("got %d ARM casualty tallies, want 1: %+v", len(ts), ts)
	}
	var pt *TallyPoint
	for i := range ts[0].Points {
		if ts[0].Points[i].Stated == 7095 {
			pt = &ts[0].Points[i]
		}
	}
	if pt == nil {
		t.Fatalf("no 7,095 point in %+v", ts[0].Points)
	}
	if pt.Kind != "running" || pt.Date != "2020-11-04" || pt.Total != 7095 {
		t.Errorf("7,095 point = %+v, want a running total of 7095 on 2020-11-04", *pt)
	}
	if ts[0].Against != "AZE" {
		t.Errorf("against %q, want AZE", ts[0].Against)
	}
}

func claimAt(id, doc, typ, stance string, side, actor, target claimtrail.Side, place, day string, qs ...claimtrail.Quantity) claimtrail.Claim {
	c := claimtrail.Claim{ID: id, Doc: doc, Type: typ, Stance: stance, Claimant: claimtrail.Claimant{Name: string(side) + " MoD", Side: side},
		Actor: actor, Target: target, Quantities: qs, Sentence: id}
	if place != "" {
		c.Places = []claimtrail.PlaceRef{{Name: place}}
	}
	if day != "" {
		c.Date = &claimtrail.DateRange{Start: day, End: day}
	}
	return c
}

func TestGroupingRules(t *testing.T) {
	r := New([]Conflict{ukraine})
	r.AddDocs(Doc{ID: "a", Outlet: "A", Published: "2022-05-10", Profile: "ukraine-2022"},
		Doc{ID: "b", Outlet: "B", Published: "2022-05-11", Profile: "ukraine-2022"},
		Doc{ID: "c", Outlet: "C", Published: "2022-05-11", Profile: "ukraine-2022"})
	r.Add(
		// a strike on Kharkiv on the 9th, claimed by UKR, and the same strike reported by B
		claimAt("a1", "a", "attack", "asserts", "UKR", "RUS", "UKR", "Kharkiv", "2022-05-09"),
		claimAt("b1", "b", "attack", "asserts", "", "RUS", "UKR", "Kharkiv", "2022-05-10"),
		// an attack on Kharkiv three weeks later is another event
		claimAt("c1", "c", "attack", "asserts", "UKR", "RUS", "UKR", "Kharkiv", "2022-06-01"),
		// an attack by the other side on the same town is another event
		claimAt("c2", "c", "attack", "asserts", "RUS", "UKR", "RUS", "Kharkiv", "2022-05-09"),
		// losses without a place: the same day's claim and its denial meet
		claimAt("a2", "a", "losses", "asserts", "UKR", "UKR", "RUS", "", "2022-05-09"),
		claimAt("a3", "a", "losses", "denies", "RUS", "UKR", "RUS", "", ""),
		// a placeless claim of another day stays alone
		claimAt("b2", "b", "losses", "asserts", "UKR", "UKR", "RUS", "", "2022-05-10"),
	)
	same := func(x, y string) bool {
		ex, _ := r.EventOf(x)
		ey, _ := r.EventOf(y)
		return ex.ID == ey.ID
	}
	cases := []struct {
		name string
		x, y string
		want bool
	}{
		{"same place, overlapping days, same actor joins", "a1", "b1", true},
		{"same place three weeks apart does not join", "a1", "c1", false},
		{"opposite actors do not join outside control events", "a1", "c2", false},
		{"placeless denial joins the same day's placeless claim", "a2", "a3", true},
		{"placeless claims of different days stay apart", "a2", "b2", false},
	}
	for _, tc := range cases {
		if got := same(tc.x, tc.y); got != tc.want {
			t.Errorf("%s: same event(%s, %s) = %v, want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
	e, _ := r.EventOf("a2")
	if e.Status != StatusDisputed {
		t.Errorf("losses denied by the other side: status %q, want disputed", e.Status)
	}
}

func TestStatusRules(t *testing.T) {
	type step struct {
		c   claimtrail.Claim
		doc Doc
	}
	p := "ukraine-2022"
	cases := []struct {
		name  string
		steps []step
		want  string
	}{
		{"one side asserts: claimed", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"), Doc{ID: "d1", Published: "2022-05-27", Profile: p}},
		}, StatusClaimed},
		{"other side denies: disputed", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"), Doc{ID: "d1", Published: "2022-05-27", Profile: p}},
			{claimAt("2", "d2", "control", "denies", "UKR", "RUS", "UKR", "Lyman", "2022-05-28"), Doc{ID: "d2", Published: "2022-05-28", Profile: p}},
		}, StatusDisputed},
		{"losing side admits: confirmed", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"), Doc{ID: "d1", Published: "2022-05-27", Profile: p}},
			{claimAt("2", "d2", "withdrawal", "asserts", "UKR", "UKR", "RUS", "Lyman", "2022-05-28"), Doc{ID: "d2", Published: "2022-05-28", Profile: p}},
		}, StatusConfirmed},
		{"claimant side takes it back: refuted", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"), Doc{ID: "d1", Published: "2022-05-27", Profile: p}},
			{claimAt("2", "d2", "control", "denies", "RUS", "RUS", "UKR", "Lyman", "2022-05-29"), Doc{ID: "d2", Published: "2022-05-29", Profile: p}},
		}, StatusRefuted},
		{"numbers far apart: disputed", []step{
			{claimAt("1", "d1", "losses", "asserts", "UKR", "UKR", "RUS", "Izium", "2022-04-01", claimtrail.Quantity{Item: "tank", N: 30, Qual: "exact"}), Doc{ID: "d1", Published: "2022-04-01", Profile: p}},
			{claimAt("2", "d2", "losses", "asserts", "", "UKR", "RUS", "Izium", "2022-04-01", claimtrail.Quantity{Item: "tank", N: 4, Qual: "exact"}), Doc{ID: "d2", Published: "2022-04-02", Profile: p}},
		}, StatusDisputed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := New([]Conflict{ukraine})
			for _, s := range tc.steps {
				r.AddDocs(s.doc)
				r.Add(s.c)
			}
			e, ok := r.EventOf(tc.steps[0].c.ID)
			if !ok {
				t.Fatal("no event")
			}
			if len(e.Claims) != len(tc.steps) {
				t.Fatalf("event has %d claims, want %d", len(e.Claims), len(tc.steps))
			}
			if e.Status != tc.want {
				t.Errorf("status %q, want %q; history %+v", e.Status, tc.want, e.History)
			}
		})
	}
}

func TestIncrementalAddMatchesBatch(t *testing.T) {
	batch := seedResolver(t)
	// The same claims one by one, in reverse order, must give the same events.
	inc := New([]Conflict{karabakh})
	inc.AddDocs(docsOf(batch)...)
	var claims []claimtrail.Claim
	for _, e := range batch.Events() {
		for _, id := range e.Claims {
			c, _ := batch.Claim(id)
			claims = append(claims, c)
		}
	}
	for i := len(claims) - 1; i >= 0; i-- {
		inc.Add(claims[i])
	}
	// Keyed by id as well: an event's id must not depend on the order its
	// claims arrived in.
	key := func(r *Resolver) map[string]string {
		m := map[string]string{}
		for _, e := range r.Events() {
			m[e.ID+" "+strings.Join(e.Claims, ",")] = e.Status
		}
		return m
	}
	a, b := key(batch), key(inc)
	if len(a) != len(b) {
		t.Fatalf("batch has %d events, incremental %d", len(a), len(b))
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("event %s: batch status %q, incremental %q", k, v, b[k])
		}
	}
}

func docsOf(r *Resolver) []Doc {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []Doc
	for _, d := range r.docs {
		out = append(out, d)
	}
	return out
}

func TestRemoveDocRecomputes(t *testing.T) {
	r := New([]Conflict{ukraine})
	p := "ukraine-2022"
	r.AddDocs(Doc{ID: "d1", Published: "2022-05-27", Profile: p}, Doc{ID: "d2", Published: "2022-05-28", Profile: p})
	r.Add(claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"),
		claimAt("2", "d2", "control", "denies", "UKR", "RUS", "UKR", "Lyman", "2022-05-28"))
	r.RemoveDoc("d2")
	e, _ := r.EventOf("1")
	if e.Status != StatusClaimed || len(e.Claims) != 1 {
		t.Fatalf("after removing the denial: status %q with %d claims, want claimed with 1", e.Status, len(e.Claims))
	}
}

func TestControlOnADay(t *testing.T) {
	r := New([]Conflict{ukraine})
	p := "ukraine-2022"
	r.AddDocs(Doc{ID: "d1", Published: "2022-05-27", Profile: p}, Doc{ID: "d2", Published: "2022-05-28", Profile: p},
		Doc{ID: "d3", Published: "2022-10-01", Profile: p})
	r.Add(claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27"),
		claimAt("2", "d2", "control", "denies", "UKR", "RUS", "UKR", "Lyman", "2022-05-28"),
		claimAt("3", "d3", "withdrawal", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-10-01"))
	rows := r.Control("2022-06-01", "")
	if len(rows) != 1 || rows[0].Place != "Lyman" {
		t.Fatalf("rows %+v", rows)
	}
	if rows[0].Holder["RUS"] != "RUS" || rows[0].Holder["UKR"] != "UKR" || !rows[0].Disagree {
		t.Errorf("1 June: %+v, want RUS says RUS, UKR says UKR, disagreement", rows[0])
	}
	rows = r.Control("2022-10-02", "RUS")
	if len(rows) != 1 || rows[0].Holder["RUS"] != "UKR" {
		t.Errorf("2 Oct, RUS view: %+v, want UKR holds Lyman after the withdrawal", rows)
	}
	ch := r.ControlChanges("2022-05-01", "2022-12-31", "RUS")
	if len(ch) != 2 || ch[0].To != "RUS" || ch[1].To != "UKR" {
		t.Errorf("changes %+v, want RUS then UKR", ch)
	}
}

func TestTallyRunningTotalsAndDailyClaims(t *testing.T) {
	r := New([]Conflict{ukraine})
	p := "ukraine-2022"
	doc := func(id, day string) Doc { return Doc{ID: id, Published: day, Profile: p} }
	r.AddDocs(doc("d1", "2022-03-01"), doc("d2", "2022-03-02"), doc("d3", "2022-03-03"), doc("d4", "2022-03-04"), doc("d5", "2022-03-04"))
	tank := func(n int64) claimtrail.Quantity { return claimtrail.Quantity{Item: "tank", N: n, Qual: "exact"} }
	run := func(id, d, end string, n int64) claimtrail.Claim {
		c := claimAt(id, d, "losses", "asserts", "UKR", "UKR", "RUS", "", "", tank(n))
		c.Date = &claimtrail.DateRange{Start: "2022-02-24", End: end}
		return c
	}
	r.Add(
		run("1", "d1", "2022-03-01", 200),
		claimAt("2", "d2", "losses", "asserts", "UKR", "UKR", "RUS", "", "2022-03-02", tank(10)),
		run("3", "d3", "2022-03-03", 230),
		claimAt("4", "d4", "losses", "asserts", "UKR", "UKR", "RUS", "Kharkiv", "2022-03-04", tank(5)),
		// the same number for the same day from another outlet counts once
		claimAt("5", "d5", "losses", "asserts", "UKR", "UKR", "RUS", "", "2022-03-04", tank(5)),
		// an admission by the side suffering the losses
		claimAt("6", "d5", "losses", "asserts", "RUS", "UKR", "RUS", "", "2022-03-04", tank(2)),
	)
	ts := r.Tallies(TallyFilter{ClaimantSide: "UKR", Item: "tank"})
	if len(ts) != 1 {
		t.Fatalf("tallies %+v", ts)
	}
	var totals []int64
	for _, pt := range ts[0].Points {
		totals = append(totals, pt.Total)
	}
	want := []int64{200, 210, 230, 235}
	if fmt.Sprint(totals) != fmt.Sprint(want) {
		t.Errorf("totals %v, want %v (points %+v)", totals, want, ts[0].Points)
	}
	if len(ts[0].Admitted) != 1 || ts[0].Admitted[0].Total != 2 {
		t.Errorf("admitted %+v, want 2 tanks", ts[0].Admitted)
	}
}

func TestIndependentSourcesCollapseCopiesOwnersAndReprints(t *testing.T) {
	r := New([]Conflict{ukraine})
	r.SetOwner(func(outlet string) string {
		if outlet == "RT" || outlet == "Sputnik" {
			return "Rossiya Segodnya"
		}
		return ""
	})
	p := "ukraine-2022"
	r.AddDocs(
		Doc{ID: "w1", Outlet: "Wire One", Published: "2022-05-27", Profile: p},
		Doc{ID: "w2", Outlet: "Wire Two", Published: "2022-05-27", Profile: p},
		Doc{ID: "rt", Outlet: "RT", Published: "2022-05-27", Profile: p},
		Doc{ID: "sp", Outlet: "Sputnik", Published: "2022-05-27", Profile: p},
		Doc{ID: "cp", Outlet: "Copycat", Published: "2022-05-28", Profile: p},
		Doc{ID: "gr", Outlet: "Reprints", Published: "2022-05-28", Original: "2022-05-27", OriginalOutlet: "Wire Two", Profile: p},
	)
	claim := func(id, doc, origin string) claimtrail.Claim {
		c := claimAt(id, doc, "control", "asserts", "RUS", "RUS", "UKR", "Lyman", "2022-05-27")
		c.Origin = origin
		return c
	}
	r.Add(
		claim("a", "w1", "w1"),
		claim("b", "w2", "w2"),
		claim("c", "rt", "rt"),
		claim("d", "sp", "sp"), // same owner as RT: one source
		claim("e", "cp", "w1"), // pasted from Wire One: its origin's source
		claim("f", "gr", "gr"), // a declared reprint of Wire Two
	)
	c, _ := r.Claim("a")
	if c.Independent != 3 {
		t.Errorf("independent sources = %d, want 3 (Wire One, Wire Two, Rossiya Segodnya)", c.Independent)
	}
	e, _ := r.EventOf("a")
	if e.Sides["RUS"].Independent != 3 {
		t.Errorf("camp independent = %d, want 3", e.Sides["RUS"].Independent)
	}
}

// author returns a claim made by a neutral outlet in its own voice.
func author(c claimtrail.Claim) claimtrail.Claim {
	c.Claimant = claimtrail.Claimant{Name: "Wire", Role: claimtrail.RoleAuthor}
	c.Voice = claimtrail.VoiceAuthor
	return c
}

// TestStatusIsDatedByPublication: a denial published a day after the
// happening it denies disputes it from its publication day, not from the
// day of the happening.
func TestStatusIsDatedByPublication(t *testing.T) {
	p := "karabakh-2020"
	r := New([]Conflict{karabakh})
	r.AddDocs(Doc{ID: "d1", Published: "2020-10-04", Profile: p}, Doc{ID: "d2", Published: "2020-10-05", Profile: p})
	r.Add(claimAt("1", "d1", "attack", "asserts", "AZE", "ARM", "AZE", "Mingachevir", "2020-10-04"),
		claimAt("2", "d2", "attack", "denies", "ARM", "ARM", "AZE", "Mingachevir", "2020-10-04"))
	e, _ := r.EventOf("1")
	if got := e.StatusOn("2020-10-04"); got != StatusClaimed {
		t.Errorf("4 Oct: %q, want claimed; history %+v", got, e.History)
	}
	if got := e.StatusOn("2020-10-05"); got != StatusDisputed {
		t.Errorf("5 Oct: %q, want disputed; history %+v", got, e.History)
	}
}

func TestNeutralCampsCopiesAndFigures(t *testing.T) {
	p := "ukraine-2022"
	type step struct {
		c   claimtrail.Claim
		doc Doc
	}
	doc := func(id, day string) Doc { return Doc{ID: id, Outlet: "Outlet " + id, Published: day, Profile: p} }
	unnamed := func(c claimtrail.Claim) claimtrail.Claim {
		c.Claimant = claimtrail.Claimant{Role: claimtrail.RoleUnnamed}
		return c
	}
	copyOf := func(c claimtrail.Claim, origin string) claimtrail.Claim {
		c.Origin = origin
		return c
	}
	tank := func(n int64) claimtrail.Quantity { return claimtrail.Quantity{Item: "tank", N: n, Qual: "exact"} }
	cases := []struct {
		name  string
		steps []step
		want  string
	}{
		{"a side and a neutral outlet in its own voice assert: confirmed", []step{
			{claimAt("1", "d1", "attack", "asserts", "UKR", "RUS", "UKR", "Sloviansk", "2022-09-13"), doc("d1", "2022-09-13")},
			{author(claimAt("2", "d2", "attack", "asserts", "", "RUS", "UKR", "Sloviansk", "2022-09-13")), doc("d2", "2022-09-15")},
		}, StatusConfirmed},
		{"an unnamed source is no camp: still claimed", []step{
			{claimAt("1", "d1", "attack", "asserts", "UKR", "RUS", "UKR", "Sloviansk", "2022-09-13"), doc("d1", "2022-09-13")},
			{unnamed(claimAt("2", "d2", "attack", "asserts", "", "RUS", "UKR", "Sloviansk", "2022-09-13")), doc("d2", "2022-09-15")},
		}, StatusClaimed},
		{"contradicted by the other side and a neutral outlet: refuted", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Bilohorivka", "2022-09-12"), doc("d1", "2022-09-12")},
			{claimAt("2", "d2", "control", "denies", "UKR", "RUS", "UKR", "Bilohorivka", "2022-09-13"), doc("d2", "2022-09-13")},
			{author(claimAt("3", "d3", "control", "denies", "", "RUS", "UKR", "Bilohorivka", "")), doc("d3", "2022-09-15")},
		}, StatusRefuted},
		{"neutral outlets that disagree count for neither: disputed", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Bilohorivka", "2022-09-12"), doc("d1", "2022-09-12")},
			{claimAt("2", "d2", "control", "denies", "UKR", "RUS", "UKR", "Bilohorivka", "2022-09-13"), doc("d2", "2022-09-13")},
			{author(claimAt("3", "d3", "control", "denies", "", "RUS", "UKR", "Bilohorivka", "")), doc("d3", "2022-09-15")},
			{author(claimAt("4", "d4", "control", "asserts", "", "RUS", "UKR", "Bilohorivka", "")), doc("d4", "2022-09-15")},
		}, StatusDisputed},
		{"a copy with the attribution cut is no neutral source: claimed", []step{
			{claimAt("1", "d1", "control", "asserts", "RUS", "RUS", "UKR", "Snihurivka", ""), doc("d1", "2022-09-10")},
			{copyOf(author(claimAt("2", "d2", "control", "asserts", "", "RUS", "UKR", "Snihurivka", "")), "d1"), doc("d2", "2022-09-22")},
		}, StatusClaimed},
		{"a passage copied with its sense turned round still counts: disputed", []step{
			{claimAt("1", "d1", "losses", "asserts", "RUS", "RUS", "UKR", "Izium", "2022-09-04"), doc("d1", "2022-09-04")},
			{copyOf(claimAt("2", "d2", "losses", "denies", "UKR", "RUS", "UKR", "Izium", "2022-09-04"), "d1"), doc("d2", "2022-09-05")},
		}, StatusDisputed},
		{"the same camp gives a far smaller figure: disputed, not refuted", []step{
			{claimAt("1", "d1", "losses", "asserts", "RUS", "RUS", "UKR", "Kramatorsk", "2022-09-08", tank(30)), doc("d1", "2022-09-09")},
			{claimAt("2", "d2", "losses", "asserts", "RUS", "RUS", "UKR", "Kramatorsk", "2022-09-08", tank(4)), doc("d2", "2022-09-16")},
		}, StatusDisputed},
		{"the losing side admits a far smaller figure: disputed, not confirmed", []step{
			{claimAt("1", "d1", "losses", "asserts", "UKR", "UKR", "RUS", "Izium", "2022-04-01", tank(14)), doc("d1", "2022-04-02")},
			{claimAt("2", "d2", "losses", "asserts", "RUS", "UKR", "RUS", "Izium", "2022-04-01", tank(2)), doc("d2", "2022-04-03")},
		}, StatusDisputed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := New([]Conflict{ukraine})
			for _, s := range tc.steps {
				r.AddDocs(s.doc)
				r.Add(s.c)
			}
			e, _ := r.EventOf(tc.steps[0].c.ID)
			if len(e.Claims) != len(tc.steps) {
				t.Fatalf("event has %d claims, want %d", len(e.Claims), len(tc.steps))
			}
			if e.Status != tc.want {
				t.Errorf("status %q, want %q; history %+v", e.Status, tc.want, e.History)
			}
		})
	}
}

// TestLateAnswersJoin: denials, retractions and admissions dated by the
// day they were said join the claim they answer up to a week later, in
// whatever order the claims arrive, and never bridge two events.
func TestLateAnswersJoin(t *testing.T) {
	p := "karabakh-2020"
	docs := []Doc{{ID: "d1", Published: "2020-10-04", Profile: p}, {ID: "d2", Published: "2020-10-05", Profile: p},
		{ID: "d3", Published: "2020-10-10", Profile: p}, {ID: "d4", Published: "2020-10-12", Profile: p},
		{ID: "d5", Published: "2020-10-20", Profile: p}}
	claims := []claimtrail.Claim{
		// Jabrayil: capture, denial the next day, admission six days later
		claimAt("j1", "d1", "control", "asserts", "AZE", "AZE", "ARM", "Jabrayil", "2020-10-04"),
		claimAt("j2", "d2", "control", "denies", "ARM", "AZE", "ARM", "Jabrayil", "2020-10-05"),
		claimAt("j3", "d3", "withdrawal", "asserts", "ARM", "ARM", "", "Jabrayil", "2020-10-10"),
		// a downed aircraft, and the claimant withdrawing the report two days later
		claimAt("s1", "d3", "losses", "asserts", "ARM", "ARM", "AZE", "Martuni", "2020-10-10"),
		claimAt("s2", "d4", "losses", "denies", "ARM", "ARM", "AZE", "Martuni", "2020-10-12"),
		// Ganja shelled on the 4th and again on the 11th; the denial of the 11th
		claimAt("g1", "d1", "attack", "asserts", "AZE", "ARM", "AZE", "Ganja", "2020-10-04"),
		claimAt("g2", "d4", "attack", "asserts", "AZE", "ARM", "AZE", "Ganja", "2020-10-11"),
		claimAt("g3", "d4", "attack", "denies", "ARM", "ARM", "AZE", "Ganja", "2020-10-11"),
		// a denial more than a week later answers nothing
		claimAt("m1", "d1", "attack", "asserts", "AZE", "ARM", "AZE", "Mingachevir", "2020-10-04"),
		claimAt("m2", "d5", "attack", "denies", "ARM", "ARM", "AZE", "Mingachevir", "2020-10-20"),
	}
	check := func(t *testing.T, r *Resolver) {
		same := func(x, y string) bool {
			ex, _ := r.EventOf(x)
			ey, _ := r.EventOf(y)
			return ex.ID == ey.ID
		}
		for _, tc := range []struct {
			x, y string
			want bool
		}{{"j1", "j3", true}, {"j2", "j3", true}, {"s1", "s2", true}, {"g2", "g3", true}, {"g1", "g3", false}, {"g1", "g2", false}, {"m1", "m2", false}} {
			if got := same(tc.x, tc.y); got != tc.want {
				t.Errorf("same event(%s, %s) = %v, want %v", tc.x, tc.y, got, tc.want)
			}
		}
		if e, _ := r.EventOf("j1"); e.StatusOn("2020-10-05") != StatusDisputed || e.StatusOn("2020-10-10") != StatusConfirmed {
			t.Errorf("Jabrayil history %+v, want disputed on 5 Oct, confirmed on 10 Oct", e.History)
		}
		if e, _ := r.EventOf("s1"); e.Status != StatusRefuted || e.StatusOn("2020-10-11") != StatusClaimed {
			t.Errorf("Su-25 history %+v, want claimed until the retraction on 12 Oct, then refuted", e.History)
		}
	}
	t.Run("in order", func(t *testing.T) {
		r := New([]Conflict{karabakh})
		r.AddDocs(docs...)
		r.Add(claims...)
		check(t, r)
	})
	t.Run("one by one in reverse", func(t *testing.T) {
		r := New([]Conflict{karabakh})
		r.AddDocs(docs...)
		for i := len(claims) - 1; i >= 0; i-- {
			r.Add(claims[i])
		}
		check(t, r)
	})
}

// TestPartisanOutletSpeaksForItsSide: an outlet the profile puts on a side
// (state or partisan media) speaking in its own voice speaks for that side:
// it does not confirm its own side's claim as a second camp would, and its
// claims count in that side's control view; a neutral wire does confirm.
func TestPartisanOutletSpeaksForItsSide(t *testing.T) {
	p := "karabakh-2020"
	conf := karabakh
	conf.OutletSides = map[string]claimtrail.Side{"azertac": "AZE"}
	build := func(outlet string) Event {
		r := New([]Conflict{conf})
		r.AddDocs(Doc{ID: "d1", Outlet: "Ministry site", Published: "2020-10-20", Profile: p},
			Doc{ID: "d2", Outlet: outlet, Published: "2020-10-21", Profile: p})
		r.Add(claimAt("1", "d1", "control", "asserts", "AZE", "AZE", "ARM", "Zangilan", "2020-10-20"),
			author(claimAt("2", "d2", "control", "asserts", "", "AZE", "ARM", "Zangilan", "2020-10-20")))
		e, _ := r.EventOf("1")
		if len(e.Claims) != 2 {
			t.Fatalf("%s: event holds %q, want both claims", outlet, e.Claims)
		}
		return e
	}
	if e := build("AzerTac"); e.Status != StatusClaimed || e.Sides["AZE"] == nil || len(e.Sides["AZE"].Claims) != 2 {
		t.Errorf("a partisan outlet's own voice: status %q, camps %v; want claimed, both claims in AZE's camp", e.Status, e.Sides)
	}
	if e := build("Neutral Wire"); e.Status != StatusConfirmed {
		t.Errorf("a neutral outlet's own voice: status %q, want confirmed", e.Status)
	}
}
