package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// hit is one trigger found in a sentence.
type hit struct {
	i, j    int // tokens [i,j) of the trigger (j past the last word)
	t       trigger
	typ     string
	invert  bool
	passive bool
	prenom  bool // a participle before its noun ("the surrounded enemy forces")
	under   bool // "under the control of X", "in the hands of X": X is the actor
	needNeg bool
	nominal bool // used as a noun ("the shelling of X")
}

// pclaim is a claim being built.
type pclaim struct {
	h        hit
	typ      string
	c        claimant
	stance   string
	hedged   bool
	actor    claimtrail.Side
	target   claimtrail.Side
	fr       *frame
	ca, cb   int // strong clause
	wa, wb   int // weak clause
	places   []claimtrail.PlaceRef
	date     *claimtrail.DateRange
	quants   []claimtrail.Quantity
	fighters bool
	evac     bool
	copied   bool
	extra    []hit // triggers merged into this claim
}

func strongBound(t tok) bool { return t.fl&flStrong != 0 }

func weakBound(t tok) bool { return t.fl&flWeak != 0 }

// clause returns the clause around token i, bounded by frame scope [fa,fb).
func clause(s *sent, i, fa, fb int, weak bool) (int, int) {
	bound := strongBound
	if weak {
		bound = weakBound
	}
	a := i
	for a > fa && !bound(s.toks[a-1]) && s.toks[a-1].inQ == s.toks[i].inQ {
		a--
	}
	b := i + 1
	for b < fb && !bound(s.toks[b]) && s.toks[b].inQ == s.toks[i].inQ {
		b++
	}
	return a, b
}

func (st *state) sentence(s *sent) {
	st.persons1s(s)
	toks := s.toks
	n := len(toks)
	if n == 0 {
		return
	}
	question := toks[n-1].w == "?"
	conditional := toks[0].w == "if" || toks[0].w == "unless"
	// a section heading ("Attacks on Saudi Arabia") names a topic
	head := heading(toks)
	frames := st.findFrames(s)
	s.frames = frames
	def := st.defaultClaimant(s, frames)

	var cls []*pclaim
	if !question && !conditional && !head {
		for _, h := range st.findTriggers(s, frames) {
			if c := st.evaluate(s, h, frames, def, cls); c != nil {
				cls = append(cls, c)
			}
			cls = append(cls, st.extra...)
			st.extra = st.extra[:0]
		}
		cls = append(cls, st.deniedReports(s, frames, def, cls)...)
	}
	cls = st.finish(s, cls)
	s.hasClaims = len(cls) > 0

	// context for the sentences after this one
	var main *claimant
	for _, f := range frames {
		if !f.report && (f.c.name != "" || f.c.side != "") {
			c := f.c
			main = &c
			break
		}
	}
	if main == nil && len(cls) > 0 {
		c := cls[0].c
		main = &c
	}
	if main == nil {
		// a heading such as "Statement of the Armenian Ministry of Defense"
		for _, f := range frames {
			if f.report && f.named && f.a >= f.b {
				c := f.c
				main = &c
				break
			}
		}
	}
	if main != nil {
		s.main, s.mainSet = main, true
		st.prevMain = main
		st.prevMainIdx = s.idx
	}
	st.noteSalience(s)
}

// defaultClaimant is who speaks for a sentence's clauses outside any frame.
func (st *state) defaultClaimant(s *sent, frames []*frame) claimant {
	// a post under a speaker label ("08:12 – Donbass Trench: …") is the
	// label's to the end of its paragraph
	if st.labelC != nil && st.labelC.side != "" && st.labelPara == s.para && st.labelSent < s.idx {
		return *st.labelC
	}
	if s.statePara {
		if s.stateC != nil {
			return *s.stateC
		}
		return st.institution(s.weSide)
	}
	prevOK := st.prevMain != nil && st.prevMainIdx == s.idx-1 && st.prevMain.reported()
	if prevOK && len(s.toks) > 1 {
		two := s.toks[0].w + " " + s.toks[1].w
		if continuationOpeners[two] {
			return *st.prevMain
		}
	}
	if prevOK && st.sents[st.prevMainIdx].para == s.para {
		// an alleged detail continues the report before it; "reportedly"
		// is a report of its own, by nobody named
		if s.hasHedge && !hasWord(s, 0, len(s.toks), "reportedly") {
			return *st.prevMain
		}
		for _, f := range frames {
			if f.report && f.denied {
				return *st.prevMain
			}
		}
	}
	if st.bulletin != nil {
		return *st.bulletin
	}
	return st.author
}

// findTriggers returns the event words of a sentence, longest phrase first.
func (st *state) findTriggers(s *sent, frames []*frame) []hit {
	toks := s.toks
	n := len(toks)
	var out []hit
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.punct || t.fl&flTrig == 0 {
			continue
		}
		cands := triggersByFirst[t.w]
		if len(cands) == 0 {
			continue
		}
		if inNP(frames, i) || inPlace(s, i) {
			continue
		}
		for _, c := range cands {
			j, ok := matchPhrase(toks, i, c)
			if !ok {
				continue
			}
			out = append(out, hit{i: i, j: j, t: c, typ: c.typ, invert: c.invert})
			if !c.gap {
				i = j - 1
			}
			break
		}
	}
	return append(out, presenceHits(s, out)...)
}

// presenceTrigger marks troops said to be in a place: "Russian troops were
// in Gori", "there are no Russian troops in Poti". Being there is holding it.
var presenceTrigger = trigger{words: []string{"in"}, typ: "control", form: fVerb, obj: objAny, presence: true}

// presenceHits finds "<troops> (be|remain) in <place>" and "no <side>
// troops in <place>": a place right after "in", troops right before it (past
// a form of "be"), and no other trigger on those words.
func presenceHits(s *sent, have []hit) []hit {
	var out []hit
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if (toks[i].w != "in" && toks[i].w != "inside") || !placeOpens(s, i+1) {
			continue
		}
		k := i - 1
		for k >= 0 && (isAdverb(toks[k]) || negations[toks[k].w]) && !beVerbs[toks[k].w] {
			k--
		}
		// "are (now) stationed in", "remained deployed in"
		if k >= 1 && stationVerbs[toks[k].w] {
			k--
			for k >= 0 && isAdverb(toks[k]) && !beVerbs[toks[k].w] {
				k--
			}
		}
		be := k >= 0 && beVerbs[toks[k].w]
		if be {
			k--
		}
		if k < 0 || !troopWords[toks[k].w] {
			continue
		}
		if !be && toks[i].w != "inside" && !hasWordIn(s, maxi(0, k-3), k, "no") {
			continue // "Russian troops in Gori said": a noun phrase, not a clause
		}
		taken := false
		for _, h := range have {
			if h.i >= k-2 && h.i <= i+1 {
				taken = true
			}
		}
		if !taken {
			out = append(out, hit{i: i, j: i + 1, t: presenceTrigger, typ: presenceTrigger.typ})
		}
	}
	return out
}

// troopWords name armed forces as a body present somewhere.
var troopWords = set("troops", "forces", "units", "soldiers", "servicemen", "paratroopers", "tanks", "armour", "armor", "soldier", "unit")

// placeOpens reports a named place starting at token k, or after "the".
func placeOpens(s *sent, k int) bool {
	for _, p := range s.places {
		if p.a == k || (p.a == k+1 && s.toks[k].w == "the") {
			return true
		}
	}
	// "were in the city", "in the streets": the place referred to
	if k+1 >= len(s.toks) || s.toks[k].w != "the" {
		return false
	}
	nx := s.toks[k+1].w
	return (placeAnaphors[nx] && nx != "area") || nx == "streets"
}

func matchPhrase(toks []tok, i int, c trigger) (int, bool) {
	k := i + 1
	for w := 1; w < len(c.words); w++ {
		if c.gap && w == len(c.words)-1 {
			for g := k; g < len(toks) && g <= k+4; g++ {
				if toks[g].w == c.words[w] {
					if g+1 < len(toks) && toks[g+1].w == "control" {
						return 0, false // "under fire control" is a route claim
					}
					return k, true
				}
				if toks[g].punct {
					break
				}
			}
			return 0, false
		}
		if k >= len(toks) || toks[k].w != c.words[w] {
			return 0, false
		}
		k++
	}
	return k, true
}

func inPlace(s *sent, k int) bool {
	for _, p := range s.places {
		if p.a <= k && k < p.b {
			return true
		}
	}
	return false
}

func inNP(frames []*frame, i int) bool {
	for _, f := range frames {
		if !f.elided && i >= f.npA && i < f.npB {
			return true
		}
	}
	return false
}

