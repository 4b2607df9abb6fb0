package eval

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/resolve"
)

// GoldEvent is one line of a gold folder's events.jsonl: the gold claims
// that speak of one happening, and the event's status history.
type GoldEvent struct {
	ID     string       `json:"id"`
	Claims []EventRef   `json:"claims"`
	Status []GoldStatus `json:"status"`
	Note   string       `json:"note,omitempty"`
}

// EventRef names a gold claim by document and sentence. Type picks one
// claim of a sentence that holds several; without it the reference takes
// every gold claim of the sentence.
type EventRef struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	Type     string `json:"type,omitempty"`
}

// GoldStatus is one step of a gold status history: the status an event has
// from Date on.
type GoldStatus struct {
	Date   string `json:"date"`
	Status string `json:"status"`
}

// LoadEvents reads events.jsonl from a gold folder. A folder without one
// gives no events and no error.
func LoadEvents(dir string) ([]GoldEvent, error) {
	var evs []GoldEvent
	seen := map[string]bool{}
	statuses := []string{resolve.StatusClaimed, resolve.StatusDisputed, resolve.StatusConfirmed, resolve.StatusRefuted}
	err := eachLine(filepath.Join(dir, "events.jsonl"), func(line int, b []byte) error {
		var e GoldEvent
		if err := json.Unmarshal(b, &e); err != nil {
			return err
		}
		switch {
		case e.ID == "":
			return errors.New("event without \"id\"")
		case seen[e.ID]:
			return fmt.Errorf("event %q listed twice", e.ID)
		case len(e.Claims) == 0:
			return fmt.Errorf("event %q has no claims", e.ID)
		}
		seen[e.ID] = true
		for _, s := range e.Status {
			if !validDate(s.Date) || !slices.Contains(statuses, s.Status) {
				return fmt.Errorf("event %q: bad status step %+v", e.ID, s)
			}
		}
		evs = append(evs, e)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return evs, err
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// EventGroups resolves every event's references to indices of g.Claims:
// groups[i] lists the gold claims of events[i]. It is an error when a
// reference names no gold claim, when a gold claim belongs to two events,
// or when a gold claim belongs to none.
func EventGroups(g *Gold, events []GoldEvent) ([][]int, error) {
	type key struct{ doc, sentence string }
	by := map[key][]int{}
	for i, c := range g.Claims {
		k := key{c.Doc, foldSpace(c.Sentence)}
		by[k] = append(by[k], i)
	}
	owner := make([]string, len(g.Claims))
	groups := make([][]int, len(events))
	var errs []string
	for ei, e := range events {
		for _, r := range e.Claims {
			n := 0
			for _, i := range by[key{r.Doc, foldSpace(r.Sentence)}] {
				if r.Type != "" && g.Claims[i].Type != r.Type {
					continue
				}
				n++
				if owner[i] != "" {
					errs = append(errs, fmt.Sprintf("claim %s %q (%s) is in events %s and %s", r.Doc, r.Sentence, g.Claims[i].Type, owner[i], e.ID))
					continue
				}
				owner[i] = e.ID
				groups[ei] = append(groups[ei], i)
			}
			if n == 0 {
				errs = append(errs, fmt.Sprintf("event %s: no gold claim %s %q type %q", e.ID, r.Doc, r.Sentence, r.Type))
			}
		}
	}
	for i, o := range owner {
		if o == "" {
			c := &g.Claims[i]
			errs = append(errs, fmt.Sprintf("gold claim %s %q (%s) is in no event", c.Doc, c.Sentence, c.Type))
		}
	}
	if len(errs) > 0 {
		return groups, claimtrail.Errorf(claimtrail.EInvalid, "events.jsonl: %s", strings.Join(errs, "; "))
	}
	return groups, nil
}

// EventSetup is what scoring events needs besides the gold: the conflicts,
// how outlets map to owners (nil counts every outlet apart) and which
// profile each document belongs to.
type EventSetup struct {
	Conflicts []resolve.Conflict
	Owner     func(outlet string) string
	Profile   func(docID string) string
}

// EventScores holds the event grouping and status scores of both modes.
type EventScores struct {
	// GoldClaims feeds the gold claims themselves to the resolver: it scores
	// the resolver alone.
	GoldClaims EventModeScores `json:"gold_claims"`
	// Pipeline feeds the extractor's claims; scores are over the predicted
	// claims matched to gold claims (nil when no prediction was given).
	Pipeline *EventModeScores `json:"pipeline,omitempty"`
}

// EventModeScores is the grouping and status score of one mode.
type EventModeScores struct {
	Claims     int `json:"claims"`      // claims scored (gold claims, or matched pairs)
	GoldEvents int `json:"gold_events"` // gold events with at least one scored claim
	PredEvents int `json:"pred_events"` // predicted events holding scored claims
	// Pairwise counts claim pairs: together in a predicted event and in a
	// gold event (tp), only in the predicted (fp), only in the gold (fn).
	Pairwise PRF `json:"pairwise"`
	// BCubed averages, over the scored claims, the share of a claim's
	// predicted event that is in its gold event (precision) and the share of
	// its gold event that is in its predicted event (recall).
	BCubed BCubed `json:"bcubed"`
	// Status counts the gold status steps the resolver gets: the status of
	// the predicted event that holds most of the gold event's claims, on
	// the step's day (Event.StatusOn).
	Status Ratio        `json:"status"`
	Errors []EventError `json:"errors"`
}

// BCubed is B-cubed precision, recall and F1.
type BCubed struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// EventError is one gold event the resolver gets wrong: "split" (its claims
// are in several predicted events), "merge" (its predicted event holds
// claims of other gold events), "status" (a wrong status on a day) or
// "missing" (no claim of it was matched, pipeline mode).
type EventError struct {
	Event  string `json:"event"`
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
}

// ScoreEvents scores how the resolver groups claims into events and dates
// their statuses. The gold-claims mode always runs; the pipeline mode runs
// when p is not nil, on p's documents and claims (claims need IDs and, for
// copies to collapse, Origin). Gold claims get their Origin from the gold
// reuse records: a claim of the copying document whose sentence the copied
// passage contains (by the matcher's word containment) was first reported
// by the copied document.
func ScoreEvents(g *Gold, events []GoldEvent, p *Prediction, setup EventSetup) (*EventScores, error) {
	groups, err := EventGroups(g, events)
	if err != nil {
		return nil, err
	}
	goldOf := make([]int, len(g.Claims)) // gold claim -> event index
	for ei, grp := range groups {
		for _, i := range grp {
			goldOf[i] = ei
		}
	}
	profileOf := setup.Profile
	if profileOf == nil {
		profileOf = func(string) string { return "" }
	}

	// Gold-claims mode.
	r := resolve.New(setup.Conflicts)
	r.SetOwner(setup.Owner)
	for _, d := range g.Docs {
		rd := resolve.Doc{ID: d.ID, Outlet: d.Outlet, Published: deref(d.Published), Profile: profileOf(d.ID)}
		if d.Original != nil {
			rd.Original, rd.OriginalOutlet = d.Original.Published, d.Original.Outlet
		}
		r.AddDocs(rd)
	}
	claims := make([]claimtrail.Claim, len(g.Claims))
	for i, c := range g.Claims {
		c.ID = fmt.Sprintf("gold:%04d", i)
		c.Origin = goldOrigin(g, &c)
		claims[i] = c
	}
	r.Add(claims...)
	ids := make([]string, len(claims))
	for i := range claims {
		ids[i] = claims[i].ID
	}
	out := &EventScores{GoldClaims: scoreMode(r, events, groups, goldOf, ids)}

	if p != nil {
		pr := resolve.New(setup.Conflicts)
		pr.SetOwner(setup.Owner)
		for i := range p.Docs {
			d := resolve.DocOf(&p.Docs[i])
			if d.Profile == "" {
				d.Profile = profileOf(d.ID)
			}
			pr.AddDocs(d)
		}
		var preds []claimtrail.Claim
		for _, c := range p.Claims {
			if c.ID != "" {
				preds = append(preds, c)
			}
		}
		pr.Add(preds...)
		goldTo, _ := matchClaims(g.Claims, preds)
		mids := make([]string, len(g.Claims)) // "" where the gold claim was not matched
		for gi, pi := range goldTo {
			if pi >= 0 {
				mids[gi] = preds[pi].ID
			}
		}
		m := scoreMode(pr, events, groups, goldOf, mids)
		out.Pipeline = &m
	}
	return out, nil
}

// goldOrigin returns the document a gold claim's sentence was copied from,
// by the gold reuse records, or "".
func goldOrigin(g *Gold, c *claimtrail.Claim) string {
	for _, u := range g.Reuse {
		if u.B != c.Doc {
			continue
		}
		a, _, _ := containment(wordSet(c.Sentence), wordSet(u.AText))
		if a >= MinContainment {
			return u.A
		}
	}
	return ""
}

// scoreMode scores one resolver run. ids[i] is the resolver's claim id
// standing for gold claim i ("" when it has none: unmatched).
func scoreMode(r *resolve.Resolver, events []GoldEvent, groups [][]int, goldOf []int, ids []string) EventModeScores {
	m := EventModeScores{Errors: []EventError{}}
	predOf := make([]string, len(ids)) // gold claim -> predicted event id
	var scored []int
	for i, id := range ids {
		if id == "" {
			continue
		}
		if e, ok := r.EventOf(id); ok {
			predOf[i] = e.ID
			scored = append(scored, i)
		}
	}
	m.Claims = len(scored)
	goldSize, predSize, both := map[int]int{}, map[string]int{}, map[[2]string]int{}
	for _, i := range scored {
		goldSize[goldOf[i]]++
		predSize[predOf[i]]++
		both[[2]string{fmt.Sprint(goldOf[i]), predOf[i]}]++
	}
	m.GoldEvents, m.PredEvents = len(goldSize), len(predSize)
	for x := 0; x < len(scored); x++ {
		for y := x + 1; y < len(scored); y++ {
			i, j := scored[x], scored[y]
			sameGold, samePred := goldOf[i] == goldOf[j], predOf[i] == predOf[j]
			switch {
			case sameGold && samePred:
				m.Pairwise.TP++
			case samePred:
				m.Pairwise.FP++
			case sameGold:
				m.Pairwise.FN++
			}
		}
	}
	m.Pairwise.finish()
	if len(scored) > 0 {
		var bp, br float64
		for _, i := range scored {
			n := float64(both[[2]string{fmt.Sprint(goldOf[i]), predOf[i]}])
			bp += n / float64(predSize[predOf[i]])
			br += n / float64(goldSize[goldOf[i]])
		}
		m.BCubed.Precision, m.BCubed.Recall = bp/float64(len(scored)), br/float64(len(scored))
		if s := m.BCubed.Precision + m.BCubed.Recall; s > 0 {
			m.BCubed.F1 = 2 * m.BCubed.Precision * m.BCubed.Recall / s
		}
	}

	for ei, e := range events {
		// The predicted events of this gold event's claims, largest share
		// first (then the one its earliest-listed claim is in).
		count := map[string]int{}
		var order []string
		for _, i := range groups[ei] {
			if predOf[i] == "" {
				continue
			}
			if count[predOf[i]] == 0 {
				order = append(order, predOf[i])
			}
			count[predOf[i]]++
		}
		if len(order) == 0 {
			m.Errors = append(m.Errors, EventError{Event: e.ID, Kind: "missing", Detail: "no claim of it was matched"})
			for range e.Status {
				m.Status.add(false)
			}
			continue
		}
		slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
		if len(order) > 1 {
			parts := make([]string, len(order))
			for k, id := range order {
				parts[k] = fmt.Sprintf("%s (%d)", id, count[id])
			}
			m.Errors = append(m.Errors, EventError{Event: e.ID, Kind: "split", Detail: "claims in " + strings.Join(parts, ", ")})
		}
		best, _ := r.Event(order[0])
		others := map[string]bool{}
		for _, i := range scored {
			if predOf[i] == best.ID && goldOf[i] != ei {
				others[events[goldOf[i]].ID] = true
			}
		}
		if len(others) > 0 {
			names := make([]string, 0, len(others))
			for n := range others {
				names = append(names, n)
			}
			slices.Sort(names)
			m.Errors = append(m.Errors, EventError{Event: e.ID, Kind: "merge", Detail: best.ID + " also holds " + strings.Join(names, ", ")})
		}
		var wrong []string
		for _, s := range e.Status {
			got := best.StatusOn(s.Date)
			m.Status.add(got == s.Status)
			if got != s.Status {
				wrong = append(wrong, fmt.Sprintf("%s: %s, want %s", s.Date, orNone(got), s.Status))
			}
		}
		if len(wrong) > 0 {
			m.Errors = append(m.Errors, EventError{Event: e.ID, Kind: "status", Detail: strings.Join(wrong, "; ") + " (history: " + history(best) + ")"})
		}
	}
	return m
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func history(e resolve.Event) string {
	parts := make([]string, len(e.History))
	for i, h := range e.History {
		parts[i] = h.Date + " " + h.Status
	}
	return strings.Join(parts, ", ")
}

// WriteTable prints both modes' grouping and status scores.
func (s *EventScores) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "events\tclaims\tgold ev\tpred ev\tpair P\tpair R\tpair F1\tB3 P\tB3 R\tB3 F1\tstatus\n")
	row := func(name string, m *EventModeScores) {
		st := "-"
		if v, ok := m.Status.Value(); ok {
			st = fmt.Sprintf("%.3f (%d/%d)", v, m.Status.Correct, m.Status.Total)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%s\n", name, m.Claims, m.GoldEvents, m.PredEvents,
			m.Pairwise.Precision, m.Pairwise.Recall, m.Pairwise.F1, m.BCubed.Precision, m.BCubed.Recall, m.BCubed.F1, st)
	}
	row("gold claims", &s.GoldClaims)
	if s.Pipeline != nil {
		row("pipeline (matched)", s.Pipeline)
	}
	return tw.Flush()
}

// WriteDetails prints each mode's event errors, one per line.
func (s *EventScores) WriteDetails(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, e := range s.GoldClaims.Errors {
		ew.printf("event (gold claims)\t%s\t%s\t%s\n", e.Event, e.Kind, e.Detail)
	}
	if s.Pipeline != nil {
		for _, e := range s.Pipeline.Errors {
			ew.printf("event (pipeline)\t%s\t%s\t%s\n", e.Event, e.Kind, e.Detail)
		}
	}
	return ew.err
}
