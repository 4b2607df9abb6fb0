package extract

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

// frame is a stretch of a sentence that one claimant speaks for: the
// complement of a reporting verb, the clause an "according to" phrase
// governs, or the content of a nominal report ("Aliyev's announcement
// about …").
type frame struct {
	c        claimant
	a, b     int // scope, token indexes [a,b)
	npA, npB int // the claimant's noun phrase
	deny     bool
	report   bool // a nominal report inside the sentence
	denied   bool // the report is called false by the frame around it
	// thatClause marks a report with its content spelled out ("the claims
	// of X that …"); named marks an owner named as a claimant
	thatClause, named bool
	// ownerless marks a report nobody owns, not even a possessive
	// pronoun: "reports that …", "the rumours that …"; deniedByVerb a
	// report that is the object of a denial verb ("denied reports that")
	ownerless, deniedByVerb bool
	// content marks a report whose content follows it: "the statements of
	// X about the capture of Y"
	content bool
	// unsaid marks a negated reporting verb: what follows is claimed by
	// nobody ("has not claimed the capture of …")
	unsaid  bool
	owners  []string
	ownSide claimtrail.Side
	elided  bool
}

// npPrepositions end a noun phrase read leftwards.
var npPrepositions = set("despite", "after", "before", "amid", "during", "following", "about", "over", "with",
	"without", "against", "for", "of", "in", "on", "at", "by", "from", "to", "into", "through", "under", "regarding")

var ownerParticiples = set("spread", "made", "disseminated", "circulated", "published", "voiced", "issued", "released", "put", "posted")

var actWords = set("martial", "mobilization", "mobilisation", "emergency", "curfew")

var adverbSkip = set("also", "immediately", "officially", "openly", "repeatedly", "again", "later", "earlier",
	"then", "now", "further", "still", "already", "even", "first", "previously", "recently", "separately",
	"reportedly", "allegedly", "had", "has", "have", "was", "were", "is", "not", "did", "does", "do", "would", "had")

func isAdverb(t tok) bool {
	return !t.punct && (adverbSkip[t.w] || (strings.HasSuffix(t.w, "ly") && len(t.w) > 4 && !t.cap))
}

// boundaryLeft reports whether a claimant phrase cannot extend over t.
func boundaryLeft(t tok) bool {
	if t.quote {
		return true
	}
	if t.punct {
		return t.w == ";" || t.w == ":" || t.w == "(" || t.w == ")" || t.w == "–" || t.w == "—"
	}
	return t.w == "that" || t.w == "and" || t.w == "but" || t.w == "while" || clauseWords[t.w]
}

// findFrames finds the attribution frames of a sentence.
func (st *state) findFrames(s *sent) []*frame {
	toks := s.toks
	n := len(toks)
	var fs []*frame
	// an interview's speaker prefix: "Cherevatyi: That is not true.", also
	// after a live blog's time stamp ("15:05 Getachew Reda: our forces …")
	p0 := 0
	if n > 3 && isNumber(toks[0].w) && toks[1].w == ":" && isNumber(toks[2].w) {
		p0 = 3
		// "08:12 – Donbass Trench (pro-Russian): …"
		if p0 < n && (toks[p0].w == "–" || toks[p0].w == "-" || toks[p0].w == "—") {
			p0++
		}
	}
	for k := p0 + 1; k < n && k <= p0+8; k++ {
		if toks[k].w == ":" {
			// the label: capitalised words, perhaps with the speaker's
			// camp in brackets ("Sloboda Front (pro-Ukrainian)")
			cap, paren, end := true, false, k
			for j := p0; j < k; j++ {
				switch {
				case toks[j].w == "(" && j > p0:
					paren, end = true, min(end, j)
				case toks[j].w == ")" && paren:
				case paren:
				case !toks[j].cap || toks[j].punct:
					cap = false
				}
			}
			if cap && (end-p0 <= 4) {
				c := st.resolveNP(s, p0, k, nil)
				label := strings.ToLower(st.body[toks[p0].s:toks[end-1].e])
				if c.side != "" {
					st.labels[label] = c
				} else if prev, ok := st.labels[label]; ok {
					c = prev // the channel named again without its camp
				}
				if paren {
					c.name = st.body[toks[p0].s:toks[end-1].e] // the name without its camp
				}
				if c.name != "" || c.side != "" {
					fs = append(fs, &frame{c: c, npA: p0, npB: k + 1, a: k + 1, b: n})
					lc := c
					st.labelC, st.labelPara, st.labelSent = &lc, s.para, s.idx
				}
			}
			break
		}
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.punct {
			continue
		}
		// inside a quotation only the speaker's own denials and reports
		// count ("We deny the reports that …")
		if !t.has(flReport|flRNoun|flDeny) && t.w != "according" && t.w != "by" {
			continue // only these words open a frame
		}
		if t.inQ && !t.has(flDeny|flRNoun) {
			continue
		}
		// "by X's count", "by its estimate": X reports the clause it opens
		if t.w == "by" {
			if f := st.countFrame(s, i, fs); f != nil {
				fs = append(fs, f)
				i = f.npB
			}
			continue
		}
		// "according to X", but not "according to plan"
		if t.w == "according" && i+1 < n && toks[i+1].w == "to" && !conformity(toks, i+2) {
			if i <= 3 {
				j := i + 2
				for j < n && !(toks[j].punct && (toks[j].w == "," || toks[j].w == ";")) {
					j++
				}
				f := &frame{npA: i + 2, npB: j, a: j + 1, b: n}
				f.c = st.resolveNP(s, i+2, j, fs)
				fs = append(fs, f)
				i = j
				continue
			}
			j := i + 2
			for j < n && !(toks[j].punct && (toks[j].w == ";" || toks[j].w == ".")) {
				j++
			}
			f := &frame{npA: i + 2, npB: j, a: 0, b: i}
			f.c = st.resolveNP(s, i+2, j, fs)
			fs = append(fs, f)
			i = j
			continue
		}
		if t.has(flReport) {
			if f := st.verbFrame(s, i, fs); f != nil {
				fs = append(fs, f)
				continue
			}
		}
		if t.has(flRNoun) {
			if f := st.reportFrame(s, i, fs); f != nil {
				fs = append(fs, f)
			}
		}
	}
	// A pre-posed frame's scope ends where the next frame's claimant begins.
	for k, f := range fs {
		if f.report {
			continue
		}
		for _, g := range fs[k+1:] {
			if g.report {
				continue
			}
			cut := g.npA
			if g.elided {
				cut = g.npA
			}
			if cut > f.a && cut < f.b {
				f.b = cut
			}
		}
	}
	return fs
}

