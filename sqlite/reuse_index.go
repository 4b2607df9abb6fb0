package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"sort"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// ReuseIndex is the reuse.Index kept in the ledger's database (tables of
// migrations 0100 and 0101).
//
// The postings and passage counts, which the Detector reads for every
// document, live in memory (a reuse.KeyTable) and are rebuilt from
// reuse_docs the first time the index is used: a lookup costs hash probes,
// not B-tree reads, whatever the size of the ledger. Writes are buffered:
// documents, edges and pending links go to the file in one transaction
// every FlushEvery documents and on Flush, many rows per statement.
// Everything buffered is visible to readers of this ReuseIndex at once.
//
// Nothing else in memory grows with the ledger but a filter of the ids
// (idFilter, at most 4 bytes a document): document metadata, pending
// reprint links and edges are read from the file (by primary key or
// index), and the buffers hold at most FlushEvery documents and what they
// brought.
//
// A process that dies loses the buffered documents of the index, never the
// ledger's consistency: reuse_state.watermark records the highest
// documents.rowid whose document is indexed, and CatchUpReuse indexes the
// documents stored above it (see there). A body is not stored twice: when
// documents holds the same body under the same id, reuse_docs keeps NULL
// and Body reads the ledger's.
//
// One ReuseIndex per file should write at a time (one process, one
// instance): a flush checks that nobody else added documents since this
// instance loaded and fails with EConflict if they did. mu guards
// everything below it; readers hold it shared across their SQL query so
// that a flush (which holds it exclusively) never shows them a document
// twice or not at all.
type ReuseIndex struct {
	w, r *sql.DB
	// FlushEvery is the number of documents buffered before they are
	// written (default 512). Set it before the first use.
	FlushEvery int

	keys *reuse.KeyTable

	// Statements of the reader pool, prepared on first use: the Detector
	// asks for a few documents per document it ingests.
	stmtOnce           sync.Once
	stmtErr            error
	byID, bySeq, bodyQ *sql.Stmt
	edgesQ             *sql.Stmt

	mu         sync.RWMutex
	loaded     bool
	broken     error    // a failed flush: memory no longer matches the file
	lastSeq    int64    // highest Seq assigned
	flushedSeq int64    // highest Seq in reuse_docs
	ids        idFilter // every indexed id: a miss is certain
	seed       maphash.Seed
	buf        []bufDoc       // Seqs flushedSeq+1 .. lastSeq
	bufByID    map[string]int // id -> index in buf
	edges      []reuse.Edge   // buffered, distinct
	edgeSet    map[reuse.Edge]struct{}
	// pendingOps holds the pending links changed since the flush, by
	// reprint: the new link, or nil when it was deleted.
	pendingOps map[string]*reuse.Pending
}

type bufDoc struct {
	meta     reuse.DocMeta
	body     string
	keys     []uint64 // as the key table recorded them
	passages []uint64
}

var (
	_ reuse.Index   = (*ReuseIndex)(nil)
	_ reuse.Flusher = (*ReuseIndex)(nil)
)

// ReuseIndex returns the reuse index stored in db. Use one per process
// for writing (see ReuseIndex).
func (db *DB) ReuseIndex() *ReuseIndex { return NewReuseIndex(db.SQL(), db.ReadSQL()) }

// NewReuseIndex returns a reuse index over a ledger database; writer takes
// writes, reader (which may be the same pool) reads.
func NewReuseIndex(writer, reader *sql.DB) *ReuseIndex {
	if reader == nil {
		reader = writer
	}
	return &ReuseIndex{w: writer, r: reader, keys: reuse.NewKeyTable(), seed: maphash.MakeSeed()}
}

func (x *ReuseIndex) idHash(id string) uint64 { return maphash.String(x.seed, id) }

// chunk is the most values bound in one IN list (SQLite allows 32766).
const chunk = 500

