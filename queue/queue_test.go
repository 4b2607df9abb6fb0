package queue_test

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// TestPublishWorkStore: documents published to the queue and consumed by
// two workers end in the ledger exactly as a single-process ingest stores
// them; publishing them again queues nothing.
func TestPublishWorkStore(t *testing.T) {
	url := natsURL(t)
	q := dial(t, url, testPrefix(t))
	ins := corpus(t)
	t1 := time.Now()
	want := reference(t, ins)
	t.Logf("reference in %v", time.Since(t1))

	sum := publish(t, q, ins)
	if sum.Published != len(ins) || sum.Duplicates != 0 {
		t.Fatalf("first publish: %+v, want %d published", sum, len(ins))
	}
	db := freshDB(t)
	t0 := time.Now()
	stop := startWorkers(t, q, db, 2, nil)
	waitFor(t, "the queue to drain", time.Minute, func() bool { return drained(t, q) })
	t.Logf("drained in %v", time.Since(t0))
	stop()
	t.Logf("stopped in %v", time.Since(t0))
	sameLedger(t, db, want)

	// The same documents again: the stream drops them as duplicates.
	sum = publish(t, q, ins)
	if sum.Published != 0 || sum.Duplicates != len(ins) {
		t.Errorf("second publish: %+v, want %d duplicates", sum, len(ins))
	}
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Backlog != 0 {
		t.Errorf("backlog after a duplicate publish = %d, want 0", st.Backlog)
	}
	// Reuse found across workers equals the single-process run's.
	gr, _ := db.Reuses(context.Background(), claimtrail.ReuseFilter{})
	wr, _ := want.Reuses(context.Background(), claimtrail.ReuseFilter{})
	if len(gr) != len(wr) {
		t.Errorf("%d reuse records, single process found %d", len(gr), len(wr))
	}
}