// verbFrame reads the frame of the reporting verb at i, or returns nil when
// the word is not used as one.
func (st *state) verbFrame(s *sent, i int, prev []*frame) *frame {
	toks := s.toks
	n := len(toks)
	w := toks[i].w
	deny := toks[i].has(flDeny) // a denial verb, or a retraction (markRetractions)
	next := ""
	if i+1 < n {
		next = toks[i+1].w
	}
	prevW := ""
	if i > 0 {
		prevW = toks[i-1].w
	}
	// Participles continue the frame before them ("…, saying that").
	if strings.HasSuffix(w, "ing") {
		return nil
	}
	if w == "alleged" && next != "that" {
		return nil
	}
	if (w == "accused" || w == "suspected") && next == "of" {
		return nil // "people accused of collaborating": a description, not a report
	}
	if w == "called" && next != "for" && next != "on" && !hasAnyIn(s, i+1, minInt(n, i+4), reportNouns) {
		return nil // "a village called X", "so-called"
	}
	// declaring martial law or mobilisation is an act the writer reports,
	// not a statement the actor makes
	if (w == "declared" || w == "announced" || w == "declares" || w == "announces") && hasAnyIn(s, i+1, minInt(n, i+4), actWords) {
		return nil
	}
	switch w {
	case "reports", "report", "claims", "claim", "states", "notes", "statement":
		if determiners[prevW] || reportVerbs[prevW] || prevW == "unconfirmed" || prevW == "media" || prevW == "earlier" || prevW == "false" || prevW == "fake" ||
			strings.HasSuffix(prevW, "'s") || next == "of" || next == "about" || next == "from" || next == "were" || next == "are" || next == "is" || next == "was" || next == "appeared" || next == "suggest" || next == "say" {
			return nil
		}
	}
	if releaseVerbs[w] {
		ok := false
		for k := i + 1; k < n && k <= i+4; k++ {
			if media[toks[k].w] {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
	}
	// Passive: "claimed by Armenia" names the claimant after "by".
	if next == "by" && (strings.HasSuffix(w, "ed") || w == "told") {
		j := i + 2
		for j < n && !toks[j].punct && !(toks[j].w == "since" || toks[j].w == "has" || toks[j].w == "have" || toks[j].w == "had" || toks[j].w == "is" || toks[j].w == "was" || toks[j].w == "as" || toks[j].w == "in" || toks[j].w == "on") {
			j++
		}
		f := &frame{npA: i + 2, npB: j, a: 0, b: n}
		f.c = st.resolveNP(s, i+2, j, prev)
		f.deny = deny
		return f
	}
	if beVerbs[prevW] || (i > 1 && beVerbs[toks[i-2].w] && isAdverb(toks[i-1])) {
		if (w == "said" || w == "reported" || w == "claimed" || w == "alleged" || w == "believed") && next == "to" {
			return &frame{c: unnamedClaimant(), a: 0, b: n, npA: i, npB: i}
		}
		if w == "reported" && reportedStates[next] {
			// "were reported killed": reportedly, by nobody named
			return &frame{c: unnamedClaimant(), a: 0, b: n, npA: i, npB: i}
		}
		if next == "that" && !deny {
			// "it was reported that …": nobody named, yet a report
			return &frame{c: unnamedClaimant(), a: i + 2, b: n, npA: i, npB: i}
		}
		return nil // agentless passive: nobody is named
	}
	// Post-posed verb with the speaker after it: `…,” said Hovhannisyan.`
	if i > 0 && (toks[i-1].w == "," || toks[i-1].quote) && next != "that" {
		j := i + 1
		for j < n && !(toks[j].punct && toks[j].w != "," && toks[j].w != "-" && toks[j].w != "’" && toks[j].w != "'") {
			j++
		}
		if j > i+1 && j >= n-1 && j-i <= 8 {
			f := &frame{npA: i + 1, npB: j, a: 0, b: i - 1}
			f.c = st.resolveNP(s, i+1, j, prev)
			return f
		}
	}
	// The speaker before the verb.
	e := i - 1
	for e >= 0 && isAdverb(toks[e]) {
		e--
	}
	npB := e + 1
	var npA int
	if e >= 0 && toks[e].w == "," {
		// apposition: "Arayik Harutyunyan, the President of …, stated"
		segs := 0
		k := e
		for k >= 0 {
			t := toks[k]
			if boundaryLeft(t) && t.w != "and" {
				break
			}
			if t.w == "," {
				segs++
				if segs > 3 {
					break
				}
				// an event clause before the apposition is what the
				// speaker says, not part of the speaker: "Police moved
				// into X, an Interior Ministry spokesman, Y, said"
				if k < e && eventSegment(toks, k) {
					break
				}
			}
			k--
		}
		npA = k + 1
		npB = e
	} else {
		k := e
		for k >= 0 && !boundaryLeft(toks[k]) && toks[k].w != "," {
			k--
		}
		npA = k + 1
	}
	f := &frame{npA: npA, npB: npB, deny: deny}
	// "has not claimed the capture of Lachin": nobody says it
	if claimVerbs[w] && i > 0 && (toks[i-1].w == "not" || toks[i-1].w == "never" || i > 1 && (toks[i-2].w == "not" || toks[i-2].w == "never") && auxWords[toks[i-1].w]) {
		f.unsaid = true
	}
	// scope: after the verb and an optional "that"
	a := i + 1
	if releaseVerbs[w] {
		// the released medium is part of the claim ("a video confirming …")
		a = i + 1
	}
	if a < n && toks[a].w == "that" {
		a++
	}
	f.a, f.b = a, n
	if npA >= npB || onlyFunction(toks[npA:npB]) {
		// elided subject ("…, but denied that …"): the previous frame's claimant
		f.elided = true
		f.npA, f.npB = i, i
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if toks[k].w == "but" || toks[k].w == "and" || toks[k].w == "," {
				f.npA = k
			}
		}
		for k := len(prev) - 1; k >= 0; k-- {
			if !prev[k].report {
				f.c = prev[k].c
				return f
			}
		}
		// "Zelensky declared martial law and said …": the subject of the
		// clause before, up to its verb
		end := f.npA
		for k := 0; k < end; k++ {
			if k > 0 && !toks[k].cap && !toks[k].punct && (toks[k].has(flTrig|flReport) || irregularPast[toks[k].w] || strings.HasSuffix(toks[k].w, "ed")) {
				end = k
			}
		}
		if c := st.resolveNP(s, 0, end, prev); c.name != "" && (c.person || c.role != "") {
			f.c = c
			return f
		}
		return nil
	}
	// a post-posed speaker: the verb ends the sentence, or only a short
	// adjunct follows it ("…, the General Staff said on July 3.")
	// "…, a commander told Red Sea Monitor by satellite phone": "told"
	// takes its hearer as object before the adjunct
	toldObj := (w == "told" || w == "tells") && a < n && a == i+1 && hearerOnly(toks, a)
	rest := a >= n || toks[a].punct || adjunctStart[toks[a].w] && !(deny && toks[a].w == "as") || toldObj
	for k := a; k < n && rest; k++ {
		if !toks[k].punct && (toks[k].w == "that" || k-a > 6 || triggersByFirst[toks[k].w] != nil) {
			rest = false
			break
		}
	}
	if a > i+1 || releaseVerbs[w] {
		rest = false // "said that …"
	}
	// "<clause with an event>, the General Staff said on Monday, as …":
	// the speaker follows the clause it reports
	adjunct := a >= n || toks[a].punct && toks[a].w != ":" && !toks[a].quote || adjunctStart[toks[a].w] && !(deny && toks[a].w == "as") || toldObj
	// "said on Monday that …": the adjunct leads to a complement
	for k := a; k < n && k <= a+5 && adjunct && !toks[k].punct; k++ {
		if toks[k].w == "that" {
			adjunct = false
		}
	}
	if !rest && adjunct && a == i+1 && npA > 1 && toks[npA-1].w == "," && !releaseVerbs[w] {
		for k := 0; k < npA-1; k++ {
			for _, c := range triggersByFirst[toks[k].w] {
				if c.form != fNoun {
					rest = true
				}
			}
		}
		if rest {
			f.a, f.b = 0, npA-1
			// "X crossed the border, officials said, and have killed
			// dozens": the verb phrase joined after the speaker shares the
			// subject and the report
			if a+2 < n && toks[a].w == "," && toks[a+1].w == "and" && (auxWords[toks[a+2].w] || triggersByFirst[toks[a+2].w] != nil) {
				f.b = n
			}
			// "…, a monitoring group said, as rebels abandoned positions":
			// the clause joined after the speaker is theirs too
			if a+1 < n && toks[a].w == "," && (toks[a+1].w == "as" || toks[a+1].w == "while" || toks[a+1].w == "and") {
				f.b = n
			}
			f.c = st.resolveNP(s, npA, npB, prev)
			if f.c.name == "" && f.c.side == "" && f.c.role == "" {
				return nil
			}
			return f
		}
	}
	if rest {
		f.a, f.b = 0, npA
	}
	f.c = st.resolveNP(s, npA, npB, prev)
	if f.c.name == "" && f.c.side == "" && f.c.role == "" {
		return nil
	}
	return f
}

// adjunctStart opens a short adjunct after a post-posed reporting verb
// ("…, the ministry said on Monday", "…, he told reporters").
var adjunctStart = set("on", "in", "at", "late", "earlier", "yesterday", "today", "tonight", "last", "this",
	"when", "after", "during", "while", "as", "citing", "quoting", "adding", "according", "later", "reporters",
	"journalists", "told", "via", "through", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "without", "also", "again", "separately")

// hearerOnly reports that the words from a to the next clause mark name a
// hearer and its adjuncts, no clause: no "that", no event word, at most
// eight words.
func hearerOnly(toks []tok, a int) bool {
	for k := a; k < len(toks); k++ {
		t := toks[k]
		if t.punct {
			return t.w != ":" && !t.quote
		}
		if k-a > 8 || t.w == "that" || triggersByFirst[t.w] != nil || reportVerbs[t.w] {
			return false
		}
	}
	return true
}

func onlyFunction(ts []tok) bool {
	for _, t := range ts {
		if !t.punct && !determiners[t.w] && t.w != "and" && t.w != "but" && t.w != "," {
			return false
		}
	}
	return true
}

// reportFrame reads a nominal report at i: "Aliyev's announcement about
// capturing Shushi", "the Azerbaijani statement about …", "the claims of X",
// "statements from the Armenian side about …", "reports appeared that …".
func (st *state) reportFrame(s *sent, i int, prev []*frame) *frame {
	toks := s.toks
	n := len(toks)
	f := &frame{report: true, npA: i, npB: i + 1}
	next := ""
	if i+1 < n {
		next = toks[i+1].w
	}
	// "reports appeared that …": an unnamed source
	if (toks[i].w == "reports" || toks[i].w == "report") && (next == "appeared" || next == "emerged" || next == "surfaced" || next == "say" || next == "suggest" || next == "indicate" || next == "said" || next == "claim") {
		f.report = false
		f.c = unnamedClaimant()
		f.a, f.b = i+2, n
		if f.a < n && toks[f.a].w == "that" {
			f.a++
		}
		return f
	}
	var owner claimant
	hasOwner := false
	// possessor before: "Ilham Aliyev's announcement"
	if i > 0 && strings.HasSuffix(toks[i-1].w, "'s") {
		k := i - 1
		// the possessor's phrase stops at a preposition: "despite Aliyev's
		// announcement", "after the ministry's statement"
		for k > 0 && !boundaryLeft(toks[k-1]) && !toks[k-1].punct && !npPrepositions[toks[k-1].w] {
			k--
		}
		owner = st.resolveNP(s, k, i, prev)
		f.npA = k
		hasOwner = owner.name != "" || owner.side != ""
		f.named = owner.name != ""
	}
	// a side adjective before: "the Azerbaijani statement"
	if !hasOwner && i > 0 {
		if r := st.sideAt(s, i-1); r != nil && r.side != "" {
			owner = claimant{side: r.side, role: claimtrail.RoleOfficial, voice: claimtrail.VoiceReported}
			f.ownSide = r.side
			if r.act != nil {
				owner.name = r.act.Name
			}
			hasOwner = true
			f.npA = r.a
		}
	}
	j := i + 1
	// "the claims spread by X", "the information disseminated by X"
	if !hasOwner && j+1 < n && ownerParticiples[toks[j].w] && toks[j+1].w == "by" {
		j++
	}
	// owner after: "the claims of X", "statements from the Armenian side"
	if !hasOwner && j < n && (toks[j].w == "of" || toks[j].w == "from" || toks[j].w == "by") {
		k := j + 1
		for k < n && !toks[k].punct && !beVerbs[toks[k].w] && toks[k].w != "about" && toks[k].w != "that" && toks[k].w != "on" && !(k > j+1 && ownerParticiples[toks[k].w]) {
			k++
		}
		if k > j+1 {
			owner = st.resolveNP(s, j+1, k, prev)
			hasOwner = owner.name != "" || owner.side != ""
			f.named = owner.name != ""
			if hasOwner {
				for _, a := range s.actors {
					if a.Start >= toks[j+1].s && a.End <= toks[k-1].e {
						f.owners = append(f.owners, a.Actor.Name)
					}
				}
				f.npB = k
				j = k
			}
		}
	}
	// content: "about …", "that …", "of …"
	a, b := j, j
	if j < n && ownerParticiples[toks[j].w] && j+1 < n && toks[j+1].w == "that" {
		j++
	}
	if j < n && (toks[j].w == "about" || toks[j].w == "that" || toks[j].w == "of" || toks[j].w == "on" || toks[j].w == "regarding") {
		a = j + 1
		b = a
		f.content = toks[j].w != "of"
		if toks[j].w == "that" {
			// a that-clause runs to the end of the clause
			f.thatClause = true
			for b < n && !strongBound(toks[b]) && !(toks[b].punct && toks[b].w == ".") && !calledFalse(toks, b) {
				b++
			}
		} else {
			for b < n && !(toks[b].punct && toks[b].w != "-" && !toks[b].quote) && !beVerbs[toks[b].w] {
				b++
			}
		}
	}
	f.a, f.b = a, b
	// called false: "… is untrue", "… were denounced as fake news", or the
	// object of a denial verb
	end := b
	if end < f.npB {
		end = f.npB
	}
	for k := end; k < n && k <= end+5; k++ {
		if denialPredicates[toks[k].w] {
			f.denied = true
			break
		}
		if toks[k].punct && toks[k].w != "," {
			break
		}
	}
	for k := f.npA - 1; k >= 0 && k >= f.npA-3; k-- {
		if toks[k].has(flDeny) {
			f.denied, f.deniedByVerb = true, true
		}
	}
	if !hasOwner && !f.denied {
		return nil
	}
	f.ownerless = !hasOwner
	for k := i - 1; k >= 0 && k >= i-3 && f.ownerless && !toks[k].punct; k-- {
		f.ownerless = !possessives[toks[k].w] // "its earlier claim"
	}
	if hasOwner {
		owner.voice = claimtrail.VoiceReported
		f.c = owner
		if f.ownSide == "" {
			f.ownSide = owner.side
		}
		if owner.name != "" {
			f.owners = append(f.owners, owner.name)
		}
	}
	return f
}

// calledFalse reports a predicate at k that calls the report before it
// false: "(the claim that …) is also false", "was pure fabrication".
func calledFalse(toks []tok, k int) bool {
	if !beVerbs[toks[k].w] {
		return false
	}
	for k++; k < len(toks); k++ {
		if denialPredicates[toks[k].w] {
			return true
		}
		if toks[k].punct || !(isAdverb(toks[k]) || determiners[toks[k].w] || toks[k].w == "pure" || toks[k].w == "complete" || toks[k].w == "utter") {
			return false
		}
	}
	return false
}

// conformityNouns name a rule or plan something is done by, not a source:
// "withdrew according to a plan", "according to the agreement".
var conformityNouns = set("plan", "plans", "schedule", "timetable", "agreement", "agreements", "deal", "terms", "rules",
	"law", "laws", "protocol", "procedure", "procedures", "orders", "order", "instructions", "programme", "program", "script", "accords", "accord")

// conformity reports an "according to" phrase at k that names a rule or
// plan: its head (within three words) is a conformity noun.
func conformity(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].punct {
			return false
		}
		if conformityNouns[toks[j].w] {
			return true
		}
		if toks[j].cap && !determiners[toks[j].w] {
			return false // "according to Ukraine's General Staff"
		}
	}
	return false
}