// frameFor returns the innermost frame whose scope holds token i, and for a
// report called false the frame that calls it so.
func frameFor(frames []*frame, i int) (f *frame, outer *frame) {
	for _, g := range frames {
		if g.report && i >= g.a && i < g.b {
			f = g
		}
	}
	var v *frame
	for _, g := range frames {
		if !g.report && i >= g.a && i < g.b {
			if v == nil || g.a >= v.a {
				v = g
			}
		}
	}
	if f != nil {
		return f, v
	}
	return v, nil
}

var licenseAttack = set("launched", "launch", "launches", "launching", "carried", "conducted", "conducts", "conduct",
	"conducting", "mounted", "increased", "intensified", "stepped", "confirms", "confirmed", "continued", "continue",
	"resumed", "repeated", "began", "started", "made", "undertook", "confirm", "staged", "unleashed", "pressed",
	"pressing", "renewed", "stepped", "launching")
var licenseLoss = set("suffered", "suffer", "suffers", "sustained", "sustain", "inflicted", "inflict", "inflicting",
	"caused", "incurred", "number", "show", "shows", "showing", "showed")
var licenseControl = set("confirming", "confirmed", "confirms", "established", "establish", "took", "taken", "take",
	"gained", "regained", "assumed", "seized", "retook", "restored", "full", "complete", "firm")
var licenseSupport = set("declared", "expressed", "voiced", "announced", "pledged", "offered", "reaffirmed", "full",
	"confirmed", "declares", "expresses", "unconditional", "military")
var licenseFighters = set("presence", "number", "deploying", "deployed", "deploy", "transfer", "transferred",
	"sent", "sending", "recruited", "recruiting", "relocated", "redeployed")
var roadHeads = set("road", "highway", "route", "corridor", "motorway", "railway")
var reducedNext = set("earlier", "previously", "recently", "by", "in", "on", "during", "last", "before", "since", "from", "near")
var auxWords = set("has", "have", "had", "is", "are", "was", "were", "been", "being")
var harmWords = set("killing", "killed", "wounding", "wounded", "injuring", "injured", "damaging", "damaged")
var flagVerbs = set("raised", "hoisted", "raising", "hoisting", "raise", "hoist", "planted", "flying", "flies", "flew", "up", "waving", "waves")
var presenceVerbs = set("deployed", "present", "arrived", "travelled", "traveled", "stationed")
var soldierWords = set("soldier", "soldiers", "servicemen", "serviceman", "troops", "fighters", "militants",
	"mercenaries", "personnel", "military", "enemy", "army", "forces", "units", "crew", "officer", "officers",
	"commander", "commanders", "tanks", "tank", "vehicles", "combatants", "defenders")

func hasWordIn(s *sent, a, b int, w string) bool { return hasWord(s, a, b, w) }

func hasAnyIn(s *sent, a, b int, m map[string]bool) bool {
	for k := maxi(a, 0); k < b && k < len(s.toks); k++ {
		if m[s.toks[k].w] {
			return true
		}
	}
	return false
}

var approxWords = set("up", "over", "more", "about", "nearly", "almost", "at", "between", "some", "around")
var sufferVerbs = set("suffered", "suffer", "suffers", "suffering", "sustained", "incurred", "sustain")
var licenseEncircle = set("completed", "closed", "closing", "tightened", "complete")
var repelWords = set("repelled", "repulsed", "stopped", "prevent", "foiled")
var licenseMove = set("announced", "completed", "began", "begun", "started", "ordered", "confirmed", "full")

func backHas(toks []tok, i, n int, m map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if m[toks[k].w] {
			return true
		}
		if toks[k].punct && toks[k].w != "," && toks[k].w != "-" && toks[k].w != "'" {
			return false
		}
	}
	return false
}

