// Package indextest is the conformance suite every reuse.Index
// implementation must pass: the in-memory one in package reuse and the
// SQLite one in package sqlite run the same tests, so the Detector behaves
// the same over either.
package indextest

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// Run runs the suite. open must return a new, empty index for each call.
func Run(t *testing.T, open func(t *testing.T) reuse.Index) {
	t.Run("docs", func(t *testing.T) { testDocs(t, open(t)) })
	t.Run("postings", func(t *testing.T) { testPostings(t, open(t)) })
	t.Run("passages", func(t *testing.T) { testPassages(t, open(t)) })
	t.Run("outlets", func(t *testing.T) { testOutlets(t, open(t)) })
	t.Run("pending", func(t *testing.T) { testPending(t, open(t)) })
	t.Run("edges", func(t *testing.T) { testEdges(t, open(t)) })
	t.Run("concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("detector", func(t *testing.T) { testDetector(t, open(t)) })
}

func put(t *testing.T, idx reuse.Index, e reuse.Entry) int64 {
	t.Helper()
	seq, err := idx.PutDoc(context.Background(), e)
	if err != nil {
		t.Fatalf("PutDoc(%s): %v", e.Meta.ID, err)
	}
	return seq
}

func testDocs(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	m1 := reuse.DocMeta{ID: "d1", Outlet: "South Front", Published: "2020-11-09", Title: "T1"}
	m2 := reuse.DocMeta{ID: "d2", Outlet: "Global Research", Published: "2020-11-10", Title: "T2",
		OrigOutlet: "South Front", OrigPublished: "2020-11-09"}
	if n, err := idx.LastSeq(ctx); err != nil || n != 0 {
		t.Errorf("LastSeq of an empty index = %d, %v; want 0", n, err)
	}
	s1 := put(t, idx, reuse.Entry{Meta: m1, Body: "body one ☃"})
	s2 := put(t, idx, reuse.Entry{Meta: m2, Body: "body two"})
	if s1 != 1 || s2 != 2 {
		t.Errorf("seqs = %d, %d; want 1, 2", s1, s2)
	}
	if _, err := idx.PutDoc(ctx, reuse.Entry{Meta: m1}); claimtrail.ErrorKind(err) != claimtrail.EConflict {
		t.Errorf("PutDoc of a stored id: err = %v, want a conflict", err)
	}
	m2.Seq = 2
	if got, ok, err := idx.Doc(ctx, "d2"); err != nil || !ok || !reflect.DeepEqual(got, m2) {
		t.Errorf("Doc(d2) = %+v, %v, %v; want %+v", got, ok, err, m2)
	}
	m1.Seq = 1
	if got, ok, err := idx.DocBySeq(ctx, 1); err != nil || !ok || !reflect.DeepEqual(got, m1) {
		t.Errorf("DocBySeq(1) = %+v, %v, %v; want %+v", got, ok, err, m1)
	}
	if _, ok, err := idx.Doc(ctx, "nope"); ok || err != nil {
		t.Errorf("Doc(nope) = %v, %v; want absent", ok, err)
	}
	if _, ok, err := idx.DocBySeq(ctx, 99); ok || err != nil {
		t.Errorf("DocBySeq(99) = %v, %v; want absent", ok, err)
	}
	if b, err := idx.Body(ctx, "d1"); err != nil || b != "body one ☃" {
		t.Errorf("Body(d1) = %q, %v", b, err)
	}
	if _, err := idx.Body(ctx, "nope"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Body(nope): err = %v, want not found", err)
	}
	if n, err := idx.Len(ctx); err != nil || n != 2 {
		t.Errorf("Len = %d, %v; want 2", n, err)
	}
	if n, err := idx.LastSeq(ctx); err != nil || n != s2 {
		t.Errorf("LastSeq = %d, %v; want %d", n, err, s2)
	}
}

func testPostings(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	const limit = 3
	// Keys use the whole uint64 range: the SQLite index stores them as
	// signed integers.
	big := uint64(1<<63 + 12345)
	for i := 1; i <= 6; i++ {
		keys := []uint64{1, big}
		if i%2 == 0 {
			keys = append(keys, 2, 2) // a key twice in one document counts once
		}
		put(t, idx, reuse.Entry{Meta: reuse.DocMeta{ID: fmt.Sprintf("d%d", i)}, Keys: keys, KeyLimit: limit})
	}
	got, err := idx.Postings(ctx, []uint64{1, 2, 3, big}, limit)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int64{nil, {2, 4, 6}, nil, nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Postings = %v; want %v (keys over the limit omitted)", got, want)
	}
	got, err = idx.Postings(ctx, []uint64{2, big}, 10)
	if err != nil {
		t.Fatal(err)
	}
	// Only limit+1 postings are kept for a key: raising the limit later
	// cannot bring back what was not stored, but the stored ones come back
	// in order.
	if !reflect.DeepEqual(got[0], []int64{2, 4, 6}) || len(got[1]) != limit+1 || got[1][0] != 1 {
		t.Errorf("Postings with a higher limit = %v", got)
	}
	if got, err := idx.Postings(ctx, nil, limit); err != nil || len(got) != 0 {
		t.Errorf("Postings(nil) = %v, %v", got, err)
	}
}

func testPassages(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	put(t, idx, reuse.Entry{Meta: reuse.DocMeta{ID: "a"}, Passages: []uint64{10, 11, 10}})
	put(t, idx, reuse.Entry{Meta: reuse.DocMeta{ID: "b"}, Passages: []uint64{10, 1 << 63}})
	got, err := idx.PassageDF(ctx, []uint64{10, 11, 12, 1 << 63})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{2, 1, 0, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("PassageDF = %v; want %v", got, want)
	}
}

func testOutlets(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	for i, d := range []struct{ outlet, date string }{
		{"South Front", "2020-11-08"}, {"SouthFront", "2020-11-09"}, {"south front", "2020-11-12"},
		{"South Front", ""}, {"Other", "2020-11-09"},
	} {
		put(t, idx, reuse.Entry{Meta: reuse.DocMeta{ID: fmt.Sprintf("d%d", i), Outlet: d.outlet, Published: d.date}})
	}
	ids := func(ms []reuse.DocMeta, err error) []string {
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range ms {
			out = append(out, m.ID)
		}
		sort.Strings(out)
		return out
	}
	for _, c := range []struct {
		name, from, to string
		want           []string
	}{
		{"window", "2020-11-08", "2020-11-10", []string{"d0", "d1"}},
		{"open end", "2020-11-09", "", []string{"d1", "d2"}},
		{"open", "", "", []string{"d0", "d1", "d2", "d3"}},
	} {
		if got := ids(idx.DocsByOutlet(ctx, "SOUTH FRONT", c.from, c.to)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: DocsByOutlet = %v; want %v", c.name, got, c.want)
		}
	}
	if got := ids(idx.DocsByOutlet(ctx, "", "", "")); len(got) != 0 {
		t.Errorf("DocsByOutlet(\"\") = %v; want none", got)
	}
}

func testPending(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	ps := []reuse.Pending{
		{Reprint: "r1", Outlet: "southfront", Published: "2020-11-09"},
		{Reprint: "r2", Outlet: "southfront"},
		{Reprint: "r3", Outlet: "other", Published: "2020-11-01"},
	}
	for _, p := range ps {
		if err := idx.PutPending(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// Storing a reprint's pending link again replaces it.
	if err := idx.PutPending(ctx, reuse.Pending{Reprint: "r1", Outlet: "southfront", Published: "2020-11-10"}); err != nil {
		t.Fatal(err)
	}
	got, err := idx.PendingFor(ctx, "South Front")
	if err != nil {
		t.Fatal(err)
	}
	want := []reuse.Pending{{Reprint: "r1", Outlet: "southfront", Published: "2020-11-10"}, {Reprint: "r2", Outlet: "southfront"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PendingFor = %+v; want %+v", got, want)
	}
	if err := idx.DeletePending(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	if err := idx.DeletePending(ctx, "absent"); err != nil {
		t.Errorf("DeletePending(absent) = %v", err)
	}
	got, _ = idx.PendingFor(ctx, "southfront")
	if len(got) != 1 || got[0].Reprint != "r2" {
		t.Errorf("after delete: %+v", got)
	}
}

func testEdges(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	e1 := reuse.Edge{Kind: reuse.EdgePassage, A: "a", B: "b", AStart: 1, AEnd: 5, BStart: 7, BEnd: 12, Similarity: 0.75}
	e2 := reuse.Edge{Kind: reuse.EdgeReprint, A: "c", B: "a", Similarity: 1}
	e3 := reuse.Edge{Kind: reuse.EdgePassage, A: "a", B: "b", AStart: 20, AEnd: 30, BStart: 40, BEnd: 50, Similarity: 0.5}
	if err := idx.PutEdges(ctx, []reuse.Edge{e1, e2}); err != nil {
		t.Fatal(err)
	}
	if err := idx.PutEdges(ctx, []reuse.Edge{e1, e3}); err != nil {
		t.Fatal(err)
	}
	sortEdges := func(es []reuse.Edge) []reuse.Edge {
		sort.Slice(es, func(i, j int) bool { return fmt.Sprint(es[i]) < fmt.Sprint(es[j]) })
		return es
	}
	for _, c := range []struct {
		doc  string
		want []reuse.Edge
	}{{"a", []reuse.Edge{e1, e2, e3}}, {"b", []reuse.Edge{e1, e3}}, {"c", []reuse.Edge{e2}}, {"z", nil}} {
		got, err := idx.Edges(ctx, c.doc)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sortEdges(got), sortEdges(c.want)) {
			t.Errorf("Edges(%s) = %+v; want %+v", c.doc, got, c.want)
		}
	}
}

// testConcurrent runs readers beside one writer, as the Detector does;
// run it with -race.
func testConcurrent(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := idx.Postings(ctx, []uint64{7}, 100); err != nil {
					t.Error(err)
					return
				}
				if _, _, err := idx.DocBySeq(ctx, 1); err != nil {
					t.Error(err)
					return
				}
				if _, err := idx.Edges(ctx, "c0"); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for i := 0; i < 30; i++ {
		put(t, idx, reuse.Entry{Meta: reuse.DocMeta{ID: fmt.Sprintf("c%d", i)}, Keys: []uint64{7}, KeyLimit: 100, Body: "x"})
		if err := idx.PutEdges(ctx, []reuse.Edge{{Kind: reuse.EdgePassage, A: "c0", B: fmt.Sprintf("c%d", i)}}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	got, err := idx.Postings(ctx, []uint64{7}, 100)
	if err != nil || len(got[0]) != 30 {
		t.Errorf("after concurrent writes: %d postings, %v", len(got[0]), err)
	}
}

// testDetector runs the Detector over the index: a copied paragraph is
// found and the provenance walk crosses the stored edges.
func testDetector(t *testing.T, idx reuse.Index) {
	ctx := context.Background()
	d := reuse.New(idx)
	a := &claimtrail.Document{ID: "a", Outlet: "Alpha", Published: "2021-03-01",
		Body: "The river crossing near the old mill was shelled overnight by artillery units, the regional governor said.\n\nUnrelated closing words about the weather in the valley and the harvest of apples."}
	b := &claimtrail.Document{ID: "b", Outlet: "Beta", Published: "2021-03-02",
		Body: "Officials gave no figures.\n\nThe river crossing near the old mill was shelled overnight by heavy artillery units, the governor said on Tuesday."}
	if rs, err := d.Add(ctx, a); err != nil || len(rs) != 0 {
		t.Fatalf("Add(a) = %v, %v", rs, err)
	}
	rs, err := d.Add(ctx, b)
	if err != nil || len(rs) != 1 || rs[0].A != "a" || rs[0].B != "b" {
		t.Fatalf("Add(b) = %+v, %v; want one passage a -> b", rs, err)
	}
	p, err := d.Provenance(ctx, "b", rs[0].BStart, rs[0].BEnd)
	if err != nil || p.Origin != "a" || len(p.Carriers) != 2 {
		t.Errorf("Provenance = %+v, %v; want origin a, two carriers", p, err)
	}
}