// ready loads the index on first use and reports a broken index.
func (x *ReuseIndex) ready(ctx context.Context) error {
	x.mu.RLock()
	ok, broken := x.loaded, x.broken
	x.mu.RUnlock()
	if broken != nil {
		return broken
	}
	if ok {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.loaded {
		return nil
	}
	if err := x.load(ctx); err != nil {
		return fmt.Errorf("sqlite: reuse index: load: %w", err)
	}
	x.loaded = true
	return nil
}

// load rebuilds the key table from the file. Rows come in Seq order, the
// order the table recorded them in.
func (x *ReuseIndex) load(ctx context.Context) error {
	x.bufByID = map[string]int{}
	x.edgeSet = map[reuse.Edge]struct{}{}
	x.pendingOps = map[string]*reuse.Pending{}
	rows, err := x.r.QueryContext(ctx, `SELECT seq, id, keys, passages FROM reuse_docs ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var keys, passages []uint64
	for rows.Next() {
		var seq int64
		var id string
		var kb, pb sql.RawBytes
		if err := rows.Scan(&seq, &id, &kb, &pb); err != nil {
			return err
		}
		x.ids.add(x.idHash(id))
		keys, passages = decodeKeys(keys[:0], kb), decodeKeys(passages[:0], pb)
		x.keys.AddKeys(seq, keys, int(^uint(0)>>1))
		x.keys.AddPassages(passages)
		x.lastSeq = seq
	}
	if err := rows.Err(); err != nil {
		return err
	}
	x.flushedSeq = x.lastSeq
	return nil
}

func encodeKeys(ks []uint64) []byte {
	b := make([]byte, 0, 8*len(ks))
	for _, k := range ks {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	return b
}

func decodeKeys(dst []uint64, b []byte) []uint64 {
	for len(b) >= 8 {
		dst = append(dst, binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	return dst
}

func (x *ReuseIndex) PutDoc(ctx context.Context, e reuse.Entry) (int64, error) {
	if err := x.ready(ctx); err != nil {
		return 0, err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	m := e.Meta
	if _, ok := x.bufByID[m.ID]; ok {
		return 0, reuse.ErrDuplicate(m.ID)
	}
	h := x.idHash(m.ID)
	if x.ids.mayContain(h) {
		if _, ok, err := x.storedDoc(ctx, false, m.ID); err != nil {
			return 0, err
		} else if ok {
			return 0, reuse.ErrDuplicate(m.ID)
		}
	}
	x.lastSeq++
	m.Seq = x.lastSeq
	d := bufDoc{meta: m, body: e.Body, passages: e.Passages}
	d.keys = x.keys.AddKeys(m.Seq, e.Keys, e.KeyLimit)
	x.keys.AddPassages(e.Passages)
	x.ids.add(h)
	x.bufByID[m.ID] = len(x.buf)
	x.buf = append(x.buf, d)
	every := x.FlushEvery
	if every <= 0 {
		every = 512
	}
	if len(x.buf) >= every {
		if err := x.flush(ctx); err != nil {
			return 0, err
		}
	}
	return m.Seq, nil
}

// Flush writes the buffered documents, edges and pending links in one
// transaction.
func (x *ReuseIndex) Flush(ctx context.Context) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.flush(ctx)
}

// flush runs with mu held. A failure marks the index broken: the key table
// already holds the buffered documents, so it no longer matches the file;
// reopening rebuilds it and CatchUpReuse indexes what was lost.
func (x *ReuseIndex) flush(ctx context.Context) error {
	if len(x.buf) == 0 && len(x.edges) == 0 && len(x.pendingOps) == 0 {
		return nil
	}
	if err := x.writeBatch(ctx); err != nil {
		if ctx.Err() == nil {
			x.broken = fmt.Errorf("sqlite: reuse index: an earlier write failed (%w); reopen the ledger", err)
		} else {
			x.broken = fmt.Errorf("sqlite: reuse index: a write was cancelled (%w); reopen the ledger", err)
		}
		return fmt.Errorf("sqlite: reuse index: write: %w", err)
	}
	x.flushedSeq = x.lastSeq
	x.buf = x.buf[:0]
	clear(x.bufByID)
	x.edges = x.edges[:0]
	clear(x.edgeSet)
	clear(x.pendingOps)
	return nil
}

// docCols are the columns of a reuse_docs row as flush binds them; the
// body is bound once and compared with the ledger's (?2 is the id).
const docRow = `(?%d, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d, ?%d,
	CASE WHEN (SELECT body FROM documents WHERE id = ?%[2]d) = ?%[9]d THEN NULL ELSE ?%[9]d END, ?%d, ?%d)`

const docsPerInsert = 64

func (x *ReuseIndex) writeBatch(ctx context.Context) error {
	tx, err := x.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var top int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM reuse_docs`).Scan(&top); err != nil {
		return err
	}
	if top != x.flushedSeq {
		return claimtrail.Errorf(claimtrail.EConflict,
			"another index instance wrote documents %d..%d to this ledger; use one reuse index per ledger", x.flushedSeq+1, top)
	}
	for lo := 0; lo < len(x.buf); lo += docsPerInsert {
		part := x.buf[lo:min(lo+docsPerInsert, len(x.buf))]
		var q strings.Builder
		q.WriteString(`INSERT INTO reuse_docs (seq, id, outlet, outlet_key, published, title, orig_outlet, orig_published, body, keys, passages) VALUES `)
		args := make([]any, 0, 11*len(part))
		for i, d := range part {
			if i > 0 {
				q.WriteString(", ")
			}
			b := 11 * i
			fmt.Fprintf(&q, docRow, b+1, b+2, b+3, b+4, b+5, b+6, b+7, b+8, b+9, b+10, b+11)
			m := d.meta
			args = append(args, m.Seq, m.ID, m.Outlet, reuse.NormOutlet(m.Outlet), m.Published, m.Title,
				m.OrigOutlet, m.OrigPublished, d.body, encodeKeys(d.keys), encodeKeys(d.passages))
		}
		if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
			return fmt.Errorf("documents %d..: %w", part[0].meta.Seq, err)
		}
	}
	const edgeCols = 8
	for lo := 0; lo < len(x.edges); lo += chunk / edgeCols {
		part := x.edges[lo:min(lo+chunk/edgeCols, len(x.edges))]
		args := make([]any, 0, edgeCols*len(part))
		for _, e := range part {
			args = append(args, e.Kind, e.A, e.B, e.AStart, e.AEnd, e.BStart, e.BEnd, e.Similarity)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO reuse_edges
			(kind, a, b, a_start, a_end, b_start, b_end, similarity) VALUES `+reuseValues(len(part), edgeCols), args...); err != nil {
			return fmt.Errorf("edges: %w", err)
		}
	}
	for reprint, p := range x.pendingOps {
		if p == nil {
			if _, err := tx.ExecContext(ctx, `DELETE FROM reuse_pending WHERE reprint = ?`, reprint); err != nil {
				return fmt.Errorf("pending %s: %w", reprint, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO reuse_pending (reprint, outlet, published) VALUES (?, ?, ?)
			ON CONFLICT (reprint) DO UPDATE SET outlet = excluded.outlet, published = excluded.published`,
			p.Reprint, p.Outlet, p.Published); err != nil {
			return fmt.Errorf("pending %s: %w", reprint, err)
		}
	}
	// The watermark moves to the newest ledger row among the documents
	// written. Documents are indexed in the order they were stored, so
	// every row below it is indexed too.
	var mark int64
	for lo := 0; lo < len(x.buf); lo += chunk {
		part := x.buf[lo:min(lo+chunk, len(x.buf))]
		args := make([]any, len(part))
		for i, d := range part {
			args[i] = d.meta.ID
		}
		var m sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT max(rowid) FROM documents WHERE id IN (`+
			strings.TrimSuffix(strings.Repeat("?,", len(part)), ",")+`)`, args...).Scan(&m); err != nil {
			return fmt.Errorf("watermark: %w", err)
		}
		mark = max(mark, m.Int64)
	}
	if mark > 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE reuse_state SET watermark = max(watermark, ?)`, mark); err != nil {
			return fmt.Errorf("watermark: %w", err)
		}
	}
	return tx.Commit()
}

