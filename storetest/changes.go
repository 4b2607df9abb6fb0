package storetest

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// drain reads the change feed from cursor to its end, a few at a time, and
// returns the ids listed and the cursor reached.
func drain(t *testing.T, f claimtrail.ChangeFeed, cursor string) ([]string, string) {
	t.Helper()
	var all []string
	for range 100 {
		ids, next, err := f.Changes(t.Context(), cursor, 2)
		if err != nil {
			t.Fatalf("Changes(%q): %v", cursor, err)
		}
		all = append(all, ids...)
		if len(ids) == 0 {
			if next != cursor {
				t.Fatalf("Changes(%q) listed nothing but moved the cursor to %q", cursor, next)
			}
			return all, next
		}
		cursor = next
	}
	t.Fatal("the change feed does not end")
	return nil, ""
}

// await drains the feed from cursor until it has listed as many ids as want
// holds, for up to 20 s: a store may hold changes back while older
// transactions are open (PostgreSQL: other sessions on the same server),
// but must list them once those end.
func await(t *testing.T, f claimtrail.ChangeFeed, cursor string, want []string) ([]string, string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got, next := drain(t, f, cursor)
		if len(got) >= len(want) || time.Now().After(deadline) {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("changes from %q: %q, want %q", cursor, got, want)
			}
			return got, next
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func testChanges(t *testing.T, s claimtrail.Store) {
	f, ok := s.(claimtrail.ChangeFeed)
	if !ok {
		t.Fatalf("%T does not implement claimtrail.ChangeFeed", s)
	}
	ctx := t.Context()
	head, err := f.ChangeHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ids, _ := drain(t, f, head); len(ids) != 0 {
		t.Fatalf("an empty store lists changes %q", ids)
	}
	fxs := sortedFixtures(fixtures())
	put(t, s, fxs)
	var want []string
	for _, fx := range fxs {
		want = append(want, fx.Doc.ID)
	}
	_, cur := await(t, f, head, want) // in the order stored
	await(t, f, "", want)

	// Storing the same document again changes nothing: after it, a new
	// document is the only change listed.
	same := fxs[0].Doc
	if res, err := s.PutDocument(ctx, &same, fxs[0].Claims); err != nil || res != claimtrail.PutUnchanged {
		t.Fatalf("PutDocument again = %v, %v", res, err)
	}
	marker := claimtrail.Document{ID: "zz-marker", Title: "Marker", Outlet: "Test", Published: "2022-03-01", Lang: "en",
		Body: "A marker document.", Hash: claimtrail.ContentHash([]byte("zz-marker"))}
	if _, err := s.PutDocument(ctx, &marker, nil); err != nil {
		t.Fatal(err)
	}
	_, cur = await(t, f, cur, []string{marker.ID})
	want = append(want, marker.ID)

	// A replaced document is listed again, once, and moves to the end.
	nv := fxs[0].Doc
	nv.Hash = claimtrail.ContentHash([]byte(nv.ID + " v2"))
	nv.Title += " (updated)"
	if res, err := s.PutDocument(ctx, &nv, fxs[0].Claims[:1]); err != nil || res != claimtrail.PutReplaced {
		t.Fatalf("PutDocument of a new version = %v, %v", res, err)
	}
	_, cur = await(t, f, cur, []string{nv.ID})
	await(t, f, "", append(slices.DeleteFunc(slices.Clone(want), func(id string) bool { return id == nv.ID }), nv.ID))

	// New provenance for a claim lists its document.
	if ps, ok := s.(claimtrail.ProvenanceStore); ok {
		cs := claims(t, s, claimtrail.ClaimFilter{Doc: fxs[1].Doc.ID})
		if len(cs) == 0 {
			t.Fatalf("no claims stored for %s", fxs[1].Doc.ID)
		}
		c := cs[0]
		if err := ps.SetProvenance(ctx, []claimtrail.ClaimProvenance{{Claim: c.ID, Origin: fxs[2].Doc.ID, Independent: 3}}); err != nil {
			t.Fatal(err)
		}
		await(t, f, cur, []string{fxs[1].Doc.ID})
	}

	if _, _, err := f.Changes(ctx, "not a cursor", 10); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("Changes with a bad cursor: %v, want an invalid-input error", err)
	}
}
