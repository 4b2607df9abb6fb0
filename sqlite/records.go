package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// PutReuse stores reuse records in one transaction. A record is keyed by
// its pair and start offsets (a, b, a_start, b_start): storing it again
// updates the other fields instead of adding a row.
func (db *DB) PutReuse(ctx context.Context, rs []claimtrail.Reuse) error {
	for i, r := range rs {
		if r.A == "" || r.B == "" {
			return claimtrail.Errorf(claimtrail.EInvalid, "reuse record %d names no document", i)
		}
	}
	if len(rs) == 0 {
		return nil
	}
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO reuses
		(a, b, a_start, a_end, b_start, b_end, a_text, b_text, chars, similarity, earlier)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (a, b, a_start, b_start) DO UPDATE SET
			a_end = excluded.a_end, b_end = excluded.b_end, a_text = excluded.a_text,
			b_text = excluded.b_text, chars = excluded.chars,
			similarity = excluded.similarity, earlier = excluded.earlier`)
	if err != nil {
		return fmt.Errorf("sqlite: prepare: %w", err)
	}
	for _, r := range rs {
		if _, err := st.ExecContext(ctx, r.A, r.B, r.AStart, r.AEnd, r.BStart, r.BEnd,
			r.AText, r.BText, r.Chars, r.Similarity, r.Earlier); err != nil {
			return fmt.Errorf("sqlite: put reuse %s/%s: %w", r.A, r.B, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

// Reuses returns the reuse records touching f.Doc (as a or b) and touching
// a document of f.Outlet (as a or b); both filters apply when both are set.
// Records are ordered by a, b, a_start, b_start.
func (db *DB) Reuses(ctx context.Context, f claimtrail.ReuseFilter) ([]claimtrail.Reuse, error) {
	var where []string
	var args []any
	if f.Doc != "" {
		where = append(where, `(a = ? OR b = ?)`)
		args = append(args, f.Doc, f.Doc)
	}
	if f.Outlet != "" {
		where = append(where, `(a IN (SELECT id FROM documents WHERE outlet = ?)
			OR b IN (SELECT id FROM documents WHERE outlet = ?))`)
		args = append(args, f.Outlet, f.Outlet)
	}
	q := `SELECT a, b, a_start, a_end, b_start, b_end, a_text, b_text, chars, similarity, earlier FROM reuses`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY a, b, a_start, b_start"
	rows, err := db.reader.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reuses: %w", err)
	}
	defer rows.Close()
	out := []claimtrail.Reuse{}
	for rows.Next() {
		r := claimtrail.Reuse{Kind: "reuse"}
		if err := rows.Scan(&r.A, &r.B, &r.AStart, &r.AEnd, &r.BStart, &r.BEnd,
			&r.AText, &r.BText, &r.Chars, &r.Similarity, &r.Earlier); err != nil {
			return nil, fmt.Errorf("sqlite: reuses: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: reuses: %w", err)
	}
	return out, nil
}

// PutRejection records that r.Source could not be ingested. A source has
// at most one rejection: the latest replaces earlier ones. A zero r.At is
// stamped with the store's clock. The rejection is deleted when a document
// from the same source is stored later (see PutDocuments).
func (db *DB) PutRejection(ctx context.Context, r claimtrail.Rejection) error {
	if r.Source == "" {
		return claimtrail.Errorf(claimtrail.EInvalid, "rejection names no source")
	}
	at := r.At
	if at.IsZero() {
		at = db.Now()
	}
	_, err := db.writer.ExecContext(ctx, `INSERT INTO rejections (source, reason, at) VALUES (?, ?, ?)
		ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
		r.Source, r.Reason, at.UTC().Format(timeFormat))
	if err != nil {
		return fmt.Errorf("sqlite: put rejection %s: %w", r.Source, err)
	}
	return nil
}

// timeFormat is RFC 3339 in UTC with all nine fraction digits, so that
// the text sorts as the time does (RFC3339Nano trims zeros: "05Z" would
// sort after "05.5Z").
const timeFormat = "2006-01-02T15:04:05.000000000Z07:00"

// Rejections returns every rejection, oldest first (ties by source), with
// At in UTC.
func (db *DB) Rejections(ctx context.Context) ([]claimtrail.Rejection, error) {
	rows, err := db.reader.QueryContext(ctx, `SELECT source, reason, at FROM rejections ORDER BY at, source`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: rejections: %w", err)
	}
	defer rows.Close()
	out := []claimtrail.Rejection{}
	for rows.Next() {
		var r claimtrail.Rejection
		var at string
		if err := rows.Scan(&r.Source, &r.Reason, &at); err != nil {
			return nil, fmt.Errorf("sqlite: rejections: %w", err)
		}
		if r.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("sqlite: rejection %s: bad time %q: %w", r.Source, at, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: rejections: %w", err)
	}
	return out, nil
}

// Stats counts the ledger. BySide has the key "" for claims of nobody's
// camp; TopPlaces holds at most 10 places, most claims first, ties by name.
func (db *DB) Stats(ctx context.Context) (claimtrail.Stats, error) {
	s := claimtrail.Stats{ByType: map[string]int{}, BySide: map[claimtrail.Side]int{}, TopPlaces: []claimtrail.PlaceCount{}}
	tx, err := db.reader.BeginTx(ctx, nil)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT coalesce(sum(n), 0) FROM claim_counts),
		(SELECT count(*) FROM rejections), (SELECT count(*) FROM reuses)`).
		Scan(&s.Documents, &s.Claims, &s.Rejections, &s.Reuses); err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	type group struct {
		query string
		add   func(key string, n int)
	}
	for _, g := range []group{
		// The counters the writer keeps (see migration 0001).
		{`SELECT type, sum(n) FROM claim_counts GROUP BY type HAVING sum(n) > 0`, func(k string, n int) { s.ByType[k] = n }},
		{`SELECT side, sum(n) FROM claim_counts GROUP BY side HAVING sum(n) > 0`, func(k string, n int) { s.BySide[claimtrail.Side(k)] = n }},
		{`SELECT name, n FROM place_counts WHERE n > 0 ORDER BY n DESC, name LIMIT 10`,
			func(k string, n int) { s.TopPlaces = append(s.TopPlaces, claimtrail.PlaceCount{Name: k, Count: n}) }},
	} {
		rows, err := tx.QueryContext(ctx, g.query)
		if err != nil {
			return s, fmt.Errorf("sqlite: stats: %w", err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return s, fmt.Errorf("sqlite: stats: %w", err)
			}
			g.add(k, n)
		}
		if err := rows.Close(); err != nil {
			return s, fmt.Errorf("sqlite: stats: %w", err)
		}
		if err := rows.Err(); err != nil {
			return s, fmt.Errorf("sqlite: stats: %w", err)
		}
	}
	return s, nil
}
