package reuse

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// MemIndex is an Index held in memory, for runs without a database
// (`claimtrail extract`) and for tests. Its zero value is not usable; call
// NewMemIndex.
//
// mu guards every field: readers take it shared, PutDoc and the other
// writers exclusively.
type MemIndex struct {
	mu   sync.RWMutex
	docs []memDoc         // by Seq-1
	byID map[string]int64 // id -> Seq
	// Postings are singly linked lists in one slab: heads maps a key to
	// the index of its last node plus one (0: none) and its length. One
	// slab keeps the per-posting cost at 8 bytes instead of a slice per key.
	heads    map[uint64]memHead
	nodes    []memNode
	df       map[uint64]int32
	byOutlet map[string][]int64 // normalised outlet -> Seqs
	pending  map[string]Pending // reprint id -> pending link
	edges    map[string][]int32 // doc id -> indexes into edgeList
	edgeList []Edge
	edgeSet  map[Edge]struct{}
}

type memDoc struct {
	meta DocMeta
	body string
}

type memHead struct {
	last uint32 // node index + 1
	n    uint32
}

type memNode struct {
	doc  uint32 // Seq
	prev uint32 // node index + 1 of the previous posting, 0 at the head
}

var _ Index = (*MemIndex)(nil)

// NewMemIndex returns an empty in-memory index.
func NewMemIndex() *MemIndex {
	return &MemIndex{
		byID:     map[string]int64{},
		heads:    map[uint64]memHead{},
		df:       map[uint64]int32{},
		byOutlet: map[string][]int64{},
		pending:  map[string]Pending{},
		edges:    map[string][]int32{},
		edgeSet:  map[Edge]struct{}{},
	}
}

// NormOutlet folds an outlet name for comparison: lower case, letters and
// digits only ("South Front" and "SouthFront" agree).
func NormOutlet(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (m *MemIndex) PutDoc(ctx context.Context, e Entry) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byID[e.Meta.ID]; ok {
		return 0, errDuplicate(e.Meta.ID)
	}
	seq := int64(len(m.docs) + 1)
	meta := e.Meta
	meta.Seq = seq
	m.docs = append(m.docs, memDoc{meta: meta, body: e.Body})
	m.byID[meta.ID] = seq
	if o := NormOutlet(meta.Outlet); o != "" {
		m.byOutlet[o] = append(m.byOutlet[o], seq)
	}
	for _, k := range e.Keys {
		h := m.heads[k]
		if int(h.n) > e.KeyLimit {
			continue // already a stop key: keep no more postings
		}
		if h.last != 0 && m.nodes[h.last-1].doc == uint32(seq) {
			continue // duplicate key within one document
		}
		m.nodes = append(m.nodes, memNode{doc: uint32(seq), prev: h.last})
		m.heads[k] = memHead{last: uint32(len(m.nodes)), n: h.n + 1}
	}
	seen := map[uint64]bool{}
	for _, p := range e.Passages {
		if !seen[p] {
			seen[p] = true
			m.df[p]++
		}
	}
	return seq, nil
}

func (m *MemIndex) Doc(ctx context.Context, id string) (DocMeta, bool, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	seq, ok := m.byID[id]
	if !ok {
		return DocMeta{}, false, nil
	}
	return m.docs[seq-1].meta, true, nil
}

func (m *MemIndex) DocBySeq(ctx context.Context, seq int64) (DocMeta, bool, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if seq < 1 || seq > int64(len(m.docs)) {
		return DocMeta{}, false, nil
	}
	return m.docs[seq-1].meta, true, nil
}

func (m *MemIndex) Body(ctx context.Context, id string) (string, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	seq, ok := m.byID[id]
	if !ok {
		return "", notIndexed(id)
	}
	return m.docs[seq-1].body, nil
}

func (m *MemIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([][]int64, len(keys))
	for i, k := range keys {
		h, ok := m.heads[k]
		if !ok || int(h.n) > limit {
			continue
		}
		p := make([]int64, h.n)
		j := int(h.n) - 1
		for n := h.last; n != 0; n = m.nodes[n-1].prev {
			p[j] = int64(m.nodes[n-1].doc)
			j--
		}
		out[i] = p
	}
	return out, nil
}

func (m *MemIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]int, len(hashes))
	for i, h := range hashes {
		out[i] = int(m.df[h])
	}
	return out, nil
}

func (m *MemIndex) DocsByOutlet(ctx context.Context, outlet, from, to string) ([]DocMeta, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	var out []DocMeta
	for _, seq := range m.byOutlet[NormOutlet(outlet)] {
		d := m.docs[seq-1].meta
		if inRange(d.Published, from, to) {
			out = append(out, d)
		}
	}
	return out, nil
}

// inRange reports whether date lies in [from, to]; see DocsByOutlet.
func inRange(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	return (from == "" || date >= from) && (to == "" || date <= to)
}

func (m *MemIndex) PutPending(ctx context.Context, p Pending) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p.Outlet = NormOutlet(p.Outlet)
	m.pending[p.Reprint] = p
	return nil
}

func (m *MemIndex) PendingFor(ctx context.Context, outlet string) ([]Pending, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	o := NormOutlet(outlet)
	var out []Pending
	for _, p := range m.pending {
		if p.Outlet == o {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Reprint < out[j].Reprint })
	return out, nil
}

func (m *MemIndex) DeletePending(ctx context.Context, reprint string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.pending, reprint)
	return nil
}

func (m *MemIndex) PutEdges(ctx context.Context, es []Edge) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range es {
		if _, ok := m.edgeSet[e]; ok {
			continue
		}
		m.edgeSet[e] = struct{}{}
		i := int32(len(m.edgeList))
		m.edgeList = append(m.edgeList, e)
		m.edges[e.A] = append(m.edges[e.A], i)
		if e.B != e.A {
			m.edges[e.B] = append(m.edges[e.B], i)
		}
	}
	return nil
}

func (m *MemIndex) Edges(ctx context.Context, doc string) ([]Edge, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	var out []Edge
	for _, i := range m.edges[doc] {
		out = append(out, m.edgeList[i])
	}
	return out, nil
}

func (m *MemIndex) Len(ctx context.Context) (int, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.docs), nil
}
