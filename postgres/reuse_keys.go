package postgres

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"sync"

	"github.com/claimtrail/claimtrail/reuse"
)

// keyState is a process's copy of the reuse index's postings and passage
// counts: a reuse.KeyTable filled from the reuse_docs rows, in seq order,
// up to mark. A lookup is then hash probes in memory, never a query.
//
// Rows are only ever added to the table once they are committed: catchUp
// reads the rows above mark, whoever wrote them, this process included.
// Writers assign seqs under the reuse lock and commit before releasing it,
// so the committed rows are always the seqs 1..max with no hole that a
// later commit could fill, and "every row above mark" is exactly what this
// process has not seen. A transaction that rolls back leaves nothing to
// undo; its documents were kept in its own overlay (see overlay).
//
// mu serialises catch-ups; the table has its own lock for readers.
type keyState struct {
	mu    sync.Mutex
	keys  *reuse.KeyTable
	mark  int64 // highest seq in keys
	based bool  // the counts of reuse_passages_base are in keys
	// ids holds a maphash of every id up to mark: a miss is certain, so a
	// writer under the lock asks the database only about ids it may hold.
	ids  map[uint64]struct{}
	seed maphash.Seed
}

func newKeyState() *keyState {
	return &keyState{keys: reuse.NewKeyTable(), ids: map[uint64]struct{}{}, seed: maphash.MakeSeed()}
}

const maxInt = int(^uint(0) >> 1)

