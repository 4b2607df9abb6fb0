package postgres

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// ReuseIndex is the reuse.Index kept in the ledger's schema (tables of
// migrations 0100 and 0101), shared by every process that opens the
// ledger.
//
// Postings and passage counts are answered from memory: each process keeps
// a reuse.KeyTable of the committed index (keyState) and catches up with
// the rows other processes committed before it looks anything up. Indexed
// documents never change, so their metadata and bodies are cached in the
// process too (docCache).
//
// The index a Reuser hands to its Detector runs inside the Reuser's
// transaction: what it writes (documents, edges, pending links) goes to
// an overlay, visible to its own lookups at once and written under the
// reuse lock before the commit, and what it reads is recorded in the
// overlay, so that the Reuser can tell whether a detection made before
// the lock still holds (see Reuser). An index from db.ReuseIndex() reads
// on the pool; its PutDoc takes the lock in a transaction of its own.
// reuse.Detector serialises its writes within one process only; writers
// in several processes must go through a Reuser (or PutDoc).
type ReuseIndex struct {
	db  *DB
	q   querier  // the pool, or the Reuser's transaction
	own *overlay // writes of that transaction and its reads; nil on the pool
}

var (
	_ reuse.Index           = (*ReuseIndex)(nil)
	_ reuse.RecencyObserver = (*ReuseIndex)(nil)
)

// LastSeq returns the seq of the latest indexed document. In a Reuser's
// transaction that is the last document of its overlay, numbered as it
// will be when written after the committed ones its detection saw.
func (x *ReuseIndex) LastSeq(ctx context.Context) (int64, error) {
	if x.own != nil {
		return x.own.base + int64(len(x.own.docs)), nil
	}
	var n int64
	if err := x.q.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM reuse_docs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: %w", err)
	}
	return n, nil
}

// Ordinal is a seq's place in storing order: a committed seq is its own,
// a document of this transaction's overlay comes after the committed ones
// its detection saw (see reuse.RecencyObserver).
func (x *ReuseIndex) Ordinal(seq int64) int64 {
	if x.own != nil && seq >= virtualBase {
		return x.own.base + 1 + (seq - virtualBase)
	}
	return seq
}

// ObserveRecency notes, in a Reuser's transaction, a recent window that
// admitted a committed candidate for being recent (see
// reuse.RecencyObserver). A document of the overlay is renumbered with the
// window when commits come between, so it never falls out.
func (x *ReuseIndex) ObserveRecency(from, least int64) {
	if x.own != nil && least > 0 && least <= x.own.base {
		x.own.recency = append(x.own.recency, recencyNote{pos: x.own.cur, from: from, least: least})
	}
}

// ReuseIndex returns the reuse index stored in the ledger. Use it to read
// (provenance, annotation); write through NewReuser.
func (db *DB) ReuseIndex() *ReuseIndex { return &ReuseIndex{db: db, q: db.pool} }

// docCache keeps the metadata and bodies of committed index entries.
type docCache struct {
	mu     sync.Mutex // guards the fields below
	bySeq  map[int64]reuse.DocMeta
	byID   map[string]int64
	bodies map[string]string
	order  []string // bodies in insertion order, for eviction
	bytes  int
}

// cacheBodyBytes bounds the cached bodies; metadata is small and kept.
const cacheBodyBytes = 64 << 20

func newDocCache() *docCache {
	return &docCache{bySeq: map[int64]reuse.DocMeta{}, byID: map[string]int64{}, bodies: map[string]string{}}
}

func (c *docCache) meta(seq int64) (reuse.DocMeta, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.bySeq[seq]
	return m, ok
}

func (c *docCache) metaByID(id string) (reuse.DocMeta, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	seq, ok := c.byID[id]
	if !ok {
		return reuse.DocMeta{}, false
	}
	return c.bySeq[seq], true
}

func (c *docCache) putMeta(m reuse.DocMeta) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bySeq[m.Seq] = m
	c.byID[m.ID] = m.Seq
}

func (c *docCache) body(id string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.bodies[id]
	return b, ok
}