const reuseDocCols = `seq, id, outlet, published, title, orig_outlet, orig_published`

func scanMeta(row interface{ Scan(...any) error }) (reuse.DocMeta, error) {
	var m reuse.DocMeta
	err := row.Scan(&m.Seq, &m.ID, &m.Outlet, &m.Published, &m.Title, &m.OrigOutlet, &m.OrigPublished)
	return m, err
}

func (x *ReuseIndex) prepare(ctx context.Context) error {
	x.stmtOnce.Do(func() {
		var err error
		prep := func(q string) *sql.Stmt {
			if err != nil {
				return nil
			}
			var st *sql.Stmt
			st, err = x.r.PrepareContext(ctx, q)
			return st
		}
		x.byID = prep(`SELECT ` + reuseDocCols + ` FROM reuse_docs WHERE id = ?`)
		x.bySeq = prep(`SELECT ` + reuseDocCols + ` FROM reuse_docs WHERE seq = ?`)
		x.bodyQ = prep(`SELECT coalesce(r.body, (SELECT d.body FROM documents d WHERE d.id = r.id))
			FROM reuse_docs r WHERE r.id = ?`)
		x.edgesQ = prep(`SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE a = ?1
			UNION SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE b = ?1`)
		x.stmtErr = err
	})
	if x.stmtErr != nil {
		return fmt.Errorf("sqlite: reuse index: prepare: %w", x.stmtErr)
	}
	return nil
}

