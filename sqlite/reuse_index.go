package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// ReuseIndex is the reuse.Index kept in the ledger's database (tables of
// migration 0100_reuse.sql).
//
// Writes go through the writer pool, one transaction per call; reads go
// through the reader pool, which WAL runs beside the writer, so readers are
// never blocked and always see whole documents. The reuse.Detector
// serialises its writes; concurrent writers from several detectors would be
// serialised by the writer's single connection.
type ReuseIndex struct {
	w, r *sql.DB
}

var _ reuse.Index = (*ReuseIndex)(nil)

// ReuseIndex returns the reuse index stored in db.
func (db *DB) ReuseIndex() *ReuseIndex { return NewReuseIndex(db.SQL(), db.ReadSQL()) }

// NewReuseIndex returns a reuse index over a database holding the tables of
// migration 0100_reuse.sql; writer takes writes, reader (which may be the
// same pool) reads.
func NewReuseIndex(writer, reader *sql.DB) *ReuseIndex {
	if reader == nil {
		reader = writer
	}
	return &ReuseIndex{w: writer, r: reader}
}

// chunk is the most values bound in one IN list (SQLite allows 32766).
const chunk = 500

func (x *ReuseIndex) PutDoc(ctx context.Context, e reuse.Entry) (int64, error) {
	tx, err := x.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: reuse index: %w", err)
	}
	defer tx.Rollback()
	m := e.Meta
	res, err := tx.ExecContext(ctx, `INSERT INTO reuse_docs (id, outlet, outlet_key, published, title, orig_outlet, orig_published, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		m.ID, m.Outlet, reuse.NormOutlet(m.Outlet), m.Published, m.Title, m.OrigOutlet, m.OrigPublished, e.Body)
	if err != nil {
		return 0, fmt.Errorf("sqlite: reuse index: put %s: %w", m.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, reuse.ErrDuplicate(m.ID)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("sqlite: reuse index: put %s: %w", m.ID, err)
	}
	// One statement per chunk of keys: round trips, not rows, are what
	// cost here. A posting is added only while the key has at most
	// KeyLimit documents, so a stop key costs limit+1 rows forever and the
	// count below never reads more than that.
	keys := dedupe(e.Keys)
	for lo := 0; lo < len(keys); lo += chunk {
		hi := min(lo+chunk, len(keys))
		marks := strings.TrimSuffix(strings.Repeat("(?),", hi-lo), ",")
		args := make([]any, 0, hi-lo+2)
		args = append(args, seq)
		for _, k := range keys[lo:hi] {
			args = append(args, int64(k))
		}
		args = append(args, e.KeyLimit)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO reuse_keys (key, doc)
			SELECT v.column1, ? FROM (VALUES `+marks+`) AS v
			WHERE (SELECT count(*) FROM reuse_keys WHERE key = v.column1) <= ?`, args...); err != nil {
			return 0, fmt.Errorf("sqlite: reuse index: keys of %s: %w", m.ID, err)
		}
	}
	hashes := dedupe(e.Passages)
	for lo := 0; lo < len(hashes); lo += chunk {
		hi := min(lo+chunk, len(hashes))
		marks, args := inList(hashes[lo:hi])
		marks = strings.ReplaceAll(marks, "?", "(?, 1)")
		if _, err := tx.ExecContext(ctx, `INSERT INTO reuse_passages (hash, n) VALUES `+marks+`
			ON CONFLICT (hash) DO UPDATE SET n = n + 1`, args...); err != nil {
			return 0, fmt.Errorf("sqlite: reuse index: passages of %s: %w", m.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: reuse index: put %s: %w", m.ID, err)
	}
	return seq, nil
}

const reuseDocCols = `seq, id, outlet, published, title, orig_outlet, orig_published`

func scanMeta(row interface{ Scan(...any) error }) (reuse.DocMeta, error) {
	var m reuse.DocMeta
	err := row.Scan(&m.Seq, &m.ID, &m.Outlet, &m.Published, &m.Title, &m.OrigOutlet, &m.OrigPublished)
	return m, err
}

func (x *ReuseIndex) doc(ctx context.Context, where string, arg any) (reuse.DocMeta, bool, error) {
	m, err := scanMeta(x.r.QueryRowContext(ctx, `SELECT `+reuseDocCols+` FROM reuse_docs WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return reuse.DocMeta{}, false, nil
	}
	if err != nil {
		return reuse.DocMeta{}, false, fmt.Errorf("sqlite: reuse index: %w", err)
	}
	return m, true, nil
}

func (x *ReuseIndex) Doc(ctx context.Context, id string) (reuse.DocMeta, bool, error) {
	return x.doc(ctx, `id = ?`, id)
}

func (x *ReuseIndex) DocBySeq(ctx context.Context, seq int64) (reuse.DocMeta, bool, error) {
	return x.doc(ctx, `seq = ?`, seq)
}

func (x *ReuseIndex) Body(ctx context.Context, id string) (string, error) {
	var b string
	err := x.r.QueryRowContext(ctx, `SELECT body FROM reuse_docs WHERE id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return "", reuseNotIndexed(id)
	}
	if err != nil {
		return "", fmt.Errorf("sqlite: reuse index: body of %s: %w", id, err)
	}
	return b, nil
}

// inList returns "?,?,…" for n values and the values as int64 arguments.
func inList(vals []uint64) (string, []any) {
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = int64(v)
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(vals)), ","), args
}

