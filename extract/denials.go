package extract

// denials.go: denials that name no event of their own, and what they deny.

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

// deniedReports turns a report called false that names no event of its
// own ("the claims of Aliyev … are false") into a denial of the last claim
// its owner made.
func (st *state) deniedReports(s *sent, frames []*frame, def claimant, have []*pclaim) []*pclaim {
	var out []*pclaim
	if k := pronounDenial(s, frames); k >= 0 {
		// "That is not true.": the claim just made is denied
		c := def
		if f, _ := frameFor(frames, k); f != nil && !f.report {
			c = f.c
		}
		if s.toks[k].inQ && len(s.quotes) > 0 {
			c = st.speaker(s.quotes[0])
		}
		if src := st.deniedSource(s, have, c.side, 0, len(s.toks)); src != nil {
			pc := &pclaim{typ: src.Type, c: c, stance: claimtrail.StanceDenies, actor: src.Actor, target: src.Target,
				ca: 0, cb: len(s.toks), wa: k, wb: len(s.toks), copied: true}
			pc.h = hit{i: k, j: k + 1}
			pc.places = append([]claimtrail.PlaceRef(nil), src.Places...)
			out = append(out, pc)
		}
	}
	for _, f := range frames {
		if f.report || !f.deny || !st.pronounScope(s, f) {
			continue
		}
		{
			// "Russia denies it.": the claim just made; "denied the
			// accusation": the claim last made as one
			src := st.deniedSource(s, have, f.c.side, f.a, f.b)
			if src == nil {
				continue
			}
			pc := &pclaim{typ: src.Type, c: f.c, stance: claimtrail.StanceDenies, actor: src.Actor, target: src.Target,
				fr: f, ca: 0, cb: len(s.toks), wa: f.a, wb: f.b, copied: true}
			pc.h = hit{i: f.a, j: f.b}
			pc.places = append([]claimtrail.PlaceRef(nil), src.Places...)
			out = append(out, pc)
		}
	}
	for _, f := range frames {
		if !f.report || !f.denied {
			continue
		}
		dup := false
		for _, o := range out {
			if o.stance == claimtrail.StanceDenies && f.npA >= o.wa-8 {
				dup = true // the denial verb already said it
			}
		}
		if dup {
			continue
		}
		inside := false
		for _, c := range have {
			if c.fr == f {
				inside = true
			}
		}
		if inside {
			continue
		}
		var src *claimtrail.Claim
		for _, o := range f.owners {
			if c := st.byClaimant[o]; c != nil {
				src = c
				break
			}
		}
		if src == nil && f.ownSide != "" {
			src = st.bySide[f.ownSide]
		}
		inner, outer := frameFor(frames, f.npA)
		if outer == nil && inner != nil && !inner.report {
			outer = inner
		}
		c := def
		if outer != nil {
			c = outer.c
		}
		if d, ok := st.appositiveDenier(s, f); ok {
			c = d
		}
		if src == nil && len(f.owners) == 0 && f.ownSide == "" {
			// "dismissed the reports as fake": the reports just cited;
			// "denied the accusation": the claim made as one
			src = st.deniedSource(s, have, c.side, f.npA, f.npB)
		}
		if src == nil {
			continue
		}
		pc := &pclaim{typ: src.Type, c: c, stance: claimtrail.StanceDenies, actor: src.Actor, target: src.Target,
			fr: f, ca: 0, cb: len(s.toks), wa: f.npA, wb: f.npB, copied: true}
		pc.h = hit{i: f.npA, j: f.npB}
		pc.places = append([]claimtrail.PlaceRef(nil), src.Places...)
		out = append(out, pc)
	}
	return out
}

// pronounDenial finds "That is not true." / "This is false." at the start
// of a sentence (after a speaker prefix), and returns where it starts.
func pronounDenial(s *sent, frames []*frame) int {
	k := 0
	for _, f := range frames {
		if f.npA == 0 && f.a > 0 && f.a < len(s.toks) && s.toks[f.a-1].w == ":" {
			k = f.a
		}
	}
	for k < len(s.toks) && s.toks[k].punct {
		k++
	}
	if k+2 >= len(s.toks) {
		return -1
	}
	switch s.toks[k].w {
	case "that", "this", "it", "these", "those", "such":
	default:
		return -1
	}
	j := k + 1
	if reportNouns[s.toks[j].w] {
		j++
	}
	if j >= len(s.toks) || !beVerbs[s.toks[j].w] {
		return -1
	}
	j++
	neg := false
	for ; j < len(s.toks) && j <= k+6; j++ {
		w := s.toks[j].w
		switch {
		case w == "not" || strings.HasSuffix(w, "n't"):
			neg = true
		case w == "true" || w == "correct" || w == "accurate" || w == "so":
			if neg {
				return k
			}
		case denialPredicates[w] || w == "lie" || w == "lies":
			if !neg {
				return k
			}
		}
	}
	return -1
}

