package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

const selectClaim = `SELECT c.id, c.doc, c.sentence, c.claimant_name, c.claimant_side,
	c.claimant_role, c.voice, c.stance, c.hedged, c.type, c.actor, c.target,
	c.date_start, c.date_end, c.date_text, c.start, c."end", c.paragraph,
	c.optional, c.origin, c.independent, c.places, c.quantities
	FROM claims c`

// Claim returns the claim with this id, or an ENotFound error.
func (db *DB) Claim(ctx context.Context, id string) (*claimtrail.Claim, error) {
	cs, err := db.queryClaims(ctx, selectClaim+` WHERE c.id = ?`, []any{id})
	if err != nil {
		return nil, fmt.Errorf("sqlite: claim %s: %w", id, err)
	}
	if len(cs) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENotFound, "claim %q not found", id)
	}
	return &cs[0], nil
}

// Claims returns the claims matching f: in document id order then position
// in the document, or, when f.After or f.Limit is set, in claim id order
// (byte order) so that pages can be walked with After. A Text filter made
// only of punctuation has no word to look for and matches no claim.
func (db *DB) Claims(ctx context.Context, f claimtrail.ClaimFilter) ([]claimtrail.Claim, error) {
	var where []string
	var args []any
	add := func(cond string, arg any) {
		where = append(where, cond)
		args = append(args, arg)
	}
	if f.Text != "" {
		q, err := db.ftsQuery(ctx, f.Text)
		if err != nil {
			return nil, fmt.Errorf("sqlite: claims: %w", err)
		}
		if q == "" {
			return []claimtrail.Claim{}, nil
		}
		add(`c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`, q)
	}
	if f.Place != "" {
		add(`c.seq IN (SELECT claim FROM claim_places WHERE name_key = ?)`, strings.ToLower(f.Place))
	}
	if f.Side != "" {
		add(`c.claimant_side = ?`, string(f.Side))
	}
	if f.Claimant != "" {
		// instr, not LIKE: '%' and '_' in the user's text are literal.
		add(`instr(c.claimant_key, ?) > 0`, strings.ToLower(f.Claimant))
	}
	if f.Type != "" {
		add(`c.type = ?`, f.Type)
	}
	if f.From != "" {
		add(`c.date_end >= ?`, f.From) // NULL (no date) never matches
	}
	if f.To != "" {
		add(`c.date_start <= ?`, f.To)
	}
	if f.Doc != "" {
		// A document's claims are a range of seq (see documents.claims_from).
		// The argument is numbered: it is used twice, and a later "?" takes
		// the number after it.
		n := len(args) + 1
		where = append(where, fmt.Sprintf(`c.seq BETWEEN (SELECT claims_from FROM documents WHERE id = ?%d)
			AND (SELECT claims_to FROM documents WHERE id = ?%d)`, n, n))
		args = append(args, f.Doc)
	}
	if f.After != "" {
		add(`c.id > ?`, f.After)
	}
	q := selectClaim
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.After != "" || f.Limit > 0 {
		q += " ORDER BY c.id"
	} else {
		// "+" keeps SQLite from walking the (doc, position) index for the
		// order, which fetches rows one by one; sorting the matches is
		// cheaper for any filter but Doc, which finds them in order anyway.
		q += " ORDER BY +c.doc, c.position"
	}
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	cs, err := db.queryClaims(ctx, q, args)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claims: %w", err)
	}
	return cs, nil
}

// queryClaims runs a query selecting selectClaim's columns.
func (db *DB) queryClaims(ctx context.Context, query string, args []any) ([]claimtrail.Claim, error) {
	rows, err := db.reader.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	claims := []claimtrail.Claim{} // empty, not nil: a JSON API shows []
	for rows.Next() {
		c := claimtrail.Claim{Kind: "claim"}
		var side, actor, target string
		var ds, de, dt sql.NullString
		var places, quantities []byte
		if err := rows.Scan(&c.ID, &c.Doc, &c.Sentence, &c.Claimant.Name, &side,
			&c.Claimant.Role, &c.Voice, &c.Stance, &c.Hedged, &c.Type, &actor, &target,
			&ds, &de, &dt, &c.Start, &c.End, &c.Paragraph,
			&c.Optional, &c.Origin, &c.Independent, &places, &quantities); err != nil {
			return nil, err
		}
		c.Claimant.Side, c.Actor, c.Target = claimtrail.Side(side), claimtrail.Side(actor), claimtrail.Side(target)
		if ds.Valid {
			c.Date = &claimtrail.DateRange{Start: ds.String, End: de.String, Text: dt.String}
		}
		// Most claims have no quantity and many no place: skip the
		// decoder, a third of the read time, for those.
		c.Places, c.Quantities = []claimtrail.PlaceRef{}, []claimtrail.Quantity{}
		if string(places) != "[]" {
			if err := json.Unmarshal(places, &c.Places); err != nil {
				return nil, fmt.Errorf("claim %s: places: %w", c.ID, err)
			}
		}
		if string(quantities) != "[]" {
			if err := json.Unmarshal(quantities, &c.Quantities); err != nil {
				return nil, fmt.Errorf("claim %s: quantities: %w", c.ID, err)
			}
		}
		claims = append(claims, c)
	}
	return claims, rows.Err()
}

// ftsQuery turns user text into an FTS5 query that requires every word
// and has no operators: each word becomes a quoted string, so "OR",
// "NEAR(", "*", "-", ":" and quotes are never syntax. It returns "" when
// the text has no word.
//
// The words are the tokens SQLite's own unicode61 tokenizer finds in the
// text (db.words), not a Go approximation: the index keeps no positions
// (detail=none), so a quoted string the index tokenizer would split in two
// is a phrase query, which such an index cannot answer. unicode61 splits
// at characters a Go rule would call part of a word (the virama of
// Devanagari, the vowel marks of Arabic) and keeps others (the combining
// accents it folds away), and its Unicode tables are not Go's.
func (db *DB) ftsQuery(ctx context.Context, text string) (string, error) {
	words, err := db.words(ctx, text)
	if err != nil {
		return "", err
	}
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " "), nil
}

// words returns the distinct tokens of text, in order, as the full-text
// index's tokenizer finds them before stemming: lower-cased, diacritics
// removed. It indexes text in a private in-memory FTS5 table with the same
// tokenizer minus porter (the real query stems each word again, so
// stemming here would stem twice) and reads the tokens back through
// fts5vocab, in a transaction it rolls back.
func (db *DB) words(ctx context.Context, text string) ([]string, error) {
	conn, err := db.tok.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	defer conn.Close()
	// A new connection to ":memory:" is a new, empty database.
	if _, err := conn.ExecContext(ctx, `
		CREATE VIRTUAL TABLE IF NOT EXISTS tok USING fts5 (s, tokenize = 'unicode61 remove_diacritics 2');
		CREATE VIRTUAL TABLE IF NOT EXISTS tok_words USING fts5vocab (tok, 'instance')`); err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO tok (rowid, s) VALUES (1, ?)`, text); err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT term FROM tok_words ORDER BY "offset"`)
	if err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	defer rows.Close()
	var words []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, fmt.Errorf("tokenize: %w", err)
		}
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tokenize: %w", err)
	}
	return words, nil
}
