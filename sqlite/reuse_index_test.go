package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/indextest"
)

func openReuseIndex(t *testing.T) reuse.Index {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db.ReuseIndex()
}

func TestReuseIndex(t *testing.T) {
	indextest.Run(t, openReuseIndex)
}

// TestReuseIndexSmallBatches runs the suite with a flush after every
// document, so that reads cross the buffer and the file.
func TestReuseIndexSmallBatches(t *testing.T) {
	indextest.Run(t, func(t *testing.T) reuse.Index {
		x := openReuseIndex(t).(*ReuseIndex)
		x.FlushEvery = 1
		return x
	})
}

// reuseDocs makes n documents of distinct outlets; every third one copies
// a paragraph of the one before it.
func reuseDocs(n int) []*claimtrail.Document {
	var out []*claimtrail.Document
	for i := 0; i < n; i++ {
		own := fmt.Sprintf("Paragraph %d tells how the brigade number %d crossed the river Zorn near the village of Kel%d at dawn, the commander reported.", i, i, i)
		if i%3 == 2 {
			own += "\n\n" + fmt.Sprintf("Paragraph %d tells how the brigade number %d crossed the river Zorn near the village of Kel%d at dawn, the commander reported.", i-1, i-1, i-1)
		}
		out = append(out, &claimtrail.Document{Kind: "doc", ID: fmt.Sprintf("d%03d", i), Outlet: fmt.Sprintf("Outlet %d", i),
			Published: "2022-03-01", Lang: "en", Title: fmt.Sprintf("T%d", i), Body: own, Source: fmt.Sprintf("d%03d.txt", i)})
	}
	return out
}

