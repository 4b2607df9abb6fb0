package sqlite

import (
	"context"
	"fmt"
	"strconv"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.ChangeFeed = (*DB)(nil)

// ChangeHead returns the cursor of the latest committed change.
func (db *DB) ChangeHead(ctx context.Context) (string, error) {
	var seq int64
	if err := db.reader.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM doc_changes`).Scan(&seq); err != nil {
		return "", fmt.Errorf("sqlite: change head: %w", err)
	}
	return strconv.FormatInt(seq, 10), nil
}

// Changes lists the documents changed after cursor, a seq of the change
// feed (migration 0200): triggers move a document's row to a new seq each
// time it is written, and SQLite commits one writer at a time, so seqs
// appear in order.
func (db *DB) Changes(ctx context.Context, cursor string, limit int) ([]string, string, error) {
	var after int64
	if cursor != "" {
		var err error
		if after, err = strconv.ParseInt(cursor, 10, 64); err != nil || after < 0 {
			return nil, cursor, claimtrail.Errorf(claimtrail.EInvalid, "sqlite: bad change cursor %q", cursor)
		}
	}
	if limit <= 0 {
		limit = 1000
	}
	rows, err := db.reader.QueryContext(ctx, `SELECT seq, doc FROM doc_changes WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, cursor, fmt.Errorf("sqlite: changes: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&after, &id); err != nil {
			return nil, cursor, fmt.Errorf("sqlite: changes: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, cursor, fmt.Errorf("sqlite: changes: %w", err)
	}
	return ids, strconv.FormatInt(after, 10), nil
}