// evaluate decides whether a trigger makes a claim, and builds it.
func (st *state) evaluate(s *sent, h hit, frames []*frame, def claimant, prior []*pclaim) *pclaim {
	toks := s.toks
	n := len(toks)
	w := toks[h.i].w
	f, outer := frameFor(frames, h.i)
	fa, fb := 0, n
	if f != nil {
		fa, fb = f.a, f.b
	}
	if f == nil {
		// the writer's own clause lies between the frames around it
		for _, g := range frames {
			if g.report || g.elided {
				continue
			}
			if g.npB <= h.i && g.npB+1 > fa {
				fa = g.npB + 1
			}
			if g.npA > h.i && g.npA < fb {
				fb = g.npA
			}
		}
		if fa > h.i {
			fa = h.i
		}
	}
	if toks[h.i].inQ {
		fa, fb = 0, n
	}
	ca, cb := clause(s, h.i, fa, fb, false)
	wa, wb := clause(s, h.i, fa, fb, true)
	if wa < ca {
		wa = ca
	}
	if wb > cb {
		wb = cb
	}
	inReport := f != nil && f.report
	prev := ""
	if h.i > 0 {
		prev = toks[h.i-1].w
	}
	form := h.t.form
	// a verb form after an article is a noun ("the capture of", "the storm")
	if form == fVerb && determiners[prev] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && len(h.t.words) == 1 && !strings.HasSuffix(w, "ing") {
		form = fNoun
	}
	// a noun form after an auxiliary or a negation is a verb: "did not
	// strike the port", "will raid"
	if form == fNoun && len(h.t.words) == 1 && (auxWords[prev] || prev == "not" || prev == "never") {
		form = fVerb
	}
	h.nominal = form == fNoun || determiners[prev]
	// passive and prenominal participles
	if h.t.form == fPart || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "struck" || w == "shot" || w == "thrown" || w == "cut" || w == "held" || w == "left" || w == "wounded" || w == "lost" {
		for k := h.i - 1; k >= 0 && k >= h.i-4; k-- {
			if beVerbs[toks[k].w] {
				h.passive = true
				break
			}
			// coordinated participles: "were killed or captured"
			coord := toks[k].w == "or" || toks[k].w == "and" || (strings.HasSuffix(toks[k].w, "ed") && k < h.i-1)
			// "were reported killed" is a passive "killed"
			reportedState := toks[k].w == "reported" && k == h.i-1 && k > 0 && beVerbs[toks[k-1].w] && reportedStates[w]
			// "was never taken", "has not been retaken": a negation keeps the passive
			if !isAdverb(toks[k]) && !toks[k].quote && !coord && !reportedState && !negations[toks[k].w] {
				break
			}
		}
		// a reduced relative names its agent and its aim: "a missile
		// launched by the Houthis towards Jizan" (not a bare "the missiles
		// fired by Armenia", which only describes them)
		if !h.passive && h.t.gap && h.i+1 < n && toks[h.i+1].w == "by" && h.i > 0 && !toks[h.i-1].punct && strings.HasSuffix(w, "ed") {
			h.passive = true
		}
		// a headline drops the auxiliary: "Zugdidi taken without a fight"
		if !h.passive && h.t.form == fPart && h.i > 0 && inPlace(s, h.i-1) && placeStartsClause(s, h.i-1) {
			h.passive = true
		}
		if !h.passive && determiners[prev] && h.j < n && !toks[h.j].punct && !toks[h.j].cap && !determiners[toks[h.j].w] {
			h.prenom = true
		}
		// "guarding abandoned ammunition": a participle between a verb or
		// preposition and its noun is an adjective
		if !h.passive && h.t.form == fPart && (strings.HasSuffix(prev, "ing") || prepositions[prev]) && h.j < n && !toks[h.j].punct && !toks[h.j].cap &&
			!determiners[toks[h.j].w] && !prepositions[toks[h.j].w] && toks[h.j].w != "and" && !inPlace(s, h.j) {
			return nil
		}
	}
	// "residents accused of looting": the charge describes the people, it
	// reports no event (but "X was accused of shelling" reports one)
	if prev == "of" && h.i > 2 && describedBy[toks[h.i-2].w] && !beVerbs[toks[h.i-3].w] {
		return nil
	}
	// materiel seized is materiel lost: "we seized 23 firearms, one mortar
	// and two trucks"; units "relocated" from a place withdrew from it
	switch w {
	case "seized", "captured", "seize", "capture", "seizing", "capturing":
		if objWithin(s, h.j, wb, 8, st.x.equip) && !st.placeObject(s, h, wa, wb) {
			h.typ, h.t.obj = claimtrail.TypeLosses, objAny
		}
	case "abandoned", "abandoning", "leaving", "left":
		// "leaving behind two T-72 tanks": materiel abandoned is lost
		if objWithin(s, h.j, wb, 8, st.x.equip) && !st.placeObject(s, h, wa, wb) {
			h.typ, h.t.obj, h.invert = claimtrail.TypeLosses, objAny, true
		}
	case "relocated", "redeployed", "repositioned":
		if hasAnyIn(s, maxi(wa, h.i-6), h.i, civilianWords) || !hasAnyIn(s, maxi(wa, h.i-6), h.i, soldierWords) && st.firstSide(s, wa, h.i, "") == "" {
			return nil
		}
		// it says where from: "relocated from some outposts around X"
		from := -1
		for k := h.j; k < n && k < h.j+3; k++ {
			if toks[k].w == "from" {
				from = k
			}
		}
		if from < 0 || !slices.ContainsFunc(s.places, func(p placeRef) bool { return p.a > from && p.a < from+8 }) {
			return nil
		}
	}
	switch h.typ {
	case claimtrail.TypeControl:
		switch w {
		case "control", "full":
			under := len(h.t.words) == 1 && (hasWordIn(s, maxi(0, h.i-3), h.i, "under") || hasWordIn(s, maxi(0, h.i-3), h.i, "in"))
			if under && st.controlLicensed(s, h) {
				// "was fully under Ukrainian control", "remains under our control"
				h.under = true
				h.t.obj = objAny
			} else if !inReport && (len(h.t.words) > 1 || form == fNoun) && !st.controlLicensed(s, h) {
				return nil
			}
		case "cleared":
			if !hasWordIn(s, h.j, minInt(wb, h.j+3), "of") && !st.placeObject(s, h, wa, wb) {
				return nil
			}
		case "took", "take", "takes", "taking", "taken":
			// "took part in", "took place", "took shelter", "took 2,000
			// civilians from the city": nothing taken is a place
			if len(h.t.words) > 1 {
				break // "took control"
			}
			if h.j < n && takeIdioms[toks[h.j].w] {
				return nil
			}
			for k := h.j; k < n && k < h.j+6 && !toks[k].punct && !prepositions[toks[k].w] && toks[k].w != "from" && toks[k].w != "of"; k++ {
				if takenPeople[toks[k].w] {
					return nil
				}
			}
		case "hands":
			// "in the hands of", "in Russian hands", "in the group's hands"
			if !(h.i > 1 && (toks[h.i-2].w == "in" || toks[h.i-1].w == "in" || (h.i > 2 && toks[h.i-3].w == "in" && strings.HasSuffix(toks[h.i-1].w, "'s")))) {
				return nil
			}
		case "flag":
			if !hasAnyIn(s, maxi(0, h.i-4), minInt(n, h.j+4), flagVerbs) {
				return nil
			}
		case "ours":
			// "Taghavard is ours", "the whole village is already ours"
			k := h.i - 1
			for k > wa && isAdverb(toks[k]) && !beVerbs[toks[k].w] {
				k--
			}
			if k < wa || !beVerbs[toks[k].w] || !(placeBefore(s, h.i, wa) || hasAnyIn(s, wa, k, placeAnaphors)) {
				return nil
			}
		case "in":
			h.under = !h.t.presence
		case "liberation", "capture", "seizure", "fall":
			of := h.j
			if len(h.t.words) > 1 && h.t.words[len(h.t.words)-1] == "of" {
				of = h.j - 1 // "fall of" took its "of"
			}
			if form == fNoun && !inReport && !placeAfterOf(s, of) {
				return nil
			}
		case "progress", "breakthrough":
			// "unable to make any progress on the city"; not "talks ended
			// without a breakthrough"
			h.needNeg = true
			if !st.placeObject(s, h, wa, wb) {
				return nil
			}
		case "lost", "lose", "loses", "losing":
			h.invert = true
			if len(h.t.words) > 1 {
				break // "lost control"
			}
			if objWithin(s, h.j, wb, 6, st.x.equip) || objWithin(s, h.j, wb, 6, lossTargets) || objWithin(s, h.j, wb, 6, militaryWords) || (h.j < n && isNumber(toks[h.j].w)) || objWithin(s, h.j, wb, 3, approxWords) {
				h.typ = claimtrail.TypeLosses
			}
			// the passive names what was lost before it: "no S-300
			// system had been lost", "two tanks were lost"
			if h.passive && (hasAnyIn(s, maxi(wa, h.i-6), h.i, st.x.equip) || hasAnyIn(s, maxi(wa, h.i-6), h.i, lossTargets) || hasAnyIn(s, maxi(wa, h.i-6), h.i, militaryWords)) {
				h.typ = claimtrail.TypeLosses
			}
		case "entered", "enter", "entering", "enters":
			// "the 1,338 trucks that entered Tigray", "aid convoys entered
			// the city": goods and people that enter take nothing
			if hasAnyIn(s, h.i-4, h.i, civilMovers) && st.firstSide(s, maxi(0, h.i-4), h.i, "") == "" {
				return nil
			}
		case "reached", "reaching":
			// reaching a place's edge is entering its outskirts, its
			// centre is taking it: both are control, as "entered"
			switch reachTarget(s, h, wb) {
			case "centre", "edge":
			default:
				return nil // "the toll reached 31", "reached an agreement"
			}
			if st.firstSide(s, wa, h.i, "") == "" && !hasAnyIn(s, wa, h.i, soldierWords) {
				return nil // "the fighting reached …": nobody named who arrived
			}
		case "fell", "fallen":
			// "X fell", "the towns had fallen"
			if !placeBefore(s, h.i, wa) && !((hasAnyIn(s, maxi(wa, h.i-3), h.i, placeAnaphors) || hasAnyIn(s, maxi(wa, h.i-3), h.i, set("towns", "cities", "villages"))) && h.j < n && (toks[h.j].punct || toks[h.j].w == "to")) {
				return nil // "prices fell", "fell silent"
			}
			h.under = h.j < n && toks[h.j].w == "to"
		case "secure", "secured", "hold", "holds", "held":
		case "foothold", "footholds":
			// "gained a foothold in X"
			if !backHas(toks, h.i, 4, licenseControl) && !backHas(toks, h.i, 4, set("won", "secured", "carved")) {
				return nil
			}
		case "set", "setting":
			// "set up checkpoints at X", not "set up a commission"
			if !objWithin(s, h.j, wb, 3, postWords) {
				return nil
			}
		}
		if form == fNoun && (w == "capture" || w == "capturing") && !inReport && !placeAfterOf(s, h.j) {
			return nil
		}
		if w == "captured" || w == "capture" || w == "capturing" || w == "captures" || w == "seized" {
			if objWithin(s, h.j, wb, 4, st.x.equip) && !objWithin(s, h.j, wb, 4, positionWords) {
				h.typ = claimtrail.TypeLosses
			}
			if h.passive && (hasAnyIn(s, maxi(wa, h.i-6), h.i, lossTargets) || hasAnyIn(s, maxi(wa, h.i-6), h.i, soldierWords)) {
				h.typ = claimtrail.TypeLosses // "killed or captured"
			}
		}
		if len(h.t.words) == 2 && h.t.words[0] == "control" {
			// "under the control of X": X holds it
			for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
				if toks[k].w == "under" {
					h.under = true
				}
			}
		}
	case claimtrail.TypeAttack:
		// halting or ending one's operation is a position on a ceasefire:
		// "announced it was halting its military operation"
		if (w == "operation" || w == "offensive" || w == "operations" || w == "hostilities") && (backHas(toks, h.i, 4, haltVerbs) || operationOver(toks, h.j) || declaredOver(toks, h)) {
			h.typ = claimtrail.TypeStatement
			break
		}
		if combatNouns[w] {
			if !st.combatActor(s, h, wa, wb) {
				return nil
			}
		} else if form == fNoun {
			if !inReport && !attackLicensed(s, h) && !nominalConfirmed(s, h) {
				return nil
			}
		}
		switch w {
		case "hit", "hits":
			if form == fNoun || (!h.passive && !st.placeObject(s, h, wa, wb) && !objWithin(s, h.j, wb, 6, civilianWords) && !objWithin(s, h.j, wb, 6, infraWords) && st.firstSide(s, h.j, minInt(wb, h.j+6), "") == "") {
				return nil
			}
		case "fired":
			if len(h.t.words) == 1 && !objWithin(s, h.j, wb, 5, st.x.fired) && !objWithin(s, maxi(wa, h.i-4), h.i, 4, st.x.fired) {
				return nil
			}
		case "landed":
			// "rockets landed in residential areas"
			if !hasAnyIn(s, maxi(wa, h.i-4), h.i, st.x.fired) {
				return nil
			}
		case "pressed", "pressing":
			if !(h.j < n && (toks[h.j].w == "towards" || toks[h.j].w == "toward" || toks[h.j].w == "on" || toks[h.j].w == "into" || toks[h.j].w == "ahead")) {
				return nil
			}
		}
		// "struck an S-300 system": hitting materiel is inflicting losses
		if (w == "struck" || w == "hit" || w == "hits" || w == "targeted") && !h.passive && objWithin(s, h.j, wb, 5, st.x.equip) && !objWithin(s, h.j, wb, 5, positionWords) && !objWithin(s, h.j, wb, 5, infraWords) && !objWithin(s, h.j, wb, 5, civilianWords) {
			h.typ = claimtrail.TypeLosses
		}
		if (w == "advanced" || w == "advancing" || w == "advance") && h.j < n && !toks[h.j].punct && !toks[h.j].cap && !prepositions[toks[h.j].w] && !directions[toks[h.j].w] {
			return nil
		}
	case claimtrail.TypeLosses:
		// "documented the deaths of 437 civilians", "civilian deaths";
		// "counted the deaths of 1,019 fighters"
		if w == "deaths" {
			switch {
			case h.i > 0 && toks[h.i-1].w == "civilian" || h.j < n && toks[h.j].w == "of" && objWithin(s, h.j, wb, 6, civilianWords):
				h.typ = claimtrail.TypeCivilian
			case h.j < n && toks[h.j].w == "of" && objWithin(s, h.j, wb, 6, soldierWords):
			default:
				return nil
			}
			break
		}
		// shooting down what was fired stops an attack: "shot down 30 of
		// 36 cruise missiles" (a drone or an aircraft is materiel lost)
		if (w == "shot" || w == "downed" || w == "destroyed" || w == "shooting") && objWithin(s, h.j, wb, 6, missileWords) && !objWithin(s, h.j, wb, 6, st.x.equip) {
			h.typ = claimtrail.TypeRepel
			break
		}
		switch {
		case form == fNoun:
			if backHas(toks, h.i, 3, sufferVerbs) {
				return nil // the verb carries the claim
			}
			if !inReport && !backHas(toks, h.i, 5, licenseLoss) && !(h.i > 1 && toks[h.i-2].w == "number") && !tally(s, h.j) && !hasAnyIn(s, h.j, minInt(n, h.j+12), reachWords) && !existential(toks, h.i) {
				return nil
			}
		case w == "suffered" || w == "suffer" || w == "suffers" || w == "suffering" || w == "sustained" || w == "incurred":
			if !objWithin(s, h.j, wb, 4, lossNouns) {
				return nil
			}
			h.invert = true
		case w == "died":
		case w == "put":
			// "put its own dead at 160", "put the death toll at 40"
			if !objWithin(s, h.j, wb, 4, tollNouns) || !hasWordIn(s, h.j, minInt(wb, h.j+6), "at") {
				return nil
			}
			// "put its own dead at 160": the subject counts its own losses
			h.invert = hasWordIn(s, h.j, minInt(wb, h.j+3), "own")
		case (w == "killed" || w == "wounded" || w == "injured") && backHas(toks, h.i, 6, lostVerbs):
			return nil // "lost 18 servicemen killed": the verb carries the claim
		default:
			if !st.militaryObject(s, h, wa, wb) && !(!h.passive && h.j < n && !prepositions[toks[h.j].w] && objWithin(s, h.j, wb, 4, infraWords)) && !(h.passive && tally(s, h.j)) && !objWithin(s, h.j, wb, 6, civilianWords) && !(h.passive && objWithin(s, maxi(wa, h.i-6), h.i, 6, civilianWords)) && !(h.passive && civilianBeforeAside(s, wa)) {
				return nil
			}
			// destroying a depot or a base is a strike on a target
			if objWithin(s, h.j, wb, 5, infraWords) || (h.passive && objWithin(s, maxi(wa, h.i-5), h.i, 5, infraWords)) {
				h.typ = claimtrail.TypeAttack
			}
		}
		// people killed where no soldier is named are civilians
		if h.typ == claimtrail.TypeLosses && (hasAnyIn(s, ca, cb, civilianWords) || (h.passive && civilianBeforeAside(s, wa))) && !hasAnyIn(s, ca, cb, soldierWords) && !hasAnyIn(s, ca, cb, militaryUnits) {
			h.typ = claimtrail.TypeCivilian
		}
	case claimtrail.TypeEncircle:
		if form == fNoun && !backHas(toks, h.i, 3, licenseEncircle) {
			return nil
		}
	case claimtrail.TypeWithdrawal:
		if form == fNoun && !inReport && !backHas(toks, h.i, 4, licenseMove) && !nominalConfirmed(s, h) {
			return nil
		}
		// "the blockade had left Tigray without power": a result, no retreat
		if w == "left" && objWithin(s, h.j, wb, 4, set("without", "with", "in", "homeless", "dead", "stranded")) && !objWithin(s, h.j, wb, 1, set("in")) {
			return nil
		}
		// ", leaving it without medicine": a result, no retreat
		if w == "leaving" && objWithin(s, h.j, wb, 4, leftWithout) && !objWithin(s, h.j, wb, 6, fightWords) {
			return nil
		}

	case claimtrail.TypeRepel:
		if w == "stopped" || w == "halted" {
			if !objWithin(s, h.j, wb, 5, attackNouns) && !objWithin(s, wa, h.i, 6, attackNouns) {
				return nil
			}
		}
	case claimtrail.TypeStatement:
		switch w {
		case "ceasefire", "cease-fire", "truce":
			// a broken truce is an attack; a truce is a position only when
			// someone takes it
			if hasAnyIn(s, maxi(0, h.i-6), minInt(n, h.j+6), violationWords) {
				h.typ = claimtrail.TypeAttack
			} else if !hasAnyIn(s, maxi(0, h.i-6), minInt(n, h.j+6), positionVerbs) {
				return nil
			}
		case "fighters":
			if !backHas(toks, h.i, 5, licenseFighters) && !hasAnyIn(s, h.j, minInt(wb, h.j+4), presenceVerbs) {
				return nil
			}
			h.t.form = fNoun
		case "support":
			if !backHas(toks, h.i, 4, licenseSupport) {
				return nil
			}
		case "mercenaries", "militants", "foreign":
			if !backHas(toks, h.i, 5, licenseFighters) && !(h.i > 2 && (toks[h.i-2].w == "number" || toks[h.i-3].w == "number")) {
				return nil
			}
			h.t.form = fNoun
		}
	case claimtrail.TypeCivilian:
		// troops that flee or evacuate a place withdraw from it: "Georgian
		// units fled the city", "the army evacuated the base"
		if (w == "fled" || w == "evacuated") && !h.passive && hasAnyIn(s, maxi(wa, h.i-6), h.i, soldierWords) && !hasAnyIn(s, maxi(wa, h.i-6), h.i, civilianWords) &&
			!objWithin(s, h.j, wb, 5, civilianWords) && (st.placeObject(s, h, wa, wb) || h.j >= n || toks[h.j].punct) {
			h.typ = claimtrail.TypeWithdrawal
		}
	}
	// "came under rocket fire on Sunday": "fire on" before a day is no
	// firing at a target
	if h.typ == claimtrail.TypeAttack && len(h.t.words) == 2 && (h.t.words[0] == "fire" || h.t.words[0] == "fires" || h.t.words[0] == "firing") &&
		h.j < n && (timeNouns[toks[h.j].w] || toks[h.j].w == "the" && h.j+1 < n && dayParts[toks[h.j+1].w]) {
		return nil
	}
	// "a false capture claim", "attack reports": the event noun names a
	// kind of report, it reports no event
	if (h.nominal || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !(h.i > 0 && (auxWords[prev] || prev == "to" || prev == "not"))) &&
		h.j < n && (reportNouns[toks[h.j].w] || toks[h.j].w == "video" || toks[h.j].w == "footage") {
		return nil
	}
	// "displaced families", "9,400 displaced people": a description of
	// people, not a claim that they were displaced
	if h.typ == claimtrail.TypeCivilian && (w == "displaced" || w == "evacuated") && !h.passive && h.j < n && displacedHeads[toks[h.j].w] {
		return nil
	}
	// "fired more than 300 rounds": firing at nothing named is no attack
	if h.typ == claimtrail.TypeAttack && (w == "fired" || w == "fire" || w == "fires" || w == "firing") && len(h.t.words) == 1 &&
		objWithin(s, h.j, wb, 5, roundWords) && !objWithin(s, h.j, wb, 8, aimWords) && !placeAt(s, wa, wb) {
		return nil
	}
	// "targeted only military objects": a policy said in defence, not a strike
	if h.typ == claimtrail.TypeAttack && objWithin(s, h.j, wb, 4, onlyWords) && objWithin(s, h.j, wb, 6, targetKinds) && !placeAt(s, wa, wb) {
		return nil
	}
	// object requirements
	obj := h.t.obj
	if h.typ != h.t.typ {
		obj = objAny
	}
	switch obj {
	case objPlace:
		if !st.placeObject(s, h, wa, wb) {
			return nil
		}
	case objRoad:
		// a camp "cut off from food", "electricity … was cut off", "convoys
		// blocked": harm to civilians, not a route, when no road is named
		if !objWithin(s, h.j, wb, 6, roadWords) && !objWithin(s, wa, h.i, 6, roadWords) &&
			(objWithin(s, h.j, wb, 4, civilianWords) || (h.passive && objWithin(s, maxi(wa, h.i-6), h.i, 6, civilianWords))) {
			h.typ = claimtrail.TypeCivilian
			break
		}
		// a road, or a town that is "cut off"
		cutTown := h.passive && len(h.t.words) == 2 && (hasAnyIn(s, maxi(wa, h.i-6), h.i, placeAnaphors) || hasWordIn(s, maxi(wa, h.i-6), h.i, "it") || placeBefore(s, h.i, wa))
		if !objWithin(s, h.j, wb, 6, roadWords) && !objWithin(s, wa, h.i, 6, roadWords) && !st.roadPlaceNear(s, h) && !cutTown {
			return nil
		}
	case objCivObj:
		if !objWithin(s, h.j, wb, 5, civilianWords) && !objWithin(s, maxi(wa, h.i-5), h.i, 5, civilianWords) {
			// "two tanks had been damaged": materiel hit is a loss
			if (w == "damaged" || w == "damaging") && (objWithin(s, h.j, wb, 5, st.x.equip) || h.passive && hasAnyIn(s, maxi(wa, h.i-6), h.i, st.x.equip)) {
				h.typ = claimtrail.TypeLosses
				break
			}
			return nil
		}
	}
	// type overrides by the object
	if (h.typ == claimtrail.TypeAttack || h.typ == claimtrail.TypeControl) && w != "in" && (objWithin(s, h.j, wb, 3, roadWords) || objWithin(s, h.j, wb, 1, vehicleWords) && objWithin(s, h.j, wb, 5, roadWords)) && !objWithin(s, h.j, wb, 3, positionWords) {
		h.typ = claimtrail.TypeRoute
	}
	// "the road … remains under our control", "the road is under fire"
	if (h.typ == claimtrail.TypeAttack || h.typ == claimtrail.TypeControl) && (h.passive || h.invert || h.under || w == "control") &&
		hasAnyIn(s, maxi(wa, h.i-12), h.i, roadHeads) && !hasAnyIn(s, maxi(wa, h.i-12), h.i, positionWords) {
		h.typ = claimtrail.TypeRoute
	}
	if h.typ == claimtrail.TypeAttack || h.typ == claimtrail.TypeLosses {
		// a strike on a building that also kills people is two claims: the
		// attack and the harm; the enemy's "people" are soldiers
		separate := h.typ == claimtrail.TypeAttack && hasAnyIn(s, h.j, n, harmWords)
		victimSoldiers := h.invert && (hasAnyIn(s, wa, h.i, soldierWords) || hasAnyIn(s, wa, h.i, militaryUnits))
		if !separate && !victimSoldiers && (objWithin(s, h.j, wb, 5, civilianWords) || (h.passive && (objWithin(s, wa, h.i, 6, civilianWords) || civilianBeforeAside(s, wa)))) {
			h.typ = claimtrail.TypeCivilian
		}
	}
	// a participle right after its noun with no object is a reduced
	// relative clause, a description: "the positions liberated earlier",
	// "the missiles fired by Armenia"
	if h.t.form == fPart && !h.passive && !h.prenom && h.i > 0 && (positionWords[prev] || st.x.equip[prev] || st.x.fired[prev] || infraWords[prev]) &&
		(h.j >= n || toks[h.j].punct || reducedNext[toks[h.j].w]) && (h.typ == claimtrail.TypeControl || h.typ == claimtrail.TypeAttack) {
		return nil
	}
	// a participle before its noun presupposes rather than asserts: it makes
	// a claim only when it names what it is about ("the liberated village of
	// X", "the surrounded enemy forces"), not "the occupied territories"
	if h.prenom && h.typ == claimtrail.TypeControl && !placeAfterOf(s, h.j+1) && !placeAfterOf(s, h.j) {
		return nil
	}
	if f != nil && f.unsaid {
		return nil
	}
	// the world of the clause: forecasts, conditions, intentions
	if st.irrealis(s, h, wa, ca) {
		return nil
	}
	if st.history(s, ca, sinceStart(s, h.j, relativeEnd(s, h.j, cb)), h.i) {
		return nil
	}
	neg := negated(s, h, wa, fa)
	if h.needNeg && !neg {
		return nil
	}
	if h.typ == claimtrail.TypeLosses && bothSides(s, wa, wb) {
		return nil
	}
	pc := &pclaim{h: h, typ: h.typ, ca: ca, cb: cb, wa: wa, wb: wb, fr: f}
	pc.evac = (w == "evacuation" || w == "evacuated") && h.typ == claimtrail.TypeCivilian
	pc.fighters = h.typ == claimtrail.TypeStatement && (w == "mercenaries" || w == "militants" || w == "foreign" || w == "fighters")
	// claimant and stance
	deny := false
	switch {
	case toks[h.i].inQ && len(s.quotes) > 0:
		pc.c = st.speaker(s.quotes[0])
	case f != nil && f.report && f.denied:
		deny = true
		if outer != nil {
			pc.c = outer.c
		} else {
			pc.c = def
		}
	case f != nil:
		pc.c = f.c
		deny = f.deny
	default:
		pc.c = def
		if pc.c.voice == claimtrail.VoiceAuthor && hasWord(s, ca, cb, "reportedly") {
			pc.c = unnamedClaimant()
		}
	}
	if pc.c.voice == "" {
		pc.c.voice = claimtrail.VoiceReported
	}
	if neg != deny {
		pc.stance = claimtrail.StanceDenies
	} else {
		pc.stance = claimtrail.StanceAsserts
	}
	// refusing a ceasefire or talks is a position taken, not denied:
	// "Ukraine would not agree to a ceasefire"
	if h.typ == claimtrail.TypeStatement && !pc.fighters && neg && !deny {
		pc.stance = claimtrail.StanceAsserts
	}
	if pc.fighters && pc.c.voice == claimtrail.VoiceAuthor && !hasAnyIn(s, h.j, minInt(wb, h.j+5), presenceVerbs) {
		return nil // "the issue of the presence of militants": analysis
	}
	pc.hedged = hedgedClause(s, ca, cb)
	st.sidesFor(s, pc, prior)
	// "X denies the claims of Y that E": Y's claim E stands in the record
	// too, as Y's, when Y is named and E spelled out; "X denied reports
	// that E", owned by nobody, stands as an unnamed source's ("the claim
	// that E is false" refers back to a claim already reported)
	if f != nil && f.report && f.denied && (f.thatClause && (f.named || f.ownerless && f.deniedByVerb) || f.content && f.named && f.deniedByVerb) {
		o := *pc
		o.c = f.c
		if !f.named {
			o.c = unnamedClaimant()
		}
		o.c.voice = claimtrail.VoiceReported
		o.stance = claimtrail.StanceAsserts
		if neg {
			o.stance = claimtrail.StanceDenies
		}
		o.actor, o.target = "", ""
		st.sidesFor(s, &o, prior)
		st.extra = append(st.extra, &o)
	}
	return pc
}

