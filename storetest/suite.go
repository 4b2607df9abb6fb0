package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Run runs the conformance suite against stores made by open; each subtest
// gets a fresh, empty store. The suite closes the store at the end of the
// subtest (and fails if Close fails), so open must not close it itself;
// open may register cleanups for what lies behind the store (a file, a
// schema).
func Run(t *testing.T, open func(t *testing.T) claimtrail.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s claimtrail.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"EmptyStore", testEmptyStore},
		{"NotFound", testNotFound},
		{"Invalid", testInvalid},
		{"Unchanged", testUnchanged},
		{"Replaced", testReplaced},
		{"HasHash", testHasHash},
		{"DuplicateClaimID", testDuplicateClaimID},
		{"Documents", testDocuments},
		{"ClaimFilters", testClaimFilters},
		{"Text", testText},
		{"TextIsNotSyntax", testTextIsNotSyntax},
		{"Pagination", testPagination},
		{"Reuse", testReuse},
		{"ReplaceDropsReuse", testReplaceDropsReuse},
		{"Rejections", testRejections},
		{"IngestClearsRejection", testIngestClearsRejection},
		{"Stats", testStats},
		{"TopPlaces", testTopPlaces},
		{"ConcurrentPut", testConcurrentPut},
		{"ConcurrentSameDocument", testConcurrentSameDocument},
		{"Changes", testChanges},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// put stores every fixture and checks that each is new.
func put(t *testing.T, s claimtrail.Store, fxs []fixtureDoc) {
	t.Helper()
	for _, fx := range fxs {
		doc := fx.Doc
		res, err := s.PutDocument(t.Context(), &doc, fx.Claims)
		if err != nil {
			t.Fatalf("PutDocument(%s): %v", fx.Doc.ID, err)
		}
		if res != claimtrail.PutNew {
			t.Fatalf("PutDocument(%s) = %v, want new", fx.Doc.ID, res)
		}
	}
}

func claims(t *testing.T, s claimtrail.Store, f claimtrail.ClaimFilter) []claimtrail.Claim {
	t.Helper()
	cs, err := s.Claims(t.Context(), f)
	if err != nil {
		t.Fatalf("Claims(%+v): %v", f, err)
	}
	return cs
}

// sameClaims compares claims field by field after normalizeClaim, order
// included, and prints both sides as JSON when they differ.
func sameClaims(t *testing.T, what string, got, want []claimtrail.Claim) {
	t.Helper()
	g := make([]claimtrail.Claim, len(got))
	for i, c := range got {
		g[i] = normalizeClaim(c)
	}
	w := make([]claimtrail.Claim, len(want))
	for i, c := range want {
		w[i] = normalizeClaim(c)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s:\n got %s\nwant %s", what, js(g), js(w))
	}
}

func sameIDs(t *testing.T, what string, got, want []claimtrail.Claim) {
	t.Helper()
	if g, w := ids(got), ids(want); !slices.Equal(g, w) {
		t.Errorf("%s: got ids %q, want %q", what, g, w)
	}
}

func js(v any) string {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	for _, fx := range fxs {
		got, err := s.Document(ctx, fx.Doc.ID)
		if err != nil {
			t.Fatalf("Document(%s): %v", fx.Doc.ID, err)
		}
		if g, w := normalizeDoc(*got), normalizeDoc(fx.Doc); !reflect.DeepEqual(g, w) {
			t.Errorf("Document(%s):\n got %s\nwant %s", fx.Doc.ID, js(g), js(w))
		}
		want := storedClaims(fx)
		sameClaims(t, "Claims(Doc "+fx.Doc.ID+")", claims(t, s, claimtrail.ClaimFilter{Doc: fx.Doc.ID}), want)
		for _, w := range want {
			c, err := s.Claim(ctx, w.ID)
			if err != nil {
				t.Fatalf("Claim(%s): %v", w.ID, err)
			}
			sameClaims(t, "Claim("+w.ID+")", []claimtrail.Claim{*c}, []claimtrail.Claim{w})
		}
	}
	// The whole ledger comes back in document order, then position.
	sameClaims(t, "Claims({})", claims(t, s, claimtrail.ClaimFilter{}), allStored(fxs))
}

