package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract/quantity"
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
var flagVerbs = set("raised", "hoisted", "raising", "hoisting", "raise", "hoist", "planted")
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
	if h.t.form == fPart || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "struck" || w == "shot" || w == "cut" || w == "held" || w == "left" || w == "wounded" || w == "lost" {
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
		if h.typ == claimtrail.TypeLosses && (hasAnyIn(s, ca, cb, civilianWords) || (h.passive && civilianBeforeAside(s, wa))) && !hasAnyIn(s, ca, cb, soldierWords) {
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
		h.j < n && timeNouns[toks[h.j].w] {
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
		victimSoldiers := h.invert && hasAnyIn(s, wa, h.i, soldierWords)
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
	// the world of the clause: forecasts, conditions, intentions
	if st.irrealis(s, h, wa, ca) {
		return nil
	}
	if st.history(s, ca, relativeEnd(s, h.j, cb)) {
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
	if f != nil && f.report && f.denied && f.thatClause && (f.named || f.ownerless && f.deniedByVerb) {
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
	}
	return false
}

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

// nounIrrealis are irrealis as verbs before an infinitive ("plans to
// attack") and plain nouns otherwise ("according to a plan").
var nounIrrealis = set("plan", "plans", "aim", "aims", "vow", "vows", "pledge", "pledges", "promise", "promises")

// implicative reports a verb at p whose infinitive happened: past
// necessity ("had to", "have had to"), "managed to", and a past passive of
// compulsion ("were forced to", "was compelled to").
func implicative(toks []tok, p int) bool {
	switch toks[p].w {
	case "had", "managed":
		return true
	case "forced", "compelled", "obliged":
		return p > 0 && (toks[p-1].w == "was" || toks[p-1].w == "were" || toks[p-1].w == "been")
	}
	return false
}

// irrealis reports whether the trigger stands in a forecast, condition,
// intention or infinitive of purpose.
func (st *state) irrealis(s *sent, h hit, wa, ca int) bool {
	toks := s.toks
	// a generic clause with a free relative subject: "Whoever controls X"
	for k := h.i - 1; k >= ca; k-- {
		if freeRelatives[toks[k].w] {
			return true
		}
	}
	// a short aside between commas does not end the clause: "would not,
	// for now, advance"
	for wa > ca && wa > 1 && toks[wa-1].w == "," {
		p := wa - 2
		for p > ca && p >= wa-6 && toks[p].w != "," && !toks[p].punct {
			p--
		}
		// only inside a verb group: a modal or "not" before the aside
		if p <= ca || toks[p].w != "," || !(irrealis[toks[p-1].w] || toks[p-1].w == "not" || toks[p-1].w == "never") {
			break
		}
		wa = p
		for wa > ca && !weakBound(toks[wa-1]) {
			wa--
		}
	}
	for k := h.i - 1; k >= wa; k-- {
		w := toks[k].w
		// an indirect question asserts nothing: "did not say how many were captured"
		if w == "how" && k+1 < len(toks) && (toks[k+1].w == "many" || toks[k+1].w == "much") {
			return true
		}
		if irrealis[w] {
			// "Turkey would stand by Azerbaijan", "Ukraine will not agree to
			// a ceasefire": a position said with a modal is taken now
			if h.typ == claimtrail.TypeStatement && (w == "would" || w == "will") && hasReportBefore(s, k) {
				continue
			}
			// "attempted to advance", "is trying to encircle": an attempt at
			// an attack is an attack
			if attemptVerbs[w] && k+1 < h.i && toks[k+1].w == "to" && (h.typ == claimtrail.TypeAttack || h.typ == claimtrail.TypeEncircle) {
				continue
			}
			if w == "would" && k+1 < len(toks) && evidential[toks[k+1].w] {
				continue
			}
			if w == "may" && k+1 < len(toks) && isNumber(toks[k+1].w) {
				continue // the month
			}
			if w == "order" && !(k > 0 && toks[k-1].w == "in") {
				continue
			}
			if nounIrrealis[w] && !(k+1 < len(toks) && toks[k+1].w == "to") {
				continue // "withdrew according to a plan": a noun, not "plans to"
			}
			if epistemic[w] && k+1 < len(toks) && pastNext(toks[k+1].w) {
				continue // "likely seized", "probably withdrew": a hedged fact, not a forecast
			}
			if epistemic[w] && presentState(toks, k+1, h.i) {
				continue // "likely still control": a hedged present state, not a forecast
			}
			return true
		}
	}
	// a nominal event whose predicate puts it in the future or in doubt:
	// "a full assault on the port is unlikely", "an offensive is expected"
	if h.nominal {
		for k := h.j; k+1 < len(toks) && k < h.j+10 && !strongBound(toks[k]); k++ {
			if !beVerbs[toks[k].w] {
				continue
			}
			m := k + 1
			for m < len(toks) && isAdverb(toks[m]) && !futurePredicates[toks[m].w] {
				m++
			}
			if m < len(toks) && futurePredicates[toks[m].w] {
				return true
			}
			break
		}
	}
	// an infinitive before the trigger in its clause ("to buy time for the
	// evacuation"), unless an aspectual verb governs it ("continue to storm")
	if h.prenom {
		return false
	}
	for k := h.i - 1; k >= wa; k-- {
		if toks[k].w != "to" || k+1 >= len(toks) {
			continue
		}
		nx := toks[k+1]
		if nx.punct || nx.cap || notAfterTo[nx.w] || isNumber(nx.w) {
			continue
		}
		if k+1 < h.i && (strings.HasSuffix(nx.w, "s") && !strings.HasSuffix(nx.w, "ss")) {
			continue
		}
		if k > 0 && implicative(toks, k-1) {
			continue // "had to pull back", "were forced to withdraw": it happened
		}
		p := k - 1
		for p >= 0 && isAdverb(toks[p]) && !beVerbs[toks[p].w] {
			p--
		}
		if nx.w == "have" && p >= 0 && reportParticiples[toks[p].w] {
			continue // "are estimated to have fled", "is said to have taken": a reported past fact
		}
		if p >= 0 && (aspectual[toks[p].w] || toks[p].w == "able" || toks[p].w == "unable" || toks[p].w == "failed" || toks[p].w == "fails") {
			continue
		}
		if p >= 0 && attemptVerbs[toks[p].w] && (h.typ == claimtrail.TypeAttack || h.typ == claimtrail.TypeEncircle) {
			continue // "attempted to advance": the attempt happened
		}
		return true
	}
	return false
}

// history reports a clause about years before the conflict's start.
func (st *state) history(s *sent, a, b int) bool {
	if st.x.year == 0 {
		return false
	}
	for k := a; k < b; k++ {
		w := s.toks[k].w
		if len(w) == 4 && isNumber(w) {
			y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			// "since 2012" reaches the present ("the biggest loss since
			// 2012", "held since 2014"): it dates no past event
			since := k > 0 && s.toks[k-1].w == "since" || k > 1 && s.toks[k-2].w == "since"
			if y >= 1900 && y < st.x.year && !since {
				return true
			}
		}
		if strings.HasSuffix(w, "0s") && len(w) >= 3 && isNumber(w[:len(w)-1]) {
			return true
		}
	}
	for _, e := range st.timesOf(s) {
		if e.Resolved && !st.x.start.IsZero() && e.To.Before(st.x.start) {
			a2, _ := tokSpan(s.toks, e.Start, e.End)
			if a2 >= a && a2 < b {
				return true
			}
		}
	}
	return false
}

// negated looks for a negation before the trigger in its clause, or a
// negative determiner on the object right after a verb ("lost no tanks",
// "suffered not a single casualty"). A nominal trigger inside a
// prepositional phrase is outside the scope of a negation before the
// preposition: "no civilians were hurt in the strike" denies the harm, not
// the strike.
func negated(s *sent, h hit, wa, fa int) bool {
	i := h.i
	lo := maxi(maxi(wa, fa), i-8)
	for k := i - 1; k >= lo; k-- {
		w := s.toks[k].w
		if negations[w] || strings.HasSuffix(w, "n't") {
			if w == "not" && k+1 < len(s.toks) && s.toks[k+1].w == "only" {
				continue
			}
			return true
		}
		if w == "yet" && k > 0 && s.toks[k-1].w == "has" {
			return true
		}
		if h.nominal && adjunctPrepositions[w] {
			break
		}
	}
	return !h.nominal && !h.passive && negatedObject(s.toks, h.j)
}

// adjunctPrepositions open a phrase that sets an event in time or place
// ("in the strike", "during the shelling"), unlike "of" or "about", whose
// phrase completes the noun before it ("no evidence of shelling").
var adjunctPrepositions = set("in", "during", "after", "before", "amid", "following", "despite", "since", "by", "at", "near")

// notQuantifiers follow "no" in a comparison that asserts a number: "no
// fewer than 20", "no more than", "no longer".
var notQuantifiers = set("fewer", "less", "more", "longer", "sooner", "later", "earlier", "further", "other", "one's")

// negatedObject reports a negative determiner opening the object at j:
// "no tanks", "not a single soldier", "none".
func negatedObject(toks []tok, j int) bool {
	for j < len(toks) && !toks[j].punct && isAdverb(toks[j]) && toks[j].w != "not" {
		j++
	}
	if j+1 >= len(toks) || toks[j].punct {
		return false
	}
	switch toks[j].w {
	case "no", "zero":
		return !toks[j+1].punct && !notQuantifiers[toks[j+1].w]
	case "none":
		return true
	case "not":
		return j+2 < len(toks) && (toks[j+1].w == "a" || toks[j+1].w == "one") && (toks[j+2].w == "single" || toks[j+1].w == "one")
	}
	return false
}

func hedgedClause(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		w := s.toks[k].w
		if hedges[w] {
			return true
		}
		if w == "would" && k+1 < len(s.toks) && evidential[s.toks[k+1].w] {
			return true
		}
		if (w == "said" || w == "believed" || w == "thought") && k > 0 && beVerbs[s.toks[k-1].w] && k+1 < len(s.toks) && s.toks[k+1].w == "to" {
			return true
		}
		if w == "reported" && k > 0 && beVerbs[s.toks[k-1].w] && k+1 < len(s.toks) && reportedStates[s.toks[k+1].w] {
			return true // "were reported killed" is "reportedly killed"
		}
	}
	return false
}

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

// tally reports a list of counts after token j ("… were: tanks – 476,
// armoured vehicles – 1,487, …", "destroyed: 211 aircraft, 132 …"): a
// running total stated as a table.
func tally(s *sent, j int) bool {
	n := 0
	for k := j; k < len(s.toks) && k < j+40; k++ {
		if isNumber(s.toks[k].w) {
			n++
		}
	}
	return n >= 3 && hasWord(s, j, minInt(len(s.toks), j+25), ":")
}

var reachWords = set("reached", "reach", "reaches", "totalled", "totaled", "totals", "stood", "stands", "exceeded", "exceed", "amounted", "rose", "risen")

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

// heading reports a short line with no closing punctuation and no verb:
// a section heading inside the body, not a sentence.
func heading(toks []tok) bool {
	words := 0
	for _, t := range toks {
		if t.punct {
			continue
		}
		words++
		if words > 8 || t.has(flReport) || auxWords[t.w] || strings.HasSuffix(t.w, "ed") || irregularPast[t.w] {
			return false
		}
	}
	last := toks[len(toks)-1]
	return !(last.punct && (last.w == "." || last.w == "!" || last.w == "?" || last.w == ":" || last.quote || last.w == "”" || last.w == "’"))
}

// futurePredicates, after "is", put a nominal event in the future or in
// doubt.
var futurePredicates = set("unlikely", "likely", "possible", "probable", "improbable", "expected", "imminent", "planned",
	"inevitable", "due", "set", "feared", "unavoidable")

// vehicleWords, fired on along a road, make the attack a route claim:
// "firing on vehicles on the road".
var vehicleWords = set("vehicles", "vehicle", "cars", "car", "trucks", "truck", "convoys", "convoy", "traffic", "buses")

// timeNouns open a time phrase after "on" or "at".
var timeNouns = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "dawn",
	"dusk", "midnight", "noon", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "the", "least", "about", "around", "times", "once")

// hasReportBefore reports a reporting verb before token k: the clause at k
// is what someone said.
func hasReportBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if s.toks[j].has(flReport) {
			return true
		}
	}
	return false
}

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