var prepositions = set("to", "on", "toward", "towards", "into", "in", "near", "at", "from", "through", "across",
	"along", "deeper", "further", "up", "by", "against", "around", "past", "beyond")
var lossNouns = set("losses", "loss", "casualties", "damage", "heavy", "defeat")
var attackNouns = set("attack", "attacks", "offensive", "advance", "assault", "attempt", "counterattack",
	"counter-attack", "counteroffensive", "onslaught", "push")

func maxi(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// objWithin reports whether a word of m stands in toks[from:from+n], not
// past limit.
func objWithin(s *sent, from, limit, n int, m map[string]bool) bool {
	for k := from; k < len(s.toks) && k < from+n && k < limit; k++ {
		if s.toks[k].punct && s.toks[k].w != "-" && s.toks[k].w != "(" && s.toks[k].w != ")" && !s.toks[k].quote && s.toks[k].w != "'" {
			if s.toks[k].w == "," {
				continue
			}
			return false
		}
		w := s.toks[k].w
		if m[w] || m[strings.TrimSuffix(w, "'s")] {
			return true
		}
		if i := strings.LastIndexByte(w, '-'); i >= 0 && m[w[i+1:]] {
			return true
		}
	}
	return false
}

func hasWord(s *sent, a, b int, w string) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].w == w {
			return true
		}
	}
	return false
}

