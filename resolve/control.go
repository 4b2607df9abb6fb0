package resolve

import (
	"sort"

	"github.com/claimtrail/claimtrail"
)

// ControlRow says who holds one place on a day according to each camp.
type ControlRow struct {
	Place string `json:"place"`
	// Holder maps a claimant side ("" for claimants of no side) to the side
	// that holds the place by that camp's latest claim on or before the day.
	Holder map[string]claimtrail.Side `json:"holder"`
	// Since maps a claimant side to the day of that latest claim.
	Since map[string]string `json:"since"`
	// Claims maps a claimant side to the id of that latest claim.
	Claims map[string]string `json:"claims"`
	// Disagree is set when camps name different holders.
	Disagree bool `json:"disagree"`
}

// Control returns, for each place some control claim names, who holds it on
// day according to each camp. side, when set, keeps only that camp's view.
// Claims whose day is unknown are not placed in time and are left out.
func (r *Resolver) Control(day string, side claimtrail.Side) []ControlRow {
	r.mu.RLock()
	defer r.mu.RUnlock()
	type latest struct {
		made string
		c    *claim
	}
	view := map[string]map[string]latest{} // place -> camp -> latest claim
	for _, cl := range r.claims {
		if cl.family != "control" || cl.holder == "" || cl.made == "" || cl.made > day {
			continue
		}
		camp := string(cl.camp)
		if side != "" && camp != string(side) {
			continue
		}
		for p := range cl.places {
			m := view[p]
			if m == nil {
				m = map[string]latest{}
				view[p] = m
			}
			old, ok := m[camp]
			if !ok || cl.made > old.made || (cl.made == old.made && cl.c.ID > old.c.c.ID) {
				m[camp] = latest{cl.made, cl}
			}
		}
	}
	rows := make([]ControlRow, 0, len(view))
	for place, m := range view {
		row := ControlRow{Place: place, Holder: map[string]claimtrail.Side{}, Since: map[string]string{}, Claims: map[string]string{}}
		var first claimtrail.Side
		for camp, l := range m {
			row.Holder[camp] = l.c.holder
			row.Since[camp] = l.made
			row.Claims[camp] = l.c.c.ID
			if first == "" {
				first = l.c.holder
			} else if l.c.holder != first {
				row.Disagree = true
			}
		}
		rows = append(rows, row)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Place < rows[j].Place })
	return rows
}

// ControlChange is a change of holder for one place in one camp's claims.
type ControlChange struct {
	Date  string          `json:"date"`
	Place string          `json:"place"`
	Camp  claimtrail.Side `json:"camp"`
	From  claimtrail.Side `json:"from"`
	To    claimtrail.Side `json:"to"`
	Claim string          `json:"claim"`
}

// ControlChanges lists, over [from, to], each day a camp's claims change who
// holds a place (the first claim of a camp about a place is a change from
// "" to its holder).
func (r *Resolver) ControlChanges(from, to string, side claimtrail.Side) []ControlChange {
	r.mu.RLock()
	var cls []*claim
	for _, cl := range r.claims {
		if cl.family == "control" && cl.holder != "" && cl.made != "" && cl.made <= to {
			if side == "" || cl.camp == side {
				cls = append(cls, cl)
			}
		}
	}
	r.mu.RUnlock()
	sort.Slice(cls, func(i, j int) bool {
		if cls[i].made != cls[j].made {
			return cls[i].made < cls[j].made
		}
		return cls[i].c.ID < cls[j].c.ID
	})
	cur := map[[2]string]claimtrail.Side{}
	var out []ControlChange
	for _, cl := range cls {
		places := make([]string, 0, len(cl.places))
		for p := range cl.places {
			places = append(places, p)
		}
		sort.Strings(places)
		for _, p := range places {
			k := [2]string{p, string(cl.camp)}
			if cur[k] == cl.holder {
				continue
			}
			if cl.made >= from {
				out = append(out, ControlChange{Date: cl.made, Place: p, Camp: cl.camp, From: cur[k], To: cl.holder, Claim: cl.c.ID})
			}
			cur[k] = cl.holder
		}
	}
	return out
}