// watchGroups make "group" a body that watches and reports a war.
var watchGroups = set("monitoring", "rights", "human-rights", "watchdog", "research", "investigative", "open-source")

// claimVerbs report a claim; negated, they report none.
var claimVerbs = set("claimed", "claim", "claims", "said", "say", "says", "announced", "announce", "announces", "stated", "state", "states", "reported", "report", "reports")

// aidWords make "group" a body that helps civilians.
var aidWords = set("aid", "relief", "humanitarian", "charity", "volunteer")

// possessives own the noun after them.
var possessives = set("its", "their", "his", "her", "our", "my", "your", "whose")

func unnamedClaimant() claimant {
	return claimant{role: claimtrail.RoleUnnamed, voice: claimtrail.VoiceReported}
}

// resolveNP names the claimant a noun phrase stands for, by the rules of the
// spec: a profile actor gives its canonical name, side and role; a person's
// name takes side and role from the title around it; a common noun takes
// its role from its head ("sources" are unnamed, "ministry" military) and
// its side from side terms in the phrase.
func (st *state) resolveNP(s *sent, a, b int, prev []*frame) claimant {
	toks := s.toks
	if a < 0 {
		a = 0
	}
	if b > len(toks) {
		b = len(toks)
	}
	c := claimant{voice: claimtrail.VoiceReported}
	if a >= b {
		return claimant{}
	}
	// pronouns
	for k := a; k < b; k++ {
		w := toks[k].w
		if toks[k].punct || determiners[w] {
			continue
		}
		if (w == "we" || w == "i") && b-a <= 2 {
			switch {
			case s.statePara && s.stateC != nil:
				return *s.stateC
			case s.statePara:
				return st.institution(s.weSide)
			case len(s.quotes) > 0:
				return st.speaker(s.quotes[0])
			}
			return claimant{}
		}
		if pronounPerson[w] && b-a <= 2 {
			if st.lastPerson != nil {
				return claimant{name: st.lastPerson.name, side: st.lastPerson.side, role: st.lastPerson.role, voice: claimtrail.VoiceReported, person: true}
			}
			return unnamedClaimant()
		}
		if (w == "him" || w == "her") && b-a <= 2 && st.lastPerson != nil {
			p := st.lastPerson
			return claimant{name: p.name, side: p.side, role: p.role, voice: claimtrail.VoiceReported, person: true}
		}
		if (w == "it" || w == "them" || w == "they" || w == "him" || w == "her") && b-a <= 2 {
			for k := len(prev) - 1; k >= 0; k-- {
				if !prev[k].report {
					return prev[k].c
				}
			}
			if st.prevMain != nil && st.prevMain.reported() {
				return *st.prevMain
			}
			return unnamedClaimant()
		}
		break
	}
	sa, sb := toks[a].s, toks[b-1].e
	// actors: a person wins over an organization
	var org, pers *actorHit
	for _, am := range s.actors {
		if am.Start >= sa && am.End <= sb {
			h := &actorHit{start: am.Start, end: am.End, name: am.Actor.Name, side: am.Actor.Side, role: am.Actor.Role}
			if am.Actor.Kind == "person" {
				if pers == nil {
					pers = h // the head of an apposition comes first
				}
			} else if org == nil {
				org = h
			}
		}
	}
	descSide := claimtrail.Side("")
	// a side named in a relative clause after the head ("residents, who said
	// army drones …") describes what they say, not who they are
	lim := b
	for k := a + 1; k < b; k++ {
		if toks[k].w == "," && k+1 < b && (toks[k+1].w == "who" || toks[k+1].w == "which") {
			lim = k
			break
		}
	}
	for _, r := range s.sides {
		if r.a >= a && r.b <= lim && r.side != "" {
			descSide = r.side
			break
		}
	}
	role := headRole(toks[a:b])
	// later "the ministry", "the ombudsman" mean this claimant
	defer func() {
		if h := headNoun(toks[a:b]); h != "" && c.side != "" && c.role != claimtrail.RoleUnnamed && !determiners[h] {
			st.byHead[h] = c
		}
	}()
	if pers != nil {
		c.name, c.side, c.role, c.person = pers.name, pers.side, pers.role, true
		if c.role == "" {
			c.role = personRole(role, org)
		}
		st.notePerson(&person{name: c.name, side: c.side, role: c.role})
		return c
	}
	if org == nil && st.x.p != nil {
		// an outlet named as the source: media, on the side the profile
		// puts it ("according to TASS", "the Rybar channel wrote")
		if ms := st.x.p.FindOutlet(st.body[sa:sb]); len(ms) > 0 {
			o := ms[0].Outlet
			c.name, c.side, c.role = o.Name, o.Side, claimtrail.RoleMedia
			return c
		}
	}
	if name := personName(s, a, b); name != "" {
		p := st.lookupPerson(name)
		if p == nil {
			p = &person{name: name, side: descSide, role: personRole(role, org)}
			if org != nil {
				if p.side == "" {
					p.side = org.side
				}
			}
			st.notePerson(p)
		} else {
			st.lastPerson = p
		}
		c.name, c.side, c.role, c.person = p.name, p.side, p.role, true
		return c
	}
	if org != nil {
		c.name, c.side, c.role = org.name, org.side, org.role
		if c.role == "" {
			c.role = role
		}
		if c.role == "" {
			c.role = claimtrail.RoleOfficial
		}
		// later "the task force", "the commission", "the office" mean this
		// body: the last word of its name is the head a short form keeps
		if w := lastNameWord(org.name); w != "" {
			st.byHead[w] = c
		}
		if w := lastNameWord(st.body[org.start:org.end]); w != "" {
			st.byHead[w] = c
		}
		return c
	}
	head := headNoun(toks[a:b])
	c.side = descSide
	c.role = role
	c.head = head
	c.name = npText(st.body, toks, a, b)
	if c.role == "" && c.side == "" && hasProperName(toks[a:b]) {
		c.role = claimtrail.RoleMedia // a named monitor, project or channel
	}
	if c.side == "" && head != "" && c.role != claimtrail.RoleUnnamed && c.role != claimtrail.RoleMedia {
		// "the military" after "the Azerbaijani military": the same body
		if prevC, ok := st.byHead[head]; ok {
			return prevC
		}
	}
	if c.side == "" && orgAnaphors[head] && b-a <= 3 && toks[a].w == "the" {
		// "the group said": the body named last
		if side := st.lastSideBefore(s, a); side != "" {
			c.side = side
			if c.role == "" {
				c.role = claimtrail.RoleMilitary
			}
		}
	}
	if c.role == "" {
		if c.side != "" {
			c.role = claimtrail.RoleOfficial
		} else {
			return claimant{}
		}
	}
	if c.head != "" && c.side != "" {
		st.byHead[c.head] = c
	}
	return c
}

