package extract

// sides.go: who acts on whom, the sides of a claim.

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

func bothSides(s *sent, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if s.toks[k].w == "both" && (s.toks[k+1].w == "sides" || s.toks[k+1].w == "parties") {
			return true
		}
	}
	return false
}

// other is the camp facing side: in a two-sided war the other one; with
// more camps, the other camp this sentence names, else the one the
// sentences before it named last (a war of four camps is told one front
// at a time).
func (st *state) other(s *sent, side claimtrail.Side) claimtrail.Side {
	if o := st.x.other(side); o != "" || len(st.x.codes) <= 2 || side == "" {
		return o
	}
	named := func(t *sent) claimtrail.Side {
		for _, r := range t.sides {
			if (r.kind == refSide || r.kind == refActor) && r.side != "" && r.side != side {
				return r.side
			}
		}
		return ""
	}
	if o := named(s); o != "" {
		return o
	}
	for i := s.idx - 1; i >= 0 && i >= s.idx-6; i-- {
		if o := named(st.sents[i]); o != "" {
			return o
		}
	}
	return ""
}

// resolveSide gives the side a reference stands for in a claim by cs.
func resolveSide(s *sent, r sideRef, cs claimtrail.Side, x *Extractor) claimtrail.Side {
	switch r.kind {
	case refSide, refActor:
		return r.side
	case refOur:
		if cs == "" && s.statePara {
			return s.weSide // an outlet's own "our": its side
		}
		return cs
	case refEnemy:
		return x.other(cs)
	case refPoss, refLatter:
		its := r.kind == refPoss && s.toks[r.a].w == "its"
		for k := len(s.sides) - 1; k >= 0; k-- {
			q := s.sides[k]
			if q.a < r.a && q.kind <= refActor && q.side != "" {
				// "its" agrees with a singular antecedent: in "federal
				// forces attacked its positions" it is not the forces'
				if its && pluralMention(s, q) {
					continue
				}
				return q.side
			}
		}
		if r.kind == refPoss {
			return cs
		}
	}
	return ""
}