// accuseVerbs make the claim after them an accusation, accusationNouns
// refer back to one.
var (
	accuseVerbs     = set("accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "blame")
	accusationNouns = set("accusation", "accusations", "allegation", "allegations", "charge", "charges")
)

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

// quantitiesFor attaches the sentence's numbers to losses, civilian and
// foreign-fighter claims, inside the claim's frame.
func (st *state) quantitiesFor(s *sent, c *pclaim) []claimtrail.Quantity {
	want := func(item string) bool {
		switch c.typ {
		case claimtrail.TypeLosses:
			return item != "fighters"
		case claimtrail.TypeCivilian:
			return item == "killed" || item == "wounded" || item == "casualties"
		case claimtrail.TypeStatement:
			return c.fighters && item == "fighters"
		}
		return false
	}
	if !want("killed") && !want("fighters") && !want("tank") {
		return nil
	}
	if !s.qsDone {
		s.qsDone = true
		s.qs = st.x.lex.Find(st.body[s.s:s.e])
	}
	lo, hi := s.s, s.e
	if c.fr != nil && !c.copied {
		if c.fr.a < len(s.toks) {
			lo = s.toks[c.fr.a].s
		}
		if c.fr.b > 0 && c.fr.b <= len(s.toks) {
			hi = s.toks[c.fr.b-1].e
		}
	}
	var out []claimtrail.Quantity
	for i, q := range s.qs {
		if !want(q.Item) || s.s+q.Start < lo || s.s+q.End > hi || partOfTotal(st.body[s.s:s.e], s.qs, i) {
			continue
		}
		out = append(out, claimtrail.Quantity{Item: q.Item, N: q.N, Max: q.Max, Qual: q.Qual, Text: q.Text})
	}
	out = st.numberOf(s, c, out, want)
	if c.typ == claimtrail.TypeLosses && !hasItem(out, "killed") {
		out = singularKilled(s, c, out)
	}
	return out
}

func hasItem(qs []claimtrail.Quantity, item string) bool {
	for _, q := range qs {
		if q.Item == item {
			return true
		}
	}
	return false
}

var numberOfItems = map[string]string{"casualties": "casualties", "killed": "killed", "dead": "killed", "deaths": "killed",
	"wounded": "wounded", "injured": "wounded", "militants": "fighters", "mercenaries": "fighters", "fighters": "fighters"}

// numberOf reads "the number of <item> … has reached N".
func (st *state) numberOf(s *sent, c *pclaim, out []claimtrail.Quantity, want func(string) bool) []claimtrail.Quantity {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].w != "number" || toks[k+1].w != "of" {
			continue
		}
		item := ""
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if it, ok := numberOfItems[toks[j].w]; ok {
				item = it
				break
			}
		}
		if item == "" || !want(item) || hasItem(out, item) {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+20; j++ {
			w := toks[j].w
			if w != "reached" && w != "reach" && w != "is" && w != "was" && w != "stands" && w != "totals" && w != "exceeded" && w != "approaching" && w != "approached" && w != "surpassed" {
				continue
			}
			qual := claimtrail.QualExact
			switch w {
			case "exceeded", "surpassed":
				qual = claimtrail.QualOver
			case "approaching", "approached":
				qual = claimtrail.QualAbout
			}
			m := j + 1
			for m < len(toks) && (toks[m].w == "at" || toks[m].w == "already" || toks[m].w == "nearly" || toks[m].w == "almost" || toks[m].w == "about" || toks[m].w == "over") {
				if toks[m].w == "nearly" || toks[m].w == "almost" || toks[m].w == "about" {
					qual = claimtrail.QualAbout
				}
				if toks[m].w == "over" {
					qual = claimtrail.QualOver
				}
				m++
			}
			e := m
			for e < len(toks) && e < m+3 && !toks[e].punct {
				e++
			}
			for ; e > m; e-- {
				if v, ok := quantity.ParseNumber(st.body[toks[m].s:toks[e-1].e]); ok {
					out = append(out, claimtrail.Quantity{Item: item, N: v, Qual: qual, Text: st.body[toks[m].s:toks[e-1].e]})
					break
				}
			}
			break
		}
	}
	return out
}