func testEmptyStore(t *testing.T, s claimtrail.Store) {
	ctx := t.Context()
	if cs := claims(t, s, claimtrail.ClaimFilter{}); len(cs) != 0 {
		t.Errorf("Claims on an empty store = %d claims", len(cs))
	}
	if ds, err := s.Documents(ctx, claimtrail.DocumentFilter{}); err != nil || len(ds) != 0 {
		t.Errorf("Documents on an empty store = %d, %v", len(ds), err)
	}
	if rs, err := s.Reuses(ctx, claimtrail.ReuseFilter{}); err != nil || len(rs) != 0 {
		t.Errorf("Reuses on an empty store = %d, %v", len(rs), err)
	}
	if rs, err := s.Rejections(ctx); err != nil || len(rs) != 0 {
		t.Errorf("Rejections on an empty store = %d, %v", len(rs), err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if st.Documents+st.Claims+st.Rejections+st.Reuses != 0 || len(nonZero(st.ByType)) != 0 ||
		len(nonZeroSide(st.BySide)) != 0 || len(st.TopPlaces) != 0 {
		t.Errorf("Stats of an empty store = %+v", st)
	}
}

func testNotFound(t *testing.T, s claimtrail.Store) {
	put(t, s, fixtures())
	ctx := t.Context()
	if _, err := s.Document(ctx, "no-such-doc"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Document(missing) error = %v (kind %s), want kind %s", err, claimtrail.ErrorKind(err), claimtrail.ENotFound)
	}
	if _, err := s.Claim(ctx, "no-such-claim"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Claim(missing) error = %v (kind %s), want kind %s", err, claimtrail.ErrorKind(err), claimtrail.ENotFound)
	}
	// A document id is not a claim id, nor the other way round.
	if _, err := s.Claim(ctx, "k20201109_sf"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Claim(document id) error = %v, want kind %s", err, claimtrail.ENotFound)
	}
	if _, err := s.Document(ctx, "k20201109_sf/c01"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Document(claim id) error = %v, want kind %s", err, claimtrail.ENotFound)
	}
}

func testInvalid(t *testing.T, s claimtrail.Store) {
	ctx := t.Context()
	fx := fixtures()[0]
	wrongDoc := slices.Clone(fx.Claims)
	wrongDoc[1].Doc = "another-document"
	cases := []struct {
		name   string
		doc    *claimtrail.Document
		claims []claimtrail.Claim
	}{
		{"nil document", nil, nil},
		{"empty id", &claimtrail.Document{Title: "t", Hash: "h"}, nil},
		{"claim of another document", &fx.Doc, wrongDoc},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.PutDocument(ctx, tc.doc, tc.claims)
			if claimtrail.ErrorKind(err) != claimtrail.EInvalid {
				t.Errorf("PutDocument error = %v, want kind %s", err, claimtrail.EInvalid)
			}
		})
	}
	// Nothing of the rejected calls was stored.
	if _, err := s.Document(ctx, fx.Doc.ID); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("after invalid puts, Document(%s) error = %v, want not found", fx.Doc.ID, err)
	}
	// A claim may name its document or leave Doc empty.
	named := slices.Clone(fx.Claims)
	for i := range named {
		named[i].Doc = fx.Doc.ID
	}
	if _, err := s.PutDocument(ctx, &fx.Doc, named); err != nil {
		t.Errorf("PutDocument with claims naming their document: %v", err)
	}
}

func testUnchanged(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	fx := fxs[0]
	// Same id and hash: nothing is written, even if the claims differ
	// (they came from the same input, so the stored ones stand).
	doc := fx.Doc
	doc.Title = "a title that must not be stored"
	res, err := s.PutDocument(ctx, &doc, fx.Claims[:1])
	if err != nil {
		t.Fatal(err)
	}
	if res != claimtrail.PutUnchanged {
		t.Errorf("second PutDocument = %v, want unchanged", res)
	}
	got, err := s.Document(ctx, fx.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != fx.Doc.Title {
		t.Errorf("title after an unchanged put = %q, want %q", got.Title, fx.Doc.Title)
	}
	sameClaims(t, "claims after an unchanged put", claims(t, s, claimtrail.ClaimFilter{Doc: fx.Doc.ID}), storedClaims(fx))
	sameClaims(t, "all claims", claims(t, s, claimtrail.ClaimFilter{}), allStored(fxs))
}

func testReplaced(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	old := fxs[0]

	// A new version of the article: other hash, fewer and changed claims,
	// one claim keeping its id, one new claim without id.
	nv := fixtureDoc{Doc: old.Doc}
	nv.Doc.Hash = claimtrail.ContentHash([]byte("k20201109_sf v2"))
	nv.Doc.Title = "Shusha Is in the Hands of Azerbaijan (updated)"
	nv.Doc.Original = &claimtrail.Original{Outlet: "Anadolu Agency", Published: "2020-11-08"}
	nv.Doc.Removed = nil
	kept := old.Claims[0]
	kept.Sentence = "Azerbaijani President Ilham Aliyev announced on November 8 that his forces had liberated Shusha."
	kept.Places = []claimtrail.PlaceRef{shusha, stepanakert}
	added := old.Claims[3]
	added.ID = ""
	added.Quantities = added.Quantities[:1]
	nv.Claims = []claimtrail.Claim{kept, added}

	res, err := s.PutDocument(ctx, &nv.Doc, nv.Claims)
	if err != nil {
		t.Fatal(err)
	}
	if res != claimtrail.PutReplaced {
		t.Errorf("PutDocument of a changed document = %v, want replaced", res)
	}
	got, err := s.Document(ctx, nv.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := normalizeDoc(*got), normalizeDoc(nv.Doc); !reflect.DeepEqual(g, w) {
		t.Errorf("replaced document:\n got %s\nwant %s", js(g), js(w))
	}
	sameClaims(t, "claims of the replaced document", claims(t, s, claimtrail.ClaimFilter{Doc: nv.Doc.ID}), storedClaims(nv))
	for _, c := range old.Claims[1:] {
		if _, err := s.Claim(ctx, c.ID); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
			t.Errorf("old claim %s after replace: error %v, want not found", c.ID, err)
		}
	}
	// No duplicates and the old claims gone from every view.
	want := allStored(append([]fixtureDoc{nv}, fxs[1:]...))
	sameClaims(t, "all claims after replace", claims(t, s, claimtrail.ClaimFilter{}), want)
	if cs := claims(t, s, claimtrail.ClaimFilter{Text: "denied"}); len(cs) != 0 {
		t.Errorf("text search finds replaced claims: %q", ids(cs))
	}
	if cs := claims(t, s, claimtrail.ClaimFilter{Place: "Lachin"}); len(cs) != 0 {
		t.Errorf("place filter finds replaced claims: %q", ids(cs))
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != len(fxs) || st.Claims != len(want) {
		t.Errorf("Stats after replace: %d documents, %d claims; want %d, %d", st.Documents, st.Claims, len(fxs), len(want))
	}

	// Putting the first version again replaces back.
	doc := old.Doc
	if res, err := s.PutDocument(ctx, &doc, old.Claims); err != nil || res != claimtrail.PutReplaced {
		t.Errorf("putting the old version back = %v, %v; want replaced", res, err)
	}
	sameClaims(t, "all claims after replacing back", claims(t, s, claimtrail.ClaimFilter{}), allStored(fxs))
}

func testHasHash(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	for _, fx := range fxs {
		if ok, err := s.HasHash(ctx, fx.Doc.Hash); err != nil || !ok {
			t.Errorf("HasHash(%s's hash) = %v, %v; want true", fx.Doc.ID, ok, err)
		}
	}
	if ok, err := s.HasHash(ctx, claimtrail.ContentHash([]byte("never stored"))); err != nil || ok {
		t.Errorf("HasHash(unknown) = %v, %v; want false", ok, err)
	}
	if ok, err := s.HasHash(ctx, ""); err != nil || ok {
		t.Errorf(`HasHash("") = %v, %v; want false`, ok, err)
	}
	doc := fxs[0].Doc
	oldHash := doc.Hash
	doc.Hash = claimtrail.ContentHash([]byte("k20201109_sf v2"))
	if _, err := s.PutDocument(ctx, &doc, nil); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.HasHash(ctx, oldHash); ok {
		t.Errorf("HasHash(replaced hash) = true, want false")
	}
	if ok, _ := s.HasHash(ctx, doc.Hash); !ok {
		t.Errorf("HasHash(new hash) = false, want true")
	}
}

func testDuplicateClaimID(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs[:1])
	ctx := t.Context()
	// A claim id stored for another document is a conflict, and the
	// failing document is stored not at all.
	fx := fxs[2]
	cs := slices.Clone(fx.Claims)
	cs[len(cs)-1].ID = fxs[0].Claims[0].ID
	_, err := s.PutDocument(ctx, &fx.Doc, cs)
	if claimtrail.ErrorKind(err) != claimtrail.EConflict {
		t.Errorf("PutDocument with a taken claim id: error %v, want kind %s", err, claimtrail.EConflict)
	}
	if _, err := s.Document(ctx, fx.Doc.ID); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("document of a failed put: error %v, want not found", err)
	}
	if got := claims(t, s, claimtrail.ClaimFilter{Doc: fx.Doc.ID}); len(got) != 0 {
		t.Errorf("claims of a failed put were stored: %q", ids(got))
	}
	sameClaims(t, "claims after a failed put", claims(t, s, claimtrail.ClaimFilter{}), storedClaims(fxs[0]))
	// The store still works.
	put(t, s, fxs[2:3])
}

