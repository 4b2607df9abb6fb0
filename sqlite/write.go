package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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
	// The statements below run with context.Background(): the driver
	// starts a goroutine per statement to watch a cancellable context, a
	// fifth of ingest time. Cancellation is checked once per document, and
	// database/sql rolls the transaction back when ctx ends.
	bg := context.Background()
	w, err := db.newDocWriter(bg, tx, batch)
	if err != nil {
		return nil, err
	}
	now := db.Now().UTC().Format(timeFormat)
	res := make([]claimtrail.PutResult, len(batch))
	for i, dc := range batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if res[i], err = w.put(bg, dc.Doc, dc.Claims, now); err != nil {
			return nil, err
		}
		if db.hook != nil {
			db.hook("put", i)
		}
	}
	if err := w.finish(bg); err != nil {
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

// Chunk sizes of the multi-row inserts: rows per statement. In this
// pure-Go SQLite the cost of a statement (and of its bind calls), not of a
// row, dominated ingest; past a few dozen rows a larger statement gains
// nothing and costs more to prepare.
const (
	docChunk   = 16
	claimChunk = 64
	placeChunk = 256
)

// docSetCols are the documents columns but the id.
const docSetCols = `hash, title, byline, outlet, published, original_outlet, original_published,
	original_url, lang, body, url, source, format, profile, removed, ingested_at,
	claims_from, claims_to`

const docCols = `id, ` + docSetCols

const claimCols = `seq, id, doc, position, sentence, claimant_name, claimant_key,
	claimant_side, claimant_role, voice, stance, hedged, type, actor, target,
	date_start, date_end, date_text, start, "end", paragraph, optional, origin, independent,
	places, quantities`

const (
	nDocCols   = 19
	nClaimCols = 26
	nPlaceCols = 2
)

// writeStmts are the writer's statements, prepared once when the ledger
// is opened and used in every transaction through Tx.StmtContext, which
// reuses the connection's prepared statement (the writer has one
// connection).
type writeStmts struct {
	lookup, updateDoc, oldClaims, deleteClaims, deletePlaces, deleteReuses,
	deleteRejections, ftsAdd, ftsDel, claimCounts, placeCounts *sql.Stmt
	// Full chunks of the multi-row inserts.
	docs, claims, places *sql.Stmt
}

// Heads of the multi-row inserts. OR FAIL, not the default ABORT: an
// ABORT statement that could fail midway (any multi-row insert into a
// table with a unique key) keeps a statement journal, a copy of every page
// it touches, to undo its own rows; a failed batch rolls back the whole
// transaction anyway, so that copy, a tenth of ingest, bought nothing.
const (
	insertDocs   = `INSERT OR FAIL INTO documents (` + docCols + `) VALUES `
	insertClaims = `INSERT OR FAIL INTO claims (` + claimCols + `) VALUES `
	insertPlaces = `INSERT OR FAIL INTO claim_places (name_key, claim) VALUES `
)

// valuesList is " (?, …), (?, …)…" for rows rows of cols values.
func valuesList(rows, cols int) string {
	row := "(" + strings.Repeat("?,", cols-1) + "?)"
	return strings.Repeat(row+",", rows-1) + row
}

func (db *DB) prepareWrites(ctx context.Context) error {
	for _, s := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&db.ws.lookup, `SELECT id, hash, claims_from, claims_to FROM documents
			WHERE id IN (SELECT value FROM json_each(?))`},
		{&db.ws.updateDoc, `UPDATE documents SET (` + docSetCols + `)
			= (` + strings.TrimSuffix(strings.Repeat("?,", nDocCols-1), ",") + `) WHERE id = ?`},
		{&db.ws.oldClaims, `SELECT seq, sentence, places, type, claimant_side FROM claims
			WHERE seq BETWEEN ? AND ?`},
		{&db.ws.deleteClaims, `DELETE FROM claims WHERE seq BETWEEN ? AND ?`},
		{&db.ws.deletePlaces, `DELETE FROM claim_places
			WHERE (name_key, claim) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`},
		{&db.ws.deleteReuses, `DELETE FROM reuses WHERE a = ?1 OR b = ?1`},
		{&db.ws.deleteRejections, `DELETE FROM rejections WHERE source IN (SELECT value FROM json_each(?))`},
		{&db.ws.ftsAdd, `INSERT INTO claims_fts (rowid, sentence)
			SELECT seq, sentence FROM claims WHERE seq BETWEEN ? AND ? ORDER BY seq`},
		{&db.ws.ftsDel, `INSERT INTO claims_fts (claims_fts, rowid, sentence)
			SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)`},
		// "WHERE true" tells the parser that ON CONFLICT is the upsert
		// clause, not a join constraint.
		{&db.ws.claimCounts, `INSERT INTO claim_counts (type, side, n)
			SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
			ON CONFLICT (type, side) DO UPDATE SET n = n + excluded.n`},
		{&db.ws.placeCounts, `INSERT INTO place_counts (name_key, name, n)
			SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
			ON CONFLICT (name_key) DO UPDATE SET n = n + excluded.n`},
		{&db.ws.docs, insertDocs + valuesList(docChunk, nDocCols)},
		{&db.ws.claims, insertClaims + valuesList(claimChunk, nClaimCols)},
		{&db.ws.places, insertPlaces + valuesList(placeChunk, nPlaceCols)},
	} {
		st, err := db.writer.PrepareContext(ctx, s.query)
		if err != nil {
			return fmt.Errorf("sqlite: prepare: %w", err)
		}
		*s.dst = st
		db.closers = append(db.closers, st)
	}
	return nil
}

