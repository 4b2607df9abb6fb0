package extract

import (
	"github.com/claimtrail/claimtrail"
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
	for si, s := range ss {
		for k := range s.toks {
			t := s.toks[k]
			if !t.quote {
				continue
			}
			opening := t.w == "“" || t.w == "«" || (t.w == "\"" && open == nil)
			if t.w == "”" || t.w == "»" {
				opening = false
			}
			if opening && open == nil {
				open = &pos{si, k}
				continue
			}
			if !opening && open != nil {
				st.region(ss, open.s, open.k, si, k)
				open = nil
			}
		}
	}
	if open != nil {
		last := len(ss) - 1
		st.region(ss, open.s, open.k, last, len(ss[last].toks))
	}
}

func (st *state) region(ss []*sent, s0, k0, s1, k1 int) {
	first := ss[s0]
	speech := s1 > s0
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
		return
	}
	r := &quoteRegion{first: first, last: ss[s1]}
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
			break
		}
	}
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
		return
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
