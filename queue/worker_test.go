package queue_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/read"
)

// panicky panics on the inputs whose id holds "poison".
type panicky struct {
	eng   queue.Processor
	calls atomic.Int32
}

func (p *panicky) Process(in *read.Input) pipeline.Result {
	if strings.Contains(in.ID, "poison") {
		p.calls.Add(1)
		var m map[string]int
		m["boom"]++ // a nil map write, as a bug in a stage would
	}
	return p.eng.Process(in)
}

// TestPoison: a document that makes processing panic is retried, then
// dead-lettered with its reason after MaxAttempts deliveries and recorded
// as a rejection; the other documents are stored; the worker survives.
func TestPoison(t *testing.T) {
	q := dial(t, natsURL(t), testPrefix(t))
	ins := corpus(t)[:6]
	bad := *ins[0]
	bad.ID, bad.Source, bad.Hash = "poison-doc", "in/poison-doc.txt", claimtrail.ContentHash([]byte("poison"))
	publish(t, q, append([]*read.Input{&bad}, ins...))

	db := freshDB(t)
	p := &panicky{eng: testEngine(t)}
	stop := startWorkers(t, q, db, 1, func(o *queue.WorkerOptions) { o.Engine = p; o.MaxAttempts = 3 })
	waitFor(t, "the poison document to be dead-lettered", time.Minute, func() bool {
		st, err := q.Status(context.Background())
		return err == nil && st.DeadPoison == 1 && st.Backlog == 0
	})
	stop()
	if got := p.calls.Load(); got != 3 {
		t.Errorf("the poison document was processed %d times, want 3 (MaxAttempts)", got)
	}
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Attempts counts deliveries: on a loaded machine a delivery can also
	// time out before processing, so it may exceed the processing count.
	if len(st.Recent) != 1 || st.Recent[0].Source != bad.Source || st.Recent[0].Attempts < 3 ||
		!strings.Contains(st.Recent[0].Reason, "panicked") || st.Recent[0].Doc != bad.ID {
		t.Errorf("dead letters = %+v, want the poison document with its panic, after at least 3 attempts", st.Recent)
	}
	rs, err := db.Rejections(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Source != bad.Source || !strings.Contains(rs[0].Reason, "gave up after") || !strings.Contains(rs[0].Reason, "panicked") {
		t.Errorf("rejections = %+v, want the poison document's", rs)
	}
	if s, _ := db.Stats(context.Background()); s.Documents != len(ins) {
		t.Errorf("%d documents stored, want the %d good ones", s.Documents, len(ins))
	}
}

// gate is an Ingester that holds each call until released, and can fail
// the first call after committing it, as a worker that loses its
// connection between the commit and the acknowledgements would.
type gate struct {
	next        queue.Ingester
	hold        chan struct{} // nil: do not hold
	entered     chan int      // receives the batch size of each held call
	loseAckOnce bool

	mu    sync.Mutex // guards calls and lost
	calls int
	docs  int
	lost  bool
}

func (g *gate) Ingest(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, []claimtrail.Reuse, error) {
	if g.hold != nil {
		select {
		case g.entered <- len(batch):
		default:
		}
		select {
		case <-g.hold:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	res, rs, err := g.next.Ingest(ctx, batch)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	g.docs += len(batch)
	if err == nil && g.loseAckOnce && !g.lost {
		g.lost = true
		return nil, nil, errors.New("connection reset by peer") // after the commit
	}
	return res, rs, err
}

// TestAckAfterCommit: messages stay unacknowledged while their batch is
// being stored, and a batch committed whose acknowledgement is lost comes
// back and is acknowledged without a second copy.
func TestAckAfterCommit(t *testing.T) {
	q := dial(t, natsURL(t), testPrefix(t))
	ins := corpus(t)[:8]
	publish(t, q, ins)
	db := freshDB(t)
	g := &gate{next: db.NewReuser(), hold: make(chan struct{}), entered: make(chan int, 1), loseAckOnce: true}
	stop := startWorkers(t, q, db, 1, func(o *queue.WorkerOptions) { o.Ingester = g; o.Batch = len(ins) })

	n := <-g.entered
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.AckPending != n || st.Backlog != uint64(len(ins)) {
		t.Errorf("while storing: %d in progress, backlog %d; want %d, %d", st.AckPending, st.Backlog, n, len(ins))
	}
	if s, _ := db.Stats(context.Background()); s.Documents != 0 {
		t.Errorf("while the batch waits: %d documents stored", s.Documents)
	}
	close(g.hold) // and keep it open for the calls to come
	waitFor(t, "the queue to drain", time.Minute, func() bool { return drained(t, q) })
	stop()

	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != len(ins) {
		t.Errorf("%d documents stored, want %d", s.Documents, len(ins))
	}
	if l, _ := db.ReuseIndex().Len(context.Background()); l != len(ins) {
		t.Errorf("%d documents in the reuse index, want %d", l, len(ins))
	}
	// The redelivered documents were found stored by their hash and never
	// reached the ledger's write again.
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.docs != len(ins) {
		t.Errorf("the ledger was asked to store %d documents, want %d (each once)", g.docs, len(ins))
	}
}

// TestGracefulStop: a worker asked to stop finishes the batch in hand; one
// that cannot finish within its grace gives the messages back.
func TestGracefulStop(t *testing.T) {
	for _, tc := range []struct {
		name   string
		grace  time.Duration
		stored bool
	}{
		{"finishes within grace", 10 * time.Second, true},
		{"gives back after grace", 200 * time.Millisecond, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := dial(t, natsURL(t), testPrefix(t))
			ins := corpus(t)[:4]
			publish(t, q, ins)
			db := freshDB(t)
			g := &gate{next: db.NewReuser(), hold: make(chan struct{}), entered: make(chan int, 1)}
			stop := startWorkers(t, q, db, 1, func(o *queue.WorkerOptions) {
				o.Ingester, o.Batch, o.Grace, o.AckWait = g, len(ins), tc.grace, time.Minute
			})
			<-g.entered
			stopped := make(chan struct{})
			go func() { stop(); close(stopped) }()
			if tc.stored {
				time.Sleep(300 * time.Millisecond) // the stop is under way
				close(g.hold)
			}
			<-stopped
			st, err := q.Status(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			s, _ := db.Stats(context.Background())
			if tc.stored && (st.Backlog != 0 || s.Documents != len(ins)) {
				t.Errorf("after the stop: backlog %d, %d documents stored; want 0, %d", st.Backlog, s.Documents, len(ins))
			}
			if !tc.stored {
				if st.Backlog != uint64(len(ins)) || s.Documents != 0 {
					t.Errorf("after the stop: backlog %d, %d documents stored; want %d, 0", st.Backlog, s.Documents, len(ins))
				}
				// Given back, not held: another worker gets them long
				// before the minute of AckWait.
				began := time.Now()
				restart := startWorkers(t, q, db, 1, func(o *queue.WorkerOptions) { o.AckWait = time.Minute })
				waitFor(t, "another worker to store the given-back batch", 30*time.Second, func() bool { return drained(t, q) })
				restart()
				t.Logf("stored by another worker %v after the stop", time.Since(began).Round(time.Millisecond))
			}
			if len(st.Workers) != 0 {
				t.Errorf("a stopped worker is still alive in status: %+v", st.Workers)
			}
		})
	}
}

// TestReadRejections: inputs the producer cannot read become dead letters,
// and a worker records them in the ledger.
func TestReadRejections(t *testing.T) {
	q := dial(t, natsURL(t), testPrefix(t))
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_0d9f5835d9a73478.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 7}, 0o644)
	sum, err := q.PublishPaths(context.Background(), []string{dir, filepath.Join(dir, "missing.html")}, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Published != 1 || sum.Rejected != 3 {
		t.Fatalf("publish: %+v, want 1 published and 3 rejected", sum)
	}
	db := freshDB(t)
	stop := startWorkers(t, q, db, 1, nil)
	waitFor(t, "the rejections to be recorded", time.Minute, func() bool {
		rs, err := db.Rejections(context.Background())
		return err == nil && len(rs) == 3 && drained(t, q)
	})
	stop()
	rs, _ := db.Rejections(context.Background())
	var got []string
	for _, r := range rs {
		got = append(got, filepath.Base(r.Source)+": "+r.Reason)
		if r.Reason == "" {
			t.Errorf("rejection of %s has no reason", r.Source)
		}
	}
	t.Logf("recorded: %q", got)
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.DeadRead != 3 || st.DeadPoison != 0 {
		t.Errorf("dead letters: %d read, %d poison; want 3, 0", st.DeadRead, st.DeadPoison)
	}
}

// TestStatus: workers show as alive with their throughput while they run.
func TestStatus(t *testing.T) {
	q := dial(t, natsURL(t), testPrefix(t))
	ins := corpus(t)[:5]
	publish(t, q, ins)
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending != uint64(len(ins)) || st.Backlog != uint64(len(ins)) || len(st.Workers) != 0 {
		t.Errorf("before any worker: %+v, want %d pending and no worker", st, len(ins))
	}
	db := freshDB(t)
	stop := startWorkers(t, q, db, 2, nil)
	waitFor(t, "two workers alive with the corpus done", time.Minute, func() bool {
		st, err = q.Status(context.Background())
		settled := 0
		for _, w := range st.Workers {
			settled += w.LastMinute
		}
		return err == nil && len(st.Workers) == 2 && st.Backlog == 0 && settled == len(ins)
	})
	if st.PerSecond <= 0 {
		t.Errorf("throughput = %v with %d documents done in the last minute", st.PerSecond, len(ins))
	}
	stop()
}

// TestAckWaitShared: the ack wait belongs to the consumer all workers
// share. The first worker sets it; a later one asking for another value
// refuses to start instead of changing it for the others, one asking for
// none takes the queue's, and only an explicit reconfiguration changes it.
func TestAckWaitShared(t *testing.T) {
	ctx := context.Background()
	q := dial(t, natsURL(t), testPrefix(t))
	db := freshDB(t)
	newWorker := func(d time.Duration, reconfigure bool) (*queue.Worker, error) {
		return q.NewWorker(ctx, queue.WorkerOptions{Engine: testEngine(t), Store: db, Log: quietLog(),
			AckWait: d, Reconfigure: reconfigure})
	}
	ackWait := func() time.Duration {
		st, err := q.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st.AckWait
	}
	if _, err := newWorker(5*time.Second, false); err != nil {
		t.Fatal(err)
	}
	if got := ackWait(); got != 5*time.Second {
		t.Fatalf("after the first worker: ack wait %v, want 5s", got)
	}
	_, err := newWorker(7*time.Second, false)
	if claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("a worker asking for another ack wait: %v, want it refused", err)
	}
	if _, err := newWorker(0, false); err != nil {
		t.Errorf("a worker asking for none: %v", err)
	}
	if _, err := newWorker(5*time.Second, false); err != nil {
		t.Errorf("a worker asking for the queue's: %v", err)
	}
	if got := ackWait(); got != 5*time.Second {
		t.Errorf("after workers that did not reconfigure: ack wait %v, want 5s", got)
	}
	if _, err := newWorker(7*time.Second, true); err != nil {
		t.Fatalf("reconfiguring: %v", err)
	}
	if got := ackWait(); got != 7*time.Second {
		t.Errorf("after a reconfiguration: ack wait %v, want 7s", got)
	}
}
