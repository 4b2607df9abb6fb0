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
// Postings and passage counts live in a KeyTable (its own lock); mu guards
// every other field: readers take it shared, PutDoc and the other writers
// exclusively.
type MemIndex struct {
	keys     *KeyTable
	bodyOf   func(ctx context.Context, id string) (string, error)
	mu       sync.RWMutex
	docs     []memDoc           // by Seq-1
	byID     map[string]int64   // id -> Seq
	byOutlet map[string][]int64 // normalised outlet -> Seqs
	pending  map[string]Pending // reprint id -> pending link
	edges    map[string][]int32 // doc id -> indexes into edgeList
	edgeList []Edge
	edgeSet  map[Edge]struct{}
}

type memDoc struct {
	meta DocMeta
	body string // "" when bodyOf is set
}

var _ Index = (*MemIndex)(nil)

// MemOption configures a MemIndex.
type MemOption func(*MemIndex)

// WithBodySource makes a MemIndex keep no bodies: Body asks fn, which must
// return the body the document was indexed with (a store that holds the
// documents). Without it the index keeps every body, which is most of its
// memory.
func WithBodySource(fn func(ctx context.Context, id string) (string, error)) MemOption {
	return func(m *MemIndex) { m.bodyOf = fn }
}

// NewMemIndex returns an empty in-memory index.
func NewMemIndex(opts ...MemOption) *MemIndex {
	m := &MemIndex{
		keys:     NewKeyTable(),
		byID:     map[string]int64{},
		byOutlet: map[string][]int64{},
		pending:  map[string]Pending{},
		edges:    map[string][]int32{},
		edgeSet:  map[Edge]struct{}{},
	}
	for _, o := range opts {
		o(m)
	}
	return m
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
	body := e.Body
	if m.bodyOf != nil {
		body = ""
	}
	m.docs = append(m.docs, memDoc{meta: meta, body: body})
	m.byID[meta.ID] = seq
	if o := NormOutlet(meta.Outlet); o != "" {
		m.byOutlet[o] = append(m.byOutlet[o], seq)
	}
	m.keys.AddKeys(seq, e.Keys, e.KeyLimit)
	m.keys.AddPassages(e.Passages)
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
	seq, ok := m.byID[id]
	var body string
	if ok {
		body = m.docs[seq-1].body
	}
	m.mu.RUnlock()
	if !ok {
		return "", notIndexed(id)
	}
	if m.bodyOf != nil {
		return m.bodyOf(ctx, id)
	}
	return body, nil
}

func (m *MemIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	return m.keys.Postings(keys, limit), nil
}

func (m *MemIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	return m.keys.PassageDF(hashes), nil
}

// Keys returns the index's key table, to read its size.
func (m *MemIndex) Keys() *KeyTable { return m.keys }

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

// LastSeq returns the Seq of the latest document: Seqs are 1, 2, ...
func (m *MemIndex) LastSeq(ctx context.Context) (int64, error) {
	n, err := m.Len(ctx)
	return int64(n), err
}
