package extract

// counts.go: the quantities of a claim.

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract/quantity"
)

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
