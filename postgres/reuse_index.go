package postgres

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// ReuseIndex is the reuse.Index kept in the ledger's schema (tables of
// migration 0100_reuse.sql), shared by every process that opens the
// ledger.
//
// Its methods run on the pool, each write in its own transaction, or, for
// the index a Reuser hands to its Detector, inside the Reuser's
// transaction. reuse.Detector serialises its writes within one process
// only; writers in several processes must go through a Reuser, which holds
// the reuse lock across a document's whole reuse step (see Reuser).
//
// Indexed documents never change, so their metadata and bodies are cached
// in the process (see docCache): a detector asks for the same candidates
// again and again, and every round trip it saves is time the reuse lock is
// held for.
type ReuseIndex struct {
	q     querier
	cache *docCache
	// mine holds the ids this index wrote in its (uncommitted)
	// transaction: they are not cached, since the transaction may roll
	// back. mineMu guards it: readers run beside the writer.
	mineMu sync.Mutex
	mine   map[string]bool
}

// isMine reports whether this index wrote id in its own transaction.
func (x *ReuseIndex) isMine(id string) bool {
	x.mineMu.Lock()
	defer x.mineMu.Unlock()
	return x.mine[id]
}

var _ reuse.Index = (*ReuseIndex)(nil)

// ReuseIndex returns the reuse index stored in the ledger. Use it to read
// (provenance, annotation); write through NewReuser.
func (db *DB) ReuseIndex() *ReuseIndex { return &ReuseIndex{q: db.pool, cache: db.cache} }

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