// pronounScope reports whether a denial's complement is only a pronoun or
// a report noun ("denies it", "rejected the claim").
func (st *state) pronounScope(s *sent, f *frame) bool {
	if f.a < len(s.toks) && s.toks[f.a].w == "as" {
		return true // "rejected as an absolute lie"
	}
	if f.a >= f.b || f.a >= len(s.toks) {
		return true // "The ministry rejected." / "…, which Kyiv denied."
	}
	// "denied any role in the killings", "denied responsibility for the
	// attack": a definite event noun points back at the claim just made
	if k := f.a; k+3 < len(s.toks) && k < f.b {
		if s.toks[k].w == "any" || s.toks[k].w == "all" {
			k++
		}
		if involvementNouns[s.toks[k].w] && (s.toks[k+1].w == "in" || s.toks[k+1].w == "for") && (s.toks[k+2].w == "the" || s.toks[k+2].w == "these" || s.toks[k+2].w == "those") && harmNouns[s.toks[k+3].w] {
			return true
		}
	}
	n := 0
	ok := false
	for k := f.a; k < f.b && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.punct {
			continue
		}
		n++
		switch t.w {
		case "it", "this", "that", "these", "those", "them", "claim", "claims", "report", "reports", "allegation", "allegations", "accusations", "accusation", "information", "figures":
			ok = true
		}
	}
	return ok && n <= 3
}

// accusedBy reports that the reporting verb nearest before token i is an
// accusation: "accused the army of executing civilians".
func accusedBy(s *sent, i int) bool {
	for k := min(i, len(s.toks)) - 1; k >= 0; k-- {
		t := &s.toks[k]
		if t.has(flReport) || !t.punct && (t.w[0] == 'a' || t.w[0] == 'b') && accuseVerbs[t.w] {
			return accuseVerbs[t.w]
		}
	}
	return false
}

// deniedSource is what a denial without content, said by a claimant of
// side, denies: the claim last made as an accusation when the denial
// names one (tokens a..b), else lastOther.
func (st *state) deniedSource(s *sent, have []*pclaim, side claimtrail.Side, a, b int) *claimtrail.Claim {
	if c := st.lastAccused; c != nil && hasAnyIn(s, a, b, accusationNouns) && (c.Claimant.Side != side || side == "") {
		return c
	}
	return st.lastOther(s, have, side)
}

// lastOther is the latest claim (in this sentence, else before it) by a
// claimant of another side than side: what a denial without content denies.
func (st *state) lastOther(s *sent, have []*pclaim, side claimtrail.Side) *claimtrail.Claim {
	for k := len(have) - 1; k >= 0; k-- {
		c := have[k]
		if c.c.side != side || side == "" {
			return &claimtrail.Claim{Type: c.typ, Actor: c.actor, Target: c.target, Places: st.placesFor(s, c)}
		}
	}
	if st.lastClaim != nil && (st.lastClaim.Claimant.Side != side || side == "") {
		return st.lastClaim
	}
	return nil
}

// appositiveDenier reads the denier of an appositive report after a comma:
// "…, a claim the ministry rejected", "…, a charge army officials denied",
// "…, an accusation X called 'propaganda'". The noun phrase between the
// report noun and the denying verb is the claimant of the denial.
func (st *state) appositiveDenier(s *sent, f *frame) (claimant, bool) {
	toks := s.toks
	a := f.npA
	if a < 2 || (toks[a-1].w != "a" && toks[a-1].w != "an") || toks[a-2].w != "," {
		return claimant{}, false
	}
	for k := a + 1; k < len(toks) && k <= a+9; k++ {
		if toks[k].punct && toks[k].w != "'s" {
			return claimant{}, false
		}
		if toks[k].has(flDeny) || toks[k].w == "called" || toks[k].w == "described" {
			if k == a+1 {
				return claimant{}, false
			}
			c := st.resolveNP(s, a+1, k, nil)
			if c.role == "" && c.side == "" {
				return claimant{}, false
			}
			return c, true
		}
	}
	return claimant{}, false
}

// involvementNouns name a part in an event a speaker can deny.
var involvementNouns = set("role", "involvement", "responsibility", "part", "hand", "participation")

// harmNouns name harm done to people: a denied part in them denies the
// civilian claim just made (a part in "the strikes" may deny any of several).
var harmNouns = set("killings", "killing", "massacre", "massacres", "deaths", "abuses", "atrocities", "looting", "executions")

// accuseVerbs make the claim after them an accusation, accusationNouns
// refer back to one.
var (
	accuseVerbs     = set("accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame")
	accusationNouns = set("accusation", "accusations", "allegation", "allegations", "charge", "charges")
)
