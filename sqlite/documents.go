package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// HasHash reports whether a document with this content hash is stored.
func (db *DB) HasHash(ctx context.Context, hash string) (bool, error) {
	if hash == "" {
		return false, nil
	}
	var n int
	if err := db.hasHash.QueryRowContext(ctx, hash).Scan(&n); err != nil {
		return false, fmt.Errorf("sqlite: has hash: %w", err)
	}
	return n == 1, nil
}

const selectDoc = `SELECT id, hash, title, byline, outlet, published, original_outlet,
	original_published, original_url, lang, body, url, source, format, profile, removed
	FROM documents`

// Document returns the document with this id, or an ENotFound error.
func (db *DB) Document(ctx context.Context, id string) (*claimtrail.Document, error) {
	rows, err := db.reader.QueryContext(ctx, selectDoc+` WHERE id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document %s: %w", id, err)
	}
	docs, err := scanDocs(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document %s: %w", id, err)
	}
	if len(docs) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENotFound, "document %q not found", id)
	}
	return &docs[0], nil
}

// Documents returns the documents matching f in id order.
func (db *DB) Documents(ctx context.Context, f claimtrail.DocumentFilter) ([]claimtrail.Document, error) {
	var where []string
	var args []any
	if f.Outlet != "" {
		where = append(where, "outlet = ?")
		args = append(args, f.Outlet)
	}
	if f.After != "" {
		where = append(where, "id > ?")
		args = append(args, f.After)
	}
	q := selectDoc
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := db.reader.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: documents: %w", err)
	}
	docs, err := scanDocs(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: documents: %w", err)
	}
	return docs, nil
}

func scanDocs(rows *sql.Rows) ([]claimtrail.Document, error) {
	defer rows.Close()
	docs := []claimtrail.Document{} // empty, not nil: a JSON API shows []
	for rows.Next() {
		d := claimtrail.Document{Kind: "doc"}
		var hash, oo, op, ou, removed sql.NullString
		if err := rows.Scan(&d.ID, &hash, &d.Title, &d.Byline, &d.Outlet, &d.Published,
			&oo, &op, &ou, &d.Lang, &d.Body, &d.URL, &d.Source, &d.Format, &d.Profile, &removed); err != nil {
			return nil, err
		}
		d.Hash = hash.String
		if oo.Valid {
			d.Original = &claimtrail.Original{Outlet: oo.String, Published: op.String, URL: ou.String}
		}
		if removed.Valid {
			if err := json.Unmarshal([]byte(removed.String), &d.Removed); err != nil {
				return nil, fmt.Errorf("decode removed lines of %s: %w", d.ID, err)
			}
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}
