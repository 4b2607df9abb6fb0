package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimtrail/claimtrail"
)

// selectClaim reads a claim with its places and quantities in one query:
// one snapshot, one round trip. Places and quantities come as JSON arrays
// in their stored order.
const selectClaim = `SELECT c.id, c.doc, c.sentence, c.claimant_name, c.claimant_side,
	c.claimant_role, c.voice, c.stance, c.hedged, c.type, c.actor, c.target,
	c.date_start, c.date_end, c.date_text, c.start_off, c.end_off, c.paragraph,
	c.optional, c.origin, c.independent,
	(SELECT coalesce(json_agg(json_build_object('name', p.name, 'text', p.text, 'lat', p.lat,
		'lon', p.lon, 'id', p.place_id) ORDER BY p.ord), '[]') FROM claim_places p WHERE p.claim = c.seq),
	(SELECT coalesce(json_agg(json_build_object('item', q.item, 'n', q.n, 'max', q.max,
		'qual', q.qual, 'text', q.text) ORDER BY q.ord), '[]') FROM quantities q WHERE q.claim = c.seq)
	FROM claims c`

// Claim returns the claim with this id, or an ENotFound error.
func (db *DB) Claim(ctx context.Context, id string) (*claimtrail.Claim, error) {
	cs, err := db.queryClaims(ctx, selectClaim+` WHERE c.id = $1`, []any{id})
	if err != nil {
		return nil, fmt.Errorf("postgres: claim %s: %w", id, err)
	}
	if len(cs) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENotFound, "claim %q not found", id)
	}
	return &cs[0], nil
}

// Claims returns the claims matching f: in document id order then position
// in the document, or, when f.After or f.Limit is set, in claim id byte
// order so that pages can be walked with After. A Text filter's words must
// all occur in the sentence (stemmed, case and Latin diacritics folded); a
// Text filter with no word matches no claim.
func (db *DB) Claims(ctx context.Context, f claimtrail.ClaimFilter) ([]claimtrail.Claim, error) {
	var where []string
	var args []any
	add := func(cond string, arg any) {
		args = append(args, arg)
		where = append(where, strings.ReplaceAll(cond, "$?", fmt.Sprintf("$%d", len(args))))
	}
	if f.Text != "" {
		q := searchText(f.Text)
		if q == "" {
			return []claimtrail.Claim{}, nil
		}
		// plainto_tsquery of space-separated words is the AND of their
		// lexemes: no operator can reach it.
		add(`c.search @@ plainto_tsquery('claimtrail_search', $?)`, q)
	}
	if f.Place != "" {
		add(`c.seq IN (SELECT claim FROM claim_places WHERE name_key = $?)`, strings.ToLower(f.Place))
	}
	if f.Side != "" {
		add(`c.claimant_side = $?`, string(f.Side))
	}
	if f.Claimant != "" {
		// strpos, not LIKE: '%' and '_' in the user's text are literal.
		add(`strpos(c.claimant_key, $?) > 0`, strings.ToLower(f.Claimant))
	}
	if f.Type != "" {
		add(`c.type = $?`, f.Type)
	}
	if f.From != "" {
		add(`c.date_end >= $?`, f.From) // NULL (no date) never matches
	}
	if f.To != "" {
		add(`c.date_start <= $?`, f.To)
	}
	if f.Doc != "" {
		add(`c.doc = $?`, f.Doc)
	}
	if f.After != "" {
		add(`c.id > $?`, f.After)
	}
	q := selectClaim
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.After != "" || f.Limit > 0 {
		q += " ORDER BY c.id"
	} else {
		q += " ORDER BY c.doc, c.position"
	}
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	cs, err := db.queryClaims(ctx, q, args)
	if err != nil {
		return nil, fmt.Errorf("postgres: claims: %w", err)
	}
	return cs, nil
}

func (db *DB) queryClaims(ctx context.Context, query string, args []any) ([]claimtrail.Claim, error) {
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	claims := []claimtrail.Claim{} // empty, not nil: a JSON API shows []
	for rows.Next() {
		c := claimtrail.Claim{Kind: "claim"}
		var side, actor, target string
		var ds, de, dt *string
		var places, quantities []byte
		if err := rows.Scan(&c.ID, &c.Doc, &c.Sentence, &c.Claimant.Name, &side,
			&c.Claimant.Role, &c.Voice, &c.Stance, &c.Hedged, &c.Type, &actor, &target,
			&ds, &de, &dt, &c.Start, &c.End, &c.Paragraph,
			&c.Optional, &c.Origin, &c.Independent, &places, &quantities); err != nil {
			return nil, err
		}
		c.Claimant.Side, c.Actor, c.Target = claimtrail.Side(side), claimtrail.Side(actor), claimtrail.Side(target)
		if ds != nil {
			c.Date = &claimtrail.DateRange{Start: *ds, End: deref(de), Text: deref(dt)}
		}
		c.Places = []claimtrail.PlaceRef{}
		c.Quantities = []claimtrail.Quantity{}
		if err := json.Unmarshal(places, &c.Places); err != nil {
			return nil, fmt.Errorf("places of %s: %w", c.ID, err)
		}
		if err := json.Unmarshal(quantities, &c.Quantities); err != nil {
			return nil, fmt.Errorf("quantities of %s: %w", c.ID, err)
		}
		claims = append(claims, c)
	}
	return claims, rows.Err()
}

// searchText is what the full-text index sees of a sentence, and what a
// Text filter looks for: the words of s (runs of letters, digits and
// marks, as SQLite's unicode61 tokenizer keeps them), lower-cased, with
// the diacritics of Latin letters removed ("Şuşa" -> "susa"), separated by
// single spaces. Done here rather than in SQL so that folding does not
// depend on the server's locale or extensions, and so that nothing of the
// user's text reaches the query parser but words.
func searchText(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
	for i, w := range words {
		words[i] = foldWord(w)
	}
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// foldWord lower-cases w and drops the combining marks that follow Latin
// letters; marks of other scripts (Cyrillic "й", Armenian) are kept, as
// they make other letters, not accented ones.
func foldWord(w string) string {
	w = strings.ToLower(w)
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	latinBase := false
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			if latinBase {
				continue
			}
		} else {
			latinBase = unicode.Is(unicode.Latin, r)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