func (c *docCache) putBody(id, body string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.bodies[id]; ok || len(body) > cacheBodyBytes/8 {
		return
	}
	c.bodies[id] = body
	c.order = append(c.order, id)
	c.bytes += len(body)
	for c.bytes > cacheBodyBytes && len(c.order) > 0 {
		old := c.order[0]
		c.order = c.order[1:]
		c.bytes -= len(c.bodies[old])
		delete(c.bodies, old)
	}
}

// PutDoc stores a document with its keys and passage hashes. Inside a
// Reuser's transaction it goes to the transaction's overlay; on the pool
// it is written at once, in a transaction holding the reuse lock.
func (x *ReuseIndex) PutDoc(ctx context.Context, e reuse.Entry) (int64, error) {
	if x.own != nil {
		if _, ok, err := x.Doc(ctx, e.Meta.ID); err != nil {
			return 0, err
		} else if ok {
			return 0, reuse.ErrDuplicate(e.Meta.ID)
		}
		return x.own.put(x.db.keys.keys, e), nil
	}
	var seq int64
	err := x.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, reuseLock); err != nil {
			return fmt.Errorf("postgres: reuse lock: %w", err)
		}
		mark, err := x.db.keys.catchUp(ctx, tx, x.db.cache)
		if err != nil {
			return err
		}
		own := newOverlay()
		if _, err := (&ReuseIndex{db: x.db, q: tx, own: own}).PutDoc(ctx, e); err != nil {
			return err
		}
		seq = mark + 1
		return own.write(ctx, tx, seq)
	})
	if err != nil {
		return 0, err
	}
	return seq, nil
}

const reuseDocCols = `seq, id, outlet, published, title, orig_outlet, orig_published`

func scanMeta(row pgx.Row) (reuse.DocMeta, error) {
	var m reuse.DocMeta
	err := row.Scan(&m.Seq, &m.ID, &m.Outlet, &m.Published, &m.Title, &m.OrigOutlet, &m.OrigPublished)
	return m, err
}

func (x *ReuseIndex) doc(ctx context.Context, where string, arg any) (reuse.DocMeta, bool, error) {
	m, err := scanMeta(x.q.QueryRow(ctx, `SELECT `+reuseDocCols+` FROM reuse_docs WHERE `+where, arg))
	if errNoRows(err) {
		return reuse.DocMeta{}, false, nil // absence is never cached: it may end
	}
	if err != nil {
		return reuse.DocMeta{}, false, fmt.Errorf("postgres: reuse index: %w", err)
	}
	x.db.cache.putMeta(m)
	return m, true, nil
}

// Doc returns the metadata of an indexed document.
func (x *ReuseIndex) Doc(ctx context.Context, id string) (reuse.DocMeta, bool, error) {
	if x.own != nil {
		readSet(x.own.readIDs, x.own.cur, id)
		if d, ok := x.own.doc(id); ok {
			return d.meta, true, nil
		}
	}
	if m, ok := x.db.cache.metaByID(id); ok {
		return m, true, nil
	}
	// In a Reuser's transaction the key state was caught up when
	// detection began: an id it never saw was not indexed then, and one
	// indexed since is a conflict the Reuser finds (the id is recorded as
	// read).
	if x.own != nil && !x.db.keys.mayHold(id) {
		return reuse.DocMeta{}, false, nil
	}
	return x.doc(ctx, `id = $1`, id)
}

// DocBySeq returns the metadata of the document indexed seq-th.
func (x *ReuseIndex) DocBySeq(ctx context.Context, seq int64) (reuse.DocMeta, bool, error) {
	if o := x.own; o != nil && seq >= virtualBase {
		if i := seq - virtualBase; i < int64(len(o.docs)) {
			return o.docs[i].meta, true, nil
		}
		return reuse.DocMeta{}, false, nil
	}
	if m, ok := x.db.cache.meta(seq); ok {
		return m, true, nil
	}
	return x.doc(ctx, `seq = $1`, seq)
}

// Body returns the indexed body of a document.
func (x *ReuseIndex) Body(ctx context.Context, id string) (string, error) {
	if x.own != nil {
		if d, ok := x.own.doc(id); ok {
			return d.body, nil
		}
	}
	if b, ok := x.db.cache.body(id); ok {
		return b, nil
	}
	var b string
	err := x.q.QueryRow(ctx, `SELECT body FROM reuse_docs WHERE id = $1`, id).Scan(&b)
	if errNoRows(err) {
		return "", claimtrail.Errorf(claimtrail.ENotFound, "reuse index: document %q is not indexed", id)
	}
	if err != nil {
		return "", fmt.Errorf("postgres: reuse index: body of %s: %w", id, err)
	}
	x.db.cache.putBody(id, b)
	return b, nil
}