// hasProperName reports a capitalized word that is no title, determiner or
// month: the phrase names someone ("The DeepState project").
func hasProperName(ts []tok) bool {
	for k, t := range ts {
		if !t.punct && t.cap && !titleWords[t.w] && !determiners[t.w] && !months[t.w] && !(k == 0 && adverbSkip[t.w]) {
			return true
		}
	}
	return false
}

// lastNameWord is the lower-cased last word of a name, the head a short
// form of it keeps ("the task force" for the State of Emergency Task
// Force); "" for an acronym or a word too short to be a head.
func lastNameWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	w := strings.Trim(f[len(f)-1], ".,;:'\"")
	if len(w) < 4 || strings.ToUpper(w) == w {
		return ""
	}
	return strings.ToLower(w)
}

type actorHit struct {
	end   int
	start int
	name  string
	side  claimtrail.Side
	role  string
}

func personRole(headRole string, org *actorHit) string {
	if org != nil && org.role != "" {
		return org.role
	}
	if headRole == claimtrail.RoleMilitary || headRole == claimtrail.RoleMedia {
		return headRole
	}
	return claimtrail.RoleOfficial
}

// headRole classifies a claimant phrase by its nouns: unnamed sources, then
// military bodies, media, and officials.
func headRole(ts []tok) string {
	var hasU, hasM, hasMed, hasO, foreign bool
	for i, t := range ts {
		if t.punct {
			continue
		}
		w := strings.TrimSuffix(t.w, "'s")
		switch {
		case (w == "group" || w == "groups") && i > 0 && watchGroups[ts[i-1].w]:
			hasMed = true // "a monitoring group", "a rights group"
		case (w == "group" || w == "groups" || w == "agencies" || w == "organisations" || w == "organizations") && i > 0 && aidWords[ts[i-1].w]:
			hasU = true // "aid groups", "a local aid group"
		case unnamedHeads[w]:
			hasU = true
		case militaryHeads[w]:
			hasM = true
		case mediaHeads[w]:
			hasMed = true
		case officialHeads[w]:
			hasO = true
		}
		if w == "foreign" || w == "affairs" {
			foreign = true
		}
	}
	switch {
	case hasU:
		return claimtrail.RoleUnnamed
	case hasM && !foreign:
		return claimtrail.RoleMilitary
	case hasMed:
		return claimtrail.RoleMedia
	case hasO || foreign:
		return claimtrail.RoleOfficial
	}
	return ""
}

