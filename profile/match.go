package profile

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// matcher finds names in running text. It is a trie over the folded bytes of
// each name with its word boundaries removed, walked from every word start of
// the text: hyphens in the text may fall anywhere in a name ("Karin-Tak" is
// "Karintak"), white space only where the name has a boundary, punctuation
// nowhere. Matches are whole words, leftmost-longest and non-overlapping.
//
// The trie is read-only after building, so one matcher serves any number of
// goroutines.
type matcher struct {
	root  [256]int32       // children of the root, 0 for none: most walks end here
	edges map[uint64]int32 // node<<8|byte -> child node, below the root
	nodes []mnode
	pats  []pattern
}

type mnode struct {
	first   int32 // first pattern ending at this node, -1 for none
	spaceOK bool  // some pattern has a word boundary at this depth
}

type pattern struct {
	text   string // the name as written in the profile
	bounds []int  // offsets in the key where the name has a word boundary
	cap    bool   // the mention must start with a capital letter
	target int32  // index of what the name names; -1 swallows the text
	next   int32  // next pattern ending at the same node
}

// match is one hit of a matcher: byte offsets in the text and the pattern.
type match struct {
	start, end int
	pat        *pattern
}

func newMatcher() *matcher {
	return &matcher{edges: map[uint64]int32{}, nodes: []mnode{{first: -1}}}
}

// add inserts name for target. It returns the target the key already names
// (and false) when another target holds it.
func (m *matcher) add(name string, target int32, needCap bool) (int32, bool) {
	key, bounds := keyTokens(name)
	return m.addKey(name, key, bounds, target, needCap)
}

// addKey is add with the name's key and boundaries already computed.
func (m *matcher) addKey(name, key string, bounds []int, target int32, needCap bool) (int32, bool) {
	if key == "" {
		return 0, true
	}
	node := int32(0)
	bi := 0
	for i := 0; i < len(key); i++ {
		var child int32
		if node == 0 {
			child = m.root[key[i]]
		} else {
			child = m.edges[uint64(node)<<8|uint64(key[i])]
		}
		if child == 0 {
			child = int32(len(m.nodes))
			m.nodes = append(m.nodes, mnode{first: -1})
			if node == 0 {
				m.root[key[i]] = child
			} else {
				m.edges[uint64(node)<<8|uint64(key[i])] = child
			}
		}
		node = child
		if bi < len(bounds) && bounds[bi] == i+1 {
			m.nodes[node].spaceOK = true
			bi++
		}
	}
	for p := m.nodes[node].first; p >= 0; p = m.pats[p].next {
		if m.pats[p].target != target {
			return m.pats[p].target, false
		}
		if m.pats[p].cap == needCap && equalInts(m.pats[p].bounds, bounds) {
			return target, true
		}
	}
	m.pats = append(m.pats, pattern{text: name, bounds: bounds, cap: needCap, target: target, next: m.nodes[node].first})
	m.nodes[node].first = int32(len(m.pats) - 1)
	return target, true
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var tokenPool = sync.Pool{New: func() any { return new(tokens) }}

// find returns the matches in text, sorted by start.
func (m *matcher) find(text string) []match {
	t := tokenPool.Get().(*tokens)
	tokenize(text, t)
	out := m.findTokens(text, t, nil)
	tokenPool.Put(t)
	return out
}

func (m *matcher) findTokens(text string, t *tokens, out []match) []match {
	toks := t.toks
	buf := t.buf
	var crossings [16]int
	for i := 0; i < len(toks); {
		bestTok := -1
		var best *pattern
		node := int32(0)
		nc := 0
		upper := startsUpperAt(text, toks[i].start)
	walk:
		for k := i; k < len(toks); k++ {
			for _, b := range buf[toks[k].nb:toks[k].ne] {
				var child int32
				if node == 0 {
					child = m.root[b]
				} else {
					child = m.edges[uint64(node)<<8|uint64(b)]
				}
				if child == 0 {
					break walk
				}
				node = child
			}
			n := &m.nodes[node]
			if n.first >= 0 {
				for p := n.first; p >= 0; p = m.pats[p].next {
					pat := &m.pats[p]
					if pat.cap && !upper {
						continue
					}
					if !covers(pat.bounds, crossings[:nc]) {
						continue
					}
					bestTok, best = k, pat
					break
				}
			}
			switch toks[k].gap {
			case gapBreak:
				break walk
			case gapSpace:
				if !n.spaceOK || nc == len(crossings) {
					break walk
				}
				crossings[nc] = toks[k].ne - toks[i].nb
				nc++
			}
		}
		if best == nil {
			i++
			continue
		}
		if best.target >= 0 {
			out = append(out, match{start: toks[i].start, end: toks[bestTok].end, pat: best})
		}
		i = bestTok + 1
	}
	return out
}

// covers reports whether every crossing is a boundary of the pattern.
func covers(bounds, crossings []int) bool {
	j := 0
	for _, c := range crossings {
		for j < len(bounds) && bounds[j] < c {
			j++
		}
		if j == len(bounds) || bounds[j] != c {
			return false
		}
	}
	return true
}

func startsUpperAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLower(r)
}