// sortUnique returns the distinct values as signed integers, sorted.
func sortUnique(vals []uint64) []int64 {
	out := signed(vals)
	slices.Sort(out)
	return slices.Compact(out)
}

func signed(vals []uint64) []int64 {
	out := make([]int64, len(vals))
	for i, v := range vals {
		out[i] = int64(v)
	}
	return out
}

// ready catches the key state up with the committed rows, unless this
// index runs in a Reuser's transaction, which caught up when detection
// began (and checks what was committed since under the lock).
func (x *ReuseIndex) ready(ctx context.Context) error {
	if x.own != nil {
		return nil
	}
	_, err := x.db.keys.catchUp(ctx, x.q, x.db.cache)
	return err
}

// Postings returns the seqs recorded under each key, in seq order, or nil
// for a key carried by more than limit documents.
func (x *ReuseIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	out := x.db.keys.keys.Postings(keys, maxInt)
	if x.own != nil {
		readSet(x.own.readKeys, x.own.cur, keys...)
		// The overlay's seqs follow every committed one.
		for i, p := range x.own.keys.Postings(keys, maxInt) {
			out[i] = append(out[i], p...)
		}
	}
	for i, p := range out {
		if len(p) > limit {
			out[i] = nil
		}
	}
	return out, nil
}

// PassageDF returns the number of documents carrying each hash.
func (x *ReuseIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	out := x.db.keys.keys.PassageDF(hashes)
	if x.own != nil {
		readSet(x.own.readHashes, x.own.cur, hashes...)
		for i, n := range x.own.keys.PassageDF(hashes) {
			out[i] += n
		}
	}
	return out, nil
}

