package postgres_test

import (
	"context"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/reuse"
)

// TestReuseIndexFrom0100: a ledger whose reuse index was written before
// migration 0101 (postings in reuse_keys, passage counts in
// reuse_passages) keeps its postings and counts after it, in every process
// that opens it, and documents indexed afterwards follow the old ones.
func TestReuseIndexFrom0100(t *testing.T) {
	ctx := context.Background()
	url := pgtest.URL(t)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := conn.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%.60s: %v", sql, err)
		}
	}
	exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`)
	for _, name := range []string{"0001_ledger.sql", "0100_reuse.sql"} {
		body, err := os.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		exec(string(body))
		exec(`INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, name, time.Now())
	}
	// The old index: d1 under keys 1 and 2, d2 under key 1, d3 under
	// none; passage 10 in d1 and d2, passage 11 in d3.
	for _, id := range []string{"d1", "d2", "d3"} {
		exec(`INSERT INTO reuse_docs (id, outlet, outlet_key, published, title, orig_outlet, orig_published, body)
			VALUES ($1, 'O', 'o', '', '', '', '', 'body')`, id)
	}
	exec(`INSERT INTO reuse_keys (key, doc) VALUES (1, 1), (2, 1), (1, 2), ($1, 2)`, int64(-5))
	exec(`INSERT INTO reuse_passages (hash, n) VALUES (10, 2), (11, 1)`)

	check := func(db *postgres.DB, wantKey1 []int64, wantDF []int) {
		t.Helper()
		idx := db.ReuseIndex()
		got, err := idx.Postings(ctx, []uint64{1, 2, 1<<64 - 5, 3}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if want := [][]int64{wantKey1, {1}, {2}, nil}; !reflect.DeepEqual(got, want) {
			t.Errorf("Postings = %v; want %v", got, want)
		}
		df, err := idx.PassageDF(ctx, []uint64{10, 11, 12})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(df, wantDF) {
			t.Errorf("PassageDF = %v; want %v", df, wantDF)
		}
	}
	db1, err := postgres.Open(ctx, url) // migrates
	if err != nil {
		t.Fatal(err)
	}
	defer db1.Close()
	check(db1, []int64{1, 2}, []int{2, 1, 0})
	seq, err := db1.ReuseIndex().PutDoc(ctx, reuse.Entry{Meta: reuse.DocMeta{ID: "d4"}, Keys: []uint64{1}, KeyLimit: 10, Passages: []uint64{10, 12}})
	if err != nil || seq != 4 {
		t.Fatalf("PutDoc(d4) = %d, %v; want seq 4", seq, err)
	}
	check(db1, []int64{1, 2, 4}, []int{3, 1, 1})
	// Another process, loading everything from the tables.
	db2, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	check(db2, []int64{1, 2, 4}, []int{3, 1, 1})
}
