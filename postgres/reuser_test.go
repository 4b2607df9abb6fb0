package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/reuse"
)

// copiedDocs returns n documents of n outlets that all carry one copied
// paragraph, each with words of its own around it.
func copiedDocs(n int) []claimtrail.DocClaims {
	shared := "Engineers restored the pontoon bridge across the northern canal after three days of repairs, the district administration reported."
	places := []string{"the orchard cooperative", "the grain elevator", "the old tram depot", "the ferry landing", "the textile mill", "the water tower"}
	var out []claimtrail.DocClaims
	for i := range n {
		own := fmt.Sprintf("Volunteers from %s counted %d families waiting for buses near %s on the western road.", places[i%len(places)], 10+i, places[(i+1)%len(places)])
		doc := &claimtrail.Document{ID: fmt.Sprintf("doc%02d", i), Outlet: fmt.Sprintf("Outlet %c", 'A'+i),
			Published: "2023-05-10", Title: fmt.Sprintf("Report %d", i), Lang: "en",
			Body: own + "\n\n" + shared, Hash: claimtrail.ContentHash(fmt.Appendf(nil, "doc%02d", i))}
		out = append(out, claimtrail.DocClaims{Doc: doc})
	}
	return out
}

// pairs returns the unordered document pairs of reuse records.
func pairs(rs []claimtrail.Reuse) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rs {
		a, b := r.A, r.B
		if b < a {
			a, b = b, a
		}
		if k := a + "|" + b; !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// TestReuserConcurrent runs reuse detection from several connection pools
// at once, as separate worker processes would, and checks that nothing is
// lost: every pair of documents sharing the paragraph is found (two
// documents detected at once without the lock would miss each other),
// each document is indexed once, and the passage counts hold every
// document.
func TestReuserConcurrent(t *testing.T) {
	// Batches of one document, and of three: a batch's later documents
	// are compared with its earlier ones before any is committed.
	for _, size := range []int{1, 3} {
		t.Run(fmt.Sprintf("batch%d", size), func(t *testing.T) { testReuserConcurrent(t, size) })
	}
}

func testReuserConcurrent(t *testing.T, size int) {
	ctx := context.Background()
	const writers, n = 4, 12
	docs := copiedDocs(n)

	// The reference: one detector over memory, one document at a time.
	ref := reuse.New(reuse.NewMemIndex())
	var want []claimtrail.Reuse
	for _, dc := range docs {
		rs, err := ref.Add(ctx, dc.Doc)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, rs...)
	}
	if len(pairs(want)) != n*(n-1)/2 {
		t.Fatalf("fixture problem: the reference finds %d pairs, want %d", len(pairs(want)), n*(n-1)/2)
	}

	url := pgtest.URL(t)
	dbs := make([]*postgres.DB, writers)
	for i := range dbs {
		db, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dbs[i] = db
	}
	var wg sync.WaitGroup
	for w := range writers {
		r := dbs[w].NewReuser()
		wg.Go(func() {
			for i := w * size; i < n; i += writers * size {
				if _, _, err := r.Ingest(ctx, docs[i:min(i+size, n)]); err != nil {
					t.Errorf("Ingest(%s...): %v", docs[i].Doc.ID, err)
				}
			}
		})
	}
	wg.Wait()

	got, err := dbs[0].Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := pairs(got), pairs(want); !slices.Equal(g, w) {
		t.Errorf("concurrent detection found %d pairs, want %d:\n got %q\nwant %q", len(g), len(w), g, w)
	}
	idx := dbs[0].ReuseIndex()
	if l, err := idx.Len(ctx); err != nil || l != n {
		t.Errorf("index holds %d documents (%v), want %d", l, err, n)
	}
	// The edges of the index match the records of the ledger.
	edges := 0
	for _, dc := range docs {
		es, err := idx.Edges(ctx, dc.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		edges += len(es)
	}
	if edges != 2*len(got) {
		t.Errorf("index edges counted from both ends = %d, want %d", edges, 2*len(got))
	}
}

// TestReuserIngestAtomic: a batch that fails is stored not at all, in the
// ledger and in the reuse index alike, and an unchanged document is not
// detected twice.
func TestReuserIngestAtomic(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	r := db.NewReuser()
	docs := copiedDocs(3)
	if res, _, err := r.Ingest(ctx, docs[:1]); err != nil || res[0] != claimtrail.PutNew {
		t.Fatalf("Ingest(doc00) = %v, %v", res, err)
	}
	// doc02 takes a claim id of another document's: the batch fails as a
	// whole.
	c := claimtrail.Claim{ID: "taken", Sentence: "s", Type: claimtrail.TypeStatement}
	other := &claimtrail.Document{ID: "other", Title: "t", Hash: "h"}
	if _, err := db.PutDocument(ctx, other, []claimtrail.Claim{c}); err != nil {
		t.Fatal(err)
	}
	bad := []claimtrail.DocClaims{docs[1], {Doc: docs[2].Doc, Claims: []claimtrail.Claim{c}}}
	if _, _, err := r.Ingest(ctx, bad); claimtrail.ErrorKind(err) != claimtrail.EConflict {
		t.Fatalf("Ingest with a taken claim id: %v, want a conflict", err)
	}
	if n, _ := db.ReuseIndex().Len(ctx); n != 1 {
		t.Errorf("after a failed batch the index holds %d documents, want 1", n)
	}
	if _, err := db.Document(ctx, docs[1].Doc.ID); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("document of a failed batch: %v, want not found", err)
	}
	res, rs, err := r.Ingest(ctx, docs[1:2])
	if err != nil || res[0] != claimtrail.PutNew || len(rs) != 1 {
		t.Fatalf("Ingest(doc01) = %v, %d records, %v; want new with one record", res, len(rs), err)
	}
	res, rs, err = r.Ingest(ctx, docs[1:2])
	if err != nil || res[0] != claimtrail.PutUnchanged || len(rs) != 0 {
		t.Errorf("Ingest(doc01) again = %v, %d records, %v; want unchanged, none", res, len(rs), err)
	}
	// Add, the pipeline's form, indexes without storing.
	rs, err = r.Add(ctx, docs[2].Doc)
	if err != nil || len(rs) != 2 {
		t.Errorf("Add(doc02) = %d records, %v; want 2", len(rs), err)
	}
}