func storeDocs(t *testing.T, db *DB, docs []*claimtrail.Document) {
	t.Helper()
	for _, d := range docs {
		if _, err := db.PutDocument(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReuseCatchUp: a run that stores documents and dies before the index
// writes its buffer leaves the ledger with documents the index lacks;
// CatchUpReuse on the next run indexes them and stores their reuse, and
// the result equals a run that never died.
func TestReuseCatchUp(t *testing.T) {
	ctx := context.Background()
	docs := reuseDocs(30)
	path := filepath.Join(t.TempDir(), "ledger.db")

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	x := db.ReuseIndex()
	x.FlushEvery = 8
	det := reuse.New(x)
	storeDocs(t, db, docs[:20])
	for _, d := range docs[:20] {
		rs, err := det.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.PutReuse(ctx, rs); err != nil {
			t.Fatal(err)
		}
	}
	// Killed here: 16 documents were written by the index, 4 are lost.
	// The next run stores its first documents before it catches up too.
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if mark, err := db.ReuseWatermark(ctx); err != nil || mark != 16 {
		t.Fatalf("watermark after the kill = %d, %v; want 16", mark, err)
	}
	x = db.ReuseIndex()
	det = reuse.New(x)
	if n, _ := x.Len(ctx); n != 16 {
		t.Fatalf("reopened index holds %d documents; want the 16 flushed", n)
	}
	storeDocs(t, db, docs[20:])
	n, err := db.CatchUpReuse(ctx, det)
	if err != nil {
		t.Fatal(err)
	}
	if n != 14 {
		t.Errorf("caught up %d documents; want 14 (4 lost, 10 new)", n)
	}
	if err := det.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if mark, _ := db.ReuseWatermark(ctx); mark != 30 {
		t.Errorf("watermark = %d; want 30", mark)
	}
	if n, err := db.CatchUpReuse(ctx, det); err != nil || n != 0 {
		t.Errorf("second catch-up: %d, %v; want nothing to do", n, err)
	}

	// The reference: one run that never died.
	ref, err := Open(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	rdet := reuse.New(ref.ReuseIndex())
	storeDocs(t, ref, docs)
	for _, d := range docs {
		rs, err := rdet.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if err := ref.PutReuse(ctx, rs); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := ref.Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 10 || !reflect.DeepEqual(got, want) {
		t.Errorf("after catch-up: %d reuse records; reference %d (want 10 or more, equal)", len(got), len(want))
	}
}

// TestReuseIndexBodies: a body the ledger holds under the same id is not
// stored again, and reads return it either way.
func TestReuseIndexBodies(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := reuseDocs(3)
	storeDocs(t, db, docs[:1])
	x := db.ReuseIndex()
	for i, d := range docs {
		if i == 2 {
			d = &claimtrail.Document{ID: "d001x", Body: "a body of its own"}
		}
		if i == 1 {
			// Stored in the ledger with another body: the index keeps its own.
			storeDocs(t, db, []*claimtrail.Document{{Kind: "doc", ID: d.ID, Lang: "en", Body: "changed", Source: "x"}})
		}
		if _, err := x.PutDoc(ctx, reuse.Entry{Meta: reuse.DocMeta{ID: d.ID}, Body: d.Body}); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	var kept []string
	rows, err := db.ReadSQL().QueryContext(ctx, `SELECT id FROM reuse_docs WHERE body IS NOT NULL ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		kept = append(kept, id)
	}
	rows.Close()
	if want := []string{"d001", "d001x"}; !reflect.DeepEqual(kept, want) {
		t.Errorf("bodies kept in reuse_docs: %v; want %v", kept, want)
	}
	for _, c := range []struct{ id, want string }{{"d000", docs[0].Body}, {"d001", docs[1].Body}, {"d001x", "a body of its own"}} {
		if b, err := x.Body(ctx, c.id); err != nil || b != c.want {
			t.Errorf("Body(%s) = %q, %v; want %q", c.id, b, err, c.want)
		}
	}
}

// TestReuseIndexTwoWriters: a second index instance writing to the same
// ledger is refused instead of mixing its sequence numbers with the first's.
func TestReuseIndexTwoWriters(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, b := db.ReuseIndex(), db.ReuseIndex()
	if _, err := b.Len(ctx); err != nil { // b loads the empty index
		t.Fatal(err)
	}
	for i, x := range []*ReuseIndex{a, b} {
		if _, err := x.PutDoc(ctx, reuse.Entry{Meta: reuse.DocMeta{ID: fmt.Sprint("w", i)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	err = b.Flush(ctx)
	if claimtrail.ErrorKind(err) != claimtrail.EConflict && !strings.Contains(fmt.Sprint(err), "another index") {
		t.Errorf("second writer's flush: %v; want a conflict", err)
	}
	if _, err := b.Len(ctx); err == nil {
		t.Error("the refused instance still answers; want it broken until reopened")
	}
}

// TestReuseIndexStateInFile: the index keeps no per-document state in
// memory beyond its buffer, so what an earlier instance flushed (ids,
// pending reprint links) must be found in the file by a new one: a stored
// id is a duplicate, a pending link is listed, and changes buffered by the
// new instance (a deletion, a replacement, an addition) lie over the
// file's rows before and after its own flush.
func TestReuseIndexStateInFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ledger.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	x := db.ReuseIndex()
	if _, err := x.PutDoc(ctx, reuse.Entry{Meta: reuse.DocMeta{ID: "a", Outlet: "Outlet A"}, Body: "a", Keys: []uint64{1}, KeyLimit: 5}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []reuse.Pending{
		{Reprint: "r1", Outlet: "Outlet X", Published: "2022-03-01"},
		{Reprint: "r2", Outlet: "Outlet X", Published: "2022-03-02"},
		{Reprint: "r3", Outlet: "Outlet Y"},
	} {
		if err := x.PutPending(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	y := db.ReuseIndex()
	if _, err := y.PutDoc(ctx, reuse.Entry{Meta: reuse.DocMeta{ID: "a"}, Body: "a"}); claimtrail.ErrorKind(err) != claimtrail.EConflict {
		t.Errorf("PutDoc of an id flushed by another instance: %v; want EConflict", err)
	}
	if m, ok, err := y.Doc(ctx, "a"); err != nil || !ok || m.Outlet != "Outlet A" {
		t.Errorf("Doc(a) = %+v, %v, %v", m, ok, err)
	}
	if _, ok, err := y.Doc(ctx, "b"); err != nil || ok {
		t.Errorf("Doc(b) = %v, %v; want not found", ok, err)
	}
	want := func(stage, outlet string, reprints ...string) {
		t.Helper()
		ps, err := y.PendingFor(ctx, outlet)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.Reprint+"@"+p.Published)
		}
		if !reflect.DeepEqual(got, reprints) {
			t.Errorf("%s: PendingFor(%s) = %v; want %v", stage, outlet, got, reprints)
		}
	}
	want("reopened", "outletx", "r1@2022-03-01", "r2@2022-03-02")
	if err := y.DeletePending(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	if err := y.PutPending(ctx, reuse.Pending{Reprint: "r2", Outlet: "Outlet X", Published: "2022-03-05"}); err != nil {
		t.Fatal(err)
	}
	if err := y.PutPending(ctx, reuse.Pending{Reprint: "r0", Outlet: "Outlet X"}); err != nil {
		t.Fatal(err)
	}
	if err := y.PutPending(ctx, reuse.Pending{Reprint: "r3", Outlet: "Outlet X"}); err != nil { // moves from Y to X
		t.Fatal(err)
	}
	want("buffered", "Outlet X", "r0@", "r2@2022-03-05", "r3@")
	want("buffered", "Outlet Y")
	if err := y.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want("flushed", "Outlet X", "r0@", "r2@2022-03-05", "r3@")
	want("flushed", "Outlet Y")
}