// pluralMention reports a side mention whose head noun is plural: the
// mention's own last word ("Amhara forces", "Tigrayans") or, for a
// modifier ("Eritrean troops" where only "Eritrean" is the term), the noun
// after it.
func pluralMention(s *sent, q sideRef) bool {
	w := s.toks[q.b-1].w
	if demonym(w) && q.b < len(s.toks) && !s.toks[q.b].punct && !s.toks[q.b].cap {
		w = s.toks[q.b].w
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s")
}

// demonym reports an adjective of nationality ("ethiopian", "sudanese",
// "turkish", "azerbaijani"): its noun follows it.
func demonym(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ani")
}

// firstSide returns the first side referred to in tokens [a,b).
func (st *state) firstSide(s *sent, a, b int, cs claimtrail.Side) claimtrail.Side {
	for _, r := range s.sides {
		if r.a >= a && r.a < b {
			if v := resolveSide(s, r, cs, st.x); v != "" {
				return v
			}
		}
	}
	return ""
}

func (st *state) lastSide(s *sent, a, b int, cs claimtrail.Side) claimtrail.Side {
	for k := len(s.sides) - 1; k >= 0; k-- {
		r := s.sides[k]
		if r.a >= a && r.a < b {
			if v := resolveSide(s, r, cs, st.x); v != "" {
				return v
			}
		}
	}
	return ""
}

// sidesFor sets a claim's actor and target from the clause's syntax.
func (st *state) sidesFor(s *sent, pc *pclaim, prior []*pclaim) {
	h := pc.h
	cs := pc.c.side
	wa, wb := pc.wa, pc.wb
	right := func(n int) claimtrail.Side { return st.firstSide(s, h.j, minInt(wb, h.j+n), cs) }
	var actor, target claimtrail.Side
	switch {
	case s.toks[h.i].w == "ours":
		// the speaker's side holds it
		actor = cs
		if actor == "" && s.statePara {
			actor = s.weSide
		}
	case h.typ == claimtrail.TypeControl && h.passive && s.toks[h.i].w == "lost":
		// "the town had been lost": lost by the side named, else by the
		// claimant's own side, which admits it
		target = st.firstSide(s, wa, h.i, cs)
		if target == "" {
			target = cs
		}
		if target != "" {
			actor = st.other(s, target)
		}
	case pc.fighters:
		actor = st.lastSide(s, maxi(wa, h.i-3), h.i, cs)
		if actor == "" {
			actor = right(5)
		}
		if actor == "" {
			actor = cs
		}
		pc.actor = actor
		return
	case h.typ == claimtrail.TypeStatement:
		actor = st.firstSide(s, wa, h.i, cs)
		if actor == "" {
			actor = cs
		}
		if h.t.words[0] == "at" {
			target = right(6)
		}
		pc.actor, pc.target = actor, target
		return
	case h.t.form == fNoun && h.typ == claimtrail.TypeLosses:
		target = st.lastSide(s, maxi(wa, h.i-2), h.i, cs)
		if target == "" && h.j < len(s.toks) {
			switch s.toks[h.j].w {
			case "among", "of", "within", "in", "to":
				target = right(6)
			}
		}
		if target == "" {
			target = st.firstSide(s, wa, h.i, cs)
			if target != "" && !h.invert && !(h.i > 0 && licenseLoss[s.toks[h.i-1].w]) {
				// "X inflicted losses": X is the actor
				actor, target = target, ""
			}
		}
	case s.toks[h.i].w == "hands":
		// "in Ukrainian hands"; "in the group's hands": the body named before
		actor = st.lastSide(s, maxi(wa, h.i-2), h.i, cs)
		if actor == "" && h.i > 2 && s.toks[h.i-3].w == "in" && s.toks[h.i-2].w == "the" && orgAnaphors[strings.TrimSuffix(s.toks[h.i-1].w, "'s")] {
			actor = st.lastSideBefore(s, h.i-2)
		}
	case s.toks[h.i].w == "cleared":
		// "cleared of Russian troops": the side cleared out is the loser
		target = right(5)
	case h.typ == claimtrail.TypeCivilian && h.passive:
		// "civilians were killed in Ukraine", "… by Russian shelling"
		target = st.firstSide(s, wa, h.i, cs)
		for k := h.j; k < wb && k < h.j+3; k++ {
			if s.toks[k].w == "by" {
				actor = st.firstSide(s, k+1, minInt(wb, k+8), cs)
			}
		}
		if target == "" && actor == "" {
			if r := right(8); r != "" {
				// "killed in the Russian assault": the side of the attack acts
				if h.j < len(s.toks) && s.toks[h.j].w == "in" && objWithin(s, h.j, wb, 4, attackNouns) {
					actor = r
				} else if h.j < len(s.toks) && (s.toks[h.j].w == "in" || s.toks[h.j].w == "across") {
					target = r
				} else {
					actor = r
				}
			}
		}
	case h.t.form == fNoun && h.j < len(s.toks) && s.toks[h.j].w == "by":
		actor = right(6)
	case h.t.form == fNoun && h.j+1 < len(s.toks) && strings.HasSuffix(s.toks[h.j].w, "ed") && s.toks[h.j+1].w == "by":
		// "clashes started by Azerbaijani units"
		actor = st.firstSide(s, h.j+2, minInt(wb, h.j+8), cs)
	case h.t.form == fNoun && h.typ == claimtrail.TypeAttack:
		actor = st.lastSide(s, maxi(wa, h.i-3), h.i, cs)
		if actor == "" {
			actor = st.firstSide(s, wa, h.i, cs)
		}
		target = right(6)
	case h.under:
		actor = right(6)
		if actor == "" {
			actor = st.lastSide(s, maxi(wa, h.i-3), h.i, cs) // "under Ukrainian control"
		}
	case h.invert:
		target = st.firstSide(s, wa, h.i, cs)
		if target == "" && wa > 0 && s.toks[wa-1].w == "," && strings.HasSuffix(s.toks[h.i].w, "ing") {
			// ", leaving behind two tanks": the subject of the clause before
			target = st.lastSide(s, pc.ca, h.i, cs)
		}
		if h.typ == claimtrail.TypeControl {
			actor = right(6)
		}
	case h.passive:
		target = st.firstSide(s, wa, h.i, cs)
		if h.j < len(s.toks) {
			for k := h.j; k < wb && k < h.j+3; k++ {
				if s.toks[k].w == "by" {
					actor = st.firstSide(s, k+1, minInt(wb, k+8), cs)
					break
				}
				// "rockets had been fired from the territory of Armenia"
				if s.toks[k].w == "from" && h.typ == claimtrail.TypeAttack {
					actor = st.firstSide(s, k+1, minInt(wb, k+6), cs)
					if actor != "" && target == actor {
						target = ""
					}
					break
				}
			}
		}
		if h.typ == claimtrail.TypeWithdrawal {
			target = ""
		}
	case h.prenom:
		target = right(4)
	default:
		actor = st.firstSide(s, wa, h.i, cs)
		if h.typ != claimtrail.TypeWithdrawal {
			target = right(12)
		}
	}
	if pc.evac {
		if target == "" {
			target = actor
		}
		actor = ""
		if target == "" {
			target = st.firstSide(s, pc.ca, pc.cb, cs)
		}
		pc.actor, pc.target = "", target
		return
	}
	if actor == target {
		target = ""
	}
	needTarget := h.typ != claimtrail.TypeWithdrawal
	if actor != "" && target == "" && needTarget {
		target = st.other(s, actor)
	}
	if target != "" && actor == "" {
		actor = st.other(s, target)
	}
	if actor == "" && target == "" {
		if h.typ == claimtrail.TypeCivilian && cs != "" && !pc.evac {
			// a side reports harm done to its own people
			if pc.stance == claimtrail.StanceDenies {
				actor, target = cs, st.other(s, cs)
			} else {
				actor, target = st.other(s, cs), cs
			}
			pc.actor, pc.target = actor, target
			return
		}
		gerund := pc.fr != nil && !pc.fr.report && h.i == pc.fr.a && strings.HasSuffix(s.toks[h.i].w, "ing")
		switch {
		case cs != "" && h.invert && (h.typ == claimtrail.TypeLosses || h.typ == claimtrail.TypeControl):
			// "his battalion had lost 11 men": no side named loses, the
			// speaker's own does
			actor, target = st.other(s, cs), cs
		case cs != "" && gerund:
			// "Moscow denied targeting civilians": the speaker is the subject
			actor, target = cs, st.other(s, cs)
		case cs != "" && pc.stance == claimtrail.StanceDenies:
			actor, target = st.other(s, cs), cs
		case cs != "" && h.typ == claimtrail.TypeAttack && pc.c.voice == claimtrail.VoiceReported &&
			(h.passive || h.invert || h.nominal && !backHas(s.toks, h.i, 4, licenseAttack) || backHas(s.toks, h.i, 4, firedThings)):
			// an attack told by a side without its agent ("the city was
			// shelled", "a strike near the hospital wounded four"): the
			// side is hit; so is it when what was fired is the subject
			// ("a missile hit Jizan"). A verb that launches the attack ("confirms
			// operations", "conducted strikes") makes its subject the agent.
			actor, target = st.other(s, cs), cs
		case cs != "":
			actor, target = cs, st.other(s, cs)
		case len(prior) > 0 && prior[len(prior)-1].actor != "":
			// the subject of the clause before ("Azerbaijan pushed …, but were unable …")
			actor, target = prior[len(prior)-1].actor, prior[len(prior)-1].target
		case st.firstSide(s, 0, pc.ca, cs) != "":
			actor = st.firstSide(s, 0, pc.ca, cs)
			target = st.other(s, actor)
		case st.lastClaim != nil:
			actor, target = st.lastClaim.Actor, st.lastClaim.Target
		}
		if !needTarget {
			target = ""
		}
	}
	pc.actor, pc.target = actor, target
}