func (x *ReuseIndex) Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error) {
	out := make([][]int64, len(keys))
	pos := map[uint64][]int{}
	for i, k := range keys {
		pos[k] = append(pos[k], i)
	}
	got := map[uint64][]int64{}
	for lo := 0; lo < len(keys); lo += chunk {
		hi := min(lo+chunk, len(keys))
		marks, args := inList(keys[lo:hi])
		rows, err := x.r.QueryContext(ctx, `SELECT key, doc FROM reuse_keys WHERE key IN (`+marks+`) ORDER BY key, doc`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: postings: %w", err)
		}
		for rows.Next() {
			var k, d int64
			if err := rows.Scan(&k, &d); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: reuse index: postings: %w", err)
			}
			got[uint64(k)] = append(got[uint64(k)], d)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: postings: %w", err)
		}
	}
	for k, ds := range got {
		if len(ds) > limit {
			continue
		}
		for _, i := range pos[k] {
			out[i] = ds
		}
	}
	return out, nil
}

func (x *ReuseIndex) PassageDF(ctx context.Context, hashes []uint64) ([]int, error) {
	out := make([]int, len(hashes))
	n := map[uint64]int{}
	for lo := 0; lo < len(hashes); lo += chunk {
		hi := min(lo+chunk, len(hashes))
		marks, args := inList(hashes[lo:hi])
		rows, err := x.r.QueryContext(ctx, `SELECT hash, n FROM reuse_passages WHERE hash IN (`+marks+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: passage frequency: %w", err)
		}
		for rows.Next() {
			var h int64
			var c int
			if err := rows.Scan(&h, &c); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: reuse index: passage frequency: %w", err)
			}
			n[uint64(h)] = c
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: passage frequency: %w", err)
		}
	}
	for i, h := range hashes {
		out[i] = n[h]
	}
	return out, nil
}

func (x *ReuseIndex) DocsByOutlet(ctx context.Context, outlet, from, to string) ([]reuse.DocMeta, error) {
	key := reuse.NormOutlet(outlet)
	if key == "" {
		return nil, nil
	}
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
	return out, rows.Err()
}

func (x *ReuseIndex) PutPending(ctx context.Context, p reuse.Pending) error {
	_, err := x.w.ExecContext(ctx, `INSERT INTO reuse_pending (reprint, outlet, published) VALUES (?, ?, ?)
		ON CONFLICT (reprint) DO UPDATE SET outlet = excluded.outlet, published = excluded.published`,
		p.Reprint, reuse.NormOutlet(p.Outlet), p.Published)
	if err != nil {
		return fmt.Errorf("sqlite: reuse index: pending %s: %w", p.Reprint, err)
	}
	return nil
}

func (x *ReuseIndex) PendingFor(ctx context.Context, outlet string) ([]reuse.Pending, error) {
	rows, err := x.r.QueryContext(ctx, `SELECT reprint, outlet, published FROM reuse_pending WHERE outlet = ? ORDER BY reprint`,
		reuse.NormOutlet(outlet))
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
		out = append(out, p)
	}
	return out, rows.Err()
}

func (x *ReuseIndex) DeletePending(ctx context.Context, reprint string) error {
	if _, err := x.w.ExecContext(ctx, `DELETE FROM reuse_pending WHERE reprint = ?`, reprint); err != nil {
		return fmt.Errorf("sqlite: reuse index: pending %s: %w", reprint, err)
	}
	return nil
}

func (x *ReuseIndex) PutEdges(ctx context.Context, es []reuse.Edge) error {
	tx, err := x.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: reuse index: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO reuse_edges
		(kind, a, b, a_start, a_end, b_start, b_end, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("sqlite: reuse index: %w", err)
	}
	defer st.Close()
	for _, e := range es {
		if _, err := st.ExecContext(ctx, e.Kind, e.A, e.B, e.AStart, e.AEnd, e.BStart, e.BEnd, e.Similarity); err != nil {
			return fmt.Errorf("sqlite: reuse index: edge %s-%s: %w", e.A, e.B, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: reuse index: edges: %w", err)
	}
	return nil
}

func (x *ReuseIndex) Edges(ctx context.Context, doc string) ([]reuse.Edge, error) {
	rows, err := x.r.QueryContext(ctx, `SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE a = ?1
		UNION SELECT kind, a, b, a_start, a_end, b_start, b_end, similarity FROM reuse_edges WHERE b = ?1`, doc)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reuse index: edges of %s: %w", doc, err)
	}
	defer rows.Close()
	var out []reuse.Edge
	for rows.Next() {
		var e reuse.Edge
		if err := rows.Scan(&e.Kind, &e.A, &e.B, &e.AStart, &e.AEnd, &e.BStart, &e.BEnd, &e.Similarity); err != nil {
			return nil, fmt.Errorf("sqlite: reuse index: edges of %s: %w", doc, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (x *ReuseIndex) Len(ctx context.Context) (int, error) {
	var n int
	if err := x.r.QueryRowContext(ctx, `SELECT count(*) FROM reuse_docs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: reuse index: %w", err)
	}
	return n, nil
}

func reuseNotIndexed(id string) error {
	return claimtrail.Errorf(claimtrail.ENotFound, "reuse index: document %q is not indexed", id)
}

// dedupe returns the distinct values of x in their first order.
func dedupe(x []uint64) []uint64 {
	seen := make(map[uint64]bool, len(x))
	out := make([]uint64, 0, len(x))
	for _, v := range x {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