// placeBefore reports a place or place anaphor as the subject of "fell".
func placeBefore(s *sent, i, wa int) bool {
	for _, p := range s.places {
		if p.a >= wa && p.a < i {
			return true
		}
	}
	for k := maxi(wa, i-4); k < i; k++ {
		if placeAnaphors[s.toks[k].w] {
			return true
		}
	}
	return false
}

func placeAfterOf(s *sent, j int) bool {
	for j < len(s.toks) && s.toks[j].quote {
		j++
	}
	if j >= len(s.toks) || s.toks[j].w != "of" {
		return false
	}
	for _, p := range s.places {
		if p.a > j && p.a <= j+4 {
			return true
		}
	}
	return j+2 < len(s.toks) && s.toks[j+1].w == "the" && placeAnaphors[s.toks[j+2].w]
}

func (st *state) controlLicensed(s *sent, h hit) bool {
	toks := s.toks
	if h.t.words[0] == "full" {
		return true
	}
	// "is (still) in (firm) control of", "are under the control of", "came
	// under Russian control"
	for k := h.i - 1; k >= 0 && k >= h.i-4; k-- {
		if toks[k].w == "in" || toks[k].w == "under" {
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if beVerbs[toks[m].w] || comeVerbs[toks[m].w] {
					return true
				}
			}
		}
		if licenseControl[toks[k].w] || reportVerbs[toks[k].w] {
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return false
}

func attackLicensed(s *sent, h hit) bool {
	toks := s.toks
	if h.i > 0 {
		switch toks[h.i-1].w {
		case "these", "those", "this", "that", "such", "every", "any":
			return false
		}
	}
	if h.i > 1 {
		switch toks[h.i-2].w {
		case "these", "those", "this", "that", "such":
			return false
		}
	}
	// "a big assault by the Azerbaijani Armed Forces"
	if h.j < len(toks) && toks[h.j].w == "by" {
		for _, r := range s.sides {
			if r.a > h.j && r.a <= h.j+4 && r.kind <= refActor {
				return true
			}
		}
	}
	// an attack that is repelled or stopped is the object of another claim
	if backHas(toks, h.i, 4, repelWords) {
		return false
	}
	// "killed in the Georgian assault": a side's attack named as done
	if h.i > 2 && (toks[h.i-2].w == "the" || toks[h.i-2].w == "a") && (toks[h.i-3].w == "in" || toks[h.i-3].w == "during") && hasAnyIn(s, maxi(0, h.i-9), h.i-3, harmWords) {
		for _, r := range s.sides {
			if r.a == h.i-1 && r.b == h.i && r.kind == refSide {
				return true
			}
		}
	}
	// "a missile strike on two dormitories in Kramatorsk killed …", but not
	// "one of the attacks on Shushi" inside another noun phrase
	if h.j < len(toks) && (toks[h.j].w == "on" || toks[h.j].w == "against" || toks[h.j].w == "near") && !hasWordIn(s, maxi(0, h.i-3), h.i, "of") {
		for k := h.j + 1; k < len(toks) && k <= h.j+5; k++ {
			if civilianWords[toks[k].w] || positionWords[toks[k].w] || infraWords[toks[k].w] || inPlace(s, k) {
				return true
			}
			if toks[k].punct {
				break
			}
		}
	}
	// a noun before another noun modifies it: "attack drones", "strike group"
	if h.j < len(toks) && !toks[h.j].punct && !toks[h.j].cap && !prepositions[toks[h.j].w] && !determiners[toks[h.j].w] && toks[h.j].w != "and" && toks[h.j].w != "of" {
		return false
	}
	return backHas(toks, h.i, 6, licenseAttack) && !backHas(toks, h.i, 4, repelWords)
}

// militaryObject checks a loss verb's object (or passive subject): people,
// weapons, units or a side; "destroying relations" is no loss.
func (st *state) militaryObject(s *sent, h hit, wa, wb int) bool {
	from, to := h.j, minInt(wb, h.j+9)
	if h.passive || h.prenom {
		from, to = maxi(asideHead(s, wa), h.i-10), h.i
		if h.prenom {
			from, to = h.j, minInt(wb, h.j+3)
		}
	}
	for k := from; k < to && k < len(s.toks); k++ {
		w := s.toks[k].w
		if st.x.equip[w] || militaryWords[w] || personNouns[strings.TrimSuffix(w, "s")] || lossTargets[w] ||
			st.x.weapon(w) || isNumber(w) {
			return true
		}
		if i := strings.LastIndexByte(w, '-'); i >= 0 && (st.x.equip[w[i+1:]] || lossTargets[w[i+1:]]) {
			return true
		}
	}
	for _, r := range s.sides {
		if r.a >= from && r.a < to {
			return true
		}
	}
	return false
}

var lossTargets = set("group", "groups", "crew", "crews", "unit", "units", "enemy", "opponent", "hostile", "it", "them",
	"personnel", "manpower", "servicemen", "men", "militants", "mercenaries", "fighters", "saboteurs", "battalion",
	"company", "platoon", "squad", "column", "convoy", "dozens", "hundreds", "many", "several", "number", "commanders",
	"members", "garrison", "defenders", "attackers")

func isNumber(w string) bool {
	digit := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' {
			digit = true
		} else if c != ',' && c != '.' {
			return false
		}
	}
	return digit
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// placeObject checks that a verb like "entered" or "took" has a place, an
// anaphor for one, or a military position as its object (or subject when
// passive): "took part" and "held talks" are no control claims.
func (st *state) placeObject(s *sent, h hit, wa, wb int) bool {
	from, to := h.j, minInt(wb, h.j+7)
	if h.passive || s.toks[h.i].w == "fell" {
		// the subject may stand before an apposition: "Kherson, a regional
		// capital …, has been liberated"
		from, to = maxi(wa, h.i-7), h.i
		if wa < len(s.toks) && auxWords[s.toks[wa].w] {
			ca, _ := clause(s, h.i, 0, len(s.toks), false)
			from = ca
		}
	}
	for _, p := range s.places {
		if p.a >= from && p.a < to {
			return true
		}
	}
	for k := from; k < to && k < len(s.toks); k++ {
		w := s.toks[k].w
		if positionWords[w] || placeAnaphors[w] || (w == "it" && k == from) || w == "there" {
			return true
		}
		// ground counted: "liberated 2,000 square kilometres", "retook 20
		// villages"
		if areaNouns[w] && k > from && (isNumber(s.toks[k-1].w) || s.toks[k-1].w == "square" || approxWords[s.toks[k-1].w] || numberWords[s.toks[k-1].w]) {
			return true
		}
	}
	return false
}