// docWriter writes the documents of one transaction. New documents,
// claims and place rows are buffered and written many rows per statement
// (bulk); the full-text index, the rejections and the Stats counters are
// updated once at the end (finish).
type docWriter struct {
	db *DB
	tx *sql.Tx

	// known holds, for every document id of the batch, what is stored (or
	// buffered) under it; exists is false for ids not stored.
	known map[string]storedDoc

	docs, claims, places *bulk
	nextSeq              int64 // claims.seq of the next claim

	// FTS5 writes its pending terms out at every statement savepoint, so
	// the index is updated once, at the end. ftsAdd holds the seq ranges of
	// the documents inserted in this transaction, ftsDel the indexed rows
	// (seq, sentence as indexed) of claims deleted.
	ftsAdd []seqRange
	ftsDel []byte // JSON array of [seq, sentence], without the closing ']'

	sources []string // rejections to delete

	// Changes to the Stats counters, written by finish.
	typeSide map[[2]string]int
	placeN   map[string]*placeCount // by name_key

	buf  []byte   // scratch for JSON
	keys []string // scratch: a claim's distinct place keys
}

type storedDoc struct {
	exists   bool
	hash     sql.NullString
	from, to int64 // claims seq range
}

type seqRange struct{ from, to int64 }

type placeCount struct {
	name string
	n    int
}