// headNoun is the last noun-like word before a preposition: "local sources
// inside the city" -> "sources".
func headNoun(ts []tok) string {
	h := ""
	for _, t := range ts {
		if t.punct {
			if h != "" {
				break
			}
			continue
		}
		switch t.w {
		case "of", "in", "inside", "from", "at", "on", "near", "with", "for":
			if h != "" {
				return h
			}
			continue
		}
		if determiners[t.w] {
			continue
		}
		h = strings.TrimSuffix(t.w, "'s")
	}
	return h
}

// npText is the claimant phrase as written, without a leading article and
// cut before a prepositional tail.
func npText(body string, toks []tok, a, b int) string {
	for a < b && (toks[a].w == "the" || toks[a].punct) {
		a++
	}
	e := b
	for k := a; k < b; k++ {
		switch toks[k].w {
		case "inside", "in", "from", "at", "near", "on", ",":
			e = k
		}
		if e != b {
			break
		}
	}
	if a >= e {
		return ""
	}
	return fold(body[toks[a].s:toks[e-1].e])
}

// personName finds a person's name in a phrase: a run of two or more
// capitalized words that are not titles, sides, actors or places, or one
// word already known as a surname.
func personName(s *sent, a, b int) string {
	best := ""
	k := a
	for k < b {
		t := s.toks[k]
		if t.punct || !t.cap || titleWords[strings.TrimSuffix(t.w, "'s")] || determiners[t.w] || months[t.w] || covered(s, k) {
			k++
			continue
		}
		j := k
		var parts []string
		for j < b && !s.toks[j].punct && s.toks[j].cap && !covered(s, j) && !titleWords[s.toks[j].w] {
			parts = append(parts, strings.TrimSuffix(strings.TrimSuffix(fold(s.rawTok(j)), "’s"), "'s"))
			j++
		}
		if len(parts) >= 2 && len(parts) <= 4 {
			best = strings.Join(parts, " ")
		} else if len(parts) == 1 && best == "" && (onlyWord(s, a, b) || s.known(parts[0])) {
			best = "?" + parts[0]
		}
		k = j + 1
	}
	return best
}