// Close releases the index's prepared statements; the index must not be
// used afterwards. Buffered writes are not flushed: call Flush first.
func (x *ReuseIndex) Close() error {
	var errs []error
	for _, st := range []*sql.Stmt{x.byID, x.bySeq, x.bodyQ, x.edgesQ} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// storedDoc reads a flushed document by id (bySeq false) or Seq; mu must
// be held.
func (x *ReuseIndex) storedDoc(ctx context.Context, bySeq bool, arg any) (reuse.DocMeta, bool, error) {
	if err := x.prepare(ctx); err != nil {
		return reuse.DocMeta{}, false, err
	}
	st := x.byID
	if bySeq {
		st = x.bySeq
	}
	m, err := scanMeta(st.QueryRowContext(ctx, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return reuse.DocMeta{}, false, nil
	}
	if err != nil {
		return reuse.DocMeta{}, false, fmt.Errorf("sqlite: reuse index: %w", err)
	}
	return m, true, nil
}

func (x *ReuseIndex) Doc(ctx context.Context, id string) (reuse.DocMeta, bool, error) {
	if err := x.ready(ctx); err != nil {
		return reuse.DocMeta{}, false, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if i, ok := x.bufByID[id]; ok {
		return x.buf[i].meta, true, nil
	}
	if !x.ids.mayContain(x.idHash(id)) {
		return reuse.DocMeta{}, false, nil
	}
	return x.storedDoc(ctx, false, id)
}

func (x *ReuseIndex) DocBySeq(ctx context.Context, seq int64) (reuse.DocMeta, bool, error) {
	if err := x.ready(ctx); err != nil {
		return reuse.DocMeta{}, false, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if seq > x.flushedSeq {
		if i := seq - x.flushedSeq - 1; i < int64(len(x.buf)) {
			return x.buf[i].meta, true, nil
		}
		return reuse.DocMeta{}, false, nil
	}
	return x.storedDoc(ctx, true, seq)
}

func (x *ReuseIndex) Body(ctx context.Context, id string) (string, error) {
	if err := x.ready(ctx); err != nil {
		return "", err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if i, ok := x.bufByID[id]; ok {
		return x.buf[i].body, nil
	}
	if err := x.prepare(ctx); err != nil {
		return "", err
	}
	var b sql.NullString
	err := x.bodyQ.QueryRowContext(ctx, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return "", reuseNotIndexed(id)
	}
	if err != nil {
		return "", fmt.Errorf("sqlite: reuse index: body of %s: %w", id, err)
	}
	return b.String, nil
}

func (x *ReuseIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	return x.keys.Postings(keys, limit), nil
}

func (x *ReuseIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	return x.keys.PassageDF(hashes), nil
}

// Keys returns the in-memory key table, to read its size.
func (x *ReuseIndex) Keys() *reuse.KeyTable { return x.keys }

func inRange(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	return (from == "" || date >= from) && (to == "" || date <= to)
}

func (x *ReuseIndex) DocsByOutlet(ctx context.Context, outlet, from, to string) ([]reuse.DocMeta, error) {
	key := reuse.NormOutlet(outlet)
	if key == "" {
		return nil, nil
	}
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	q := `SELECT ` + reuseDocCols + ` FROM reuse_docs WHERE outlet_key = ?`
	args := []any{key}
	switch {
	case from == "" && to == "":
	default:
		q += ` AND published <> ''`
		if from != "" {
			q += ` AND published >= ?`
			args = append(args, from)
		}
		if to != "" {
			q += ` AND published <= ?`
			args = append(args, to)
		}
	}
	rows, err := x.r.QueryContext(ctx, q+` ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: documents of %s: %w", outlet, err)
	}
	defer rows.Close()
	var out []reuse.DocMeta
	for rows.Next() {
		m, err := scanMeta(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: documents of %s: %w", outlet, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: documents of %s: %w", outlet, err)
	}
	for _, d := range x.buf {
		if reuse.NormOutlet(d.meta.Outlet) == key && inRange(d.meta.Published, from, to) {
			out = append(out, d.meta)
		}
	}
	return out, nil
}

// Pending links live in reuse_pending; changes wait in pendingOps for the
// next batch, and reads lay them over the table's rows.

func (x *ReuseIndex) PutPending(ctx context.Context, p reuse.Pending) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	p.Outlet = reuse.NormOutlet(p.Outlet)
	x.pendingOps[p.Reprint] = &p
	return nil
}

func (x *ReuseIndex) PendingFor(ctx context.Context, outlet string) ([]reuse.Pending, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	o := reuse.NormOutlet(outlet)
	x.mu.RLock()
	defer x.mu.RUnlock()
	rows, err := x.r.QueryContext(ctx, `SELECT reprint, outlet, published FROM reuse_pending WHERE outlet = ?`, o)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: pending for %s: %w", outlet, err)
	}
	defer rows.Close()
	var out []reuse.Pending
	for rows.Next() {
		var p reuse.Pending
		if err := rows.Scan(&p.Reprint, &p.Outlet, &p.Published); err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: pending for %s: %w", outlet, err)
		}
		if _, changed := x.pendingOps[p.Reprint]; !changed {
			out = append(out, p)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: pending for %s: %w", outlet, err)
	}
	for _, p := range x.pendingOps {
		if p != nil && p.Outlet == o {
			out = append(out, *p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Reprint < out[j].Reprint })
	return out, nil
}

func (x *ReuseIndex) DeletePending(ctx context.Context, reprint string) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.pendingOps[reprint] = nil
	return nil
}

func (x *ReuseIndex) PutEdges(ctx context.Context, es []reuse.Edge) error {
	if err := x.ready(ctx); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, e := range es {
		if _, ok := x.edgeSet[e]; !ok {
			x.edgeSet[e] = struct{}{}
			x.edges = append(x.edges, e)
		}
	}
	return nil
}

func (x *ReuseIndex) Edges(ctx context.Context, doc string) ([]reuse.Edge, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := x.prepare(ctx); err != nil {
		return nil, err
	}
	rows, err := x.edgesQ.QueryContext(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: edges of %s: %w", doc, err)
	}
	defer rows.Close()
	var out []reuse.Edge
	seen := map[reuse.Edge]bool{}
	for rows.Next() {
		var e reuse.Edge
		if err := rows.Scan(&e.Kind, &e.A, &e.B, &e.AStart, &e.AEnd, &e.BStart, &e.BEnd, &e.Similarity); err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: edges of %s: %w", doc, err)
		}
		seen[e] = true
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: edges of %s: %w", doc, err)
	}
	for _, e := range x.edges {
		if (e.A == doc || e.B == doc) && !seen[e] {
			out = append(out, e)
		}
	}
	return out, nil
}

func (x *ReuseIndex) Len(ctx context.Context) (int, error) {
	if err := x.ready(ctx); err != nil {
		return 0, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	return int(x.lastSeq), nil
}

// LastSeq returns the Seq of the latest indexed document.
func (x *ReuseIndex) LastSeq(ctx context.Context) (int64, error) {
	if err := x.ready(ctx); err != nil {
		return 0, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.lastSeq, nil
}

// reuseValues returns the VALUES rows of a multi-row insert.
func reuseValues(rows, cols int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(row+",", rows), ",")
}

func reuseNotIndexed(id string) error {
	return claimtrail.Errorf(claimtrail.ENotFound, "reuse index: document %q is not indexed", id)
}