// catchUp adds the rows committed above mark, and returns the new mark.
// Metadata read on the way goes to cache: the detector asks for its
// candidates by seq.
func (k *keyState) catchUp(ctx context.Context, q querier, cache *docCache) (int64, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.based {
		if err := k.loadBase(ctx, q); err != nil {
			return 0, err
		}
		k.based = true
	}
	rows, err := q.Query(ctx, `SELECT `+reuseDocCols+`, keys, passages FROM reuse_docs WHERE seq > $1 ORDER BY seq`, k.mark)
	if err != nil {
		return 0, fmt.Errorf("postgres: reuse index: catch up: %w", err)
	}
	defer rows.Close()
	var keys, passages []uint64
	for rows.Next() {
		var m reuse.DocMeta
		var kb, pb []byte
		if err := rows.Scan(&m.Seq, &m.ID, &m.Outlet, &m.Published, &m.Title, &m.OrigOutlet, &m.OrigPublished, &kb, &pb); err != nil {
			return 0, fmt.Errorf("postgres: reuse index: catch up: %w", err)
		}
		keys, passages = decodeKeys(keys[:0], kb), decodeKeys(passages[:0], pb)
		// The row holds the keys the table recorded when it was written:
		// they go in without a limit, and the table comes out the same in
		// every process.
		k.keys.AddKeys(m.Seq, keys, maxInt)
		if len(passages) > 0 {
			k.keys.AddPassages(passages)
		}
		k.ids[maphash.String(k.seed, m.ID)] = struct{}{}
		k.mark = m.Seq
		if cache != nil {
			cache.putMeta(m)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: catch up: %w", err)
	}
	return k.mark, nil
}

// loadBase adds the passage counts of documents indexed before migration
// 0101, whose rows carry no passage hashes.
func (k *keyState) loadBase(ctx context.Context, q querier) error {
	rows, err := q.Query(ctx, `SELECT hash, n FROM reuse_passages_base`)
	if err != nil {
		return fmt.Errorf("postgres: reuse index: passage counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h int64
		var n int
		if err := rows.Scan(&h, &n); err != nil {
			return fmt.Errorf("postgres: reuse index: passage counts: %w", err)
		}
		one := []uint64{uint64(h)}
		for range n {
			k.keys.AddPassages(one)
		}
	}
	return rows.Err()
}

// mayHold reports whether id may be indexed at or below mark (false is
// certain).
func (k *keyState) mayHold(id string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	_, ok := k.ids[maphash.String(k.seed, id)]
	return ok
}

// encodeKeys packs keys as int8send does: 8 bytes each, big-endian.
func encodeKeys(ks []uint64) []byte {
	b := make([]byte, 0, 8*len(ks))
	for _, k := range ks {
		b = binary.BigEndian.AppendUint64(b, k)
	}
	return b
}

func decodeKeys(dst []uint64, b []byte) []uint64 {
	for len(b) >= 8 {
		dst = append(dst, binary.BigEndian.Uint64(b))
		b = b[8:]
	}
	return dst
}

// overlay holds what a writer indexed in its transaction, which is not
// committed yet: documents (visible to its own lookups at once: a batch's
// later documents are compared with its earlier ones), edges and pending
// links, all written under the reuse lock just before the commit. The
// shared table learns the documents only from the committed rows, by
// catching up.
//
// An overlay also records what its lookups read (keys, passage hashes,
// outlets, ids), so that detection can run before the lock is taken: if
// no document committed meanwhile touches what it read, detection under
// the lock would have read the same and found the same (see Reuser).
//
// Its documents have virtual seqs from virtualBase up, above every
// committed one, and get their real seqs when they are written.
type overlay struct {
	keys    *reuse.KeyTable
	docs    []ownDoc
	byID    map[string]int
	edges   []ownEdge
	edgeSet map[reuse.Edge]bool
	pending []pendingOp // in order; the last op of a reprint holds

	// cur is the position in its batch of the document being detected:
	// the documents, reads, edges and pending links are filed under it,
	// so that a batch can be kept up to its first document whose reads
	// were touched (see truncate).
	cur int
	// What lookups read, with the first document that read it.
	readKeys, readHashes map[uint64]int
	readOutlets          map[string]int // normalised
	readIDs              map[string]int
	// base is the highest committed seq when detection ran (the key
	// table's mark); the overlay's documents come after it.
	base int64
	// recency notes the recent windows applied (see reuse.RecencyObserver)
	// where a candidate was admitted only for being recent: commits
	// after base move the window's lower end past it.
	recency []recencyNote
}

type recencyNote struct {
	pos         int
	from, least int64
}

type ownEdge struct {
	doc int
	e   reuse.Edge
}

type pendingOp struct {
	doc     int
	reprint string
	p       *reuse.Pending // nil: deleted
}

// virtualBase is the first seq of an overlay's documents: KeyTable seqs
// stay below 2^31, and committed ones below this.
const virtualBase = 1 << 30

type ownDoc struct {
	pos      int // in the batch
	meta     reuse.DocMeta
	body     string
	keys     []uint64 // as recorded: the keys under the limit
	passages []uint64
}

func newOverlay() *overlay {
	return &overlay{keys: reuse.NewKeyTable(), byID: map[string]int{}, edgeSet: map[reuse.Edge]bool{},
		readKeys: map[uint64]int{}, readHashes: map[uint64]int{}, readOutlets: map[string]int{}, readIDs: map[string]int{}}
}

func (o *overlay) doc(id string) (*ownDoc, bool) {
	i, ok := o.byID[id]
	if !ok {
		return nil, false
	}
	return &o.docs[i], true
}

func readSet[K comparable](set map[K]int, cur int, ks ...K) {
	for _, k := range ks {
		if _, ok := set[k]; !ok {
			set[k] = cur
		}
	}
}

func (o *overlay) putEdges(es []reuse.Edge) {
	for _, e := range es {
		if !o.edgeSet[e] {
			o.edgeSet[e] = true
			o.edges = append(o.edges, ownEdge{doc: o.cur, e: e})
		}
	}
}

// pendingState returns the reprints whose pending link the overlay
// changed, with the link (nil when deleted).
func (o *overlay) pendingState() map[string]*reuse.Pending {
	m := map[string]*reuse.Pending{}
	for _, op := range o.pending {
		m[op.reprint] = op.p
	}
	return m
}

// truncate returns an overlay holding what the documents at batch
// positions before k put.
func (o *overlay) truncate(k int) *overlay {
	t := newOverlay()
	for i, d := range o.docs {
		if d.pos >= k {
			break
		}
		seq := virtualBase + int64(i)
		t.keys.AddKeys(seq, d.keys, maxInt)
		if len(d.passages) > 0 {
			t.keys.AddPassages(d.passages)
		}
		t.byID[d.meta.ID] = i
		t.docs = append(t.docs, d)
	}
	for _, e := range o.edges {
		if e.doc < k {
			t.edgeSet[e.e] = true
			t.edges = append(t.edges, e)
		}
	}
	for _, op := range o.pending {
		if op.doc < k {
			t.pending = append(t.pending, op)
		}
	}
	for _, n := range o.recency {
		if n.pos < k {
			t.recency = append(t.recency, n)
		}
	}
	t.base = o.base
	t.cur = k
	return t
}

// put indexes a document in the overlay. A key is recorded when at most
// limit documents carry it so far, committed or in the overlay (the rule
// of reuse.KeyTable.AddKeys), so a stop key costs limit+1 postings.
func (o *overlay) put(shared *reuse.KeyTable, e reuse.Entry) int64 {
	seq := virtualBase + int64(len(o.docs))
	keys := uniqueKeys(e.Keys)
	readSet(o.readKeys, o.cur, keys...)
	a, b := shared.Postings(keys, maxInt), o.keys.Postings(keys, maxInt)
	kept := keys[:0:0]
	for i, k := range keys {
		if len(a[i])+len(b[i]) <= e.KeyLimit || len(a[i])+len(b[i]) == 0 {
			kept = append(kept, k)
		}
	}
	o.keys.AddKeys(seq, kept, maxInt)
	if len(e.Passages) > 0 {
		o.keys.AddPassages(e.Passages)
	}
	m := e.Meta
	m.Seq = seq
	o.byID[m.ID] = len(o.docs)
	o.docs = append(o.docs, ownDoc{pos: o.cur, meta: m, body: e.Body, keys: kept, passages: e.Passages})
	return seq
}

// firstConflict returns the batch position of the first document whose
// lookups read something that a document committed with a seq in
// (from, to] touches: an id it looked up, an outlet whose documents or
// pending reprints it listed (as the committed document's outlet or the
// original it declares), a key it looked up or recorded, a passage hash
// it counted; or whose recent window, moved up by those commits, no longer
// holds a candidate it admitted for being recent; or -1. The documents
// before it read what detection after those commits would have read.
func (o *overlay) firstConflict(ctx context.Context, q querier, from, to int64) (int, error) {
	rows, err := q.Query(ctx, `SELECT id, outlet_key, orig_outlet, keys, passages FROM reuse_docs WHERE seq > $1 AND seq <= $2`, from, to)
	if err != nil {
		return 0, fmt.Errorf("postgres: reuse index: check: %w", err)
	}
	defer rows.Close()
	none := maxInt
	first := none
	hit := func(i int, ok bool) {
		if ok && i < first {
			first = i
		}
	}
	var ks []uint64
	for rows.Next() {
		var id, outlet, orig string
		var kb, pb []byte
		if err := rows.Scan(&id, &outlet, &orig, &kb, &pb); err != nil {
			return 0, fmt.Errorf("postgres: reuse index: check: %w", err)
		}
		hit(mapGet(o.readIDs, id))
		hit(mapGet(o.readOutlets, outlet))
		if orig != "" {
			hit(mapGet(o.readOutlets, reuse.NormOutlet(orig)))
		}
		for _, k := range decodeKeys(ks[:0], kb) {
			hit(mapGet(o.readKeys, k))
		}
		for _, h := range decodeKeys(ks[:0], pb) {
			hit(mapGet(o.readHashes, h))
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: check: %w", err)
	}
	for _, n := range o.recency {
		hit(n.pos, n.least <= n.from+(to-from))
	}
	if first == none {
		return -1, nil
	}
	return first, nil
}

func mapGet[K comparable](m map[K]int, k K) (int, bool) {
	v, ok := m[k]
	return v, ok
}

// write inserts the overlay's documents with the seqs first, first+1, ...,
// its edges and its pending links.
func (o *overlay) write(ctx context.Context, q querier, first int64) error {
	if n := len(o.docs); n > 0 {
		seqs := make([]int64, n)
		ids, outlets, okeys, pubs, titles, oouts, opubs, bodies := make([]string, n), make([]string, n), make([]string, n),
			make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		keys, passages := make([][]byte, n), make([][]byte, n)
		for i, d := range o.docs {
			m := d.meta
			seqs[i], ids[i], outlets[i], okeys[i], pubs[i] = first+int64(i), m.ID, m.Outlet, reuse.NormOutlet(m.Outlet), m.Published
			titles[i], oouts[i], opubs[i], bodies[i] = m.Title, m.OrigOutlet, m.OrigPublished, d.body
			keys[i], passages[i] = encodeKeys(d.keys), encodeKeys(d.passages)
		}
		_, err := q.Exec(ctx, `INSERT INTO reuse_docs
			(seq, id, outlet, outlet_key, published, title, orig_outlet, orig_published, body, keys, passages)
			SELECT * FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
				$8::text[], $9::text[], $10::bytea[], $11::bytea[])`,
			seqs, ids, outlets, okeys, pubs, titles, oouts, opubs, bodies, keys, passages)
		if err != nil {
			return fmt.Errorf("postgres: reuse index: write documents %d..%d: %w", first, first+int64(n)-1, err)
		}
	}
	if len(o.edges) > 0 {
		es := make([]reuse.Edge, len(o.edges))
		for i, e := range o.edges {
			es[i] = e.e
		}
		if err := putEdges(ctx, q, es); err != nil {
			return err
		}
	}
	for reprint, p := range o.pendingState() {
		var err error
		if p == nil {
			_, err = q.Exec(ctx, `DELETE FROM reuse_pending WHERE reprint = $1`, reprint)
		} else {
			err = putPending(ctx, q, *p)
		}
		if err != nil {
			return fmt.Errorf("postgres: reuse index: pending %s: %w", reprint, err)
		}
	}
	return nil
}

// uniqueKeys returns the distinct keys, sorted.
func uniqueKeys(ks []uint64) []uint64 {
	s := sortUnique(ks)
	out := make([]uint64, len(s))
	for i, v := range s {
		out[i] = uint64(v)
	}
	return out
}
