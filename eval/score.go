package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// MinContainment is the share of one sentence's words that must occur in the
// other for a predicted claim to match a gold claim (spec, Scoring).
const MinContainment = 0.6

// Ratio is a count of correct cases out of a total. It marshals as
// {"correct":c,"total":t,"value":c/t}, with a null value when t is 0.
type Ratio struct {
	Correct int
	Total   int
}

// Value returns Correct/Total, and false when there is nothing to count.
func (r Ratio) Value() (float64, bool) {
	if r.Total == 0 {
		return 0, false
	}
	return float64(r.Correct) / float64(r.Total), true
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.Correct++
	}
}

// MarshalJSON writes the counts and the value.
func (r Ratio) MarshalJSON() ([]byte, error) {
	v := struct {
		Correct int      `json:"correct"`
		Total   int      `json:"total"`
		Value   *float64 `json:"value"`
	}{Correct: r.Correct, Total: r.Total}
	if x, ok := r.Value(); ok {
		v.Value = &x
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Ratio) UnmarshalJSON(b []byte) error {
	var v struct {
		Correct int `json:"correct"`
		Total   int `json:"total"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	r.Correct, r.Total = v.Correct, v.Total
	return nil
}

// PRF holds true positives, false positives and false negatives with the
// precision, recall and F1 they give.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// finish computes the ratios. An empty denominator gives 1 when the other
// side is empty too (nothing to find, nothing found) and 0 otherwise.
func (m *PRF) finish() {
	m.Precision, m.Recall = 0, 0
	switch {
	case m.TP+m.FP > 0:
		m.Precision = float64(m.TP) / float64(m.TP+m.FP)
	case m.FN == 0:
		m.Precision = 1
	}
	switch {
	case m.TP+m.FN > 0:
		m.Recall = float64(m.TP) / float64(m.TP+m.FN)
	case m.FP == 0:
		m.Recall = 1
	}
	m.F1 = 0
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
}

// Fields holds the accuracy of each claim field over matched pairs.
type Fields struct {
	Stance       Ratio `json:"stance"`
	Voice        Ratio `json:"voice"`
	Hedged       Ratio `json:"hedged"`
	ClaimantSide Ratio `json:"claimant.side"`
	Actor        Ratio `json:"actor"`
	Target       Ratio `json:"target"`
	Places       Ratio `json:"places"`
	DateStart    Ratio `json:"date.start"`
	DateEnd      Ratio `json:"date.end"`
	Quantities   Ratio `json:"quantities"`
}

// NamedRatio is a ratio with the name it is reported under.
type NamedRatio struct {
	Name  string
	Ratio Ratio
}

// List returns the field accuracies in the order of the spec.
func (f *Fields) List() []NamedRatio {
	return []NamedRatio{
		{"stance", f.Stance}, {"voice", f.Voice}, {"hedged", f.Hedged},
		{"claimant.side", f.ClaimantSide}, {"actor", f.Actor}, {"target", f.Target},
		{"places", f.Places}, {"date.start", f.DateStart}, {"date.end", f.DateEnd},
		{"quantities", f.Quantities},
	}
}

// ClaimRef names a claim in a list of misses or false positives.
type ClaimRef struct {
	Doc      string `json:"doc"`
	Type     string `json:"type"`
	Claimant string `json:"claimant"`
	Sentence string `json:"sentence"`
}

// Mismatch is one field of a matched pair that differs from the gold.
type Mismatch struct {
	Doc      string `json:"doc"`
	Type     string `json:"type"`
	Sentence string `json:"sentence"`
	Field    string `json:"field"`
	Gold     string `json:"gold"`
	Pred     string `json:"pred"`
}

// ClaimScores is the claim part of a Report.
type ClaimScores struct {
	PRF
	// OptionalMatched counts predictions matched to optional gold claims:
	// neither true nor false positives.
	OptionalMatched int            `json:"optional_matched"`
	ByType          map[string]PRF `json:"by_type"`
	Fields          Fields         `json:"fields"`
	Misses          []ClaimRef     `json:"misses"`
	FalsePositives  []ClaimRef     `json:"false_positives"`
	Mismatches      []Mismatch     `json:"mismatches"`
}

// DocError is one document field that differs from the gold.
type DocError struct {
	Doc   string `json:"doc"`
	Field string `json:"field"` // published, original.outlet, title, boilerplate, body_keeps
	Gold  string `json:"gold"`
	Pred  string `json:"pred"`
}

// DocScores is the document part of a Report, over the gold documents the
// prediction holds a doc record for.
type DocScores struct {
	Scored             int        `json:"scored"`
	Published          Ratio      `json:"published"`
	OriginalOutlet     Ratio      `json:"original.outlet"`
	Title              Ratio      `json:"title"`
	BoilerplateRemoved Ratio      `json:"boilerplate_removed"`
	BodyKept           Ratio      `json:"body_kept"`
	Errors             []DocError `json:"errors"`
}

// ReuseScores is the reuse part of a Report: precision and recall over
// unordered document pairs.
type ReuseScores struct {
	PRF
	Misses         [][2]string `json:"misses"`
	FalsePositives [][2]string `json:"false_positives"`
}

// Report is the outcome of Score.
type Report struct {
	Claims ClaimScores  `json:"claims"`
	Docs   *DocScores   `json:"docs,omitempty"`  // nil when the gold has no docs.jsonl
	Reuse  *ReuseScores `json:"reuse,omitempty"` // nil when the gold has no reuse.jsonl
	// MissingDocs are gold documents the prediction has neither a doc
	// record nor a claim for.
	MissingDocs []string `json:"missing_docs"`
	// IgnoredClaims counts predicted claims about documents not in the gold.
	IgnoredClaims int `json:"ignored_claims"`
}

// Score compares a prediction with the gold. pm decides whether two places
// are one; nil compares canonical names case-insensitively.
func Score(g *Gold, p *Prediction, pm PlaceMatcher) *Report {
	if pm == nil {
		pm = NewPlaceMatcher(nil)
	}
	universe := map[string]bool{}
	for _, d := range g.Docs {
		universe[d.ID] = true
	}
	for _, c := range g.Claims {
		universe[c.Doc] = true
	}
	for _, r := range g.Reuse {
		universe[r.A], universe[r.B] = true, true
	}
	present := map[string]bool{}
	for _, d := range p.Docs {
		present[d.ID] = true
	}
	for _, c := range p.Claims {
		present[c.Doc] = true
	}

	rep := &Report{MissingDocs: []string{}}
	for id := range universe {
		if !present[id] {
			rep.MissingDocs = append(rep.MissingDocs, id)
		}
	}
	slices.Sort(rep.MissingDocs)

	var preds []claimtrail.Claim
	for _, c := range p.Claims {
		if universe[c.Doc] {
			preds = append(preds, c)
		} else {
			rep.IgnoredClaims++
		}
	}
	rep.Claims = scoreClaims(g.Claims, preds, pm)
	if g.HasDocs {
		rep.Docs = scoreDocs(g.Docs, p.Docs)
	}
	if g.HasReuse {
		rep.Reuse = scoreReuse(g.Reuse, p.Reuse, universe)
	}
	return rep
}

type candidate struct {
	gi, pi   int
	overlap  float64 // the larger containment
	jaccard  float64
	required bool
	agree    int
}

func scoreClaims(gold, pred []claimtrail.Claim, pm PlaceMatcher) ClaimScores {
	cs := ClaimScores{ByType: map[string]PRF{}, Misses: []ClaimRef{},
		FalsePositives: []ClaimRef{}, Mismatches: []Mismatch{}}
	goldTo, predTo := matchClaims(gold, pred)

	byType := map[string]*PRF{}
	typ := func(t string) *PRF {
		if byType[t] == nil {
			byType[t] = &PRF{}
		}
		return byType[t]
	}
	for gi := range gold {
		g := &gold[gi]
		pi := goldTo[gi]
		switch {
		case g.Optional && pi >= 0:
			cs.OptionalMatched++
		case g.Optional:
		case pi >= 0:
			cs.TP++
			typ(g.Type).TP++
			cs.Mismatches = append(cs.Mismatches, compareFields(&cs.Fields, g, &pred[pi], pm)...)
		default:
			cs.FN++
			typ(g.Type).FN++
			cs.Misses = append(cs.Misses, ref(g))
		}
	}
	for pi := range pred {
		if predTo[pi] < 0 {
			cs.FP++
			typ(pred[pi].Type).FP++
			cs.FalsePositives = append(cs.FalsePositives, ref(&pred[pi]))
		}
	}
	cs.finish()
	for t, m := range byType {
		m.finish()
		cs.ByType[t] = *m
	}
	return cs
}

// matchClaims pairs predicted with gold claims one to one, as the spec's
// Scoring section lays down (see the package documentation for the order of
// preference). goldTo[i] is the prediction matched to gold claim i and
// predTo[j] the gold claim matched to prediction j, -1 where none.
func matchClaims(gold, pred []claimtrail.Claim) (goldTo, predTo []int) {
	gw := make([]map[string]struct{}, len(gold))
	for i := range gold {
		gw[i] = wordSet(gold[i].Sentence)
	}
	pw := make([]map[string]struct{}, len(pred))
	for i := range pred {
		pw[i] = wordSet(pred[i].Sentence)
	}
	type key struct{ doc, typ string }
	predBy := map[key][]int{}
	for i, c := range pred {
		k := key{c.Doc, c.Type}
		predBy[k] = append(predBy[k], i)
	}
	var cands []candidate
	for gi, g := range gold {
		for _, pi := range predBy[key{g.Doc, g.Type}] {
			a, b, j := containment(gw[gi], pw[pi])
			if a < MinContainment && b < MinContainment {
				continue
			}
			cands = append(cands, candidate{gi: gi, pi: pi, overlap: max(a, b), jaccard: j,
				required: !g.Optional, agree: agreement(&g, &pred[pi])})
		}
	}
	slices.SortFunc(cands, func(x, y candidate) int {
		if c := cmp.Compare(y.overlap, x.overlap); c != 0 {
			return c
		}
		if c := cmp.Compare(y.jaccard, x.jaccard); c != 0 {
			return c
		}
		if x.required != y.required {
			if x.required {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.agree, x.agree); c != 0 {
			return c
		}
		if c := cmp.Compare(x.gi, y.gi); c != 0 {
			return c
		}
		return cmp.Compare(x.pi, y.pi)
	})
	goldTo = make([]int, len(gold))
	predTo = make([]int, len(pred))
	for i := range goldTo {
		goldTo[i] = -1
	}
	for i := range predTo {
		predTo[i] = -1
	}
	for _, c := range cands {
		if goldTo[c.gi] >= 0 || predTo[c.pi] >= 0 {
			continue
		}
		goldTo[c.gi], predTo[c.pi] = c.pi, c.gi
	}
	return goldTo, predTo
}

func ref(c *claimtrail.Claim) ClaimRef {
	return ClaimRef{Doc: c.Doc, Type: c.Type, Claimant: c.Claimant.Name, Sentence: c.Sentence}
}

// agreement counts the plain fields on which two claims agree; it only
// orders candidate pairs of equal overlap.
func agreement(g, p *claimtrail.Claim) int {
	n := 0
	for _, ok := range []bool{g.Stance == p.Stance, g.Voice == p.Voice,
		g.Claimant.Side == p.Claimant.Side, g.Actor == p.Actor, g.Target == p.Target} {
		if ok {
			n++
		}
	}
	return n
}

// compareFields adds one case to each field accuracy and returns the
// fields that differ.
func compareFields(f *Fields, g, p *claimtrail.Claim, pm PlaceMatcher) []Mismatch {
	var out []Mismatch
	check := func(r *Ratio, name string, ok bool, gv, pv string) {
		r.add(ok)
		if !ok {
			out = append(out, Mismatch{Doc: g.Doc, Type: g.Type, Sentence: g.Sentence,
				Field: name, Gold: gv, Pred: pv})
		}
	}
	check(&f.Stance, "stance", g.Stance == p.Stance, g.Stance, p.Stance)
	check(&f.Voice, "voice", g.Voice == p.Voice, g.Voice, p.Voice)
	check(&f.Hedged, "hedged", g.Hedged == p.Hedged, fmt.Sprint(g.Hedged), fmt.Sprint(p.Hedged))
	check(&f.ClaimantSide, "claimant.side", g.Claimant.Side == p.Claimant.Side,
		string(g.Claimant.Side), string(p.Claimant.Side))
	check(&f.Actor, "actor", g.Actor == p.Actor, string(g.Actor), string(p.Actor))
	check(&f.Target, "target", g.Target == p.Target, string(g.Target), string(p.Target))
	check(&f.Places, "places", samePlaces(g.Places, p.Places, pm), placeNames(g.Places), placeNames(p.Places))
	gs, ge := dateEnds(g.Date)
	ps, pe := dateEnds(p.Date)
	check(&f.DateStart, "date.start", gs == ps, orNull(gs), orNull(ps))
	check(&f.DateEnd, "date.end", ge == pe, orNull(ge), orNull(pe))
	gq, pq := quantityKeys(g.Quantities), quantityKeys(p.Quantities)
	check(&f.Quantities, "quantities", slices.Equal(gq, pq), strings.Join(gq, ", "), strings.Join(pq, ", "))
	return out
}

func dateEnds(d *claimtrail.DateRange) (start, end string) {
	if d == nil {
		return "", ""
	}
	return d.Start, d.End
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

func placeNames(ps []claimtrail.PlaceRef) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return "[" + strings.Join(names, ", ") + "]"
}

// quantityKeys returns the sorted multiset of item:n.
func quantityKeys(qs []claimtrail.Quantity) []string {
	keys := make([]string, len(qs))
	for i, q := range qs {
		keys[i] = fmt.Sprintf("%s:%d", q.Item, q.N)
	}
	slices.Sort(keys)
	return keys
}

// dedupePlaces keeps the first of places pm deems the same, since places
// compare as sets.
func dedupePlaces(ps []claimtrail.PlaceRef, pm PlaceMatcher) []claimtrail.PlaceRef {
	var out []claimtrail.PlaceRef
next:
	for _, p := range ps {
		for _, q := range out {
			if pm.Same(p, q) {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

// samePlaces reports whether the two place sets pair off one to one under
// pm (a maximum bipartite matching, so the order of the lists is moot).
func samePlaces(gold, pred []claimtrail.PlaceRef, pm PlaceMatcher) bool {
	g, p := dedupePlaces(gold, pm), dedupePlaces(pred, pm)
	if len(g) != len(p) {
		return false
	}
	predOf := make([]int, len(p)) // gold index matched to each prediction
	for i := range predOf {
		predOf[i] = -1
	}
	var try func(gi int, seen []bool) bool
	try = func(gi int, seen []bool) bool {
		for pi := range p {
			if seen[pi] || !pm.Same(g[gi], p[pi]) {
				continue
			}
			seen[pi] = true
			if predOf[pi] < 0 || try(predOf[pi], seen) {
				predOf[pi] = gi
				return true
			}
		}
		return false
	}
	for gi := range g {
		if !try(gi, make([]bool, len(p))) {
			return false
		}
	}
	return true
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdAutoLink = regexp.MustCompile(`<(https?://[^>]*)>`)
	mdEmphasis = strings.NewReplacer("**", "", "__", "", "*", "", "`", "")
)

// plainBody is a predicted body as text: Markdown links and emphasis that a
// cleaner may have kept are reduced to their words, and white space folded,
// so that substring tests see the words a reader sees.
func plainBody(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutoLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.Replace(s)
	return foldSpace(s)
}

func scoreDocs(gold []GoldDoc, pred []claimtrail.Document) *DocScores {
	ds := &DocScores{Errors: []DocError{}}
	byID := map[string]*claimtrail.Document{}
	for i := range pred {
		if _, dup := byID[pred[i].ID]; !dup {
			byID[pred[i].ID] = &pred[i]
		}
	}
	for _, g := range gold {
		p := byID[g.ID]
		if p == nil {
			continue
		}
		ds.Scored++
		check := func(r *Ratio, field string, ok bool, gv, pv string) {
			r.add(ok)
			if !ok {
				ds.Errors = append(ds.Errors, DocError{Doc: g.ID, Field: field, Gold: gv, Pred: pv})
			}
		}
		gp := deref(g.Published)
		check(&ds.Published, "published", gp == p.Published, orNull(gp), orNull(p.Published))
		var go_, po string
		if g.Original != nil {
			go_ = g.Original.Outlet
		}
		if p.Original != nil {
			po = p.Original.Outlet
		}
		check(&ds.OriginalOutlet, "original.outlet", foldName(go_) == foldName(po), orNull(go_), orNull(po))
		gt := deref(g.Title)
		check(&ds.Title, "title", foldName(gt) == foldName(p.Title), orNull(gt), orNull(p.Title))
		body := plainBody(p.Body)
		for _, b := range g.Boilerplate {
			check(&ds.BoilerplateRemoved, "boilerplate", !strings.Contains(body, foldSpace(b)), b, "kept")
		}
		for _, k := range g.BodyKeeps {
			check(&ds.BodyKept, "body_keeps", strings.Contains(body, foldSpace(k)), k, "missing")
		}
	}
	return ds
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func scoreReuse(gold, pred []claimtrail.Reuse, universe map[string]bool) *ReuseScores {
	rs := &ReuseScores{Misses: [][2]string{}, FalsePositives: [][2]string{}}
	g := map[[2]string]bool{}
	for _, r := range gold {
		g[pairKey(r.A, r.B)] = true
	}
	p := map[[2]string]bool{}
	for _, r := range pred {
		if r.A == r.B || !universe[r.A] || !universe[r.B] {
			continue
		}
		p[pairKey(r.A, r.B)] = true
	}
	for k := range p {
		if g[k] {
			rs.TP++
		} else {
			rs.FP++
			rs.FalsePositives = append(rs.FalsePositives, k)
		}
	}
	for k := range g {
		if !p[k] {
			rs.FN++
			rs.Misses = append(rs.Misses, k)
		}
	}
	sortPairs(rs.Misses)
	sortPairs(rs.FalsePositives)
	rs.finish()
	return rs
}

func sortPairs(ps [][2]string) {
	slices.SortFunc(ps, func(x, y [2]string) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
}