// TestOpenConcurrent opens one new ledger from several processes' worth of
// pools at once: the migrations run once and every opener works.
func TestOpenConcurrent(t *testing.T) {
	url := pgtest.URL(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			db, err := postgres.Open(context.Background(), url)
			if err != nil {
				t.Error(err)
				return
			}
			db.Close()
		})
	}
	wg.Wait()
}

// TestSearchFolding: the folding of sentences and queries, through the
// store (diacritics and case; words only).
func TestSearchFolding(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	doc := &claimtrail.Document{ID: "d", Title: "t", Hash: "h"}
	cs := []claimtrail.Claim{
		{Sentence: "Forces entered Şuşa at dawn.", Type: claimtrail.TypeControl},
		{Sentence: "Shelling hit Zaporizhzhia's outskirts (near the plant).", Type: claimtrail.TypeAttack},
		{Sentence: "Ракетний удар по Києву, заявили в ОВА.", Type: claimtrail.TypeAttack},
	}
	if _, err := db.PutDocument(ctx, doc, cs); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string
	}{
		{"susa", []string{"d:0"}},
		{"ŞUŞA", []string{"d:0"}},
		{"Šuša", []string{"d:0"}},
		{"zaporizhzhia near", []string{"d:1"}},
		{"plant) & !zaporizhzhia", []string{"d:1"}},
		{"enter", []string{"d:0"}},
		{"києву", []string{"d:2"}},
		{"КИЄВУ", []string{"d:2"}},
		{"киеву", nil}, // a Cyrillic letter is not an accented one
		{"dawn | plant", nil},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			got, err := db.Claims(ctx, claimtrail.ClaimFilter{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("Text %q found %q, want %q", tc.text, ids, tc.want)
			}
		})
	}
}
