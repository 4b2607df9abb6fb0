package web

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/sqlite"
)

// TestFollowSeesOtherWriters: a document another process stores in the
// ledger reaches the server's events without a restart.
func TestFollowSeesOtherWriters(t *testing.T) {
	ctx := t.Context()
	all := builtinProfiles(t)
	path := filepath.Join(t.TempDir(), "ledger.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seeds := func(names ...string) []string {
		var out []string
		for _, n := range names {
			m, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", n+"*.txt"))
			out = append(out, m...)
		}
		if len(out) != len(names) {
			t.Fatalf("seeds %q: found %q", names, out)
		}
		return out
	}
	eng := pipeline.New(pipeline.Options{Profiles: all})
	if _, err := eng.Ingest(ctx, seeds("000", "001"), pipeline.IngestOptions{Store: db, Reuser: reuse.New(db.ReuseIndex())}); err != nil {
		t.Fatal(err)
	}
	head, err := db.ChangeHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := loadResolver(ctx, db, all)
	if err != nil {
		t.Fatal(err)
	}
	before := len(r.Events())
	srv := New(Config{Store: db, Resolver: r, Profiles: all, Follow: 20 * time.Millisecond, ChangesFrom: head})
	fctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { srv.Follow(fctx); close(done) }()
	defer func() { stop(); <-done }()

	// Another process: its own handle on the same file.
	other, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	sum, err := eng.Ingest(ctx, seeds("003", "004"), pipeline.IngestOptions{Store: other, Reuser: reuse.New(other.ReuseIndex())})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.DocIDs) != 2 {
		t.Fatalf("the other writer stored %q", sum.DocIDs)
	}
	var want []claimtrail.Claim
	for _, id := range sum.DocIDs {
		cs, err := other.Claims(ctx, claimtrail.ClaimFilter{Doc: id})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, cs...)
	}
	if len(want) == 0 {
		t.Fatal("the other writer's documents have no claims")
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		missing := 0
		for _, c := range want {
			if _, ok := r.EventOf(c.ID); !ok {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 20 s, %d of the other writer's %d claims are in no event of the server", missing, len(want))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(r.Events()) <= before {
		t.Errorf("events: %d before, %d after the other writer's documents", before, len(r.Events()))
	}
}
