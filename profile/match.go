package profile

import (
	"sort"
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
	edges map[uint64]int32 // node<<8|byte -> child node, below the root; used while building
	nodes []mnode
	pats  []pattern
	// lowerAt[b] is set when a name whose key starts with byte b may match
	// a mention that starts in lower case: a cheap test that lets the walk
	// skip most words of running text for names that need a capital.
	lowerAt [256]bool

	// The compiled trie, built once on first use: the children of node k
	// (k > 0) are lab[kids[k]:kids[k+1]], sorted, leading to dst. A flat
	// array costs a few byte compares where a map lookup hashes.
	once sync.Once
	kids []int32
	lab  []byte
	dst  []int32
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
	if !needCap {
		m.lowerAt[key[0]] = true
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

// compile builds the flat child arrays from the edge map. Names are only
// added while a profile loads, before any find.
func (m *matcher) compile() {
	type edge struct {
		parent int32
		b      byte
		child  int32
	}
	es := make([]edge, 0, len(m.edges))
	for k, c := range m.edges {
		es = append(es, edge{int32(k >> 8), byte(k), c})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].parent != es[j].parent {
			return es[i].parent < es[j].parent
		}
		return es[i].b < es[j].b
	})
	m.kids = make([]int32, len(m.nodes)+1)
	m.lab = make([]byte, len(es))
	m.dst = make([]int32, len(es))
	for i, e := range es {
		m.kids[e.parent+1]++
		m.lab[i], m.dst[i] = e.b, e.child
	}
	for k := 1; k < len(m.kids); k++ {
		m.kids[k] += m.kids[k-1]
	}
}

// child returns the child of node by byte b, or 0.
func (m *matcher) child(node int32, b byte) int32 {
	if node == 0 {
		return m.root[b]
	}
	hi := m.kids[node+1]
	for k := m.kids[node]; k < hi; k++ {
		c := m.lab[k]
		if c >= b {
			if c == b {
				return m.dst[k]
			}
			return 0
		}
	}
	return 0
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
	m.once.Do(m.compile)
	toks := t.toks
	buf := t.buf
	var crossings [16]int
	for i := 0; i < len(toks); {
		// Most words start no name, and most names need a capital: two
		// array reads settle the common case before any walk.
		b0 := buf[toks[i].nb]
		if m.root[b0] == 0 {
			i++
			continue
		}
		upper := toks[i].upper
		if !upper && !m.lowerAt[b0] {
			i++
			continue
		}
		bestTok := -1
		var best *pattern
		node := int32(0)
		nc := 0
	walk:
		for k := i; k < len(toks); k++ {
			for _, b := range buf[toks[k].nb:toks[k].ne] {
				child := m.child(node, b)
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
	if c := text[i]; c < utf8.RuneSelf {
		return c < 'a' || c > 'z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLower(r)
}
