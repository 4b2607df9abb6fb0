package extract

// modality.go: the world of a clause (forecasts, conditions, negation,
// history) and lines that are no sentences.

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

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
			// "tried to break in and was thrown back": the second verb
			// phrase has a tense of its own
			if coordinatedFinite(toks, k, h.i) {
				continue
			}
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
		if hasWordIn(s, k+1, h.i, "and") || hasWordIn(s, k+1, h.i, "but") {
			continue // "tried to break in and was thrown back": a verb of its own
		}
		if k > 0 && evidentialVerbs[toks[k-1].w] {
			continue // "appears to show a tank being destroyed": hedged, not future
		}
		return true
	}
	return false
}

// history reports a clause about years before the conflict's start.
func (st *state) history(s *sent, a, b, i int) bool {
	if st.x.year == 0 {
		return false
	}
	for k := a; k < b; k++ {
		w := s.toks[k].w
		if len(w) == 4 && isNumber(w) {
			y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			if y >= 1900 && y < st.x.year && !sinceAside(s, k, i) {
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
		if evidentialVerbs[w] && k+1 < len(s.toks) && s.toks[k+1].w == "to" {
			return true // "appears to show"
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

// presentState reports a present stative verb right after an epistemic
// adverb, past other adverbs, at or before the trigger: "likely (still)
// control Gori".
func presentState(toks []tok, k, i int) bool {
	for k < len(toks) && k <= i && isAdverb(toks[k]) {
		k++
	}
	return k < len(toks) && k <= i && statives[toks[k].w]
}

// statives are present verbs of holding: after "likely" they state a hedged
// present fact ("likely still control"), not a forecast.
var statives = set("control", "controls", "hold", "holds", "occupy", "occupies", "retain", "retains", "remain", "remains")

// attemptVerbs make the infinitive after them an attempt that happened.
var attemptVerbs = set("attempted", "attempting", "tried", "trying", "attempts", "tries")

// sinceAside reports a "since <year>" at k in a clause of its own before
// the trigger at i ("after it broke the truce it had kept since November
// 2022, the group controls …"): it reaches the present and dates nothing.
// A clause that the year's "when" opens is that year's ("since 2014, when
// separatists seized Donetsk").
func sinceAside(s *sent, k, i int) bool {
	if !(k > 0 && s.toks[k-1].w == "since" || k > 1 && s.toks[k-2].w == "since") || k > i {
		return false
	}
	for j := k + 1; j < i; j++ {
		if s.toks[j].w == "," {
			return j+1 < len(s.toks) && s.toks[j+1].w != "when" && s.toks[j+1].w != "where"
		}
	}
	return false
}

// evidentialVerbs before an infinitive hedge what follows: "appears to
// show", "seems to confirm".
var evidentialVerbs = set("appears", "appear", "appeared", "seems", "seem", "seemed", "purports", "purport", "purported")

// coordinatedFinite reports "and"/"but" followed by a finite auxiliary
// between tokens a and b.
func coordinatedFinite(toks []tok, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if (toks[k].w == "and" || toks[k].w == "but") && (auxWords[toks[k+1].w] || toks[k+1].w == "then") {
			return true
		}
	}
	return false
}

// sinceStart ends the clause a claim is dated in at a "since" after its
// trigger: what follows ("the biggest loss since they seized it in 2012")
// is an earlier time the claim is measured against.
func sinceStart(s *sent, j, end int) int {
	for k := j; k < end && k < len(s.toks); k++ {
		if s.toks[k].w == "since" {
			return k
		}
	}
	return end
}
