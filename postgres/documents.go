package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
)

// PutDocument stores doc with its claims in one transaction; see
// claimtrail.Store. It is PutDocuments with a batch of one.
func (db *DB) PutDocument(ctx context.Context, doc *claimtrail.Document, claims []claimtrail.Claim) (claimtrail.PutResult, error) {
	res, err := db.PutDocuments(ctx, []claimtrail.DocClaims{{Doc: doc, Claims: claims}})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutDocuments stores a batch of documents in one transaction, with the
// PutDocument semantics for each, exactly as the SQLite ledger does: the
// batch is written whole or not at all; a document id that appears twice
// in a batch is stored twice in order; an empty claim ID becomes doc + ":"
// + the claim's index; storing a document deletes the rejection of its
// Source (unless "" or "-"); replacing a document deletes the reuse records
// touching it. The caller's slices are not modified.
//
// Concurrent writers of one document id take turns on its row lock (SELECT
// … FOR UPDATE); two writers inserting a new id at once collide on the
// primary key, and the loser's transaction runs again and finds the row.
func (db *DB) PutDocuments(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, error) {
	if err := validateBatch(batch); err != nil {
		return nil, err
	}
	var res []claimtrail.PutResult
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		res, err = db.putDocs(ctx, tx, batch)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func validateBatch(batch []claimtrail.DocClaims) error {
	for i, dc := range batch {
		if err := validate(dc.Doc, dc.Claims); err != nil {
			if len(batch) > 1 {
				return fmt.Errorf("batch element %d: %w", i, err)
			}
			return err
		}
	}
	return nil
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

const docCols = `hash, title, byline, outlet, published, original_outlet, original_published,
	original_url, lang, body, url, source, format, profile, removed, ingested_at`

// Statements of putDocs. Places and quantities are written with their claim
// in one statement (a data-modifying WITH), so a whole batch is one round
// trip after the look-up of the stored hashes.
const (
	sqlInsertDoc = `INSERT INTO documents (id, ` + docCols + `)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`
	sqlUpdateDoc = `UPDATE documents SET (` + docCols + `)
		= ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) WHERE id = $1`
	sqlDeleteClaims    = `DELETE FROM claims WHERE doc = $1`
	sqlDeleteReuses    = `DELETE FROM reuses WHERE a = $1 OR b = $1`
	sqlDeleteRejection = `DELETE FROM rejections WHERE source = $1`
	sqlInsertClaim     = `WITH c AS (
		INSERT INTO claims (id, doc, position, sentence, search, claimant_name, claimant_key,
			claimant_side, claimant_role, voice, stance, hedged, type, actor, target,
			date_start, date_end, date_text, start_off, end_off, paragraph, optional, origin, independent)
		VALUES ($1, $2, $3, $4, to_tsvector('claimtrail_search', $5), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
			$16, $17, $18, $19, $20, $21, $22, $23, $24)
		RETURNING seq
	), p AS (
		INSERT INTO claim_places (claim, ord, name, name_key, text, lat, lon, place_id)
		SELECT c.seq, x.ord - 1, x.name, x.name_key, x.text, x.lat, x.lon, x.place_id
		FROM c, unnest($25::text[], $26::text[], $27::text[], $28::float8[], $29::float8[], $30::text[])
			WITH ORDINALITY AS x(name, name_key, text, lat, lon, place_id, ord)
	)
	INSERT INTO quantities (claim, ord, item, n, max, qual, text)
	SELECT c.seq, x.ord - 1, x.item, x.n, x.max, x.qual, x.text
	FROM c, unnest($31::text[], $32::int8[], $33::int8[], $34::text[], $35::text[])
		WITH ORDINALITY AS x(item, n, max, qual, text, ord)`
)

// stored is what putDocs knows of a document id in the ledger.
type stored struct {
	exists bool
	hash   *string
}

// putDocs writes a validated batch in tx and returns one result per
// element.
func (db *DB) putDocs(ctx context.Context, tx pgx.Tx, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, error) {
	ids := make([]string, 0, len(batch))
	for _, dc := range batch {
		ids = append(ids, dc.Doc.ID)
	}
	// Lock the stored rows in id order, so that two batches sharing ids
	// cannot deadlock.
	rows, err := tx.Query(ctx, `SELECT id, hash FROM documents WHERE id = ANY($1) ORDER BY id FOR UPDATE`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: look up documents: %w", err)
	}
	state := map[string]stored{}
	for rows.Next() {
		var id string
		var hash *string
		if err := rows.Scan(&id, &hash); err != nil {
			rows.Close()
			return nil, fmt.Errorf("postgres: look up documents: %w", err)
		}
		state[id] = stored{exists: true, hash: hash}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: look up documents: %w", err)
	}

	now := db.Now()
	res := make([]claimtrail.PutResult, len(batch))
	b := &pgx.Batch{}
	// what[i] names the statement queued i-th and doc[i] its document,
	// for error messages.
	var what, docOf []string
	queue := func(w, docID, sql string, args ...any) {
		b.Queue(sql, args...)
		what = append(what, w)
		docOf = append(docOf, docID)
	}
	for i, dc := range batch {
		doc := dc.Doc
		st := state[doc.ID]
		if st.exists && st.hash != nil && doc.Hash != "" && *st.hash == doc.Hash {
			res[i] = claimtrail.PutUnchanged
			continue
		}
		args := docArgs(doc, now)
		if st.exists {
			res[i] = claimtrail.PutReplaced
			queue("update document "+doc.ID, doc.ID, sqlUpdateDoc, args...)
			queue("delete claims of "+doc.ID, doc.ID, sqlDeleteClaims, doc.ID)
			queue("delete reuses of "+doc.ID, doc.ID, sqlDeleteReuses, doc.ID)
		} else {
			res[i] = claimtrail.PutNew
			queue("insert document "+doc.ID, doc.ID, sqlInsertDoc, args...)
		}
		if doc.Source != "" && doc.Source != "-" {
			queue("clear rejection of "+doc.Source, doc.ID, sqlDeleteRejection, doc.Source)
		}
		for pos := range dc.Claims {
			c := &dc.Claims[pos]
			id := c.ID
			if id == "" {
				id = fmt.Sprintf("%s:%d", doc.ID, pos)
			}
			queue("insert claim "+id, doc.ID, sqlInsertClaim, claimArgs(doc.ID, id, pos, c)...)
		}
		var hash *string
		if doc.Hash != "" {
			h := doc.Hash
			hash = &h
		}
		state[doc.ID] = stored{exists: true, hash: hash}
	}
	if b.Len() == 0 {
		return res, nil
	}
	br := tx.SendBatch(ctx, b)
	for i := range what {
		if _, err := br.Exec(); err != nil {
			br.Close()
			if pe := pgError(err); pe != nil && pe.Code == "23505" && pe.ConstraintName == "claims_id_key" {
				id := strings.TrimPrefix(what[i], "insert claim ")
				return nil, &claimtrail.Error{Kind: claimtrail.EConflict,
					Message: fmt.Sprintf("claim id %q of document %s is already stored", id, docOf[i]), Err: err}
			}
			return nil, fmt.Errorf("postgres: %s: %w", what[i], err)
		}
	}
	if err := br.Close(); err != nil {
		return nil, fmt.Errorf("postgres: write documents: %w", err)
	}
	return res, nil
}

// docArgs are the documents columns, id first, in the order of docCols.
func docArgs(d *claimtrail.Document, now any) []any {
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
		removed = d.Removed
	}
	return []any{d.ID, hash, d.Title, d.Byline, d.Outlet, d.Published, oo, op, ou,
		d.Lang, d.Body, d.URL, d.Source, d.Format, d.Profile, removed, now}
}

func claimArgs(docID, id string, pos int, c *claimtrail.Claim) []any {
	var ds, de, dt any
	if c.Date != nil {
		ds, de, dt = c.Date.Start, c.Date.End, c.Date.Text
	}
	pn := make([]string, len(c.Places))
	pk := make([]string, len(c.Places))
	pt := make([]string, len(c.Places))
	plat := make([]float64, len(c.Places))
	plon := make([]float64, len(c.Places))
	pid := make([]string, len(c.Places))
	for i, p := range c.Places {
		pn[i], pk[i], pt[i], plat[i], plon[i], pid[i] = p.Name, strings.ToLower(p.Name), p.Text, p.Lat, p.Lon, p.ID
	}
	qi := make([]string, len(c.Quantities))
	qn := make([]int64, len(c.Quantities))
	qm := make([]int64, len(c.Quantities))
	qq := make([]string, len(c.Quantities))
	qt := make([]string, len(c.Quantities))
	for i, q := range c.Quantities {
		qi[i], qn[i], qm[i], qq[i], qt[i] = q.Item, q.N, q.Max, q.Qual, q.Text
	}
	return []any{id, docID, pos, c.Sentence, searchText(c.Sentence),
		c.Claimant.Name, strings.ToLower(c.Claimant.Name), string(c.Claimant.Side), c.Claimant.Role,
		c.Voice, c.Stance, c.Hedged, c.Type, string(c.Actor), string(c.Target),
		ds, de, dt, c.Start, c.End, c.Paragraph, c.Optional, c.Origin, c.Independent,
		pn, pk, pt, plat, plon, pid, qi, qn, qm, qq, qt}
}

// HasHash reports whether a document with this content hash is stored.
func (db *DB) HasHash(ctx context.Context, hash string) (bool, error) {
	if hash == "" {
		return false, nil
	}
	var ok bool
	err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE hash = $1)`, hash).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("postgres: has hash: %w", err)
	}
	return ok, nil
}

const selectDoc = `SELECT id, hash, title, byline, outlet, published, original_outlet,
	original_published, original_url, lang, body, url, source, format, profile, removed
	FROM documents`

// Document returns the document with this id, or an ENotFound error.
func (db *DB) Document(ctx context.Context, id string) (*claimtrail.Document, error) {
	docs, err := db.queryDocs(ctx, selectDoc+` WHERE id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: document %s: %w", id, err)
	}
	if len(docs) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENotFound, "document %q not found", id)
	}
	return &docs[0], nil
}