func (db *DB) newDocWriter(ctx context.Context, tx *sql.Tx, batch []DocWithClaims) (*docWriter, error) {
	w := &docWriter{db: db, tx: tx, known: make(map[string]storedDoc, len(batch)),
		typeSide: map[[2]string]int{}, placeN: map[string]*placeCount{}}
	w.docs = newBulk(tx, db.ws.docs, insertDocs, nDocCols, docChunk)
	w.claims = newBulk(tx, db.ws.claims, insertClaims, nClaimCols, claimChunk)
	w.places = newBulk(tx, db.ws.places, insertPlaces, nPlaceCols, placeChunk)

	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) + 1 FROM claims`).Scan(&w.nextSeq); err != nil {
		return nil, fmt.Errorf("sqlite: next claim seq: %w", err)
	}
	// One query finds what is stored under every id of the batch.
	ids := make([]string, len(batch))
	for i, dc := range batch {
		ids[i] = dc.Doc.ID
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("sqlite: look up documents: %w", err)
	}
	rows, err := tx.StmtContext(ctx, db.ws.lookup).QueryContext(ctx, string(b))
	if err != nil {
		return nil, fmt.Errorf("sqlite: look up documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		s := storedDoc{exists: true}
		if err := rows.Scan(&id, &s.hash, &s.from, &s.to); err != nil {
			return nil, fmt.Errorf("sqlite: look up documents: %w", err)
		}
		w.known[id] = s
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: look up documents: %w", err)
	}
	return w, nil
}

func (w *docWriter) put(ctx context.Context, doc *claimtrail.Document, claims []claimtrail.Claim, now string) (claimtrail.PutResult, error) {
	old := w.known[doc.ID]
	if old.exists && old.hash.Valid && doc.Hash != "" && old.hash.String == doc.Hash {
		return claimtrail.PutUnchanged, nil
	}
	from := w.nextSeq
	to := from + int64(len(claims)) - 1
	row := storedDoc{exists: true, hash: sql.NullString{String: doc.Hash, Valid: doc.Hash != ""}, from: from, to: to}
	result := claimtrail.PutNew
	if old.exists {
		result = claimtrail.PutReplaced
		if err := w.deleteOld(ctx, old); err != nil {
			return 0, err
		}
		args, err := docArgs(nil, doc, now, from, to)
		if err != nil {
			return 0, err
		}
		if _, err := w.tx.StmtContext(ctx, w.db.ws.updateDoc).ExecContext(ctx, append(args[1:], doc.ID)...); err != nil {
			return 0, fmt.Errorf("sqlite: update document %s: %w", doc.ID, err)
		}
		if _, err := w.tx.StmtContext(ctx, w.db.ws.deleteReuses).ExecContext(ctx, doc.ID); err != nil {
			return 0, fmt.Errorf("sqlite: delete reuses of %s: %w", doc.ID, err)
		}
	} else {
		var err error
		if w.docs.args, err = docArgs(w.docs.args, doc, now, from, to); err != nil {
			return 0, err
		}
		if err := w.docs.added(ctx); err != nil {
			return 0, fmt.Errorf("sqlite: insert documents: %w", err)
		}
	}
	w.known[doc.ID] = row
	if doc.Source != "" && doc.Source != "-" {
		w.sources = append(w.sources, doc.Source)
	}
	if len(claims) > 0 {
		w.ftsAdd = append(w.ftsAdd, seqRange{from, to})
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
		b, err := appendPlaces(w.buf[:0], c.Places)
		if err != nil {
			return fmt.Errorf("sqlite: encode places of claim %s: %w", id, err)
		}
		places, w.buf = string(b), b
	}
	if len(c.Quantities) > 0 {
		w.buf = appendQuantities(w.buf[:0], c.Quantities)
		quantities = string(w.buf)
	}
	seq := w.nextSeq
	w.nextSeq++
	keys := w.placeKeys(c.Places)
	w.count(c.Type, string(c.Claimant.Side), c.Places, keys, 1)
	w.claims.args = append(w.claims.args, seq, id, docID, int64(pos), c.Sentence,
		c.Claimant.Name, strings.ToLower(c.Claimant.Name), string(c.Claimant.Side), c.Claimant.Role,
		c.Voice, c.Stance, c.Hedged, c.Type, string(c.Actor), string(c.Target),
		ds, de, dt, int64(c.Start), int64(c.End), int64(c.Paragraph), c.Optional, c.Origin, int64(c.Independent),
		places, quantities)
	if err := w.claims.added(ctx); err != nil {
		return claimError(err)
	}
	for _, k := range keys {
		w.places.args = append(w.places.args, k, seq)
		if err := w.places.added(ctx); err != nil {
			return fmt.Errorf("sqlite: insert places: %w", err)
		}
	}
	return nil
}

// placeKeys returns the distinct lower-cased names of places, the keys of
// claim_places, in w.keys (valid until the next call). The places of a
// claim are few: a linear scan beats a map.
func (w *docWriter) placeKeys(places []claimtrail.PlaceRef) []string {
	w.keys = w.keys[:0]
	for i := range places {
		k := strings.ToLower(places[i].Name)
		if !slices.Contains(w.keys, k) {
			w.keys = append(w.keys, k)
		}
	}
	return w.keys
}

// count adds d to the counters of a claim of type typ and claimant side
// naming places, whose distinct keys are keys: a claim counts once per
// place, under the spelling that came first.
func (w *docWriter) count(typ, side string, places []claimtrail.PlaceRef, keys []string, d int) {
	w.typeSide[[2]string{typ, side}] += d
	for _, k := range keys {
		pc := w.placeN[k]
		if pc == nil {
			name := ""
			for i := range places {
				if strings.ToLower(places[i].Name) == k {
					name = places[i].Name
					break
				}
			}
			pc = &placeCount{name: name}
			w.placeN[k] = pc
		}
		pc.n += d
	}
}

// claimError explains a failed claims insert: a constraint failure there
// is a claim id stored twice.
func claimError(err error) error {
	if !isConstraint(err) {
		return fmt.Errorf("sqlite: insert claims: %w", err)
	}
	return &claimtrail.Error{Kind: claimtrail.EConflict,
		Message: "a claim id is stored twice (claim ids must be unique across documents)", Err: err}
}

// flush writes the buffered rows.
func (w *docWriter) flush(ctx context.Context) error {
	if err := w.docs.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: insert documents: %w", err)
	}
	if err := w.claims.flush(ctx); err != nil {
		return claimError(err)
	}
	if err := w.places.flush(ctx); err != nil {
		return fmt.Errorf("sqlite: insert places: %w", err)
	}
	return nil
}

// deleteOld deletes the claims of a stored document with their place
// rows, takes them off the counters and notes their sentences for removal
// from the full-text index. Claims inserted earlier in this transaction
// are not indexed yet: their range just leaves ftsAdd.
func (w *docWriter) deleteOld(ctx context.Context, old storedDoc) error {
	if old.to < old.from {
		return nil
	}
	// The claims may still be buffered (a document stored twice in one
	// batch).
	if err := w.flush(ctx); err != nil {
		return err
	}
	inTx := false
	if i := slices.Index(w.ftsAdd, seqRange{old.from, old.to}); i >= 0 {
		w.ftsAdd = slices.Delete(w.ftsAdd, i, i+1)
		inTx = true
	}
	rows, err := w.tx.StmtContext(ctx, w.db.ws.oldClaims).QueryContext(ctx, old.from, old.to)
	if err != nil {
		return fmt.Errorf("sqlite: old claims: %w", err)
	}
	defer rows.Close()
	keys := []byte{'['}
	for rows.Next() {
		var seq int64
		var sentence, placesJSON, typ, side string
		if err := rows.Scan(&seq, &sentence, &placesJSON, &typ, &side); err != nil {
			return fmt.Errorf("sqlite: old claims: %w", err)
		}
		var places []claimtrail.PlaceRef
		if err := json.Unmarshal([]byte(placesJSON), &places); err != nil {
			return fmt.Errorf("sqlite: old claim %d: places: %w", seq, err)
		}
		pk := w.placeKeys(places)
		w.count(typ, side, places, pk, -1)
		for _, k := range pk {
			if len(keys) > 1 {
				keys = append(keys, ',')
			}
			keys = append(keys, '[')
			keys = appendString(keys, k)
			keys = append(keys, ',')
			keys = strconv.AppendInt(keys, seq, 10)
			keys = append(keys, ']')
		}
		if !inTx {
			if len(w.ftsDel) == 0 {
				w.ftsDel = append(w.ftsDel, '[')
			} else {
				w.ftsDel = append(w.ftsDel, ',')
			}
			w.ftsDel = append(w.ftsDel, '[')
			w.ftsDel = strconv.AppendInt(w.ftsDel, seq, 10)
			w.ftsDel = append(w.ftsDel, ',')
			w.ftsDel = appendString(w.ftsDel, sentence)
			w.ftsDel = append(w.ftsDel, ']')
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: old claims: %w", err)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("sqlite: old claims: %w", err)
	}
	keys = append(keys, ']')
	if _, err := w.tx.StmtContext(ctx, w.db.ws.deletePlaces).ExecContext(ctx, string(keys)); err != nil {
		return fmt.Errorf("sqlite: delete places: %w", err)
	}
	if _, err := w.tx.StmtContext(ctx, w.db.ws.deleteClaims).ExecContext(ctx, old.from, old.to); err != nil {
		return fmt.Errorf("sqlite: delete claims: %w", err)
	}
	return nil
}

// finish writes what is buffered, brings the full-text index up to date
// (deletions first, then the new claims in seq order), deletes the
// rejections of the stored sources and adds to the counters.
func (w *docWriter) finish(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	if len(w.ftsDel) > 0 {
		w.ftsDel = append(w.ftsDel, ']')
		if _, err := w.tx.StmtContext(ctx, w.db.ws.ftsDel).ExecContext(ctx, string(w.ftsDel)); err != nil {
			return fmt.Errorf("sqlite: unindex claims: %w", err)
		}
	}
	// Ranges were added in increasing order; neighbours merge.
	var add *sql.Stmt
	for i := 0; i < len(w.ftsAdd); {
		r := w.ftsAdd[i]
		for i++; i < len(w.ftsAdd) && w.ftsAdd[i].from == r.to+1; i++ {
			r.to = w.ftsAdd[i].to
		}
		if add == nil {
			add = w.tx.StmtContext(ctx, w.db.ws.ftsAdd)
		}
		if _, err := add.ExecContext(ctx, r.from, r.to); err != nil {
			return fmt.Errorf("sqlite: index claims: %w", err)
		}
	}
	if len(w.sources) > 0 {
		b, err := json.Marshal(w.sources)
		if err != nil {
			return fmt.Errorf("sqlite: clear rejections: %w", err)
		}
		if _, err := w.tx.StmtContext(ctx, w.db.ws.deleteRejections).ExecContext(ctx, string(b)); err != nil {
			return fmt.Errorf("sqlite: clear rejections: %w", err)
		}
	}
	return w.writeCounts(ctx)
}

// writeCounts adds the counter changes of the transaction, one statement
// per table.
func (w *docWriter) writeCounts(ctx context.Context) error {
	b := append(w.buf[:0], '[')
	for k, d := range w.typeSide {
		if d == 0 {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendString(b, k[0])
		b = append(b, ',')
		b = appendString(b, k[1])
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, ']')
	}
	if len(b) > 1 {
		b = append(b, ']')
		if _, err := w.tx.StmtContext(ctx, w.db.ws.claimCounts).ExecContext(ctx, string(b)); err != nil {
			return fmt.Errorf("sqlite: claim counts: %w", err)
		}
	}
	b = append(b[:0], '[')
	for k, pc := range w.placeN {
		if pc.n == 0 {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendString(b, k)
		b = append(b, ',')
		b = appendString(b, pc.name)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(pc.n), 10)
		b = append(b, ']')
	}
	if len(b) > 1 {
		b = append(b, ']')
		if _, err := w.tx.StmtContext(ctx, w.db.ws.placeCounts).ExecContext(ctx, string(b)); err != nil {
			return fmt.Errorf("sqlite: place counts: %w", err)
		}
	}
	w.buf = b
	return nil
}

// bulk inserts rows many at a time: "INSERT … VALUES (…), (…), …" with
// chunk rows per statement, prepared once per ledger; the last, shorter
// statement is prepared when flushed.
type bulk struct {
	tx    *sql.Tx
	full  *sql.Stmt // chunk rows, of the DB
	txs   *sql.Stmt // full, in tx
	head  string
	cols  int
	chunk int
	// args holds the buffered rows' values: the caller appends a row's
	// cols values, then calls added.
	args []any
}

func newBulk(tx *sql.Tx, full *sql.Stmt, head string, cols, chunk int) *bulk {
	return &bulk{tx: tx, full: full, head: head, cols: cols, chunk: chunk, args: make([]any, 0, cols*chunk)}
}

// added writes a full chunk.
func (b *bulk) added(ctx context.Context) error {
	if len(b.args) < b.cols*b.chunk {
		return nil
	}
	if b.txs == nil {
		b.txs = b.tx.StmtContext(ctx, b.full)
	}
	_, err := b.txs.ExecContext(ctx, b.args...)
	clear(b.args) // let the strings go
	b.args = b.args[:0]
	return err
}

// flush writes the buffered rows.
func (b *bulk) flush(ctx context.Context) error {
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.head+valuesList(len(b.args)/b.cols, b.cols), b.args...)
	clear(b.args)
	b.args = b.args[:0]
	return err
}

// docArgs appends the documents columns, in the order of docCols, to args.
func docArgs(args []any, d *claimtrail.Document, now string, from, to int64) ([]any, error) {
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
	return append(args, d.ID, hash, d.Title, d.Byline, d.Outlet, d.Published, oo, op, ou,
		d.Lang, d.Body, d.URL, d.Source, d.Format, d.Profile, removed, now, from, to), nil
}
