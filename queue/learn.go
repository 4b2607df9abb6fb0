package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/read"
)

// Learning. 'claimtrail ingest PATH...' lets the cleaner see every input
// of a run before it cleans any (pipeline.Engine.Learn): a line that
// recurs across a site's documents is boilerplate from the first document
// on. A worker sees only its share of a run, a batch at a time, so the
// producer (PublishPaths) publishes a run in two passes, as ingest reads
// it: first every input ingest would learn from (all but stdin's), in
// ingest's order, to the learn stream under a subject of the run's own,
// closed by an end marker; then the documents, each naming its run in a
// header. A worker that takes a document of a run it has not learnt yet
// reads the run's learn subject from the start to the marker, observing
// each input with a fresh cleaner, and cleans the run's documents with
// that cleaner: the state ingest's cleaner has, so the same documents.
//
// Documents published one by one (Producer.Add without PublishPaths)
// belong to no run and are cleaned without learning, as ingest cleans
// stdin. A run whose learn messages are gone (older than learnMaxAge) or
// incomplete (a producer that died before its end marker published no
// documents of it, so this only concerns a second producer reusing the id)
// is cleaned without learning too, with a warning.

// Message headers of learning.
const (
	hdrRun      = "Claimtrail-Run"       // on a document: the run it belongs to
	hdrLearnEnd = "Claimtrail-Learn-End" // on a run's end marker: the inputs before it
)

// learnMaxAge is how long a run's learn messages are kept: the documents
// of a run older than this are cleaned without its learning.
const learnMaxAge = 30 * 24 * time.Hour

// RunProcessor is a Processor that can clean with a cleaner of the
// caller's (*pipeline.Engine): workers give it the cleaner that learnt the
// document's run. A Processor without it cleans every document alike.
type RunProcessor interface {
	Processor
	ProcessWith(c *clean.Cleaner, in *read.Input) pipeline.Result
	// NewCleaner returns a cleaner with the processor's options (the
	// profiles' outlets), to learn a run into.
	NewCleaner() *clean.Cleaner
}

var _ RunProcessor = (*pipeline.Engine)(nil)

func newRunID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b[:])
}

// learn publishes the learning pass of a run over paths and returns the
// run id, or "" when nothing is learnt (only stdin).
func (p *Producer) learn(ctx context.Context, paths []string, ro read.Options) (string, error) {
	var files []string
	for _, path := range paths {
		if path != "-" {
			files = append(files, path)
		}
	}
	if len(files) == 0 {
		return "", nil
	}
	run := newRunID()
	subj := p.q.names.LearnSubject + "." + run
	var futs []jetstream.PubAckFuture
	wait := func() error {
		var errs []error
		for _, f := range futs {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				errs = append(errs, err)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		futs = futs[:0]
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("queue: learning pass: %w", err)
		}
		return nil
	}
	n := 0
	err := read.Walk(ctx, files, ro, func(in *read.Input, rej *read.Rejected) error {
		if in == nil {
			return nil
		}
		data, gz, err := encodeInput(in)
		if err != nil {
			return fmt.Errorf("queue: encode %s: %w", in.Source, err)
		}
		if int64(len(data))+512 > p.q.nc.MaxPayload() {
			return nil // too large for the queue: its document is a dead letter too
		}
		msg := &nats.Msg{Subject: subj, Data: data, Header: nats.Header{}}
		if gz {
			msg.Header.Set(hdrEncoding, "gzip")
		}
		fut, err := p.q.js.PublishMsgAsync(msg)
		if err != nil {
			return fmt.Errorf("queue: learning pass: %w", err)
		}
		futs = append(futs, fut)
		n++
		if len(futs) >= maxInFlight {
			return wait()
		}
		return nil
	})
	if err == nil {
		err = wait()
	}
	if err != nil {
		return "", err
	}
	end := &nats.Msg{Subject: subj, Header: nats.Header{}}
	end.Header.Set(hdrLearnEnd, strconv.Itoa(n))
	if _, err := p.q.js.PublishMsg(ctx, end); err != nil {
		return "", fmt.Errorf("queue: learning pass: %w", err)
	}
	p.sum.Learned += n
	return run, nil
}

// errNoLearning says that a run's learning pass is not on the server.
var errNoLearning = errors.New("the run's learning pass is not on the queue")

