package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// DocWithClaims is one document and its claims, an element of a
// PutDocuments batch.
type DocWithClaims struct {
	Doc    *claimtrail.Document
	Claims []claimtrail.Claim
}

// PutDocument stores doc with its claims in one transaction; see
// claimtrail.Store. It is PutDocuments with a batch of one.
func (db *DB) PutDocument(ctx context.Context, doc *claimtrail.Document, claims []claimtrail.Claim) (claimtrail.PutResult, error) {
	res, err := db.PutDocuments(ctx, []DocWithClaims{{Doc: doc, Claims: claims}})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutDocuments stores a batch of documents in one transaction, with the
// PutDocument semantics for each: the batch is written whole or not at
// all, so a killed process leaves no partial document and a re-run of the
// same batch ends with the same ledger. A document id that appears twice
// in a batch is stored twice in order (the second is unchanged or
// replaces the first). The result holds one PutResult per element.
//
// Claim IDs are kept as given; an empty one becomes doc + ":" + the
// claim's index in the slice. The caller's slices are not modified.
// Storing a document deletes the rejection recorded for its Source (unless
// the source is "" or "-"), because the input has now been ingested.
// Replacing a document deletes the reuse records touching it, because
// their offsets point into the old body; reuse detection records new ones.
func (db *DB) PutDocuments(ctx context.Context, batch []DocWithClaims) ([]claimtrail.PutResult, error) {
	for i, dc := range batch {
		if err := validate(dc.Doc, dc.Claims); err != nil {
			if len(batch) > 1 {
				return nil, fmt.Errorf("batch element %d: %w", i, err)
			}
			return nil, err
		}
	}
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	defer tx.Rollback()
	w, err := newDocWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	now := db.Now().UTC().Format(timeFormat)
	res := make([]claimtrail.PutResult, len(batch))
	for i, dc := range batch {
		// The row statements below run with context.Background(): the
		// driver starts a goroutine per statement to watch a cancellable
		// context, a fifth of ingest time. Cancellation is checked here,
		// once per document, and database/sql rolls the transaction back
		// when ctx ends.
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if res[i], err = w.put(context.Background(), dc.Doc, dc.Claims, now); err != nil {
			return nil, err
		}
		if db.hook != nil {
			db.hook("put", i)
		}
	}
	if err := w.syncFTS(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
	}
	return res, nil
}

func validate(doc *claimtrail.Document, claims []claimtrail.Claim) error {
	if doc == nil {
		return claimtrail.Errorf(claimtrail.EInvalid, "no document")
	}
	if doc.ID == "" {
		return claimtrail.Errorf(claimtrail.EInvalid, "document has no id")
	}
	for i := range claims {
		if d := claims[i].Doc; d != "" && d != doc.ID {
			return claimtrail.Errorf(claimtrail.EInvalid, "claim %d belongs to document %q, not %q", i, d, doc.ID)
		}
	}
	return nil
}

// docWriter holds the statements of one write transaction, prepared once
// and reused for every document of the batch, and the full-text index
// changes it owes.
type docWriter struct {
	hash, insertDoc, updateDoc, oldClaims, deleteClaims, deleteReuses,
	deleteRejection, insertClaim, insertPlace, insertQuantity *sql.Stmt

	// The FTS index is updated once, at the end of the transaction, by
	// syncFTS: FTS5 writes its pending terms out at every statement
	// savepoint, so indexing row by row between the claim inserts (which
	// open savepoints for their foreign keys) wrote one tiny segment per
	// claim. ftsDel holds the indexed rows whose claims were deleted;
	// ftsAdd the seqs of claims inserted in this transaction.
	ftsDel [][2]any // seq, sentence as indexed
	ftsAdd map[int64]bool
}

func newDocWriter(ctx context.Context, tx *sql.Tx) (*docWriter, error) {
	w := &docWriter{ftsAdd: map[int64]bool{}}
	const docCols = `hash, title, byline, outlet, published, original_outlet, original_published,
		original_url, lang, body, url, source, format, profile, removed, ingested_at`
	for _, s := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&w.hash, `SELECT hash FROM documents WHERE id = ?`},
		{&w.insertDoc, `INSERT INTO documents (id, ` + docCols + `)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.updateDoc, `UPDATE documents SET (` + docCols + `)
			= (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`},
		{&w.oldClaims, `SELECT seq, sentence FROM claims WHERE doc = ?`},
		{&w.deleteClaims, `DELETE FROM claims WHERE doc = ?`},
		{&w.deleteReuses, `DELETE FROM reuses WHERE a = ?1 OR b = ?1`},
		{&w.deleteRejection, `DELETE FROM rejections WHERE source = ?`},
		{&w.insertClaim, `INSERT INTO claims (id, doc, position, sentence, claimant_name, claimant_key,
			claimant_side, claimant_role, voice, stance, hedged, type, actor, target,
			date_start, date_end, date_text, start, "end", paragraph, optional, origin, independent)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.insertPlace, `INSERT INTO claim_places (claim, ord, name, name_key, text, lat, lon, place_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.insertQuantity, `INSERT INTO quantities (claim, ord, item, n, max, qual, text)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, s.query)
		if err != nil {
			return nil, fmt.Errorf("sqlite: prepare: %w", err)
		}
		*s.dst = st
	}
	return w, nil
}

