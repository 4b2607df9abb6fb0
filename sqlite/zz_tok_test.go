package sqlite

import (
	"database/sql"
	"path/filepath"
	"testing"
)

func TestExpTokens(t *testing.T) {
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE f USING fts5(s, tokenize = 'porter unicode61 remove_diacritics 2', detail=none); CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row')`); err != nil {
		t.Fatal(err)
	}
	texts := []string{"cafe\u0301 x", "नमस्ते दुनिया", "مُحَمَّد", "O'Brien don’t", "foo_bar a-b 3.5 x²", "Şuşa ǅemal ﬁre", "ab\u200dcd", "e\u0308x", "Ⅻ ① ٣"}
	for _, s := range texts {
		if _, err := db.Exec(`DELETE FROM f`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO f (s) VALUES (?)`, s); err != nil {
			t.Fatal(err)
		}
		rows, _ := db.Query(`SELECT term FROM v`)
		var terms []string
		for rows.Next() {
			var x string
			rows.Scan(&x)
			terms = append(terms, x)
		}
		rows.Close()
		q := ftsQuery(s)
		var n int
		err := db.QueryRow(`SELECT count(*) FROM f WHERE f MATCH ?`, q).Scan(&n)
		t.Logf("%q: terms %q; query %s -> %d, %v", s, terms, q, n, err)
	}
}
