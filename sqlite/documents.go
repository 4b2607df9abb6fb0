package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// DocWithClaims is one document and its claims, an element of a
// PutDocuments batch.
// It is the domain core's DocClaims, so that the pipeline's batch writer
// finds PutDocuments by type assertion.
type DocWithClaims = claimtrail.DocClaims

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
	if err := w.finish(context.Background()); err != nil {
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

// docWriter writes the documents of one transaction. Documents are written
// as they come; claims, their places and quantities are buffered and
// written many rows per statement (bulk), and the full-text index is
// updated once at the end (syncFTS): in this pure-Go SQLite the cost of a
// statement, not of a row, dominated ingest.
type docWriter struct {
	tx *sql.Tx
	hash, insertDoc, updateDoc, oldClaims, deleteClaims, deleteReuses,
	deleteRejection, deletePlace, deleteQuantities *sql.Stmt

	claims, places, quantities *bulk
	nextSeq                    int64 // claims.seq of the next claim

	// FTS5 writes its pending terms out at every statement savepoint, and
	// the claim inserts open savepoints (foreign keys), so the index is
	// updated once, at the end. ftsDel holds the indexed rows whose claims
	// were deleted; ftsAdd the seqs of claims inserted in this transaction.
	ftsDel [][2]any // seq, sentence as indexed
	ftsAdd map[int64]bool

	// Changes to the Stats counters, written by finish.
	typeSide map[[2]string]int
	placeN   map[string]*placeCount // by name_key
}

type placeCount struct {
	name string
	n    int
}

// count adds d to the counters of a claim of type typ and claimant side,
// naming places.
func (w *docWriter) count(typ, side string, places []claimtrail.PlaceRef, d int) {
	w.typeSide[[2]string{typ, side}] += d
	for i, p := range places {
		key := strings.ToLower(p.Name)
		if slices.ContainsFunc(places[:i], func(q claimtrail.PlaceRef) bool { return strings.ToLower(q.Name) == key }) {
			continue // a claim counts once per place
		}
		pc := w.placeN[key]
		if pc == nil {
			pc = &placeCount{name: p.Name}
			w.placeN[key] = pc
		}
		pc.n += d
	}
}

const claimCols = `seq, id, doc, position, sentence, claimant_name, claimant_key,
	claimant_side, claimant_role, voice, stance, hedged, type, actor, target,
	date_start, date_end, date_text, start, "end", paragraph, optional, origin, independent,
	places, quantities`

func newDocWriter(ctx context.Context, tx *sql.Tx) (*docWriter, error) {
	w := &docWriter{tx: tx, ftsAdd: map[int64]bool{},
		typeSide: map[[2]string]int{}, placeN: map[string]*placeCount{}}
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
		{&w.oldClaims, `SELECT seq, sentence, places, type, claimant_side FROM claims WHERE doc = ?`},
		{&w.deleteClaims, `DELETE FROM claims WHERE doc = ?`},
		{&w.deletePlace, `DELETE FROM claim_places WHERE name_key = ? AND claim = ?`},
		{&w.deleteQuantities, `DELETE FROM quantities WHERE claim = ?`},
		{&w.deleteReuses, `DELETE FROM reuses WHERE a = ?1 OR b = ?1`},
		{&w.deleteRejection, `DELETE FROM rejections WHERE source = ?`},
	} {
		st, err := tx.PrepareContext(ctx, s.query)
		if err != nil {
			return nil, fmt.Errorf("sqlite: prepare: %w", err)
		}
		*s.dst = st
	}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) + 1 FROM claims`).Scan(&w.nextSeq); err != nil {
		return nil, fmt.Errorf("sqlite: next claim seq: %w", err)
	}
	w.claims = newBulk(tx, `INSERT INTO claims (`+claimCols+`) VALUES `, "", 26, 32)
	// OR IGNORE: a claim naming a place twice is indexed under it once.
	w.places = newBulk(tx, `INSERT OR IGNORE INTO claim_places (name_key, claim, name, text, lat, lon, place_id) VALUES `, "", 7, 128)
	w.quantities = newBulk(tx, `INSERT INTO quantities (claim, ord, item, n, max, qual, text) VALUES `, "", 7, 128)
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
		if err := w.deleteOld(ctx, doc.ID); err != nil {
			return 0, err
		}
		if _, err := w.updateDoc.ExecContext(ctx, append(args, doc.ID)...); err != nil {
			return 0, fmt.Errorf("sqlite: update document %s: %w", doc.ID, err)
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
		id = docID + ":" + strconv.Itoa(pos)
	}
	var ds, de, dt any
	if c.Date != nil {
		ds, de, dt = c.Date.Start, c.Date.End, c.Date.Text
	}
	places, quantities := "[]", "[]"
	if len(c.Places) > 0 {
		b, err := json.Marshal(c.Places)
		if err != nil {
			return fmt.Errorf("sqlite: encode places of claim %s: %w", id, err)
		}
		places = string(b)
	}
	if len(c.Quantities) > 0 {
		b, err := json.Marshal(c.Quantities)
		if err != nil {
			return fmt.Errorf("sqlite: encode quantities of claim %s: %w", id, err)
		}
		quantities = string(b)
	}
	seq := w.nextSeq
	w.nextSeq++
	w.ftsAdd[seq] = true
	w.count(c.Type, string(c.Claimant.Side), c.Places, 1)
	if err := w.claims.add(ctx, seq, id, docID, pos, c.Sentence,
		c.Claimant.Name, strings.ToLower(c.Claimant.Name), string(c.Claimant.Side), c.Claimant.Role,
		c.Voice, c.Stance, c.Hedged, c.Type, string(c.Actor), string(c.Target),
		ds, de, dt, c.Start, c.End, c.Paragraph, c.Optional, c.Origin, c.Independent,
		places, quantities); err != nil {
		return w.claimError(err)
	}
	for _, p := range c.Places {
		if err := w.places.add(ctx, strings.ToLower(p.Name), seq, p.Name, p.Text, p.Lat, p.Lon, p.ID); err != nil {
			return fmt.Errorf("sqlite: insert places: %w", err)
		}
	}
	for j, q := range c.Quantities {
		if err := w.quantities.add(ctx, seq, j, q.Item, q.N, q.Max, q.Qual, q.Text); err != nil {
			return fmt.Errorf("sqlite: insert quantities: %w", err)
		}
	}
	return nil
}

// claimError explains a failed claims insert: a constraint failure there
// is a claim id stored twice.
func (w *docWriter) claimError(err error) error {
	if !isConstraint(err) {
		return fmt.Errorf("sqlite: insert claims: %w", err)
	}
	return &claimtrail.Error{Kind: claimtrail.EConflict,
		Message: "a claim id is stored twice (claim ids must be unique across documents)", Err: err}
}

// flush writes the buffered rows.
func (w *docWriter) flush(ctx context.Context) error {
	if err := w.claims.flush(ctx); err != nil {
		return w.claimError(err)
	}
	if err := w.places.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: insert places: %w", err)
	}
	if err := w.quantities.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: insert quantities: %w", err)
	}
	return nil
}

// deleteOld deletes the claims of doc with their places and quantities,
// and notes their sentences for removal from the full-text index. Claims
// inserted earlier in this transaction are not indexed yet: they just
// leave ftsAdd.
func (w *docWriter) deleteOld(ctx context.Context, doc string) error {
	// Buffered claims may belong to doc (stored twice in one batch).
	if err := w.flush(ctx); err != nil {
		return err
	}
	type old struct {
		seq    int64
		places []claimtrail.PlaceRef
	}
	var olds []old
	rows, err := w.oldClaims.QueryContext(ctx, doc)
	if err != nil {
		return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
	}
	for rows.Next() {
		var o old
		var sentence, places, typ, side string
		if err := rows.Scan(&o.seq, &sentence, &places, &typ, &side); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
		}
		if err := json.Unmarshal([]byte(places), &o.places); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: old claim %d of %s: places: %w", o.seq, doc, err)
		}
		w.count(typ, side, o.places, -1)
		if w.ftsAdd[o.seq] {
			delete(w.ftsAdd, o.seq)
		} else {
			w.ftsDel = append(w.ftsDel, [2]any{o.seq, sentence})
		}
		olds = append(olds, o)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: old claims of %s: %w", doc, err)
	}
	for _, o := range olds {
		for _, p := range o.places {
			if _, err := w.deletePlace.ExecContext(ctx, strings.ToLower(p.Name), o.seq); err != nil {
				return fmt.Errorf("sqlite: delete places of %s: %w", doc, err)
			}
		}
		if _, err := w.deleteQuantities.ExecContext(ctx, o.seq); err != nil {
			return fmt.Errorf("sqlite: delete quantities of %s: %w", doc, err)
		}
	}
	if _, err := w.deleteClaims.ExecContext(ctx, doc); err != nil {
		return fmt.Errorf("sqlite: delete claims of %s: %w", doc, err)
	}
	return nil
}

// finish writes what is buffered and brings the full-text index up to
// date: deletions first, then the new claims in seq order.
func (w *docWriter) finish(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	if len(w.ftsDel) > 0 {
		b, err := json.Marshal(w.ftsDel)
		if err != nil {
			return fmt.Errorf("sqlite: index: %w", err)
		}
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts, rowid, sentence)
			SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)`, string(b)); err != nil {
			return fmt.Errorf("sqlite: unindex claims: %w", err)
		}
	}
	if len(w.ftsAdd) > 0 {
		seqs := make([]int64, 0, len(w.ftsAdd))
		for seq := range w.ftsAdd {
			seqs = append(seqs, seq)
		}
		slices.Sort(seqs)
		b, err := json.Marshal(seqs)
		if err != nil {
			return fmt.Errorf("sqlite: index: %w", err)
		}
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, sentence)
			SELECT seq, sentence FROM claims WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`, string(b)); err != nil {
			return fmt.Errorf("sqlite: index claims: %w", err)
		}
	}
	w.ftsDel, w.ftsAdd = nil, map[int64]bool{}
	return w.writeCounts(ctx)
}

// writeCounts adds the counter changes of the transaction.
func (w *docWriter) writeCounts(ctx context.Context) error {
	ts := newBulk(w.tx, `INSERT INTO claim_counts (type, side, n) VALUES `,
		` ON CONFLICT (type, side) DO UPDATE SET n = n + excluded.n`, 3, 64)
	for k, d := range w.typeSide {
		if d != 0 {
			if err := ts.add(ctx, k[0], k[1], d); err != nil {
				return fmt.Errorf("sqlite: claim counts: %w", err)
			}
		}
	}
	if err := ts.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: claim counts: %w", err)
	}
	ps := newBulk(w.tx, `INSERT INTO place_counts (name_key, name, n) VALUES `,
		` ON CONFLICT (name_key) DO UPDATE SET n = n + excluded.n`, 3, 128)
	for k, pc := range w.placeN {
		if pc.n != 0 {
			if err := ps.add(ctx, k, pc.name, pc.n); err != nil {
				return fmt.Errorf("sqlite: place counts: %w", err)
			}
		}
	}
	if err := ps.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: place counts: %w", err)
	}
	w.typeSide, w.placeN = map[[2]string]int{}, map[string]*placeCount{}
	return nil
}

// bulk inserts rows many at a time: "INSERT … VALUES (…), (…), …" with
// chunk rows per statement, prepared once; the last, shorter statement is
// built when flushed.
type bulk struct {
	tx         *sql.Tx
	head, tail string
	cols       int
	chunk      int
	full       *sql.Stmt
	args       []any
}

func newBulk(tx *sql.Tx, head, tail string, cols, chunk int) *bulk {
	return &bulk{tx: tx, head: head, tail: tail, cols: cols, chunk: chunk}
}

func (b *bulk) query(rows int) string {
	row := "(" + strings.Repeat("?, ", b.cols-1) + "?)"
	return b.head + strings.Repeat(row+", ", rows-1) + row + b.tail
}

// add buffers one row of cols values and writes a full chunk.
func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < b.cols*b.chunk {
		return nil
	}
	if b.full == nil {
		st, err := b.tx.PrepareContext(ctx, b.query(b.chunk))
		if err != nil {
			return err
		}
		b.full = st
	}
	_, err := b.full.ExecContext(ctx, b.args...)
	b.args = b.args[:0]
	return err
}

// flush writes the buffered rows.
func (b *bulk) flush(ctx context.Context) error {
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.query(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
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