// DocsByOutlet returns the documents of an outlet published from..to.
func (x *ReuseIndex) DocsByOutlet(ctx context.Context, outlet, from, to string) ([]reuse.DocMeta, error) {
	key := reuse.NormOutlet(outlet)
	if key == "" {
		return nil, nil
	}
	if x.own != nil {
		readSet(x.own.readOutlets, x.own.cur, key)
	}
	q := `SELECT ` + reuseDocCols + ` FROM reuse_docs WHERE outlet_key = $1`
	args := []any{key}
	if from != "" || to != "" {
		q += ` AND published <> ''`
		if from != "" {
			args = append(args, from)
			q += fmt.Sprintf(` AND published >= $%d`, len(args))
		}
		if to != "" {
			args = append(args, to)
			q += fmt.Sprintf(` AND published <= $%d`, len(args))
		}
	}
	rows, err := x.q.Query(ctx, q+` ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: reuse index: documents of %s: %w", outlet, err)
	}
	defer rows.Close()
	var out []reuse.DocMeta
	for rows.Next() {
		m, err := scanMeta(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: reuse index: documents of %s: %w", outlet, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: reuse index: documents of %s: %w", outlet, err)
	}
	if x.own != nil {
		for _, d := range x.own.docs {
			if reuse.NormOutlet(d.meta.Outlet) == key && inRange(d.meta.Published, from, to) {
				out = append(out, d.meta)
			}
		}
	}
	return out, nil
}

func inRange(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	return (from == "" || date >= from) && (to == "" || date <= to)
}

// PutPending records a reprint waiting for its original.
func (x *ReuseIndex) PutPending(ctx context.Context, p reuse.Pending) error {
	p.Outlet = reuse.NormOutlet(p.Outlet)
	if x.own != nil {
		x.own.pending = append(x.own.pending, pendingOp{doc: x.own.cur, reprint: p.Reprint, p: &p})
		return nil
	}
	if err := putPending(ctx, x.q, p); err != nil {
		return fmt.Errorf("postgres: reuse index: pending %s: %w", p.Reprint, err)
	}
	return nil
}

func putPending(ctx context.Context, q querier, p reuse.Pending) error {
	_, err := q.Exec(ctx, `INSERT INTO reuse_pending (reprint, outlet, published) VALUES ($1, $2, $3)
		ON CONFLICT (reprint) DO UPDATE SET outlet = excluded.outlet, published = excluded.published`,
		p.Reprint, p.Outlet, p.Published)
	return err
}

// PendingFor returns the reprints waiting for an original of outlet.
func (x *ReuseIndex) PendingFor(ctx context.Context, outlet string) ([]reuse.Pending, error) {
	key := reuse.NormOutlet(outlet)
	if x.own != nil {
		readSet(x.own.readOutlets, x.own.cur, key)
	}
	var changed map[string]*reuse.Pending
	if x.own != nil {
		changed = x.own.pendingState()
	}
	rows, err := x.q.Query(ctx, `SELECT reprint, outlet, published FROM reuse_pending WHERE outlet = $1 ORDER BY reprint`, key)
	if err != nil {
		return nil, fmt.Errorf("postgres: reuse index: pending for %s: %w", outlet, err)
	}
	defer rows.Close()
	var out []reuse.Pending
	for rows.Next() {
		var p reuse.Pending
		if err := rows.Scan(&p.Reprint, &p.Outlet, &p.Published); err != nil {
			return nil, fmt.Errorf("postgres: reuse index: pending for %s: %w", outlet, err)
		}
		if _, ok := changed[p.Reprint]; ok {
			continue // as the overlay has it, below
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: reuse index: pending for %s: %w", outlet, err)
	}
	if x.own != nil {
		for _, p := range changed {
			if p != nil && p.Outlet == key {
				out = append(out, *p)
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Reprint < out[j].Reprint })
	}
	return out, nil
}

// DeletePending forgets the pending link of a reprint.
func (x *ReuseIndex) DeletePending(ctx context.Context, reprint string) error {
	if x.own != nil {
		x.own.pending = append(x.own.pending, pendingOp{doc: x.own.cur, reprint: reprint})
		return nil
	}
	if _, err := x.q.Exec(ctx, `DELETE FROM reuse_pending WHERE reprint = $1`, reprint); err != nil {
		return fmt.Errorf("postgres: reuse index: pending %s: %w", reprint, err)
	}
	return nil
}

// PutEdges stores edges; an edge equal to a stored one is kept once.
func (x *ReuseIndex) PutEdges(ctx context.Context, es []reuse.Edge) error {
	if x.own != nil {
		x.own.putEdges(es)
		return nil
	}
	return putEdges(ctx, x.q, es)
}

func putEdges(ctx context.Context, q querier, es []reuse.Edge) error {
	if len(es) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for _, e := range es {
		b.Queue(`INSERT INTO reuse_edges (kind, a, b, a_start, a_end, b_start, b_end, similarity)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
			e.Kind, e.A, e.B, e.AStart, e.AEnd, e.BStart, e.BEnd, e.Similarity)
	}
	// One batch is one implicit transaction on the pool, and runs inside
	// the caller's transaction otherwise: all edges or none.
	if err := q.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("postgres: reuse index: edges: %w", err)
	}
	return nil
}

// Edges returns the edges touching a document, as A or as B.
func (x *ReuseIndex) Edges(ctx context.Context, doc string) ([]reuse.Edge, error) {
	rows, err := x.q.Query(ctx, `SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE a = $1
		UNION SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE b = $1`, doc)
	if err != nil {
		return nil, fmt.Errorf("postgres: reuse index: edges of %s: %w", doc, err)
	}
	defer rows.Close()
	var out []reuse.Edge
	for rows.Next() {
		var e reuse.Edge
		if err := rows.Scan(&e.Kind, &e.A, &e.B, &e.AStart, &e.AEnd, &e.BStart, &e.BEnd, &e.Similarity); err != nil {
			return nil, fmt.Errorf("postgres: reuse index: edges of %s: %w", doc, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: reuse index: edges of %s: %w", doc, err)
	}
	if x.own != nil {
		for _, e := range x.own.edges {
			if e.e.A == doc || e.e.B == doc {
				out = append(out, e.e)
			}
		}
	}
	return out, nil
}

// Len returns the number of indexed documents.
func (x *ReuseIndex) Len(ctx context.Context) (int, error) {
	var n int
	if err := x.q.QueryRow(ctx, `SELECT count(*) FROM reuse_docs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: %w", err)
	}
	if x.own != nil {
		n += len(x.own.docs)
	}
	return n, nil
}