func testDocuments(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	sorted := sortedFixtures(fxs)
	docIDs := func(ds []claimtrail.Document) []string {
		out := []string{}
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	all := docIDs(func() []claimtrail.Document {
		var ds []claimtrail.Document
		for _, fx := range sorted {
			ds = append(ds, fx.Doc)
		}
		return ds
	}())
	cases := []struct {
		name string
		f    claimtrail.DocumentFilter
		want []string
	}{
		{"all", claimtrail.DocumentFilter{}, all},
		{"outlet", claimtrail.DocumentFilter{Outlet: "Kyiv Independent"}, []string{"u20220302_kyiv"}},
		{"outlet unknown", claimtrail.DocumentFilter{Outlet: "Reuters"}, []string{}},
		{"after", claimtrail.DocumentFilter{After: "k20201110_gr"}, all[2:]},
		{"limit", claimtrail.DocumentFilter{Limit: 2}, all[:2]},
		{"after and limit", claimtrail.DocumentFilter{After: all[0], Limit: 2}, all[1:3]},
		{"after the last", claimtrail.DocumentFilter{After: all[len(all)-1]}, []string{}},
		{"outlet and after", claimtrail.DocumentFilter{Outlet: "TASS", After: "u"}, []string{"u20220303_tass"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := s.Documents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := docIDs(ds); !slices.Equal(got, tc.want) {
				t.Errorf("Documents(%+v) = %q, want %q", tc.f, got, tc.want)
			}
		})
	}
	// Listed documents are whole.
	ds, err := s.Documents(ctx, claimtrail.DocumentFilter{Outlet: "South Front"})
	if err != nil || len(ds) != 1 {
		t.Fatalf("Documents(South Front) = %d, %v", len(ds), err)
	}
	if g, w := normalizeDoc(ds[0]), normalizeDoc(fxs[0].Doc); !reflect.DeepEqual(g, w) {
		t.Errorf("listed document:\n got %s\nwant %s", js(g), js(w))
	}
	// Paging with After visits every document once.
	var seen []string
	after := ""
	for {
		page, err := s.Documents(ctx, claimtrail.DocumentFilter{After: after, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		seen = append(seen, page[0].ID)
		after = page[0].ID
		if len(seen) > len(all) {
			t.Fatalf("paging does not end: %q", seen)
		}
	}
	if !slices.Equal(seen, all) {
		t.Errorf("paged documents = %q, want %q", seen, all)
	}
}

func testClaimFilters(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	all := allStored(fxs)
	cases := []struct {
		name string
		f    claimtrail.ClaimFilter
		min  int // the reference result has at least this many claims, so the case tests something
	}{
		{"none", claimtrail.ClaimFilter{}, len(all)},
		{"place", claimtrail.ClaimFilter{Place: "Shusha"}, 5},
		{"place any case", claimtrail.ClaimFilter{Place: "sHUSHA"}, 5},
		{"place second of two", claimtrail.ClaimFilter{Place: "Stepanakert"}, 2},
		{"place by text is not by name", claimtrail.ClaimFilter{Place: "the town"}, 0},
		{"place is not a substring", claimtrail.ClaimFilter{Place: "Shush"}, 0},
		{"place non-ASCII canonical", claimtrail.ClaimFilter{Place: "Kyiv"}, 1},
		{"side", claimtrail.ClaimFilter{Side: "AZE"}, 3},
		{"side other war", claimtrail.ClaimFilter{Side: "RUS"}, 5},
		{"claimant substring", claimtrail.ClaimFilter{Claimant: "ministry of defense"}, 5},
		{"claimant any case", claimtrail.ClaimFilter{Claimant: "ALIYEV"}, 1},
		{"claimant percent is literal", claimtrail.ClaimFilter{Claimant: "%"}, 1},
		{"claimant underscore is literal", claimtrail.ClaimFilter{Claimant: "r_r"}, 1},
		{"claimant underscore alone", claimtrail.ClaimFilter{Claimant: "_"}, 1},
		{"type", claimtrail.ClaimFilter{Type: claimtrail.TypeLosses}, 3},
		{"type without claims", claimtrail.ClaimFilter{Type: claimtrail.TypeWithdrawal}, 0},
		{"from", claimtrail.ClaimFilter{From: "2022-03-02"}, 6},
		{"from overlaps a span", claimtrail.ClaimFilter{From: "2020-11-09"}, 3},
		{"to", claimtrail.ClaimFilter{To: "2020-11-07"}, 3},
		{"to overlaps a span", claimtrail.ClaimFilter{To: "2022-02-24"}, 1},
		{"from and to one day", claimtrail.ClaimFilter{From: "2020-11-08", To: "2020-11-08"}, 4},
		{"from and to window", claimtrail.ClaimFilter{From: "2022-03-01", To: "2022-03-02"}, 7},
		{"from after to", claimtrail.ClaimFilter{From: "2022-03-03", To: "2022-03-01"}, 0},
		{"doc", claimtrail.ClaimFilter{Doc: "u20220303_tass"}, 5},
		{"doc unknown", claimtrail.ClaimFilter{Doc: "nope"}, 0},
		{"place and type", claimtrail.ClaimFilter{Place: "Kharkiv", Type: claimtrail.TypeCivilian}, 2},
		{"place and side", claimtrail.ClaimFilter{Place: "Kherson", Side: "RUS"}, 1},
		{"side and dates", claimtrail.ClaimFilter{Side: "UKR", From: "2022-03-01", To: "2022-03-01"}, 3},
		{"claimant type doc", claimtrail.ClaimFilter{Claimant: "ministry", Type: claimtrail.TypeLosses, Doc: "k20201109_sf"}, 2},
		{"every field", claimtrail.ClaimFilter{Place: "Shusha", Side: "AZE", Claimant: "aliyev", Type: claimtrail.TypeControl,
			From: "2020-11-01", To: "2020-11-30", Doc: "k20201109_sf", After: "k", Limit: 5}, 1},
		{"everything but one field", claimtrail.ClaimFilter{Place: "Shusha", Side: "ARM", Type: claimtrail.TypeControl, Doc: "k20201109_sf"}, 1},
		{"conflicting fields", claimtrail.ClaimFilter{Place: "Shusha", Doc: "u20220302_kyiv"}, 0},
		{"after", claimtrail.ClaimFilter{After: "u-0003"}, 6},
		{"limit", claimtrail.ClaimFilter{Limit: 4}, 4},
		{"after and limit", claimtrail.ClaimFilter{After: "k20201110_gr", Limit: 3}, 3},
		{"limit with filter", claimtrail.ClaimFilter{Side: "RUS", Limit: 2}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := filterClaims(all, tc.f)
			if len(want) < tc.min || (tc.min == 0 && len(want) != 0) {
				t.Fatalf("fixture problem: reference finds %d claims for %+v, case expects %d", len(want), tc.f, tc.min)
			}
			sameClaims(t, fmt.Sprintf("Claims(%+v)", tc.f), claims(t, s, tc.f), want)
		})
	}
}

func testText(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	all := allStored(fxs)
	cases := []struct {
		name  string
		f     claimtrail.ClaimFilter
		words []string // what the text means: sentences holding all these words
		min   int
	}{
		{"one word", claimtrail.ClaimFilter{Text: "Shusha"}, []string{"shusha"}, 4},
		{"any case", claimtrail.ClaimFilter{Text: "sHuShA"}, []string{"shusha"}, 4},
		{"all words must occur", claimtrail.ClaimFilter{Text: "Shusha Stepanakert"}, []string{"shusha", "stepanakert"}, 1},
		{"words in any order", claimtrail.ClaimFilter{Text: "Kharkiv residential"}, []string{"kharkiv", "residential"}, 2},
		{"word not there", claimtrail.ClaimFilter{Text: "Zaporizhzhia"}, []string{"zaporizhzhia"}, 0},
		{"one word missing", claimtrail.ClaimFilter{Text: "Kherson Zaporizhzhia"}, []string{"kherson", "zaporizhzhia"}, 0},
		{"part of a word is not a word", claimtrail.ClaimFilter{Text: "Shush"}, []string{"shush"}, 0},
		{"number", claimtrail.ClaimFilter{Text: "260"}, []string{"260"}, 1},
		{"non-ASCII word", claimtrail.ClaimFilter{Text: "Київ"}, []string{"київ"}, 1},
		{"with place filter", claimtrail.ClaimFilter{Text: "Kharkiv", Type: claimtrail.TypeAttack}, []string{"kharkiv"}, 1},
		{"with doc filter", claimtrail.ClaimFilter{Text: "Kherson", Doc: "u20220302_kyiv"}, []string{"kherson"}, 1},
		{"with limit", claimtrail.ClaimFilter{Text: "Shusha", Limit: 2}, []string{"shusha"}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// The reference: the other fields' result, then the words,
			// then the limit.
			f := tc.f
			f.Text, f.Limit = "", 0
			var want []claimtrail.Claim
			for _, c := range filterClaims(all, f) {
				if hasWords(c.Sentence, tc.words...) {
					want = append(want, c)
				}
			}
			if tc.f.Limit > 0 {
				sort.SliceStable(want, func(i, j int) bool { return want[i].ID < want[j].ID })
				want = want[:min(len(want), tc.f.Limit)]
			}
			if len(want) < tc.min || (tc.min == 0 && len(want) != 0) {
				t.Fatalf("fixture problem: reference finds %d claims for %+v, case expects %d", len(want), tc.f, tc.min)
			}
			sameIDs(t, fmt.Sprintf("Claims(%+v)", tc.f), claims(t, s, tc.f), want)
		})
	}
}

// testTextIsNotSyntax checks that a Text filter is words, never query
// syntax: no input is an error, and operators do not widen the result.
func testTextIsNotSyntax(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	all := allStored(fxs)
	withWords := func(words ...string) []claimtrail.Claim {
		var out []claimtrail.Claim
		for _, c := range all {
			if hasWords(c.Sentence, words...) {
				out = append(out, c)
			}
		}
		return out
	}
	cases := []struct {
		text string
		// Every claim found must hold all of these words: an operator that
		// took effect ("OR", "NOT") would find claims without one of them.
		must []string
		// When set, the result must be exactly the claims holding these
		// words: the punctuation around them was ignored.
		exactly []string
	}{
		{text: `"`},
		{text: `""`},
		{text: `*`},
		{text: `(`},
		{text: `)`},
		{text: `NEAR(`},
		{text: `OR`},
		{text: `AND`},
		{text: `NOT`},
		{text: `:`},
		{text: `^`},
		{text: `'; DROP TABLE claims; --`},
		{text: `Shusha OR Kherson`, must: []string{"shusha", "kherson"}},
		{text: `Shusha NOT Stepanakert`, must: []string{"shusha", "stepanakert"}},
		{text: `Kherson AND`, must: []string{"kherson"}},
		{text: `NEAR(Shusha Stepanakert)`, must: []string{"shusha", "stepanakert"}},
		{text: `NEAR(Shusha Stepanakert, 2)`, must: []string{"shusha", "stepanakert"}},
		{text: `sentence:Kherson`, must: []string{"sentence", "kherson"}},
		{text: `{sentence}: Kherson`, must: []string{"sentence", "kherson"}},
		{text: `"Shusha`, exactly: []string{"shusha"}},
		{text: `Shusha"`, exactly: []string{"shusha"}},
		{text: `"Kherson" "`, exactly: []string{"kherson"}},
		{text: `-Kherson`, exactly: []string{"kherson"}},
		{text: `^Kherson`, exactly: []string{"kherson"}},
		{text: `+Kherson`, exactly: []string{"kherson"}},
		{text: `(Kherson)`, exactly: []string{"kherson"}},
		{text: `Kherson*`, exactly: []string{"kherson"}},
		{text: `Kher*`, exactly: []string{"kher"}},
		{text: `Shus* OR Kher*`, must: []string{"shus", "kher"}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			got, err := s.Claims(t.Context(), claimtrail.ClaimFilter{Text: tc.text})
			if err != nil {
				t.Fatalf("Claims(Text %q): %v", tc.text, err)
			}
			for _, c := range got {
				if !hasWords(c.Sentence, tc.must...) {
					t.Errorf("Text %q found %s, which lacks one of %q: %q", tc.text, c.ID, tc.must, c.Sentence)
				}
			}
			if tc.must == nil && tc.exactly == nil && len(got) != 0 {
				// Text with no word (or only operator words no sentence
				// holds) finds nothing.
				for _, c := range got {
					if !hasWords(c.Sentence, tc.text) {
						t.Errorf("Text %q found %s: %q", tc.text, c.ID, c.Sentence)
					}
				}
			}
			if tc.exactly != nil {
				sameIDs(t, fmt.Sprintf("Claims(Text %q)", tc.text), got, withWords(tc.exactly...))
			}
		})
	}
	// The store survived all that.
	if got := claims(t, s, claimtrail.ClaimFilter{}); len(got) != len(all) {
		t.Errorf("after syntax tests: %d claims, want %d", len(got), len(all))
	}
}

