package postgres_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// TestChangesWaitForOlderTransactions: PostgreSQL numbers transactions when
// they start writing but commits them in any order. A document committed
// while an older writing transaction is still open must not be listed yet,
// or a reader's cursor would move past the older one's change for ever.
func TestChangesWaitForOlderTransactions(t *testing.T) {
	db := open(t)
	defer db.Close()
	ctx := t.Context()
	head, err := db.ChangeHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	older, err := db.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer older.Rollback(ctx)
	if _, err := older.Exec(ctx, `SELECT claimtrail_doc_changed('older')`); err != nil {
		t.Fatal(err)
	}
	doc := &claimtrail.Document{ID: "newer", Title: "t", Outlet: "o", Published: "2022-03-01", Lang: "en",
		Body: "Body text.", Hash: claimtrail.ContentHash([]byte("newer"))}
	if _, err := db.PutDocument(ctx, doc, nil); err != nil {
		t.Fatal(err)
	}
	ids, next, err := db.Changes(ctx, head, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 0 || next != head {
		t.Fatalf("with an older transaction open: changes %q, cursor %q -> %q; want none and the cursor kept", ids, head, next)
	}
	if err := older.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	// Another session's transaction, older than ours, may still hold the
	// bound back for a moment (the server is shared with other tests).
	for range 100 {
		if ids, _, err = db.Changes(ctx, head, 10); err != nil {
			t.Fatal(err)
		}
		if len(ids) >= 2 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if want := []string{"older", "newer"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("after the older transaction committed: changes %q, want %q", ids, want)
	}
}
