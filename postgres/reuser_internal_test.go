package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/reuse"
)

// TestReuserDetectsBeforeTheLock: detection runs before the reuse lock is
// taken. A document another process commits in between is found when it
// touches what detection read (detection runs again under the lock), and
// costs nothing when it does not.
func TestReuserDetectsBeforeTheLock(t *testing.T) {
	ctx := context.Background()
	url := pgtest.URL(t)
	db1, db2 := openTestDB(t, url), openTestDB(t, url)
	shared := "Engineers restored the pontoon bridge across the northern canal after three days of repairs, the district administration reported."
	doc := func(id, outlet, text string) []claimtrail.DocClaims {
		return []claimtrail.DocClaims{{Doc: &claimtrail.Document{ID: id, Outlet: outlet, Published: "2023-05-10", Title: id,
			Lang: "en", Body: text, Hash: claimtrail.ContentHash([]byte(id + text))}}}
	}
	r1, r2 := db1.NewReuser(), db2.NewReuser()

	// An unrelated document committed in between: detection stands.
	r2.beforeLock = func() {
		r2.beforeLock = nil
		ingestDocs(t, r1, doc("other", "Gamma", "Farmers in the southern valley sold apples and pears at the Saturday market near the old church."))
	}
	if rs := ingestDocs(t, r2, doc("a", "Alpha", "Residents queued for water near the station.\n\n"+shared)); len(rs) != 0 {
		t.Fatalf("first document: %d records", len(rs))
	}
	if st := r2.Stats(); st.Redone != 0 || st.Docs != 1 {
		t.Errorf("after an unrelated commit: %+v, want nothing redone", st)
	}

	// A copy committed in between: the second copy is detected again
	// under the lock and finds both earlier ones.
	r2.beforeLock = func() {
		r2.beforeLock = nil
		if rs := ingestDocs(t, r1, doc("b", "Beta", "Buses left the square at noon.\n\n"+shared)); len(rs) != 1 {
			t.Errorf("b found %d records, want 1 (with a)", len(rs))
		}
	}
	rs := ingestDocs(t, r2, doc("c", "Gamma Two", "Shops reopened on the main street.\n\n"+shared))
	got := map[string]bool{}
	for _, r := range rs {
		got[fmt.Sprint(r.A, "-", r.B)] = true
	}
	if len(rs) != 2 || !got["a-c"] || !got["b-c"] {
		t.Errorf("c found %v, want a-c and b-c", got)
	}
	if st := r2.Stats(); st.Redone != 1 || st.Docs != 2 {
		t.Errorf("after a copy committed in between: %+v, want one call redone", st)
	}
	if n, err := db1.ReuseIndex().Len(ctx); err != nil || n != 4 {
		t.Errorf("index holds %d documents (%v), want 4", n, err)
	}

	// A batch of an unrelated document and a copy, with a copy committed
	// in between: the first document stands, the second is detected again.
	r2.beforeLock = func() {
		r2.beforeLock = nil
		ingestDocs(t, r1, doc("f", "Phi", "Trains ran late all morning.\n\n"+shared))
	}
	batch := append(doc("d", "Delta", "Beekeepers in the hills reported a strong honey harvest after the mild spring rains."),
		doc("e", "Epsilon", "Schools stayed closed for a second day.\n\n"+shared)...)
	rs = ingestDocs(t, r2, batch)
	got = map[string]bool{}
	for _, r := range rs {
		got[fmt.Sprint(r.A, "-", r.B)] = true
	}
	if len(rs) != 4 || !got["a-e"] || !got["b-e"] || !got["c-e"] || !got["f-e"] {
		t.Errorf("e found %v, want a-e, b-e, c-e and f-e", got)
	}
	if st := r2.Stats(); st.Redone != 2 || st.Docs != 4 {
		t.Errorf("after a batch with one document redone: %+v, want 2 redone in all, 4 documents", st)
	}
	for seq, id := range []string{"other", "a", "b", "c", "f", "d", "e"} {
		m, ok, err := db1.ReuseIndex().DocBySeq(ctx, int64(seq+1))
		if err != nil || !ok || m.ID != id {
			t.Errorf("seq %d: %+v %v %v, want %s", seq+1, m, ok, err, id)
		}
	}
	// Seqs follow the commit order: other (committed while a waited), a, b, c.
	for seq, id := range []string{"other", "a", "b", "c"} {
		m, ok, err := db1.ReuseIndex().DocBySeq(ctx, int64(seq+1))
		if err != nil || !ok || m.ID != id {
			t.Errorf("seq %d: %+v %v %v, want %s", seq+1, m, ok, err, id)
		}
	}
}