// singularKilled counts one for "a commander was killed".
func singularKilled(s *sent, c *pclaim, out []claimtrail.Quantity) []claimtrail.Quantity {
	hs := append([]hit{c.h}, c.extra...)
	for _, h := range hs {
		if s.toks[h.i].w != "killed" || !h.passive {
			continue
		}
		for k := c.wa; k < h.i; k++ {
			w := s.toks[k].w
			if w == "a" || w == "an" || w == "one" {
				for j := k + 1; j < h.i && j <= k+5; j++ {
					if personNouns[s.toks[j].w] {
						return append(out, claimtrail.Quantity{Item: "killed", N: 1, Qual: claimtrail.QualExact})
					}
				}
			}
			break
		}
	}
	return out
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

// partOfTotal reports a count that an "including" aside gives as part of
// a total of the same item before it: "100 civilians, including 20
// children" is 100 killed, not 120. A part of another item stays ("ten
// armoured vehicles, including two tanks").
func partOfTotal(text string, qs []quantity.Match, i int) bool {
	q := qs[i]
	if q.Start > len(text) {
		return false
	}
	k := strings.LastIndex(strings.ToLower(text[:q.Start]), "including")
	if k < 0 || strings.ContainsAny(text[k:q.Start], ".;") {
		return false
	}
	for j, o := range qs {
		if j != i && o.Item == q.Item && o.End <= k {
			return true
		}
	}
	return false
}

// postWords are what troops set up where they hold ground.
var postWords = set("checkpoints", "checkpoint", "positions", "posts", "roadblocks", "roadblock", "base", "bases", "outposts")

// statives are present verbs of holding: after "likely" they state a hedged
// present fact ("likely still control"), not a forecast.
var statives = set("control", "controls", "hold", "holds", "occupy", "occupies", "retain", "retains", "remain", "remains")

// presentState reports a present stative verb right after an epistemic
// adverb, past other adverbs, at or before the trigger: "likely (still)
// control Gori".
func presentState(toks []tok, k, i int) bool {
	for k < len(toks) && k <= i && isAdverb(toks[k]) {
		k++
	}
	return k < len(toks) && k <= i && statives[toks[k].w]
}

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

// attemptVerbs make the infinitive after them an attempt that happened.
var attemptVerbs = set("attempted", "attempting", "tried", "trying", "attempts", "tries")

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

// involvementNouns name a part in an event a speaker can deny.
var involvementNouns = set("role", "involvement", "responsibility", "part", "hand", "participation")

// harmNouns name harm done to people: a denied part in them denies the
// civilian claim just made (a part in "the strikes" may deny any of several).
var harmNouns = set("killings", "killing", "massacre", "massacres", "deaths", "abuses", "atrocities", "looting", "executions")

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