// onlyWord reports whether [a,b) holds a single word ("Hovhannisyan said").
func onlyWord(s *sent, a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if !s.toks[k].punct {
			n++
		}
	}
	return n == 1
}

// known reports whether a single capitalized word names a person met before.
func (s *sent) known(w string) bool {
	return s.st != nil && s.st.persons[strings.ToLower(w)] != nil
}

func (s *sent) rawTok(k int) string { return s.body[s.toks[k].s:s.toks[k].e] }

// covered reports whether token k is part of a side, actor or place mention.
func covered(s *sent, k int) bool {
	for _, r := range s.sides {
		if r.kind <= refActor && r.a <= k && k < r.b {
			return true
		}
	}
	for _, p := range s.places {
		if p.a <= k && k < p.b {
			return true
		}
	}
	return false
}

func (st *state) notePerson(p *person) {
	st.lastPerson = p
	key := strings.ToLower(p.name)
	st.persons[key] = p
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		st.persons[key[i+1:]] = p
	}
}

// lookupPerson resolves a name found in text; a single word ("?Aliyev")
// must be a known surname.
func (st *state) lookupPerson(name string) *person {
	if strings.HasPrefix(name, "?") {
		name = name[1:]
		if p := st.persons[strings.ToLower(name)]; p != nil {
			return p
		}
		if st.x.p != nil {
			if a := st.x.p.ActorByName(name); a != nil {
				return &person{name: a.Name, side: a.Side, role: a.Role}
			}
		}
		return &person{name: name, role: claimtrail.RoleOfficial}
	}
	return st.persons[strings.ToLower(name)]
}