// learnRun returns a cleaner that observed the learning pass of run, in
// its order.
func (q *Queue) learnRun(ctx context.Context, run string, c *clean.Cleaner) (*clean.Cleaner, int, error) {
	subj := q.names.LearnSubject + "." + run
	stream, err := q.js.Stream(ctx, q.names.LearnStream)
	if err != nil {
		return nil, 0, fmt.Errorf("queue: stream %s: %w", q.names.LearnStream, err)
	}
	last, err := stream.GetLastMsgForSubject(ctx, subj)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, 0, errNoLearning
	}
	if err != nil {
		return nil, 0, fmt.Errorf("queue: learning pass of run %s: %w", run, err)
	}
	want, err := strconv.Atoi(last.Header.Get(hdrLearnEnd))
	if err != nil {
		return nil, 0, errNoLearning // no end marker: incomplete
	}
	cons, err := stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{FilterSubjects: []string{subj}})
	if err != nil {
		return nil, 0, fmt.Errorf("queue: learning pass of run %s: %w", run, err)
	}
	n := 0
	for {
		batch, err := cons.Fetch(256, jetstream.FetchMaxWait(5*time.Second))
		if err != nil {
			return nil, 0, fmt.Errorf("queue: learning pass of run %s: %w", run, err)
		}
		got := 0
		for m := range batch.Messages() {
			got++
			if md, err := m.Metadata(); err == nil && md.Sequence.Stream >= last.Sequence {
				if n != want {
					return nil, 0, fmt.Errorf("queue: learning pass of run %s: %d inputs before the end marker, which says %d", run, n, want)
				}
				return c, n, nil
			}
			in, err := decodeInput(m.Data(), m.Headers().Get(hdrEncoding) == "gzip")
			if err != nil {
				return nil, 0, fmt.Errorf("queue: learning pass of run %s: %w", run, err)
			}
			c.Observe(in)
			n++
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) {
			return nil, 0, fmt.Errorf("queue: learning pass of run %s: %w", run, err)
		}
		if got == 0 {
			return nil, 0, fmt.Errorf("queue: learning pass of run %s: the stream ended after %d of %d inputs", run, n, want)
		}
	}
}

// runCleaners are the cleaners of the runs a worker has learnt, the most
// recent few.
type runCleaners struct {
	mu    sync.Mutex
	runs  map[string]*runCleaner
	order []string // oldest first
}

type runCleaner struct {
	done chan struct{} // closed when c and err are set
	c    *clean.Cleaner
	err  error
}

// keptRuns bounds the cleaners a worker keeps: a run's cleaner holds the
// line statistics of its sites.
const keptRuns = 8

// get returns the cleaner of run, learning it on first use; nil (and no
// error) when the run's learning pass is not on the server, and the
// document is to be cleaned without it. Concurrent callers wait for one
// learning; a failed one is retried by the next caller.
func (w *Worker) runCleaner(ctx context.Context, rp RunProcessor, run string) (*clean.Cleaner, error) {
	rc := &w.cleaners
	rc.mu.Lock()
	if rc.runs == nil {
		rc.runs = map[string]*runCleaner{}
	}
	r, ok := rc.runs[run]
	if !ok {
		r = &runCleaner{done: make(chan struct{})}
		rc.runs[run] = r
		rc.order = append(rc.order, run)
		if len(rc.order) > keptRuns {
			delete(rc.runs, rc.order[0])
			rc.order = rc.order[1:]
		}
	}
	rc.mu.Unlock()
	if !ok {
		start := time.Now()
		c, n, err := func() (c *clean.Cleaner, n int, err error) {
			defer func() {
				if p := recover(); p != nil {
					// As deterministic as the input: no retry would help.
					err = fmt.Errorf("%w (it panicked: %v)", errNoLearning, p)
				}
			}()
			return w.q.learnRun(ctx, run, rp.NewCleaner())
		}()
		switch {
		case errors.Is(err, errNoLearning):
			w.log.Warn("the run's learning pass is gone, incomplete or unreadable; its documents are cleaned without learning", "run", run, "err", err)
			r.err = nil
		case err != nil:
			r.err = err
		default:
			r.c = c
			w.log.Info("learnt a run", "run", run, "inputs", n, "took", time.Since(start).Round(time.Millisecond))
		}
		if r.err != nil {
			rc.mu.Lock()
			if rc.runs[run] == r {
				delete(rc.runs, run)
			}
			rc.mu.Unlock()
		}
		close(r.done)
	}
	select {
	case <-r.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return r.c, r.err
}