func testPagination(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	all := allStored(fxs)
	for _, tc := range []struct {
		name  string
		f     claimtrail.ClaimFilter
		limit int
	}{
		{"all by one", claimtrail.ClaimFilter{}, 1},
		{"all by three", claimtrail.ClaimFilter{}, 3},
		{"all in one page", claimtrail.ClaimFilter{}, 1000},
		{"filtered by two", claimtrail.ClaimFilter{Type: claimtrail.TypeCivilian}, 2},
		{"text by two", claimtrail.ClaimFilter{Text: "Shusha"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want []string
			for _, c := range filterClaims(all, tc.f) {
				if tc.f.Text == "" || hasWords(c.Sentence, tc.f.Text) {
					want = append(want, c.ID)
				}
			}
			sort.Strings(want)
			var got []string
			f := tc.f
			f.Limit = tc.limit
			for page := 0; ; page++ {
				cs := claims(t, s, f)
				if len(cs) > tc.limit {
					t.Fatalf("page of %d claims, limit %d", len(cs), tc.limit)
				}
				if len(cs) == 0 {
					break
				}
				got = append(got, ids(cs)...)
				f.After = cs[len(cs)-1].ID
				if page > len(all) {
					t.Fatalf("paging does not end: %q", got)
				}
			}
			// Every claim once, in id order.
			if !slices.Equal(got, want) {
				t.Errorf("paged ids = %q, want %q", got, want)
			}
		})
	}
}