// leadVerbs tie a person to the body after them: "X commands RSF units".
var leadVerbs = set("commands", "commanded", "leads", "led", "heads", "headed", "represents", "speaks")

// describedPersons notes people whose side the sentence gives by a
// description rather than a title before the name: an apposition ("Hamid
// Musa, an RSF commander,") or a clause ("Hamid Musa commands RSF units in
// the west"). A later surname, "he" or "Musa:" label then carries the side.
func (st *state) describedPersons(s *sent) {
	toks := s.toks
	for j := 0; j < len(toks); j++ {
		if !toks[j].cap || toks[j].punct || covered(s, j) || titleWords[toks[j].w] {
			continue
		}
		e := j
		for e < len(toks) && toks[e].cap && !toks[e].punct && !covered(s, e) && !titleWords[toks[e].w] {
			e++
		}
		if e-j < 2 || e-j > 4 || e >= len(toks) {
			j = e
			continue
		}
		from := -1
		switch {
		case leadVerbs[toks[e].w]:
			from = e + 1
		case toks[e].w == "," && e+1 < len(toks) && (toks[e+1].w == "a" || toks[e+1].w == "an" || toks[e+1].w == "the"):
			from = e + 2
		}
		if from < 0 {
			j = e
			continue
		}
		var side claimtrail.Side
		for _, r := range s.sides {
			if r.a >= from && r.a <= from+2 && r.side != "" && r.kind != refOur {
				side = r.side
				break
			}
		}
		name := personName(s, j, e)
		if side == "" || name == "" || name[0] == '?' {
			j = e
			continue
		}
		if q := st.persons[strings.ToLower(name)]; q != nil && q.side != "" {
			j = e
			continue
		}
		role := headRole(toks[from:minInt(len(toks), from+5)])
		if role == "" || role == claimtrail.RoleUnnamed {
			role = claimtrail.RoleOfficial
		}
		st.notePerson(&person{name: name, side: side, role: role})
		j = e
	}
}

