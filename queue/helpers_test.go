package queue_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/read"
)

// natsURL returns the test NATS server, or skips (fails under
// CLAIMTRAIL_TEST_NOSKIP=1) when CLAIMTRAIL_TEST_NATS is unset.
func natsURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("CLAIMTRAIL_TEST_NATS")
	if u == "" {
		if os.Getenv("CLAIMTRAIL_TEST_NOSKIP") == "1" {
			t.Fatal("CLAIMTRAIL_TEST_NATS is not set and CLAIMTRAIL_TEST_NOSKIP=1")
		}
		t.Skip("CLAIMTRAIL_TEST_NATS is not set: start nats-server -js and set it (e.g. nats://127.0.0.1:4222) to run this test")
	}
	return u
}

// testPrefix is a prefix of streams no other test uses.
func testPrefix(t testing.TB) string {
	var b [5]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return "cttest_" + hex.EncodeToString(b[:])
}

// dial connects to a fresh queue, deleted when the test ends.
func dial(t testing.TB, url, prefix string) *queue.Queue {
	t.Helper()
	q, err := queue.Dial(context.Background(), url, queue.Options{Prefix: prefix, Name: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := q.Delete(context.Background()); err != nil {
			t.Errorf("delete queue: %v", err)
		}
		q.Close()
	})
	return q
}

func openDB(t testing.TB, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// freshDB is a ledger in a schema of its own.
func freshDB(t testing.TB) *postgres.DB { return openDB(t, pgtest.URL(t)) }

var (
	engineOnce sync.Once
	engine     *pipeline.Engine
)

// testEngine is the processing engine of every test worker: the built-in
// profiles, one worker goroutine per core.
func testEngine(t testing.TB) *pipeline.Engine {
	engineOnce.Do(func() {
		all, err := profile.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		engine = pipeline.New(pipeline.Options{Profiles: all})
	})
	return engine
}

// corpus reads the articles in testdata.
func corpus(t testing.TB) []*read.Input {
	t.Helper()
	var out []*read.Input
	err := read.Walk(context.Background(), []string{"../testdata/corpus", "../testdata/seeds"}, read.Options{},
		func(in *read.Input, rej *read.Rejected) error {
			if in != nil {
				out = append(out, in)
			}
			return nil
		})
	if err != nil || len(out) < 10 {
		t.Fatalf("corpus: %d inputs, %v", len(out), err)
	}
	return out
}

func publish(t testing.TB, q *queue.Queue, ins []*read.Input) queue.PublishSummary {
	t.Helper()
	ctx := context.Background()
	p := q.NewProducer()
	for _, in := range ins {
		if err := p.Add(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return p.Summary()
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// startWorkers runs n workers on db until the returned stop is called;
// stop waits for them and fails the test on an error.
func startWorkers(t testing.TB, q *queue.Queue, db *postgres.DB, n int, tune func(*queue.WorkerOptions)) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range n {
		o := queue.WorkerOptions{Engine: testEngine(t), Store: db, Ingester: db.NewReuser(),
			ID: "w" + string(rune('0'+i)), Log: quietLog(), AckWait: 5 * time.Second, Heartbeat: time.Second, Parallel: 2, Batch: 8}
		if tune != nil {
			tune(&o)
		}
		w, err := q.NewWorker(ctx, o)
		if err != nil {
			cancel()
			t.Fatal(err)
		}
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				t.Errorf("worker: %v", err)
			}
		})
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			wg.Wait()
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// drained reports whether the queue has nothing pending or in progress.
func drained(t testing.TB, q *queue.Queue) bool {
	st, err := q.Status(context.Background())
	if err != nil {
		t.Logf("status: %v", err)
		return false
	}
	return st.Backlog == 0
}

// reference stores ins through the single-process pipeline into a fresh
// ledger, for comparison.
func reference(t testing.TB, ins []*read.Input) *postgres.DB {
	t.Helper()
	db := freshDB(t)
	src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
		for _, in := range ins {
			if err := emit(in, nil); err != nil {
				return err
			}
		}
		return nil
	}
	if _, err := testEngine(t).IngestSource(context.Background(), src, pipeline.IngestOptions{Store: db, Reuser: db.NewReuser()}); err != nil {
		t.Fatal(err)
	}
	return db
}

// sameLedger compares the documents and claims of two ledgers, every field.
func sameLedger(t testing.TB, got, want claimtrail.Store) {
	t.Helper()
	ctx := context.Background()
	gd, err := got.Documents(ctx, claimtrail.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wd, err := want.Documents(ctx, claimtrail.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gd) != len(wd) {
		t.Errorf("%d documents, want %d", len(gd), len(wd))
	}
	for i := range min(len(gd), len(wd)) {
		if g, w := js(gd[i]), js(wd[i]); g != w {
			t.Errorf("document %d differs:\n got %.300s\nwant %.300s", i, g, w)
			break
		}
	}
	gc, err := got.Claims(ctx, claimtrail.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wc, err := want.Claims(ctx, claimtrail.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gc) != len(wc) {
		t.Errorf("%d claims, want %d", len(gc), len(wc))
	}
	diffs := 0
	for i := range min(len(gc), len(wc)) {
		if g, w := js(gc[i]), js(wc[i]); g != w {
			if diffs++; diffs <= 3 {
				t.Errorf("claim %d differs:\n got %s\nwant %s", i, g, w)
			}
		}
	}
	if diffs > 3 {
		t.Errorf("... %d claims differ in all", diffs)
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