// reuses of the fixtures: passages of the South Front article reprinted by
// Global Research, and a Kyiv Independent passage quoted by TASS.
func fixtureReuses() []claimtrail.Reuse {
	return []claimtrail.Reuse{
		{A: "k20201109_sf", B: "k20201110_gr", AStart: 0, AEnd: 118, BStart: 10, BEnd: 128,
			AText: "On the morning of November 8, Azerbaijani President Ilham Aliyev announced that Azerbaijani forces had captured Shusha.",
			BText: "On the morning of November 8, Azerbaijani President Ilham Aliyev announced that Azerbaijani forces had captured Shusha.",
			Chars: 118, Similarity: 1, Earlier: "k20201109_sf"},
		{A: "k20201109_sf", B: "k20201110_gr", AStart: 120, AEnd: 150, BStart: 200, BEnd: 231,
			AText: "The Armenian side denied it.", BText: "The Armenian side denied this.",
			Chars: 30, Similarity: 0.86, Earlier: "k20201109_sf"},
		{A: "u20220302_kyiv", B: "u20220303_tass", AStart: 0, AEnd: 60, BStart: 5, BEnd: 65,
			AText: "Ukraine's General Staff said Russian forces had lost more", Chars: 60, Similarity: 0.9},
	}
}

func testReuse(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	rs := fixtureReuses()
	if err := s.PutReuse(ctx, rs); err != nil {
		t.Fatal(err)
	}
	// Stored again, and once more with changed details: still once each.
	if err := s.PutReuse(ctx, rs); err != nil {
		t.Fatal(err)
	}
	changed := rs[1]
	changed.Similarity = 0.8
	changed.BText = "The Armenian side denied that."
	if err := s.PutReuse(ctx, []claimtrail.Reuse{changed}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutReuse(ctx, nil); err != nil {
		t.Errorf("PutReuse(nil): %v", err)
	}
	norm := func(r claimtrail.Reuse) claimtrail.Reuse { r.Kind = "reuse"; return r }
	key := func(r claimtrail.Reuse) string { return fmt.Sprintf("%s|%s|%d|%d", r.A, r.B, r.AStart, r.BStart) }
	byKey := map[string]claimtrail.Reuse{}
	for _, r := range rs {
		byKey[key(r)] = norm(r)
	}
	byKey[key(changed)] = norm(changed)

	cases := []struct {
		name string
		f    claimtrail.ReuseFilter
		want []int // indexes into rs
	}{
		{"all", claimtrail.ReuseFilter{}, []int{0, 1, 2}},
		{"doc as a", claimtrail.ReuseFilter{Doc: "k20201109_sf"}, []int{0, 1}},
		{"doc as b", claimtrail.ReuseFilter{Doc: "u20220303_tass"}, []int{2}},
		{"doc without reuse", claimtrail.ReuseFilter{Doc: "nope"}, nil},
		{"outlet as a", claimtrail.ReuseFilter{Outlet: "South Front"}, []int{0, 1}},
		{"outlet as b", claimtrail.ReuseFilter{Outlet: "Global Research"}, []int{0, 1}},
		{"outlet other war", claimtrail.ReuseFilter{Outlet: "TASS"}, []int{2}},
		{"outlet unknown", claimtrail.ReuseFilter{Outlet: "Reuters"}, nil},
		{"doc and outlet", claimtrail.ReuseFilter{Doc: "k20201110_gr", Outlet: "South Front"}, []int{0, 1}},
		{"doc and other outlet", claimtrail.ReuseFilter{Doc: "k20201110_gr", Outlet: "TASS"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Reuses(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var want []claimtrail.Reuse
			for _, i := range tc.want {
				want = append(want, byKey[key(rs[i])])
			}
			sortReuses(got)
			sortReuses(want)
			if len(got) != 0 || len(want) != 0 {
				if !reflect.DeepEqual(got, want) {
					t.Errorf("Reuses(%+v):\n got %s\nwant %s", tc.f, js(got), js(want))
				}
			}
		})
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Reuses != len(rs) {
		t.Errorf("Stats.Reuses = %d, want %d", st.Reuses, len(rs))
	}
	if err := s.PutReuse(ctx, []claimtrail.Reuse{{A: "", B: "x"}}); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("PutReuse without a: error %v, want kind %s", err, claimtrail.EInvalid)
	}
}

func sortReuses(rs []claimtrail.Reuse) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.A != b.A {
			return a.A < b.A
		}
		if a.B != b.B {
			return a.B < b.B
		}
		if a.AStart != b.AStart {
			return a.AStart < b.AStart
		}
		return a.BStart < b.BStart
	})
}

