package reuse

import "sort"

// passage is a run of sentences of the new document (is, from i0 to i1)
// matched to a run of an indexed one (js, from j0 to j1).
type passage struct {
	i0, i1, j0, j1 int
	is, js         []int // matched sentences, each once, in order
	shared         int   // content pairs shared by the matched sentences
	sim            float64
}

// align finds the passages two documents share. Sentences are compared
// through their sets of content-word pairs, so word order inside a clause
// matters but dropped or added words, punctuation, quotes and name variants
// (through the canonicaliser) cost only the pairs they touch. A sentence
// matches when the pairs it shares with one of the other document cover at
// least minContain of the smaller of the two: a half of a split sentence
// matches the whole. Matched sentences are then chained into passages
// wherever they follow each other on both sides (allowing one unmatched
// sentence in between), so a moved paragraph becomes a passage of its own
// instead of breaking the alignment. Skip marks boilerplate sentences.
func align(n, c *analysis, cfg config, skipN, skipC []bool) []passage {
	where := map[uint64][]int32{}
	for j, s := range c.Sentences {
		if skipC != nil && skipC[j] {
			continue
		}
		for _, h := range s.Pairs {
			where[h] = append(where[h], int32(j))
		}
	}
	type match struct{ i, j, shared int }
	var ms []match
	count := make([]int, len(c.Sentences))
	var touched []int
	for i, s := range n.Sentences {
		if (skipN != nil && skipN[i]) || len(s.Pairs) == 0 {
			continue
		}
		touched = touched[:0]
		for _, h := range s.Pairs {
			for _, j := range where[h] {
				if count[j] == 0 {
					touched = append(touched, int(j))
				}
				count[j]++
			}
		}
		ok := func(sh, size int) bool {
			return sh >= 2 && float64(sh) >= cfg.minContain*float64(min(len(s.Pairs), size))
		}
		matched := map[int]bool{}
		for _, j := range touched {
			if ok(count[j], len(c.Sentences[j].Pairs)) {
				matched[j] = true
			}
		}
		{
			// A copy may join the end of one sentence to the start of the
			// next: try neighbouring pairs that each share two or more. This
			// sentence's pairs found in either count once, so a phrase
			// repeated in both ("the Defense Army") does not add up.
			sort.Ints(touched)
			for r := 0; r+1 < len(touched); r++ {
				j, k := touched[r], touched[r+1]
				if k != j+1 || count[j] < 2 || count[k] < 2 {
					continue
				}
				sh := 0
				for _, h := range s.Pairs {
					for _, x := range where[h] {
						if int(x) == j || int(x) == k {
							sh++
							break
						}
					}
				}
				// Each must bring two pairs the other lacks, or the
				// neighbour is only riding on a match of its own.
				if sh-count[j] >= 2 && sh-count[k] >= 2 && ok(sh, len(c.Sentences[j].Pairs)+len(c.Sentences[k].Pairs)) {
					matched[j], matched[k] = true, true
				}
			}
		}
		for j := range matched {
			ms = append(ms, match{i, j, count[j]})
		}
		for _, j := range touched {
			count[j] = 0
		}
	}
	sort.Slice(ms, func(a, b int) bool {
		if ms[a].i != ms[b].i {
			return ms[a].i < ms[b].i
		}
		return ms[a].j < ms[b].j
	})
	var ps []*passage
	for _, m := range ms {
		var p *passage
		for _, q := range ps {
			if m.i >= q.i1 && m.i <= q.i1+2 && m.j >= q.j1-1 && m.j <= q.j1+2 {
				p = q
				break
			}
		}
		if p == nil {
			p = &passage{i0: m.i, i1: m.i, j0: m.j, j1: m.j}
			ps = append(ps, p)
		}
		if len(p.is) == 0 || p.is[len(p.is)-1] != m.i {
			p.is = append(p.is, m.i)
		}
		if !containsInt(p.js, m.j) {
			p.js = append(p.js, m.j)
		}
		p.i1 = max(p.i1, m.i)
		p.j0, p.j1 = min(p.j0, m.j), max(p.j1, m.j)
		p.shared += m.shared
	}
	var out []passage
	for _, p := range ps {
		// A passage must share at least minTokens content words in
		// sequence, i.e. minTokens-1 pairs: short and generic lines
		// ("Another factor is Iran.") are not reuse.
		if p.shared < cfg.minTokens-1 {
			continue
		}
		if n.Prose {
			stops := 0
			for _, i := range p.is {
				stops += n.Sentences[i].Stops
			}
			if stops < 2 {
				continue
			}
		}
		sort.Ints(p.js)
		var a, b []uint64
		for i := p.i0; i <= p.i1; i++ {
			a = unionSorted(a, n.Sentences[i].Pairs)
		}
		for j := p.j0; j <= p.j1; j++ {
			b = unionSorted(b, c.Sentences[j].Pairs)
		}
		p.sim = jaccard(a, b)
		if !saysSomething(n, c, p, cfg.canon) {
			continue
		}
		out = append(out, *p)
	}
	return out
}

func containsInt(x []int, v int) bool {
	for _, y := range x {
		if y == v {
			return true
		}
	}
	return false
}
