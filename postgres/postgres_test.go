package postgres_test

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/indextest"
	"github.com/claimtrail/claimtrail/storetest"
)

func open(t *testing.T) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) claimtrail.Store { return open(t) })
}

func TestReuseIndex(t *testing.T) {
	indextest.Run(t, func(t *testing.T) reuse.Index {
		db := open(t)
		t.Cleanup(func() { db.Close() })
		return db.ReuseIndex()
	})
}