// Documents returns the documents matching f in id (byte) order.
func (db *DB) Documents(ctx context.Context, f claimtrail.DocumentFilter) ([]claimtrail.Document, error) {
	var where []string
	var args []any
	if f.Outlet != "" {
		args = append(args, f.Outlet)
		where = append(where, fmt.Sprintf("outlet = $%d", len(args)))
	}
	if f.After != "" {
		args = append(args, f.After)
		where = append(where, fmt.Sprintf("id > $%d", len(args)))
	}
	q := selectDoc
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id"
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	docs, err := db.queryDocs(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: documents: %w", err)
	}
	return docs, nil
}

func (db *DB) queryDocs(ctx context.Context, q string, args ...any) ([]claimtrail.Document, error) {
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	docs := []claimtrail.Document{} // empty, not nil: a JSON API shows []
	for rows.Next() {
		d := claimtrail.Document{Kind: "doc"}
		var hash, oo, op, ou *string
		if err := rows.Scan(&d.ID, &hash, &d.Title, &d.Byline, &d.Outlet, &d.Published,
			&oo, &op, &ou, &d.Lang, &d.Body, &d.URL, &d.Source, &d.Format, &d.Profile, &d.Removed); err != nil {
			return nil, err
		}
		if hash != nil {
			d.Hash = *hash
		}
		if oo != nil {
			d.Original = &claimtrail.Original{Outlet: *oo, Published: deref(op), URL: deref(ou)}
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// errNoRows reports whether err is pgx's "no rows".
func errNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
