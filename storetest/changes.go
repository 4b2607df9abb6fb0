package storetest

import (
	"reflect"
	"testing"

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
	got, cur := drain(t, f, head)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes after storing: %q, want %q in the order stored", got, want)
	}
	if all, _ := drain(t, f, ""); !reflect.DeepEqual(all, want) {
		t.Errorf("changes from the beginning: %q, want %q", all, want)
	}

	// Storing the same document again changes nothing.
	same := fxs[0].Doc
	if res, err := s.PutDocument(ctx, &same, fxs[0].Claims); err != nil || res != claimtrail.PutUnchanged {
		t.Fatalf("PutDocument again = %v, %v", res, err)
	}
	if ids, _ := drain(t, f, cur); len(ids) != 0 {
		t.Errorf("an unchanged document is listed as changed: %q", ids)
	}

	// A replaced document is listed again, once, and moves to the end.
	nv := fxs[0].Doc
	nv.Hash = claimtrail.ContentHash([]byte(nv.ID + " v2"))
	nv.Title += " (updated)"
	if res, err := s.PutDocument(ctx, &nv, fxs[0].Claims[:1]); err != nil || res != claimtrail.PutReplaced {
		t.Fatalf("PutDocument of a new version = %v, %v", res, err)
	}
	got, cur = drain(t, f, cur)
	if !reflect.DeepEqual(got, []string{nv.ID}) {
		t.Errorf("changes after a replace: %q, want [%q]", got, nv.ID)
	}
	all, _ := drain(t, f, "")
	if len(all) != len(want) || all[len(all)-1] != nv.ID {
		t.Errorf("changes from the beginning after a replace: %q, want each document once, %q last", all, nv.ID)
	}

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
		if got, _ = drain(t, f, cur); !reflect.DeepEqual(got, []string{fxs[1].Doc.ID}) {
			t.Errorf("changes after new provenance: %q, want [%q]", got, fxs[1].Doc.ID)
		}
	}

	if _, _, err := f.Changes(ctx, "not a cursor", 10); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("Changes with a bad cursor: %v, want an invalid-input error", err)
	}
}