// testReplaceDropsReuse: replacing a document deletes the reuse records
// that touch it, because their offsets point into the old body; reuse
// detection records new ones. An unchanged put keeps them.
func testReplaceDropsReuse(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	ctx := t.Context()
	if err := s.PutReuse(ctx, fixtureReuses()); err != nil {
		t.Fatal(err)
	}
	doc := fxs[1].Doc // k20201110_gr, the b of two records
	if _, err := s.PutDocument(ctx, &doc, fxs[1].Claims); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Reuses(ctx, claimtrail.ReuseFilter{}); len(got) != 3 {
		t.Errorf("after an unchanged put: %d reuse records, want 3", len(got))
	}
	doc.Hash = claimtrail.ContentHash([]byte("k20201110_gr v2"))
	if _, err := s.PutDocument(ctx, &doc, fxs[1].Claims); err != nil {
		t.Fatal(err)
	}
	got, err := s.Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].A != "u20220302_kyiv" {
		t.Errorf("after replacing k20201110_gr: reuses %s, want only the u20220302_kyiv one", js(got))
	}
}

func testRejections(t *testing.T, s claimtrail.Store) {
	ctx := t.Context()
	kyiv := time.FixedZone("EET", 2*3600)
	rs := []claimtrail.Rejection{
		{Source: "in/broken.html", Reason: "no article text found", At: time.Date(2022, 3, 2, 10, 0, 0, 123456789, kyiv)},
		{Source: "feed.jsonl:17", Reason: "invalid JSON: unexpected end of input", At: time.Date(2022, 3, 2, 9, 0, 0, 0, time.UTC)},
		{Source: "-", Reason: "empty input", At: time.Date(2020, 11, 9, 8, 30, 0, 0, time.UTC)},
	}
	for _, r := range rs {
		if err := s.PutRejection(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// Rejecting a source again replaces its record.
	again := claimtrail.Rejection{Source: "feed.jsonl:17", Reason: "document has no id", At: time.Date(2022, 3, 3, 9, 0, 0, 0, time.UTC)}
	if err := s.PutRejection(ctx, again); err != nil {
		t.Fatal(err)
	}
	rs[1] = again
	got, err := s.Rejections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameRejections(t, got, rs)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Rejections != len(rs) {
		t.Errorf("Stats.Rejections = %d, want %d", st.Rejections, len(rs))
	}
	// A zero time is stamped by the store.
	if err := s.PutRejection(ctx, claimtrail.Rejection{Source: "in/late.txt", Reason: "empty"}); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Rejections(ctx)
	for _, r := range got {
		if r.At.IsZero() {
			t.Errorf("rejection %s has a zero time", r.Source)
		}
	}
	if err := s.PutRejection(ctx, claimtrail.Rejection{Reason: "x"}); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("PutRejection without source: error %v, want kind %s", err, claimtrail.EInvalid)
	}
}

func sameRejections(t *testing.T, got, want []claimtrail.Rejection) {
	t.Helper()
	by := func(rs []claimtrail.Rejection) []claimtrail.Rejection {
		out := slices.Clone(rs)
		sort.Slice(out, func(i, j int) bool { return out[i].Source < out[j].Source })
		return out
	}
	g, w := by(got), by(want)
	if len(g) != len(w) {
		t.Fatalf("Rejections = %s, want %s", js(g), js(w))
	}
	for i := range g {
		if g[i].Source != w[i].Source || g[i].Reason != w[i].Reason || !g[i].At.Equal(w[i].At) {
			t.Errorf("rejection %d = %+v, want %+v", i, g[i], w[i])
		}
	}
}

// testIngestClearsRejection: storing a document deletes the rejection of
// its source, since that input is now in the ledger. The source "-"
// (standard input) names no one input and keeps its rejection.
func testIngestClearsRejection(t *testing.T, s claimtrail.Store) {
	ctx := t.Context()
	fxs := fixtures()
	at := time.Date(2022, 3, 3, 12, 0, 0, 0, time.UTC)
	keep := []claimtrail.Rejection{
		{Source: "-", Reason: "empty input", At: at},
		{Source: "in/other.html", Reason: "no article text found", At: at},
	}
	for _, r := range append([]claimtrail.Rejection{{Source: fxs[0].Doc.Source, Reason: "timeout", At: at}}, keep...) {
		if err := s.PutRejection(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	put(t, s, fxs) // fxs[0] comes from in/k20201109_sf.html; fxs[3] from "-"
	got, err := s.Rejections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameRejections(t, got, keep)
}

func testStats(t *testing.T, s claimtrail.Store) {
	fxs := fixtures()
	put(t, s, fxs)
	if err := s.PutReuse(t.Context(), fixtureReuses()); err != nil {
		t.Fatal(err)
	}
	if err := s.PutRejection(t.Context(), claimtrail.Rejection{Source: "in/x.html", Reason: "r", At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	all := allStored(fxs)
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	byType := map[string]int{}
	bySide := map[claimtrail.Side]int{}
	for _, c := range all {
		byType[c.Type]++
		bySide[c.Claimant.Side]++
	}
	if st.Documents != len(fxs) || st.Claims != len(all) || st.Reuses != len(fixtureReuses()) || st.Rejections != 1 {
		t.Errorf("Stats counts = %d documents, %d claims, %d reuses, %d rejections; want %d, %d, %d, 1",
			st.Documents, st.Claims, st.Reuses, st.Rejections, len(fxs), len(all), len(fixtureReuses()))
	}
	if g := nonZero(st.ByType); !reflect.DeepEqual(g, byType) {
		t.Errorf("ByType = %v, want %v", g, byType)
	}
	// BySide counts claims of nobody's camp under "".
	if g := nonZeroSide(st.BySide); !reflect.DeepEqual(g, bySide) {
		t.Errorf("BySide = %v, want %v", g, bySide)
	}
	if w := topPlaces(all); !reflect.DeepEqual(st.TopPlaces, w) {
		t.Errorf("TopPlaces = %v, want %v", st.TopPlaces, w)
	}
}

// testTopPlaces checks the order (most claims first, ties by name), the cut
// at ten places, and that a place named twice by one claim counts once.
func testTopPlaces(t *testing.T, s claimtrail.Store) {
	places := []string{"Avdiivka", "Bakhmut", "Chasiv Yar", "Donetsk", "Horlivka", "Izium",
		"Kupiansk", "Lyman", "Marinka", "Pokrovsk", "Siversk", "Toretsk", "Vuhledar"}
	doc := claimtrail.Document{ID: "u20230101_top", Title: "t", Outlet: "o", Lang: "en", Hash: "h"}
	var cs []claimtrail.Claim
	for i, p := range places {
		// place i is named by (i % 5) + 1 claims; Avdiivka, Izium and
		// Siversk tie with one claim each at the bottom.
		for k := 0; k <= i%5; k++ {
			ref := claimtrail.PlaceRef{Name: p, Text: p}
			cs = append(cs, claimtrail.Claim{
				Sentence: fmt.Sprintf("Russian forces attacked %s, the General Staff said.", p),
				Claimant: claimtrail.Claimant{Name: "General Staff", Side: "UKR", Role: claimtrail.RoleMilitary},
				Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
				Type: claimtrail.TypeAttack, Actor: "RUS", Target: "UKR",
				Places: []claimtrail.PlaceRef{ref, ref},
			})
		}
	}
	if _, err := s.PutDocument(t.Context(), &doc, cs); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := topPlaces(storedClaims(fixtureDoc{Doc: doc, Claims: cs}))
	if len(want) != 10 || want[0].Count != 5 {
		t.Fatalf("fixture problem: reference top places %v", want)
	}
	if !reflect.DeepEqual(st.TopPlaces, want) {
		t.Errorf("TopPlaces = %v, want %v", st.TopPlaces, want)
	}
}

func nonZero(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func nonZeroSide(m map[claimtrail.Side]int) map[claimtrail.Side]int {
	out := map[claimtrail.Side]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

// testConcurrentPut stores documents from several goroutines while others
// read: no error, nothing lost, nothing doubled.
func testConcurrentPut(t *testing.T, s claimtrail.Store) {
	const writers, docsPerWriter, claimsPerDoc = 6, 8, 5
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, writers+2)
	for w := range writers {
		wg.Go(func() {
			for d := range docsPerWriter {
				doc, cs := syntheticDoc(w, d, claimsPerDoc)
				res, err := s.PutDocument(ctx, &doc, cs)
				if err != nil {
					errs <- fmt.Errorf("writer %d doc %d: %w", w, d, err)
					return
				}
				if res != claimtrail.PutNew {
					errs <- fmt.Errorf("writer %d doc %d: %v, want new", w, d, res)
					return
				}
			}
		})
	}
	readDone := make(chan struct{})
	var rg sync.WaitGroup
	for range 2 {
		rg.Go(func() {
			for {
				select {
				case <-readDone:
					return
				default:
				}
				if _, err := s.Claims(ctx, claimtrail.ClaimFilter{Place: "Bakhmut", Limit: 10}); err != nil {
					errs <- fmt.Errorf("reader: %w", err)
					return
				}
				if _, err := s.Stats(ctx); err != nil {
					errs <- fmt.Errorf("reader: %w", err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(readDone)
	rg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != writers*docsPerWriter || st.Claims != writers*docsPerWriter*claimsPerDoc {
		t.Errorf("after concurrent puts: %d documents, %d claims; want %d, %d",
			st.Documents, st.Claims, writers*docsPerWriter, writers*docsPerWriter*claimsPerDoc)
	}
	all := claims(t, s, claimtrail.ClaimFilter{})
	seen := map[string]bool{}
	for _, c := range all {
		if seen[c.ID] {
			t.Errorf("claim %s twice", c.ID)
		}
		seen[c.ID] = true
	}
	if got := claims(t, s, claimtrail.ClaimFilter{Place: "Bakhmut"}); len(got) != writers*docsPerWriter {
		t.Errorf("Bakhmut claims = %d, want %d", len(got), writers*docsPerWriter)
	}
}

// testConcurrentSameDocument puts one document id from several goroutines
// at once: with one hash exactly one put is new; with different hashes the
// ledger ends holding one version whole, never a mix.
func testConcurrentSameDocument(t *testing.T, s claimtrail.Store) {
	const n = 6
	ctx := t.Context()
	var mu sync.Mutex // guards results
	results := map[claimtrail.PutResult]int{}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			doc, cs := syntheticDoc(0, 0, 4)
			res, err := s.PutDocument(ctx, &doc, cs)
			if err != nil {
				t.Errorf("PutDocument: %v", err)
				return
			}
			mu.Lock()
			results[res]++
			mu.Unlock()
		})
	}
	wg.Wait()
	if results[claimtrail.PutNew] != 1 || results[claimtrail.PutUnchanged] != n-1 {
		t.Errorf("same document, same hash, %d puts: results %v, want 1 new and %d unchanged", n, results, n-1)
	}

	versions := map[string][]claimtrail.Claim{}
	for v := range n {
		wg.Go(func() {
			doc, cs := syntheticDoc(0, 0, 2+v) // version v has 2+v claims
			doc.Hash = fmt.Sprintf("version-%d", v)
			if _, err := s.PutDocument(ctx, &doc, cs); err != nil {
				t.Errorf("PutDocument version %d: %v", v, err)
			}
			mu.Lock()
			versions[doc.Hash] = storedClaims(fixtureDoc{Doc: doc, Claims: cs})
			mu.Unlock()
		})
	}
	wg.Wait()
	doc, err := s.Document(ctx, "w00_d00")
	if err != nil {
		t.Fatal(err)
	}
	want, ok := versions[doc.Hash]
	if !ok {
		t.Fatalf("stored hash %q is none of the versions", doc.Hash)
	}
	sameClaims(t, "claims of the last version", claims(t, s, claimtrail.ClaimFilter{Doc: doc.ID}), want)
}

// syntheticDoc makes document d of writer w with n claims, ids left to the
// store.
func syntheticDoc(w, d, n int) (claimtrail.Document, []claimtrail.Claim) {
	id := fmt.Sprintf("w%02d_d%02d", w, d)
	doc := claimtrail.Document{ID: id, Title: "Fighting near Bakhmut", Outlet: fmt.Sprintf("Outlet %d", w),
		Published: "2023-01-15", Lang: "en", Body: "…", Hash: claimtrail.ContentHash([]byte(id))}
	cs := make([]claimtrail.Claim, n)
	for i := range cs {
		cs[i] = claimtrail.Claim{
			Sentence: fmt.Sprintf("Ukrainian forces repelled %d attacks near Bakhmut, the General Staff said.", i+2),
			Claimant: claimtrail.Claimant{Name: "General Staff", Side: "UKR", Role: claimtrail.RoleMilitary},
			Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
			Type: claimtrail.TypeRepel, Actor: "UKR", Target: "RUS",
			Date: day("2023-01-14", "on Saturday"),
		}
		if i == 0 {
			cs[i].Places = []claimtrail.PlaceRef{{Name: "Bakhmut", Text: "Bakhmut", Lat: 48.5956, Lon: 38.0003}}
		}
	}
	return doc, cs
}
