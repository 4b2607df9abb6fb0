package extract

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// quoteRegion is a speech quotation: one or more sentences in quotation
// marks whose speaker is named after it (`…,” he said.`) or in the
// sentence before it.
type quoteRegion struct {
	first, last *sent
	tag         *sent // sentence holding the speaker tag, or nil
	tagA, tagB  int   // the speaker's phrase in tag
	resolved    bool
	c           claimant
}

// quotes marks the tokens of speech quotations in a paragraph. A quotation
// counts as speech when it opens a sentence, follows a colon, or runs over
// more than one sentence; a few quoted words inside a sentence are the
// writer's (scare quotes, titles) and stay in the sentence's voice.
func (st *state) quotes(ss []*sent) {
	type pos struct{ s, k int }
	var open *pos
	carried := st.openQuote
	st.openQuote = nil
	if carried != nil && len(ss) > 0 {
		// a quotation running on from the paragraph before; a mark that
		// opens this paragraph re-opens it rather than closing it
		open = &pos{0, -1}
		if len(ss[0].toks) > 0 && ss[0].toks[0].quote && ss[0].toks[0].w != "”" {
			open.k = 0
		}
	}
	for si, s := range ss {
		for k := range s.toks {
			t := s.toks[k]
			if !t.quote || (open != nil && si == open.s && k == open.k) {
				continue
			}
			opening := t.w == "“" || t.w == "«" || (t.w == "\"" && open == nil)
			if t.w == "”" || t.w == "»" {
				opening = false
			}
			// a mark that ends the paragraph closes, whatever its glyph
			if si == len(ss)-1 && k == len(s.toks)-1 {
				opening = false
			}
			if opening && open == nil {
				open = &pos{si, k}
				continue
			}
			if !opening && open != nil {
				st.region(ss, open.s, open.k, si, k, carried)
				carried = nil
				open = nil
			}
		}
	}
	if open != nil {
		last := len(ss) - 1
		r := st.region(ss, open.s, open.k, last, len(ss[last].toks), carried)
		if r != nil {
			st.openQuote = r
		}
	}
}

func (st *state) region(ss []*sent, s0, k0, s1, k1 int, carried *quoteRegion) *quoteRegion {
	first := ss[s0]
	speech := s1 > s0 || carried != nil
	if !speech {
		lead := true
		for k := 0; k < k0; k++ {
			if !first.toks[k].punct {
				lead = false
				break
			}
		}
		if lead || (k0 > 0 && first.toks[k0-1].w == ":") {
			speech = true
		}
		// a short quote that opens a sentence but is followed by more of the
		// writer's sentence is still speech only when a tag follows
	}
	if !speech {
		return nil
	}
	r := &quoteRegion{first: first, last: ss[s1]}
	if carried != nil {
		// one region over paragraphs: share the speaker
		r = carried
		r.last = ss[s1]
	}
	for si := s0; si <= s1; si++ {
		s := ss[si]
		a, b := 0, len(s.toks)
		if si == s0 {
			a = k0 + 1
		}
		if si == s1 {
			b = k1
		}
		for k := a; k < b && k < len(s.toks); k++ {
			s.toks[k].inQ = true
		}
		s.quotes = append(s.quotes, r)
	}
	// speaker tag after the closing mark
	last := ss[s1]
	k := k1 + 1
	if k < len(last.toks) && last.toks[k].w == "," {
		k++
	}
	for j := k; j < len(last.toks) && j < k+14; j++ {
		t := last.toks[j]
		if t.punct && t.w != "," && t.w != "’" {
			break
		}
		if reportVerbs[t.w] && !t.inQ {
			if j > k {
				r.tag, r.tagA, r.tagB = last, k, j
				r.resolved = false
			} else {
				e := j + 1
				for e < len(last.toks) && !last.toks[e].punct {
					e++
				}
				r.tag, r.tagA, r.tagB = last, j+1, e
			}
			break
		}
		if j == k && pronounPerson[t.w] {
			r.tag, r.tagA, r.tagB = last, j, j+1
			r.resolved = false
			break
		}
	}
	return r
}

// speaker resolves who speaks a quotation, once, when its first sentence is
// reached (so that "he" means the last person named before the quote).
func (st *state) speaker(r *quoteRegion) claimant {
	if r.resolved {
		return r.c
	}
	r.resolved = true
	if r.tag != nil {
		c := st.resolveNP(r.tag, r.tagA, r.tagB, nil)
		if c.name != "" || c.side != "" {
			c.voice = claimtrail.VoiceReported
			r.c = c
			return c
		}
	}
	// the sentence before the quotation
	if r.first.idx > 0 {
		prev := st.sents[r.first.idx-1]
		if prev.mainSet && prev.main != nil && prev.main.reported() && prev.main.role != claimtrail.RoleUnnamed {
			r.c = *prev.main
			return r.c
		}
		if prev.firstPerson != nil {
			p := prev.firstPerson
			r.c = claimant{name: p.name, side: p.side, role: p.role, voice: claimtrail.VoiceReported, person: true}
			return r.c
		}
	}
	if st.lastPerson != nil {
		p := st.lastPerson
		r.c = claimant{name: p.name, side: p.side, role: p.role, voice: claimtrail.VoiceReported, person: true}
		return r.c
	}
	r.c = unnamedClaimant()
	return r.c
}

