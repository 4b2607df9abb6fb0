package sqlite

import (
	"context"
	"path/filepath"
	"testing"

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