// persons1 notes the people a sentence names with a title ("Turkish Foreign
// Minister Mevlut Cavusoglu") so that a later "he" or surname finds them.
func (st *state) persons1s(s *sent) {
	st.describedPersons(s)
	for _, am := range s.actors {
		if am.Actor.Kind == "person" {
			p := &person{name: am.Actor.Name, side: am.Actor.Side, role: am.Actor.Role}
			st.notePerson(p)
			if s.firstPerson == nil {
				s.firstPerson = p
			}
		}
	}
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		w := toks[k].w
		if !(w == "president" || w == "minister" || w == "spokesman" || w == "secretary" || w == "representative" || w == "commander" || w == "general" || w == "spokesperson" || w == "chief" || w == "head" || w == "mayor" || w == "governor") {
			continue
		}
		// descriptor: back to the start of the noun phrase
		d := k
		for d > 0 && !toks[d-1].punct && (toks[d-1].cap || titleWords[toks[d-1].w]) {
			d--
		}
		j := k + 1
		for j < len(toks) && (titleWords[toks[j].w] || (toks[j].cap && covered(s, j))) {
			j++
		}
		if j < len(toks) && toks[j].w == "," {
			j++
		}
		e := j
		for e < len(toks) && toks[e].cap && !toks[e].punct && !covered(s, e) && !titleWords[toks[e].w] {
			e++
		}
		if e-j < 2 || e-j > 4 {
			continue
		}
		name := personName(s, j, e)
		if name == "" || name[0] == '?' {
			continue
		}
		if q := st.persons[strings.ToLower(name)]; q != nil {
			st.lastPerson = q
			if s.firstPerson == nil {
				s.firstPerson = q
			}
			continue
		}
		p := &person{name: name, role: personRole(headRole(toks[d:j]), nil)}
		for _, r := range s.sides {
			if r.a >= d && r.b <= j && r.side != "" {
				p.side = r.side
				break
			}
		}
		st.notePerson(p)
		if s.firstPerson == nil {
			s.firstPerson = p
		}
		k = e
	}
}

// orgAnaphors are heads that, with "the", refer back to a body named
// before: "the group", "the movement", "the militia".
var orgAnaphors = set("group", "command", "leadership", "movement", "militia", "paramilitary", "paramilitaries", "organisation", "organization", "alliance", "rebels", "faction")

// lastSideBefore is the side of the body "the group" refers to: the last
// side term or organisation named before token a of s, else the first named
// in the nearest of the three sentences before it.
func (st *state) lastSideBefore(s *sent, a int) claimtrail.Side {
	pick := func(t *sent, limit int) claimtrail.Side {
		for k := len(t.sides) - 1; k >= 0; k-- {
			r := t.sides[k]
			if r.b > limit || r.side == "" || (r.kind != refSide && r.kind != refActor) {
				continue
			}
			if r.act != nil && r.act.Kind == "person" {
				continue
			}
			return r.side
		}
		return ""
	}
	if side := pick(s, a); side != "" {
		return side
	}
	// in an earlier sentence the first body named, usually its subject
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		t := st.sents[i]
		for _, r := range t.sides {
			if r.side == "" || (r.kind != refSide && r.kind != refActor) || (r.act != nil && r.act.Kind == "person") {
				continue
			}
			return r.side
		}
	}
	return ""
}

// reportedStates follow a passive "reported" as the state reported: "were
// reported killed", "was reported missing".
var reportedStates = set("killed", "dead", "wounded", "injured", "missing", "hurt", "captured", "detained", "abducted", "displaced")

// eventSegment reports a verb trigger in the comma-delimited segment that
// ends just before the comma at k.
func eventSegment(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && !(toks[j].punct && toks[j].w == ","); j-- {
		if boundaryLeft(toks[j]) && toks[j].w != "and" {
			return false
		}
		for _, c := range triggersByFirst[toks[j].w] {
			if c.form != fNoun {
				return true
			}
		}
	}
	return false
}

// countNouns head "by X's count": a tally someone keeps is a report.
var countNouns = set("count", "counts", "estimate", "estimates", "tally", "reckoning", "figures", "calculations", "data")

// countFrame reads "by X's count" (or "by its estimate") at token i: X is
// the claimant of the clause after it when a comma follows, else of the
// clause before it.
func (st *state) countFrame(s *sent, i int, prev []*frame) *frame {
	toks := s.toks
	n := len(toks)
	for k := i + 2; k < n && k <= i+5; k++ {
		if toks[k].punct {
			return nil
		}
		if !countNouns[toks[k].w] {
			continue
		}
		owner := toks[k-1].w
		if !strings.HasSuffix(owner, "'s") && owner != "its" && owner != "their" && owner != "his" && owner != "her" && owner != "our" {
			return nil
		}
		f := &frame{npA: i + 1, npB: k + 1, a: 0, b: i}
		if k+1 < n && toks[k+1].w == "," {
			f.a, f.b = k+2, n
		}
		switch owner {
		case "its", "their":
			// "By its count": the body that spoke before
			f.c = unnamedClaimant()
			for m := len(prev) - 1; m >= 0; m-- {
				if !prev[m].report {
					f.c = prev[m].c
					break
				}
			}
			if f.c.name == "" && st.prevMain != nil && st.prevMain.reported() {
				f.c = *st.prevMain
			}
		case "his", "her":
			if st.lastPerson == nil {
				return nil
			}
			p := st.lastPerson
			f.c = claimant{name: p.name, side: p.side, role: p.role, voice: claimtrail.VoiceReported, person: true}
		default:
			f.c = st.resolveNP(s, i+1, k, prev)
			f.c.name = strings.TrimSuffix(strings.TrimSuffix(f.c.name, "'s"), "’s")
		}
		if f.c.name == "" && f.c.side == "" && f.c.role == "" {
			return nil
		}
		return f
	}
	return nil
}