// statementParagraph recognizes a passage pasted from a side's statement:
// first person plural in military register outside quotations ("Our units
// destroyed …"). "We" are the side opposite the enemy the passage names.
func (st *state) statementParagraph(ss []*sent) {
	found := false
	for _, s := range ss {
		for k, t := range s.toks {
			if t.inQ {
				continue
			}
			if t.w == "our" || t.w == "we" {
				for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
					w := s.toks[j].w
					if militaryWords[w] || triggersByFirst[w] != nil {
						found = true
					}
				}
			}
		}
	}
	if !found {
		// an announced statement runs on through the paragraphs after it
		// that report nobody ("The so-called Joint Forces lost 142 fighters")
		if len(ss) > 0 && ss[0].idx > 0 {
			prev := st.sents[ss[0].idx-1]
			if prev.statePara && prev.stateC != nil && !reportsAnyone(ss) {
				c := *prev.stateC
				for _, s := range ss {
					s.statePara, s.weSide, s.stateC = true, c.side, &c
				}
			}
		}
		return
	}
	// an announcer just before the passage ("The ministry said:", a
	// heading "Statement of the Azerbaijani Ministry of Defense") speaks it
	if len(ss) > 0 && ss[0].idx > 0 {
		prev := st.sents[ss[0].idx-1]
		if prev.mainSet && prev.main != nil && prev.main.side != "" && prev.main.role != claimtrail.RoleUnnamed &&
			(len(prev.toks) > 0 && prev.toks[len(prev.toks)-1].w == ":" || !prev.hasClaims) {
			c := *prev.main
			for _, s := range ss {
				s.statePara, s.weSide, s.stateC = true, c.side, &c
			}
			return
		}
	}
	// a sentence shortly before that presents the passage as one side's
	// statement ("the statement issued by the spokesman of X", "X released
	// the following communiqué") names who speaks it
	if len(ss) > 0 {
		for i := ss[0].idx - 1; i >= 0 && i >= ss[0].idx-announcerReach; i-- {
			if c, ok := st.announcer(st.sents[i]); ok {
				for _, s := range ss {
					s.statePara, s.weSide, s.stateC = true, c.side, &c
				}
				return
			}
		}
	}
	// an outlet that is a side's institution speaks for that side
	if st.x.p != nil && st.author.name != "" {
		var side claimtrail.Side
		if o := st.x.p.OutletByName(st.author.name); o != nil {
			side = o.Side
		} else if a := st.x.p.ActorByName(st.author.name); a != nil {
			side = a.Side
		}
		if side != "" {
			// the outlet's own "we" is the outlet, in its own voice
			a := st.author
			for _, s := range ss {
				s.statePara, s.weSide, s.stateC = true, side, &a
			}
			return
		}
	}
	var enemy claimtrail.Side
	// a side named in a first-person sentence is the enemy
	for _, s := range ss {
		hasOur := false
		for _, r := range s.sides {
			if r.kind == refOur && !s.toks[r.a].inQ {
				hasOur = true
			}
		}
		if !hasOur {
			continue
		}
		for _, r := range s.sides {
			if r.side != "" && !s.toks[r.a].inQ && !(r.a > 0 && s.toks[r.a-1].w == "our") {
				enemy = r.side
				break
			}
		}
		if enemy != "" {
			break
		}
	}
	if enemy == "" {
		for _, s := range ss {
			for _, r := range s.sides {
				if r.side != "" && !s.toks[r.a].inQ {
					enemy = r.side
					break
				}
			}
			if enemy != "" {
				break
			}
		}
	}
	we := st.x.other(enemy)
	if we == "" && st.prevMain != nil {
		we = st.prevMain.side
	}
	for _, s := range ss {
		s.statePara = true
		s.weSide = we
	}
}

// institution is the claimant of a pasted statement of side s.
func (st *state) institution(s claimtrail.Side) claimant {
	c := claimant{side: s, role: claimtrail.RoleMilitary, voice: claimtrail.VoiceReported}
	if a := st.x.inst[s]; a != nil {
		c.name = a.Name
	} else if st.x.p != nil {
		if si := st.x.p.Side(s); si != nil {
			c.name = si.Name
		}
	}
	if s == "" {
		c.role = claimtrail.RoleUnnamed
	}
	return c
}

// announcerReach is how many sentences before a pasted statement are read
// for the sentence that presents it.
const announcerReach = 4

// statementNouns name an issued text.
var statementNouns = set("statement", "statements", "communique", "communiqué", "bulletin", "release", "declaration", "announcement")

// announcer reads a sentence that presents a statement of one side: it holds
// a statement noun outside quotes, no first person, and names exactly one
// side (by a side term or a listed actor). The statement is that side's.
func (st *state) announcer(s *sent) (claimant, bool) {
	if s.hasClaims || s.statePara {
		return claimant{}, false
	}
	has := false
	for _, t := range s.toks {
		if t.inQ {
			continue
		}
		if statementNouns[t.w] {
			has = true
		}
	}
	if !has {
		return claimant{}, false
	}
	var side claimtrail.Side
	var act *profile.Actor
	for _, r := range s.sides {
		if r.side == "" || s.toks[r.a].inQ || (r.kind != refSide && r.kind != refActor) {
			continue
		}
		if side != "" && r.side != side {
			return claimant{}, false
		}
		side = r.side
		if act == nil && r.act != nil {
			act = r.act
		}
	}
	if side == "" {
		return claimant{}, false
	}
	c := st.institution(side)
	if act != nil {
		c.name, c.role = act.Name, act.Role
	}
	return c, true
}

// reportsAnyone reports a reporting verb or "according to" outside quotes:
// the paragraph has a voice of its own.
func reportsAnyone(ss []*sent) bool {
	for _, s := range ss {
		for _, t := range s.toks {
			if !t.inQ && (reportVerbs[t.w] || t.w == "according") {
				return true
			}
		}
	}
	return false
}