func (w *docWriter) put(ctx context.Context, doc *claimtrail.Document, claims []claimtrail.Claim, now string) (claimtrail.PutResult, error) {
	var old sql.NullString
	err := w.hash.QueryRowContext(ctx, doc.ID).Scan(&old)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("sqlite: look up document %s: %w", doc.ID, err)
	}
	if exists && old.Valid && doc.Hash != "" && old.String == doc.Hash {
		return claimtrail.PutUnchanged, nil
	}

	args, err := docArgs(doc, now)
	if err != nil {
		return 0, err
	}
	result := claimtrail.PutNew
	if exists {
		result = claimtrail.PutReplaced
		if _, err := w.updateDoc.ExecContext(ctx, append(args, doc.ID)...); err != nil {
			return 0, fmt.Errorf("sqlite: update document %s: %w", doc.ID, err)
		}
		if err := w.unindex(ctx, doc.ID); err != nil {
			return 0, err
		}
		if _, err := w.deleteClaims.ExecContext(ctx, doc.ID); err != nil {
			return 0, fmt.Errorf("sqlite: delete claims of %s: %w", doc.ID, err)
		}
		if _, err := w.deleteReuses.ExecContext(ctx, doc.ID); err != nil {
			return 0, fmt.Errorf("sqlite: delete reuses of %s: %w", doc.ID, err)
		}
	} else {
		if _, err := w.insertDoc.ExecContext(ctx, append([]any{doc.ID}, args...)...); err != nil {
			return 0, fmt.Errorf("sqlite: insert document %s: %w", doc.ID, err)
		}
	}
	if doc.Source != "" && doc.Source != "-" {
		if _, err := w.deleteRejection.ExecContext(ctx, doc.Source); err != nil {
			return 0, fmt.Errorf("sqlite: clear rejection of %s: %w", doc.Source, err)
		}
	}

	for i := range claims {
		if err := w.putClaim(ctx, doc.ID, i, &claims[i]); err != nil {
			return 0, err
		}
	}
	return result, nil
}

