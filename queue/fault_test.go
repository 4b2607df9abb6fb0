package queue_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/postgres/pgtest"
)

// faultDocs is the size of the fault test's corpus:
// CLAIMTRAIL_FAULT_DOCS, default 400 (the notes give a run at 10,000).
func faultDocs(t *testing.T) int {
	if s := os.Getenv("CLAIMTRAIL_FAULT_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			t.Fatalf("CLAIMTRAIL_FAULT_DOCS=%q is not a positive number", s)
		}
		return n
	}
	return 400
}

// buildFaultWorker builds the worker process of the fault test (without
// the race detector, whatever the test binary has: it runs the CPU-bound
// pipeline).
func buildFaultWorker(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "faultworker")
	cmd := exec.Command("go", "build", "-o", bin, "./internal/faultworker")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build faultworker: %v\n%s", err, out)
	}
	return bin
}

// proxy is a TCP relay between one worker and NATS whose connections the
// test can cut, as a network failure would.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex // guards conns
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.cut() })
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		go func() { io.Copy(u, c); u.Close() }()
		go func() { io.Copy(c, u); c.Close() }()
	}
}

// cut closes every connection through the proxy; new ones are accepted.
func (p *proxy) cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	n := len(p.conns) / 2
	p.conns = nil
	return n
}

// TestFault is the fault test: three worker processes on loopback
// consume a corpus; one is killed with SIGKILL at random points three
// times (and restarted), another has its NATS connection cut once.
// Afterwards every document is stored exactly once, and the documents and
// claims are identical to a single-process run of the same corpus.
func TestFault(t *testing.T) {
	if testing.Short() {
		t.Skip("the fault test runs worker processes for a minute or more")
	}
	natsU := natsURL(t)
	pgtest.ServerURL(t)
	n := faultDocs(t)
	bin := buildFaultWorker(t)
	prefix := testPrefix(t)
	q := dial(t, natsU, prefix)
	testdata, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	natsHost := natsU[len("nats://"):]

	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("faultworker %s: %v\n%s", args[0], err, out)
		}
		return string(out)
	}

	// The ledger of the distributed run, and its workers.
	distURL := pgtest.URL(t)
	db := openDB(t, distURL) // migrated once, before the workers race to open it
	pr := newProxy(t, natsHost)
	type proc struct {
		cmd  *exec.Cmd
		done chan error
	}
	start := func(id, nurl string) *proc {
		cmd := exec.Command(bin, "work", nurl, prefix, distURL, id, "3s")
		cmd.Stderr = &prefixWriter{t: t, id: id}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p := &proc{cmd: cmd, done: make(chan error, 1)}
		exited := make(chan struct{})
		go func() { p.done <- cmd.Wait(); close(exited) }()
		// On a failure, no worker outlives the test (nor logs after it).
		t.Cleanup(func() { cmd.Process.Kill(); <-exited })
		return p
	}
	began := time.Now()
	t.Log(run("publish", natsU, prefix, testdata, strconv.Itoa(n)))
	w1 := start("w1", natsU)
	w2 := start("w2", "nats://"+pr.ln.Addr().String())
	w3 := start("w3", natsU)
	stored := func() int {
		st, err := db.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return st.Documents
	}

	// Faults at random points, spread over the run: w1 is killed three
	// times, each time restarted; w2's connection is cut once, after the
	// first kill.
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	for k := range 3 {
		// A random point of the first three quarters of the corpus.
		at := n * (k*25 + rng.IntN(25)) / 100
		waitFor(t, fmt.Sprintf("%d documents stored", at), 10*time.Minute, func() bool { return stored() >= at })
		time.Sleep(time.Duration(rng.IntN(400)) * time.Millisecond)
		if err := w1.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-w1.done
		t.Logf("killed w1 at %d stored documents (%v)", stored(), time.Since(began).Round(time.Millisecond))
		if k == 0 {
			time.Sleep(time.Duration(rng.IntN(500)) * time.Millisecond)
			t.Logf("cut w2's %d NATS connection(s) at %d stored documents", pr.cut(), stored())
		}
		w1 = start("w1", natsU)
	}

	waitFor(t, "every document stored and the queue drained", 10*time.Minute, func() bool {
		return stored() >= n && drained(t, q)
	})
	elapsed := time.Since(began)
	for _, p := range []*proc{w1, w2, w3} {
		p.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, p := range []*proc{w1, w2, w3} {
		if err := <-p.done; err != nil {
			t.Errorf("worker exit after SIGTERM: %v", err)
		}
	}
	t.Logf("distributed run: %d documents in %v (%.1f/s) with the faults", n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())

	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Backlog != 0 || st.DeadPoison+st.DeadRead != 0 {
		t.Errorf("after the run: status %+v, want no backlog and no dead letters", st)
	}
	if got := stored(); got != n {
		t.Errorf("%d documents stored, want %d", got, n)
	}
	if l, err := db.ReuseIndex().Len(context.Background()); err != nil || l != n {
		t.Errorf("reuse index holds %d documents (%v), want each of the %d once", l, err, n)
	}

	// The single-process run of the same corpus.
	refURL := pgtest.URL(t)
	t.Log(run("reference", refURL, testdata, strconv.Itoa(n)))
	ref := openDB(t, refURL)
	sameLedger(t, db, ref)
}

// prefixWriter copies a worker's log into the test log.
type prefixWriter struct {
	t  *testing.T
	id string
}

func (w *prefixWriter) Write(b []byte) (int, error) {
	w.t.Logf("%s: %s", w.id, b)
	return len(b), nil
}
