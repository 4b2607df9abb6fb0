package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/storetest"
)

// openTemp opens a fresh ledger file in the test's temporary folder.
func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.Context(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) claimtrail.Store { return openTemp(t) })
}

func TestWAL(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	for _, pool := range []*sql.DB{db.SQL(), db.ReadSQL()} {
		var mode string
		if err := pool.QueryRowContext(t.Context(), "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" {
			t.Errorf("journal_mode = %q, want wal", mode)
		}
		var fk int
		if err := pool.QueryRowContext(t.Context(), "PRAGMA foreign_keys").Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if fk != 1 {
			t.Errorf("foreign_keys = %d, want 1", fk)
		}
	}
	// The read pool cannot write.
	if _, err := db.ReadSQL().ExecContext(t.Context(), "DELETE FROM documents"); err == nil {
		t.Error("a write through the read pool succeeded")
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	fx := synth(1, 3)
	if _, err := db.PutDocument(t.Context(), fx.Doc, fx.Claims); err != nil {
		t.Fatal(err)
	}
	applied := migrationsApplied(t, db)
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != len(names) {
		t.Errorf("applied %q, want one row per file of %q", applied, names)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		db, err = Open(t.Context(), path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		if got := migrationsApplied(t, db); !slices.Equal(got, applied) {
			t.Errorf("after reopen, migrations %q, want %q", got, applied)
		}
		if cs, err := db.Claims(t.Context(), claimtrail.ClaimFilter{Doc: fx.Doc.ID}); err != nil || len(cs) != 3 {
			t.Errorf("after reopen, Claims = %d, %v; want 3", len(cs), err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func migrationsApplied(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.SQL().QueryContext(t.Context(), "SELECT name FROM schema_migrations ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	return names
}

// TestCancelMidBatch cancels the context halfway through a batch: nothing of
// the batch is stored, and running it again stores it whole.
func TestCancelMidBatch(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	batch := synthBatch(0, 20, 5)
	ctx, cancel := context.WithCancel(t.Context())
	db.hook = func(point string, i int) {
		if i == 9 {
			cancel()
		}
	}
	if _, err := db.PutDocuments(ctx, batch); !errors.Is(err, context.Canceled) {
		t.Fatalf("PutDocuments with a cancelled context: %v, want context.Canceled", err)
	}
	db.hook = nil
	checkLedger(t, db, 0, 0)
	res, err := db.PutDocuments(t.Context(), batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r != claimtrail.PutNew {
			t.Errorf("document %d after the cancelled run: %v, want new", i, r)
		}
	}
	checkLedger(t, db, 20, 100)
}

// checkLedger checks the counts and that the database and its full-text
// index are consistent.
func checkLedger(t *testing.T, db *DB, docs, claims int) {
	t.Helper()
	ctx := t.Context()
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs || st.Claims != claims {
		t.Errorf("ledger holds %d documents, %d claims; want %d, %d", st.Documents, st.Claims, docs, claims)
	}
	var ok string
	if err := db.SQL().QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	if _, err := db.SQL().ExecContext(ctx, "INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("FTS index out of step with claims: %v", err)
	}
	var n int
	// Every claim lies in its document's seq range, and the ranges hold
	// nothing else.
	if err := db.SQL().QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM claims c LEFT JOIN documents d ON d.id = c.doc
			WHERE d.id IS NULL OR c.seq NOT BETWEEN d.claims_from AND d.claims_to) +
		(SELECT count(*) FROM documents d WHERE max(d.claims_to - d.claims_from + 1, 0) !=
			(SELECT count(*) FROM claims c WHERE c.seq BETWEEN d.claims_from AND d.claims_to AND c.doc = d.id))`).
		Scan(&n); err != nil || n != 0 {
		t.Errorf("%d claims outside their document's range or ranges of the wrong size (%v)", n, err)
	}
	// claim_places holds exactly the distinct lower-cased names of each
	// claim's places.
	want := map[[2]string]bool{}
	rows, err := db.SQL().QueryContext(ctx, `SELECT seq, places FROM claims`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var seq, places string
		if err := rows.Scan(&seq, &places); err != nil {
			t.Fatal(err)
		}
		var ps []claimtrail.PlaceRef
		if err := json.Unmarshal([]byte(places), &ps); err != nil {
			t.Fatalf("claim %s: places %q: %v", seq, places, err)
		}
		for _, p := range ps {
			want[[2]string{strings.ToLower(p.Name), seq}] = true
		}
	}
	rows.Close()
	got := map[[2]string]bool{}
	rows, err = db.SQL().QueryContext(ctx, `SELECT name_key, claim FROM claim_places`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k [2]string
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			t.Fatal(err)
		}
		got[k] = true
	}
	rows.Close()
	if !maps.Equal(got, want) {
		t.Errorf("claim_places holds %d rows, want %d (the claims' distinct place names)", len(got), len(want))
	}
	// The Stats counters agree with the rows they count.
	for _, q := range []string{
		`SELECT count(*) FROM (SELECT type, claimant_side, count(*) AS n FROM claims GROUP BY 1, 2
			EXCEPT SELECT type, side, n FROM claim_counts WHERE n != 0)`,
		`SELECT count(*) FROM (SELECT type, side, n FROM claim_counts WHERE n != 0
			EXCEPT SELECT type, claimant_side, count(*) FROM claims GROUP BY 1, 2)`,
		`SELECT count(*) FROM (SELECT name_key, count(*) FROM claim_places GROUP BY 1
			EXCEPT SELECT name_key, n FROM place_counts WHERE n != 0)`,
		`SELECT count(*) FROM (SELECT name_key, n FROM place_counts WHERE n != 0
			EXCEPT SELECT name_key, count(*) FROM claim_places GROUP BY 1)`,
	} {
		if err := db.SQL().QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d counters disagree with the rows (%v): %s", n, err, q)
		}
	}
}

// TestReplaceKeepsIndexes replaces documents, also twice in one batch, and
// checks that the claim ranges, place and full-text rows follow.
func TestReplaceKeepsIndexes(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	ctx := t.Context()
	if _, err := db.PutDocuments(ctx, synthBatch(0, 10, 4)); err != nil {
		t.Fatal(err)
	}
	changed := func(i, claims int, v string) DocWithClaims {
		d := synth(i, claims)
		d.Doc.Hash = v
		for j := range d.Claims {
			d.Claims[j].Sentence += " Version " + v + "."
		}
		// A place named twice, in two spellings, counts once.
		p := d.Claims[0].Places[0]
		p.Name = strings.ToUpper(p.Name)
		d.Claims[0].Places = append(d.Claims[0].Places, p)
		return d
	}
	batch := []DocWithClaims{changed(2, 3, "b"), changed(3, 6, "b"), changed(2, 5, "c"), synth(10, 4)}
	res, err := db.PutDocuments(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	want := []claimtrail.PutResult{claimtrail.PutReplaced, claimtrail.PutReplaced, claimtrail.PutReplaced, claimtrail.PutNew}
	if !slices.Equal(res, want) {
		t.Errorf("results %v, want %v", res, want)
	}
	checkLedger(t, db, 11, 8*4+6+5+4) // documents 2 and 3 hold 5 and 6 claims now
	if cs, err := db.Claims(ctx, claimtrail.ClaimFilter{Text: "version c"}); err != nil || len(cs) != 5 {
		t.Errorf("text search for the last version: %d claims, %v; want 5", len(cs), err)
	}
	if cs, err := db.Claims(ctx, claimtrail.ClaimFilter{Text: "version b"}); err != nil || len(cs) != 6 {
		t.Errorf("text search for version b: %d claims, %v; want 6 (document 3 only)", len(cs), err)
	}
}

// TestKill kills a process in the middle of a batch (SIGKILL, no chance to
// clean up): the ledger holds nothing of the batch, and a re-run stores it
// whole, without duplicates.
func TestKill(t *testing.T) {
	if os.Getenv("CLAIMTRAIL_KILL_CHILD") != "" {
		killChild()
		return
	}
	path := filepath.Join(t.TempDir(), "ledger.db")
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	first := synthBatch(0, 5, 10)
	if _, err := db.PutDocuments(t.Context(), first); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestKill$")
	cmd.Env = append(os.Environ(), "CLAIMTRAIL_KILL_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The child says "mid-batch" once it has written part of the batch
	// inside its transaction, then waits to be killed.
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "mid-batch" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, %v", line, err)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	cmd.Wait()

	db, err = Open(t.Context(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	checkLedger(t, db, 5, 50)
	res, err := db.PutDocuments(t.Context(), append(first, synthBatch(5, 40, 10)...))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		want := claimtrail.PutNew
		if i < len(first) {
			want = claimtrail.PutUnchanged
		}
		if r != want {
			t.Errorf("re-run document %d: %v, want %v", i, r, want)
		}
	}
	checkLedger(t, db, 45, 450)
}

// killChild is the process TestKill kills: it stores documents 5..44 in one
// batch and stops in the middle of it.
func killChild() {
	db, err := Open(context.Background(), os.Getenv("CLAIMTRAIL_KILL_CHILD"))
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	db.hook = func(point string, i int) {
		if i == 30 {
			fmt.Println("mid-batch")
			time.Sleep(time.Hour)
		}
	}
	db.PutDocuments(context.Background(), synthBatch(5, 40, 10))
	fmt.Println("batch finished: the test did not kill in time")
	os.Exit(1)
}

// TestTextWords searches sentences in scripts whose words the index
// tokenizer splits where a Go rule would not (marks inside words) or
// joins what a Go rule would split: every word of a sentence, typed as it
// stands or with its accents composed differently, finds the sentence.
// The index keeps no positions, so a word split in two by the tokenizer
// must not become a phrase query (an error there).
func TestTextWords(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	ctx := t.Context()
	sentences := map[string]string{
		"hindi":      "नमस्ते दुनिया, सेना ने कहा।",
		"arabic":     "قال مُحَمَّد إن القوات تقدمت.",
		"decomposed": "The cafe\u0301 in Şuşa was shelled.",
		"hebrew":     "הַצָּבָא אָמַר",
		"apostrophe": "O'Brien said the don’t-go zone widened.",
		"numbers":    "Some 3.5 km² were taken, ① said.",
	}
	doc := &claimtrail.Document{ID: "words", Hash: "h", Title: "t", Body: "b"}
	var cs []claimtrail.Claim
	names := slices.Sorted(maps.Keys(sentences))
	for _, name := range names {
		cs = append(cs, claimtrail.Claim{ID: name, Sentence: sentences[name], Type: claimtrail.TypeStatement})
	}
	if _, err := db.PutDocument(ctx, doc, cs); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"devanagari word with virama", "नमस्ते", "hindi"},
		{"devanagari words", "सेना कहा", "hindi"},
		{"arabic with vowel marks", "مُحَمَّد", "arabic"},
		{"hebrew with points", "הַצָּבָא", "hebrew"},
		{"composed accent finds decomposed", "café", "decomposed"},
		{"no accent", "cafe SUSA", "decomposed"},
		{"apostrophes", "o'brien don't", "apostrophe"},
		{"superscript and circled digit", "km² ①", "numbers"},
		{"stemmed", "shell", "decomposed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.Claims(ctx, claimtrail.ClaimFilter{Text: tc.text})
			if err != nil {
				t.Fatalf("Claims(Text %q): %v", tc.text, err)
			}
			if len(got) != 1 || got[0].ID != tc.want {
				t.Errorf("Claims(Text %q) = %v, want [%s]", tc.text, ids(got), tc.want)
			}
		})
	}
}

func ids(cs []claimtrail.Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}