func (w *docWriter) putClaim(ctx context.Context, docID string, pos int, c *claimtrail.Claim) error {
	id := c.ID
	if id == "" {
		id = fmt.Sprintf("%s:%d", docID, pos)
	}
	var ds, de, dt any
	if c.Date != nil {
		ds, de, dt = c.Date.Start, c.Date.End, c.Date.Text
	}
	r, err := w.insertClaim.ExecContext(ctx, id, docID, pos, c.Sentence,
		c.Claimant.Name, strings.ToLower(c.Claimant.Name), string(c.Claimant.Side), c.Claimant.Role,
		c.Voice, c.Stance, c.Hedged, c.Type, string(c.Actor), string(c.Target),
		ds, de, dt, c.Start, c.End, c.Paragraph, c.Optional, c.Origin, c.Independent)
	if err != nil {
		if isConstraint(err) {
			return &claimtrail.Error{Kind: claimtrail.EConflict,
				Message: fmt.Sprintf("claim id %q of document %s is already stored", id, docID), Err: err}
		}
		return fmt.Errorf("sqlite: insert claim %s: %w", id, err)
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return fmt.Errorf("sqlite: insert claim %s: %w", id, err)
	}
	w.ftsAdd[seq] = true
	for j, p := range c.Places {
		if _, err := w.insertPlace.ExecContext(ctx, seq, j, p.Name, strings.ToLower(p.Name), p.Text, p.Lat, p.Lon, p.ID); err != nil {
			return fmt.Errorf("sqlite: insert place of claim %s: %w", id, err)
		}
	}
	for j, q := range c.Quantities {
		if _, err := w.insertQuantity.ExecContext(ctx, seq, j, q.Item, q.N, q.Max, q.Qual, q.Text); err != nil {
			return fmt.Errorf("sqlite: insert quantity of claim %s: %w", id, err)
		}
	}
	return nil
}

// unindex notes the claims of doc, about to be deleted, for removal from
// the full-text index. A claim inserted earlier in this transaction is not
// in the index yet: it just leaves ftsAdd.
func (w *docWriter) unindex(ctx context.Context, doc string) error {
	rows, err := w.oldClaims.QueryContext(ctx, doc)
	if err != nil {
		return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var sentence string
		if err := rows.Scan(&seq, &sentence); err != nil {
			return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
		}
		if w.ftsAdd[seq] {
			delete(w.ftsAdd, seq)
		} else {
			w.ftsDel = append(w.ftsDel, [2]any{seq, sentence})
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
	}
	return nil
}

// syncFTS applies the owed full-text index changes in two statements:
// deletions first, since a new claim may reuse a deleted claim's seq.
func (w *docWriter) syncFTS(ctx context.Context, tx *sql.Tx) error {
	if len(w.ftsDel) > 0 {
		b, err := json.Marshal(w.ftsDel)
		if err != nil {
			return fmt.Errorf("sqlite: index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts, rowid, sentence)
			SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)`, string(b)); err != nil {
			return fmt.Errorf("sqlite: unindex claims: %w", err)
		}
	}
	if len(w.ftsAdd) > 0 {
		seqs := make([]int64, 0, len(w.ftsAdd))
		for seq := range w.ftsAdd {
			seqs = append(seqs, seq)
		}
		slices.Sort(seqs) // FTS5 appends rowids in order fastest
		b, err := json.Marshal(seqs)
		if err != nil {
			return fmt.Errorf("sqlite: index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, sentence)
			SELECT seq, sentence FROM claims WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`, string(b)); err != nil {
			return fmt.Errorf("sqlite: index claims: %w", err)
		}
	}
	w.ftsDel, w.ftsAdd = nil, map[int64]bool{}
	return nil
}

// docArgs are the documents columns after id, in the order of docCols.
func docArgs(d *claimtrail.Document, now string) ([]any, error) {
	var hash any
	if d.Hash != "" {
		hash = d.Hash
	}
	var oo, op, ou any
	if d.Original != nil {
		oo, op, ou = d.Original.Outlet, d.Original.Published, d.Original.URL
	}
	var removed any
	if len(d.Removed) > 0 {
		b, err := json.Marshal(d.Removed)
		if err != nil {
			return nil, fmt.Errorf("sqlite: encode removed lines of %s: %w", d.ID, err)
		}
		removed = string(b)
	}
	return []any{hash, d.Title, d.Byline, d.Outlet, d.Published, oo, op, ou,
		d.Lang, d.Body, d.URL, d.Source, d.Format, d.Profile, removed, now}, nil
}

// HasHash reports whether a document with this content hash is stored.
func (db *DB) HasHash(ctx context.Context, hash string) (bool, error) {
	if hash == "" {
		return false, nil
	}
	var n int
	err := db.reader.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE hash = ?)`, hash).Scan(&n)
	if err != nil {
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