// areaNouns count ground taken: "2,000 square kilometres", "20 villages".
var areaNouns = set("kilometres", "kilometers", "km", "miles", "hectares", "settlements", "villages", "towns", "localities")

// numberWords are counts written out.
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"dozens", "several", "dozen", "hundreds", "scores", "some", "about", "nearly")

// militaryUnits name bodies of soldiers: "my battalion has lost 11 men".
var militaryUnits = set("battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "company",
	"platoon", "division", "garrison", "unit", "units", "squad")

func (st *state) roadPlaceNear(s *sent, h hit) bool {
	for _, p := range s.places {
		if (p.place.Kind == "road" || p.place.Kind == "corridor") && p.a >= h.i-6 && p.a <= h.j+6 {
			return true
		}
	}
	return false
}

// reachTarget reads the object of "reached": "centre" for the centre of a
// place ("reached the centre of the city"), "edge" for its edge ("reached
// the outskirts of Shusha"), "" for anything else. The place may be named
// or referred to ("the city").
func reachTarget(s *sent, h hit, wb int) string {
	toks := s.toks
	k := h.j
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	for m := k; m < len(toks) && m < k+2 && m < wb; m++ {
		kind := ""
		switch {
		case placeCentre[toks[m].w]:
			kind = "centre"
		case placeEdge[toks[m].w]:
			kind = "edge"
		default:
			continue
		}
		of := m + 1
		if of < len(toks) && (toks[of].w == "of" || toks[of].w == "to") && (placeAfterOf(s, of) || placeAt(s, of+1, of+3)) {
			return kind
		}
		return ""
	}
	return ""
}

// placeAt reports a place or a place anaphor among tokens [a,b).
func placeAt(s *sent, a, b int) bool {
	for _, p := range s.places {
		if p.a >= a && p.a < b {
			return true
		}
	}
	for k := a; k < b && k < len(s.toks); k++ {
		if placeAnaphors[s.toks[k].w] {
			return true
		}
	}
	return false
}

