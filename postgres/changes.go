package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.ChangeFeed = (*DB)(nil)

// A change cursor is "TX:SEQ": the writing transaction and position of the
// last change read (migration 0200 says why the transaction).

// ChangeHead returns a cursor before every transaction still running:
// whatever commits after the call is listed from it (and perhaps some that
// committed just before, which readers take as a harmless re-read).
func (db *DB) ChangeHead(ctx context.Context) (string, error) {
	var xmin string
	if err := db.pool.QueryRow(ctx, `SELECT pg_snapshot_xmin(pg_current_snapshot())::text`).Scan(&xmin); err != nil {
		return "", fmt.Errorf("postgres: change head: %w", err)
	}
	return xmin + ":0", nil
}

// Changes lists the documents changed after cursor, in the order their
// transactions were numbered, taking only transactions that have ended.
func (db *DB) Changes(ctx context.Context, cursor string, limit int) ([]string, string, error) {
	tx, seq := "0", int64(0)
	if cursor != "" {
		a, b, ok := strings.Cut(cursor, ":")
		n, err1 := strconv.ParseUint(a, 10, 64)
		s, err2 := strconv.ParseInt(b, 10, 64)
		if !ok || err1 != nil || err2 != nil || s < 0 {
			return nil, cursor, claimtrail.Errorf(claimtrail.EInvalid, "postgres: bad change cursor %q", cursor)
		}
		tx, seq = strconv.FormatUint(n, 10), s
	}
	if limit <= 0 {
		limit = 1000
	}
	rows, err := db.pool.Query(ctx, `SELECT doc, tx::text, seq FROM doc_changes
		WHERE (tx, seq) > ($1::xid8, $2) AND tx < pg_snapshot_xmin(pg_current_snapshot())
		ORDER BY tx, seq LIMIT $3`, tx, seq, limit)
	if err != nil {
		return nil, cursor, fmt.Errorf("postgres: changes: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id, &tx, &seq); err != nil {
			return nil, cursor, fmt.Errorf("postgres: changes: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, cursor, fmt.Errorf("postgres: changes: %w", err)
	}
	return ids, tx + ":" + strconv.FormatInt(seq, 10), nil
}