// TestReuserRecentWindow: the recent window (reuse.WithRecentWindow) is
// counted in committed documents on PostgreSQL as in one process. A short
// copy sharing a single sketch key with its original is found while the
// original is among the latest documents; when documents another process
// commits between detection and the lock push the original out of the
// window, detection runs again and finds what a serial run would: nothing.
func TestReuserRecentWindow(t *testing.T) {
	const (
		orig  = "Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday, the regional military administration said in a statement."
		short = "Talks between the two delegations were postponed until later in the month.\n\nUkrainian forces repelled an attack near the village of Bilohorivka on Tuesday."
	)
	fillers := []string{
		"The weather turned cold as the first snow fell on the hills above the river valley.",
		"Markets in the capital stayed open and prices of bread and fuel held steady for a second week.",
		"A new bridge over the canal is expected to open to traffic before the end of next spring.",
		"Beekeepers in the hills reported a strong honey harvest after the mild spring rains.",
		"Farmers in the southern valley sold apples and pears at the Saturday market near the old church.",
		"Trains ran late all morning because of a signal fault outside the central station.",
	}
	doc := func(id, text string) []claimtrail.DocClaims {
		return []claimtrail.DocClaims{{Doc: &claimtrail.Document{ID: id, Outlet: "Outlet " + id, Published: "2022-05-01", Title: id,
			Lang: "en", Body: text, Hash: claimtrail.ContentHash([]byte(id + text))}}}
	}

	t.Run("within the window", func(t *testing.T) {
		url := pgtest.URL(t)
		r := openTestDB(t, url).NewReuser(reuse.WithRecentWindow(10))
		ingestDocs(t, r, doc("orig", orig))
		for i, f := range fillers[:4] {
			ingestDocs(t, r, doc(fmt.Sprint("f", i), f))
		}
		if rs := ingestDocs(t, r, doc("copy", short)); len(rs) != 1 || rs[0].A != "orig" {
			t.Errorf("the short copy found %+v, want one record with orig", rs)
		}
	})
	// Another writer commits two documents between detection and the lock
	// and pushes the original out of a window of 5; with speculate false,
	// detection waits for the lock (most recent detections were undone).
	pushedOut := func(t *testing.T, speculate bool) {
		url := pgtest.URL(t)
		r1, r2 := openTestDB(t, url).NewReuser(reuse.WithRecentWindow(5)), openTestDB(t, url).NewReuser(reuse.WithRecentWindow(5))
		ingestDocs(t, r2, doc("orig", orig))
		for i, f := range fillers[:3] {
			ingestDocs(t, r2, doc(fmt.Sprint("f", i), f))
		}
		if !speculate {
			r2.redo, r2.stats.Calls = 1, 1
		}
		r2.beforeLock = func() {
			r2.beforeLock = nil
			ingestDocs(t, r1, doc("g1", fillers[4]))
			ingestDocs(t, r1, doc("g2", fillers[5]))
		}
		if rs := ingestDocs(t, r2, doc("copy", short)); len(rs) != 0 {
			t.Errorf("the short copy of a document six back found %+v with a window of 5", rs)
		}
		if st := r2.Stats(); speculate && st.Redone != 1 {
			t.Errorf("stats %+v: want the copy detected again under the lock", st)
		}
	}
	t.Run("pushed out by other writers", func(t *testing.T) { pushedOut(t, true) })
	t.Run("pushed out, detected under the lock", func(t *testing.T) { pushedOut(t, false) })
	t.Run("pushed out within one batch", func(t *testing.T) {
		// the batch's own documents count in the window as a serial run
		// counts them
		url := pgtest.URL(t)
		r := openTestDB(t, url).NewReuser(reuse.WithRecentWindow(3))
		batch := doc("orig", orig)
		for i, f := range fillers {
			batch = append(batch, doc(fmt.Sprint("f", i), f)...)
		}
		batch = append(batch, doc("copy", short)...)
		if rs := ingestDocs(t, r, batch); len(rs) != 0 {
			t.Errorf("the short copy of a document seven back in its own batch found %+v with a window of 3", rs)
		}
	})
}

// openTestDB opens the ledger at url, closed when the test ends.
func openTestDB(t *testing.T, url string) *DB {
	t.Helper()
	db, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// ingestDocs runs one Reuser transaction and returns its reuse records.
func ingestDocs(t *testing.T, r *Reuser, dc []claimtrail.DocClaims) []claimtrail.Reuse {
	t.Helper()
	_, rs, err := r.Ingest(context.Background(), dc)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}