// combatActor decides whether a combat noun ("fighting", "clashes",
// "combat engagements") names who attacks. Fighting names an event but not
// its agent, so it is an attack claim only when the text names the side:
// as a modifier ("Azerbaijani shelling and Azerbaijani clashes" – "heavy
// Russian fighting"), after "by", or as the subject of a verb that
// launches it ("Russian forces began fierce battles for the town").
// "Fighting between X and Y" and "both sides" name no single attacker; a
// noun modifying another ("fighting vehicles", "battle group") or a verb
// form ("are fighting") is no event noun.
func (st *state) combatActor(s *sent, h hit, wa, wb int) bool {
	toks := s.toks
	n := len(toks)
	if h.j < n && !toks[h.j].punct && !toks[h.j].cap && !prepositions[toks[h.j].w] && !determiners[toks[h.j].w] &&
		!beVerbs[toks[h.j].w] && !auxWords[toks[h.j].w] && toks[h.j].w != "and" && toks[h.j].w != "of" &&
		toks[h.j].w != "for" && toks[h.j].w != "with" && toks[h.j].w != "between" && !strings.HasSuffix(toks[h.j].w, "ed") &&
		!strings.HasSuffix(toks[h.j].w, "s") {
		return false // a modifier: "fighting vehicles", "battle tank"
	}
	if h.i > 0 && (beVerbs[toks[h.i-1].w] || auxWords[toks[h.i-1].w]) && toks[h.i].w == "fighting" {
		return false // a verb: "troops are fighting"
	}
	if hasWord(s, h.j, minInt(n, h.j+3), "between") || bothSides(s, wa, wb) || hasWord(s, wa, wb, "each") {
		return false
	}
	if toks[h.i].w == "fighting" && h.i > 0 && !determiners[toks[h.i-1].w] && !prepositions[toks[h.i-1].w] && !toks[h.i-1].punct &&
		(strings.HasSuffix(toks[h.i-1].w, "s") || soldierWords[toks[h.i-1].w]) {
		return false // a participle after its noun: "militants fighting on the side of …"
	}
	for _, r := range s.sides {
		if r.kind == refPoss || r.kind == refLatter || r.act != nil && r.act.Kind == "person" {
			continue
		}
		// a side right before the noun, past one adjective ("Russian heavy
		// fighting"), not past a verb ("Ukraine said fighting …")
		if r.b <= h.i && r.b >= h.i-1 {
			ok := true
			for k := r.b; k < h.i; k++ {
				t := toks[k]
				if t.punct || t.cap || determiners[t.w] || prepositions[t.w] || t.has(flReport) || beVerbs[t.w] || auxWords[t.w] ||
					strings.HasSuffix(t.w, "ed") {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
		// "fighting by Russian forces", "clashes started by Azerbaijani units"
		by := h.j
		if by < n && strings.HasSuffix(toks[by].w, "ed") {
			by++
		}
		if by < n && toks[by].w == "by" && r.a > by && r.a <= by+4 {
			return true
		}
	}
	return backHas(toks, h.i, 4, licenseAttack) && st.firstSide(s, wa, h.i, "") != ""
}

// coordinated reports whether two triggers share one object ("struck and
// destroyed an Azerbaijani group"): only "and", quotes and adverbs between.
func coordinated(s *sent, a, b hit) bool {
	if b.i < a.i {
		a, b = b, a
	}
	for k := a.j; k < b.i; k++ {
		t := s.toks[k]
		if !(t.w == "and" || t.quote || isAdverb(t)) {
			return false
		}
	}
	return true
}

// andAfter reports that b follows a in the same clause after "and":
// "advanced 50 km … and liberated 30 settlements".
func andAfter(s *sent, a, b hit) bool {
	if b.i <= a.j {
		return false
	}
	and := false
	for k := a.j; k < b.i; k++ {
		t := s.toks[k]
		if strongBound(t) || (t.fl&flWeak != 0 && !t.punct) {
			return false
		}
		if t.w == "and" {
			and = true
		}
	}
	return and
}

// inPP reports an attack noun inside a prepositional phrase of another
// event ("killed in the shelling of Chasiv Yar", "during their attempt").
func inPP(s *sent, h hit) bool {
	if !h.nominal {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		switch s.toks[k].w {
		case "in", "during", "from", "after", "following", "by", "amid", "despite":
			return true
		}
	}
	return false
}

// vehicleWords, fired on along a road, make the attack a route claim:
// "firing on vehicles on the road".
var vehicleWords = set("vehicles", "vehicle", "cars", "car", "trucks", "truck", "convoys", "convoy", "traffic", "buses")

// displacedHeads are the people a participle describes: "displaced
// families".
var displacedHeads = set("families", "people", "persons", "residents", "civilians", "children", "households", "women")

// Word sets of the rules in evaluate, built once: leftWithout and
// fightWords tell a result ("leaving it without medicine") from a retreat
// ("leaving Kherson without a fight"); aimWords aim a firing; onlyWords and
// targetKinds make "targeted only military objects" a policy.
var (
	leftWithout = set("without", "homeless", "dead", "stranded")
	fightWords  = set("fight", "battle", "resistance", "fighting")
	aimWords    = set("at", "on", "upon", "towards", "toward", "into")
	onlyWords   = set("only")
	targetKinds = set("targets", "objects", "facilities", "infrastructure")
)

// roundWords are what is fired: "fired 300 rounds".
var roundWords = set("rounds", "round", "shells", "shots", "salvos", "volleys", "missiles", "rockets")

// timeNouns open a time phrase after "on" or "at".
var timeNouns = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "dawn",
	"dusk", "midnight", "noon", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

// dayParts follow "the" in a time phrase: "under fire on the night of 14
// October".
var dayParts = set("night", "morning", "evening", "afternoon", "day", "eve", "weekend")

// takeIdioms follow "take" when nothing is captured.
var takeIdioms = set("part", "place", "shelter", "cover", "refuge", "prisoner", "prisoners", "hostage", "hostages",
	"captive", "steps", "measures", "action", "note", "responsibility", "office", "advantage", "time", "care")

// takenPeople, as the object of "take", are carried off, not captured
// ground.
var takenPeople = set("civilians", "people", "residents", "inhabitants", "children", "women", "men", "soldiers",
	"fighters", "troops", "servicemen", "prisoners", "hostages", "villagers", "families", "wounded")

// firedThings are what is fired at a place: as the subject of an attack
// they name no side.
var firedThings = set("missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shell", "shells",
	"drone", "drones", "bomb", "bombs", "mortar", "mortars")

// missileWords name what is fired, not materiel a side owns and loses.
var missileWords = set("missile", "missiles", "rocket", "rockets", "projectile", "projectiles")

// finish fills places, dates and quantities, merges claims of the same type
// and claimant in a sentence, and emits them.
func (st *state) finish(s *sent, cls []*pclaim) []*pclaim {
	if len(cls) == 0 {
		return nil
	}
	// an attack that another claim of the same speaker spells out (struck
	// and destroyed; repelled the attack) is not a claim of its own
	var kept []*pclaim
	for _, c := range cls {
		if c.typ == claimtrail.TypeAttack && c.stance == claimtrail.StanceAsserts {
			sub := false
			for _, d := range cls {
				if d != c && d.c.name == c.c.name && d.stance == claimtrail.StanceAsserts &&
					(d.typ == claimtrail.TypeLosses || d.typ == claimtrail.TypeRepel || d.typ == claimtrail.TypeControl || d.typ == claimtrail.TypeCivilian) &&
					(coordinated(s, c.h, d.h) || inPP(s, c.h) || (d.typ == claimtrail.TypeControl && d.actor == c.actor && andAfter(s, c.h, d.h))) {
					sub = true
				}
			}
			if sub {
				continue
			}
		}
		kept = append(kept, c)
	}
	cls = kept
	// merge
	var merged []*pclaim
	for _, c := range cls {
		var m *pclaim
		for _, d := range merged {
			if d.typ == c.typ && d.c.name == c.c.name && d.c.side == c.c.side && d.stance == c.stance && (d.actor == c.actor || c.actor == "" || d.actor == "" || sharedSubject(s, d.h, c.h) || st.ownLossGoesOn(s, d, c)) {
				m = d
				break
			}
		}
		if m == nil {
			merged = append(merged, c)
			continue
		}
		m.hedged = m.hedged || c.hedged
		m.fighters = m.fighters || c.fighters
		if c.ca < m.ca {
			m.ca = c.ca
		}
		if c.cb > m.cb {
			m.cb = c.cb
		}
		m.extra = append(m.extra, c.h)
	}
	for k, c := range merged {
		if !c.copied {
			c.places = st.placesFor(s, c)
		}
		c.date = st.dateFor(s, c)
		if c.date != nil && !st.x.start.IsZero() && c.date.End < st.x.start.Format("2006-01-02") {
			continue
		}
		c.quants = st.quantitiesFor(s, c)
		cl := claimtrail.Claim{
			Kind: "claim", ID: claimID(st.doc.ID, s.idx, c.typ, k), Doc: st.doc.ID,
			Sentence: s.text(),
			Claimant: claimtrail.Claimant{Name: c.c.name, Side: c.c.side, Role: c.c.role},
			Voice:    c.c.voice, Stance: c.stance, Hedged: c.hedged, Type: c.typ,
			Actor: c.actor, Target: c.target, Places: c.places, Date: c.date, Quantities: c.quants,
			Start: s.s, End: s.e, Paragraph: sort.SearchInts(st.paraStarts, s.s+1) - 1,
		}
		if cl.Claimant.Role == "" {
			cl.Claimant.Role = claimtrail.RoleUnnamed
		}
		if cl.Places == nil {
			cl.Places = []claimtrail.PlaceRef{}
		}
		if cl.Quantities == nil {
			cl.Quantities = []claimtrail.Quantity{}
		}
		st.out = append(st.out, cl)
		last := &st.out[len(st.out)-1]
		st.lastClaim = last
		if accusedBy(s, c.h.i) {
			st.lastAccused = last
		}
		if cl.Claimant.Name != "" && cl.Voice == claimtrail.VoiceReported {
			st.byClaimant[cl.Claimant.Name] = last
		}
		if cl.Claimant.Side != "" && cl.Stance == claimtrail.StanceAsserts {
			st.bySide[cl.Claimant.Side] = last
		}
	}
	return merged
}

// text is the sentence as the spec records it, white space folded.
func (s *sent) text() string {
	if s.folded == "" {
		s.folded = fold(s.body[s.s:s.e])
	}
	return s.folded
}

// weapon reports whether w names a weapon of the profile.
func (x *Extractor) weapon(w string) bool {
	_, ok := x.weapons[w]
	return ok
}

// asideOpeners start a parenthetical between a subject and its verb: "At
// least 100 civilians, including 20 children, were killed".
var asideOpeners = set("including", "among", "mostly", "most", "many", "some", "all", "mainly")

// civilianBeforeAside reports a civilian subject before a parenthetical that
// ends just before the clause starting at wa.
func civilianBeforeAside(s *sent, wa int) bool {
	if wa < 3 || s.toks[wa-1].w != "," {
		return false
	}
	for k := wa - 2; k > 0 && k >= wa-14; k-- {
		if s.toks[k].w == "," {
			if k+1 < len(s.toks) && asideOpeners[s.toks[k+1].w] {
				return objWithin(s, maxi(0, k-4), k, 4, civilianWords)
			}
			return false
		}
	}
	return false
}

// postWords are what troops set up where they hold ground.
var postWords = set("checkpoints", "checkpoint", "positions", "posts", "roadblocks", "roadblock", "base", "bases", "outposts")

// relativeEnd returns where a non-restrictive relative clause after the
// trigger begins (", which Georgia had held since 2006"), else b: what the
// relative clause says of the past does not make the main clause history.
func relativeEnd(s *sent, j, b int) int {
	for k := j; k < b && k < len(s.toks); k++ {
		if k > 0 && s.toks[k-1].w == "," && (s.toks[k].w == "which" || s.toks[k].w == "where" || s.toks[k].w == "who") {
			return k
		}
	}
	return b
}

// placeStartsClause reports a place name that opens its sentence or follows
// a clause mark, as a headline's subject does.
func placeStartsClause(s *sent, k int) bool {
	for _, p := range s.places {
		if p.a <= k && k < p.b {
			if p.a == 0 || s.toks[p.a-1].punct {
				return true
			}
			// a live-blog entry's time stamp before it: "16:10 Zugdidi taken"
			for k := p.a - 1; k >= 0 && (isNumber(s.toks[k].w) || s.toks[k].w == ":" || s.toks[k].w == "."); k-- {
				if k == 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asideHead returns where the subject before a parenthetical starts when the
// clause at wa follows one ("Three warplanes, including a Su-25, were shot
// down"), else wa.
func asideHead(s *sent, wa int) int {
	if wa < 3 || s.toks[wa-1].w != "," {
		return wa
	}
	for k := wa - 2; k >= 1 && k >= wa-8; k-- {
		if s.toks[k].punct {
			if s.toks[k].w == "," && asideOpeners[s.toks[k+1].w] {
				return maxi(0, k-6)
			}
			return wa
		}
	}
	return wa
}

// lostVerbs take a count of the dead and wounded as their object.
var lostVerbs = set("lost", "lose", "loses", "losing", "suffered", "sustained")

// haltVerbs end an operation: the side that does it takes a position.
var haltVerbs = set("halt", "halts", "halted", "halting", "end", "ends", "ended", "ending", "suspend", "suspends",
	"suspended", "suspending", "stop", "stops", "stopping", "cease", "ceased", "ceasing", "completed", "concluded")

// existential reports "there is/are/were (no) <noun>" before the noun at i:
// the sentence asserts that what the noun names exists.
func existential(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].w == "there" {
			// "there were no casualties" reports an absence, not an event
			for m := k + 1; m < i; m++ {
				if negations[toks[m].w] {
					return false
				}
			}
			return k+1 < i && (beVerbs[toks[k+1].w] || toks[k+1].w == "have" || toks[k+1].w == "has")
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// directions after "advancing" name where to, as a preposition would.
var directions = set("north", "south", "east", "west", "northward", "southward", "eastward", "westward",
	"northwards", "southwards", "eastwards", "westwards", "north-east", "north-west", "south-east", "south-west", "deeper", "further")

// describedBy participles describe the noun before them by a charge.
var describedBy = set("accused", "suspected", "charged", "convicted")

// tollNouns are what a side "puts at" a number.
var tollNouns = set("dead", "toll", "losses", "casualties", "deaths")

// confirmVerbs, after a form of "be", report the event noun that is their
// subject: "The withdrawal from X was confirmed by monitors".
var confirmVerbs = set("confirmed", "reported", "announced", "documented", "verified", "completed")

// nominalConfirmed reports an event noun that heads the subject of a passive
// report: a form of "be" then a confirming participle later in the clause.
func nominalConfirmed(s *sent, h hit) bool {
	toks := s.toks
	for k := h.j; k+1 < len(toks) && k < h.j+24; k++ {
		if toks[k].w == ";" || toks[k].w == "." {
			return false
		}
		if beVerbs[toks[k].w] && confirmVerbs[toks[k+1].w] {
			return true
		}
		// "The withdrawal of Russian troops from Gori began on Friday"
		if beganVerbs[toks[k].w] && k > h.j {
			return true
		}
	}
	return false
}

// operationOver reports "… was over", "… had ended" after an operation noun
// (past an infinitive or a prepositional phrase, not past a clause mark):
// "the operation to force Georgia to peace was over".
func operationOver(toks []tok, j int) bool {
	for k := j; k+1 < len(toks) && k < j+10; k++ {
		if toks[k].punct {
			return false
		}
		if (beVerbs[toks[k].w] || auxWords[toks[k].w]) && (toks[k+1].w == "over" || toks[k+1].w == "ended" || toks[k+1].w == "completed" || toks[k+1].w == "halted") {
			return true
		}
	}
	return false
}

// civilMovers are what moves into a place without arms: aid, goods and
// people.
var civilMovers = set("trucks", "truck", "lorries", "convoy", "convoys", "aid", "flights", "flight", "refugees",
	"civilians", "supplies", "shipments", "ambulances", "journalists", "monitors", "inspectors")

// declaredOver reports an operation a speaker declares ended in a small
// clause: "declared the military operation in the region completed".
func declaredOver(toks []tok, h hit) bool {
	if !backHas(toks, h.i, 4, set("declared", "declares", "declaring", "pronounced", "announced")) {
		return false
	}
	for k := h.j; k < len(toks) && k < h.j+8; k++ {
		if toks[k].punct {
			return false
		}
		switch toks[k].w {
		case "completed", "over", "ended", "concluded", "finished", "complete":
			return true
		}
	}
	return false
}

// comeVerbs bring a place under someone's control.
var comeVerbs = set("came", "come", "comes", "coming", "fell", "fallen")

// stationVerbs between "be" and "in" keep troops present in a place.
var stationVerbs = set("stationed", "deployed", "positioned", "based", "garrisoned", "dug")

// sharedSubject reports a verb trigger b that follows trigger a with only
// "and" (and adverbs) before it: "said it had shot down four aircraft and
// killed 50 soldiers". The two verbs share a subject, so one claim holds
// both.
func sharedSubject(s *sent, a, b hit) bool {
	if b.i < a.i {
		a, b = b, a
	}
	if b.t.form == fNoun || b.nominal || b.passive || !andAfter(s, a, b) {
		return false
	}
	k := b.i - 1
	for k > a.j && isAdverb(s.toks[k]) {
		k--
	}
	return s.toks[k].w == "and"
}

// ownLossGoesOn reports an agentless passive loss joined by "and" to an
// admitted loss before it ("our forces have lost 18 servicemen, and four
// aircraft were shot down"): it goes on with the same loser, so one claim
// holds both.
func (st *state) ownLossGoesOn(s *sent, d, c *pclaim) bool {
	if c.typ != claimtrail.TypeLosses || !d.h.invert || !c.h.passive || c.h.i < d.h.j {
		return false
	}
	if st.firstSide(s, d.h.j, c.h.i, "") != "" {
		return false
	}
	for k := d.h.j; k < c.h.i; k++ {
		if s.toks[k].w == "and" {
			return true
		}
		if strongBound(s.toks[k]) {
			return false
		}
	}
	return false
}

// beganVerbs, as the verb of an event noun's clause, say the event
// happened: "the offensive began on Friday".
var beganVerbs = set("began", "started", "resumed")