// PutDoc stores a document with its keys and passage hashes.
func (x *ReuseIndex) PutDoc(ctx context.Context, e reuse.Entry) (int64, error) {
	tx, err := x.q.Begin(ctx) // a savepoint inside a Reuser's transaction
	if err != nil {
		return 0, fmt.Errorf("postgres: reuse index: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	m := e.Meta
	var seq int64
	err = tx.QueryRow(ctx, `INSERT INTO reuse_docs (id, outlet, outlet_key, published, title, orig_outlet, orig_published, body)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING seq`,
		m.ID, m.Outlet, reuse.NormOutlet(m.Outlet), m.Published, m.Title, m.OrigOutlet, m.OrigPublished, e.Body).Scan(&seq)
	if errNoRows(err) {
		return 0, reuse.ErrDuplicate(m.ID)
	}
	if err != nil {
		return 0, fmt.Errorf("postgres: reuse index: put %s: %w", m.ID, err)
	}
	x.mineMu.Lock()
	if x.mine == nil {
		x.mine = map[string]bool{}
	}
	x.mine[m.ID] = true
	x.mineMu.Unlock()
	if len(e.Keys) > 0 {
		// A posting is added only while the key has at most KeyLimit
		// documents, so a stop key costs limit+1 rows forever. The counts
		// are read first, in one index scan, and only the keys under the
		// limit are inserted: a correlated count per key made the planner
		// guess, and under a growing index it guessed slow.
		keys := sortUnique(e.Keys)
		full := map[int64]bool{}
		rows, err := tx.Query(ctx, `SELECT key FROM reuse_keys WHERE key = ANY($1) GROUP BY key HAVING count(*) > $2`, keys, e.KeyLimit)
		if err != nil {
			return 0, fmt.Errorf("postgres: reuse index: keys of %s: %w", m.ID, err)
		}
		for rows.Next() {
			var k int64
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return 0, fmt.Errorf("postgres: reuse index: keys of %s: %w", m.ID, err)
			}
			full[k] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, fmt.Errorf("postgres: reuse index: keys of %s: %w", m.ID, err)
		}
		add := keys[:0]
		for _, k := range keys {
			if !full[k] {
				add = append(add, k)
			}
		}
		if len(add) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO reuse_keys (key, doc) SELECT unnest($1::int8[]), $2 ON CONFLICT DO NOTHING`, add, seq); err != nil {
				return 0, fmt.Errorf("postgres: reuse index: keys of %s: %w", m.ID, err)
			}
		}
	}
	if len(e.Passages) > 0 {
		// Distinct, since a row may be updated once per statement; sorted,
		// so that concurrent writers (outside a Reuser) lock rows in one
		// order.
		if _, err := tx.Exec(ctx, `INSERT INTO reuse_passages (hash, n)
			SELECT unnest($1::int8[]), 1
			ON CONFLICT (hash) DO UPDATE SET n = reuse_passages.n + 1`, sortUnique(e.Passages)); err != nil {
			return 0, fmt.Errorf("postgres: reuse index: passages of %s: %w", m.ID, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: put %s: %w", m.ID, err)
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
	if x.cache != nil && !x.isMine(m.ID) {
		x.cache.putMeta(m)
	}
	return m, true, nil
}

// Doc returns the metadata of an indexed document.
func (x *ReuseIndex) Doc(ctx context.Context, id string) (reuse.DocMeta, bool, error) {
	if x.cache != nil {
		if m, ok := x.cache.metaByID(id); ok {
			return m, true, nil
		}
	}
	return x.doc(ctx, `id = $1`, id)
}

// DocBySeq returns the metadata of the document indexed seq-th.
func (x *ReuseIndex) DocBySeq(ctx context.Context, seq int64) (reuse.DocMeta, bool, error) {
	if x.cache != nil {
		if m, ok := x.cache.meta(seq); ok {
			return m, true, nil
		}
	}
	return x.doc(ctx, `seq = $1`, seq)
}

// Body returns the indexed body of a document.
func (x *ReuseIndex) Body(ctx context.Context, id string) (string, error) {
	if x.cache != nil {
		if b, ok := x.cache.body(id); ok {
			return b, nil
		}
	}
	var b string
	err := x.q.QueryRow(ctx, `SELECT body FROM reuse_docs WHERE id = $1`, id).Scan(&b)
	if errNoRows(err) {
		return "", claimtrail.Errorf(claimtrail.ENotFound, "reuse index: document %q is not indexed", id)
	}
	if err != nil {
		return "", fmt.Errorf("postgres: reuse index: body of %s: %w", id, err)
	}
	if x.cache != nil && !x.isMine(id) {
		x.cache.putBody(id, b)
	}
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

// Postings returns the seqs recorded under each key, in seq order, or nil
// for a key carried by more than limit documents.
func (x *ReuseIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	out := make([][]int64, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := x.q.Query(ctx, `SELECT key, doc FROM reuse_keys WHERE key = ANY($1) ORDER BY key, doc`, signed(keys))
	if err != nil {
		return nil, fmt.Errorf("postgres: reuse index: postings: %w", err)
	}
	defer rows.Close()
	got := map[uint64][]int64{}
	for rows.Next() {
		var k, d int64
		if err := rows.Scan(&k, &d); err != nil {
			return nil, fmt.Errorf("postgres: reuse index: postings: %w", err)
		}
		got[uint64(k)] = append(got[uint64(k)], d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: reuse index: postings: %w", err)
	}
	for i, k := range keys {
		if ds := got[k]; len(ds) <= limit {
			out[i] = ds
		}
	}
	return out, nil
}

// PassageDF returns the number of documents carrying each hash.
func (x *ReuseIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	out := make([]int, len(hashes))
	if len(hashes) == 0 {
		return out, nil
	}
	rows, err := x.q.Query(ctx, `SELECT hash, n FROM reuse_passages WHERE hash = ANY($1)`, signed(hashes))
	if err != nil {
		return nil, fmt.Errorf("postgres: reuse index: passage frequency: %w", err)
	}
	defer rows.Close()
	n := map[uint64]int{}
	for rows.Next() {
		var h int64
		var c int
		if err := rows.Scan(&h, &c); err != nil {
			return nil, fmt.Errorf("postgres: reuse index: passage frequency: %w", err)
		}
		n[uint64(h)] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: reuse index: passage frequency: %w", err)
	}
	for i, h := range hashes {
		out[i] = n[h]
	}
	return out, nil
}

// DocsByOutlet returns the documents of an outlet published from..to.
func (x *ReuseIndex) DocsByOutlet(ctx context.Context, outlet, from, to string) ([]reuse.DocMeta, error) {
	key := reuse.NormOutlet(outlet)
	if key == "" {
		return nil, nil
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
	return out, rows.Err()
}

// PutPending records a reprint waiting for its original.
func (x *ReuseIndex) PutPending(ctx context.Context, p reuse.Pending) error {
	_, err := x.q.Exec(ctx, `INSERT INTO reuse_pending (reprint, outlet, published) VALUES ($1, $2, $3)
		ON CONFLICT (reprint) DO UPDATE SET outlet = excluded.outlet, published = excluded.published`,
		p.Reprint, reuse.NormOutlet(p.Outlet), p.Published)
	if err != nil {
		return fmt.Errorf("postgres: reuse index: pending %s: %w", p.Reprint, err)
	}
	return nil
}

// PendingFor returns the reprints waiting for an original of outlet.
func (x *ReuseIndex) PendingFor(ctx context.Context, outlet string) ([]reuse.Pending, error) {
	rows, err := x.q.Query(ctx, `SELECT reprint, outlet, published FROM reuse_pending WHERE outlet = $1 ORDER BY reprint`,
		reuse.NormOutlet(outlet))
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
		out = append(out, p)
	}
	return out, rows.Err()
}

// DeletePending forgets the pending link of a reprint.
func (x *ReuseIndex) DeletePending(ctx context.Context, reprint string) error {
	if _, err := x.q.Exec(ctx, `DELETE FROM reuse_pending WHERE reprint = $1`, reprint); err != nil {
		return fmt.Errorf("postgres: reuse index: pending %s: %w", reprint, err)
	}
	return nil
}

// PutEdges stores edges; an edge equal to a stored one is kept once.
func (x *ReuseIndex) PutEdges(ctx context.Context, es []reuse.Edge) error {
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
	// the Reuser's transaction otherwise: all edges or none.
	if err := x.q.SendBatch(ctx, b).Close(); err != nil {
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
	return out, rows.Err()
}

// Len returns the number of indexed documents.
func (x *ReuseIndex) Len(ctx context.Context) (int, error) {
	var n int
	if err := x.q.QueryRow(ctx, `SELECT count(*) FROM reuse_docs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: reuse index: %w", err)
	}
	return n, nil
}
