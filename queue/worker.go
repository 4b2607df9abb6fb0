package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/read"
)

// Processor cleans and extracts one input: *pipeline.Engine.
type Processor interface {
	Process(in *read.Input) pipeline.Result
}

var _ Processor = (*pipeline.Engine)(nil)

// Ingester stores a batch of documents and runs reuse detection for the
// ones it added or replaced, atomically: all of the batch or nothing
// (*postgres.Reuser). Without one, a worker writes through the store's
// batch and then a pipeline.Reuser, and a crash between the two loses the
// reuse step of that batch.
type Ingester interface {
	Ingest(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, []claimtrail.Reuse, error)
}

// WorkerOptions configure a worker. Engine and Store are required.
type WorkerOptions struct {
	Engine Processor
	Store  claimtrail.Store
	// Ingester, when set, stores and detects reuse in one transaction;
	// else Reuser (optional) runs after the store's commit.
	Ingester Ingester
	Reuser   pipeline.Reuser

	// ID names the worker in heartbeats and logs; default HOST-PID.
	ID string
	// Batch is the number of messages fetched, processed in parallel and
	// committed together; default 16.
	Batch int
	// Parallel is the number of documents processed at once; default
	// GOMAXPROCS.
	Parallel int
	// MaxAttempts is the number of deliveries after which a document that
	// makes processing panic, or that the ledger refuses, is dead-lettered
	// and recorded as a rejection; default 5. Failures of the ledger
	// or the network are retried without limit and never poison a document.
	MaxAttempts int
	// AckWait is how long the server waits for an acknowledgement before it
	// redelivers a message to another worker (a killed worker's messages
	// come back after it). The worker extends it while a batch is in
	// progress. It belongs to the consumer all workers of a queue share,
	// which the first worker creates: 0 takes the consumer's setting (30s
	// when this worker creates it); a worker asking for another value than
	// the consumer has refuses to start (EInvalid), unless Reconfigure is
	// set.
	AckWait time.Duration
	// Reconfigure makes a worker change the shared consumer's AckWait to
	// its own, for every worker of the queue (the others adopt it when
	// they restart; until then they extend messages on their old
	// interval, which stays safe while it is not longer than the new one).
	Reconfigure bool
	// Grace is how long a worker asked to stop keeps working on the batch
	// in hand before it gives the rest back (nak); default 20s.
	Grace time.Duration
	// Heartbeat is the interval of heartbeats; default 5s.
	Heartbeat time.Duration
	// Log receives the worker's events; default a text logger on stderr.
	Log *slog.Logger
	// Now is the clock of rejections and heartbeats; default time.Now.
	Now func() time.Time
}

// Worker consumes documents from the queue and stores them in the ledger.
type Worker struct {
	q    *Queue
	o    WorkerOptions
	cons jetstream.Consumer
	rec  jetstream.Consumer
	kv   jetstream.KeyValue
	log  *slog.Logger

	cleaners runCleaners // the cleaners of runs learnt

	mu      sync.Mutex // guards the counters below
	started time.Time
	done    int // messages settled
	stored  int // documents new or replaced
	dead    int
	window  [60]secondCount // messages settled per second, the last minute
}

type secondCount struct {
	sec int64
	n   int
}

var keyUnsafe = regexp.MustCompile(`[^A-Za-z0-9_=-]`)

// NewWorker creates the shared durable consumer when it does not exist
// (see WorkerOptions.AckWait) and returns a worker; Run starts it.
func (q *Queue) NewWorker(ctx context.Context, o WorkerOptions) (*Worker, error) {
	if o.Engine == nil || o.Store == nil {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "queue: a worker needs an engine and a store")
	}
	if o.ID == "" {
		host, _ := os.Hostname()
		o.ID = host + "-" + strconv.Itoa(os.Getpid())
	}
	o.ID = keyUnsafe.ReplaceAllString(o.ID, "_")
	if o.Batch <= 0 {
		o.Batch = 16
	}
	if o.Parallel <= 0 {
		o.Parallel = runtime.GOMAXPROCS(0)
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.Grace <= 0 {
		o.Grace = 20 * time.Second
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = 5 * time.Second
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	n := q.names
	// MaxDeliver is unlimited: the worker counts deliveries itself and
	// dead-letters only documents that fail by their own fault, so an
	// outage of the ledger does not poison the whole backlog.
	cons, err := q.sharedConsumer(ctx, n.Stream, jetstream.ConsumerConfig{
		Durable:       n.Consumer,
		Description:   "claimtrail workers",
		FilterSubject: n.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       o.AckWait,
		MaxDeliver:    -1,
		MaxAckPending: 4096,
	}, o.Reconfigure)
	if err != nil {
		return nil, err
	}
	o.AckWait = cons.CachedInfo().Config.AckWait
	rec, err := q.sharedConsumer(ctx, n.DeadStream, jetstream.ConsumerConfig{
		Durable:       n.Recorder,
		Description:   "claimtrail: records read rejections in the ledger",
		FilterSubject: n.DeadRead,
		AckPolicy:     jetstream.AckExplicitPolicy,
		MaxDeliver:    -1,
	}, false)
	if err != nil {
		return nil, err
	}
	kv, err := q.js.KeyValue(ctx, n.Bucket)
	if err != nil {
		return nil, fmt.Errorf("queue: bucket %s: %w", n.Bucket, err)
	}
	if o.Ingester == nil {
		o.Ingester = storeIngester{store: o.Store, reuser: o.Reuser}
	}
	return &Worker{q: q, o: o, cons: cons, rec: rec, kv: kv, log: o.Log.With("worker", o.ID)}, nil
}

// defaultAckWait is the AckWait of a consumer created by a worker that
// did not ask for one.
const defaultAckWait = 30 * time.Second

// sharedConsumer returns the durable consumer cfg names, creating it when
// it does not exist. The consumer is shared by every worker of the queue,
// so an existing one is never changed behind the others' backs: a worker
// asking for another AckWait (cfg.AckWait not 0) than the consumer's is
// refused, unless reconfigure says to change it for everyone.
func (q *Queue) sharedConsumer(ctx context.Context, stream string, cfg jetstream.ConsumerConfig, reconfigure bool) (jetstream.Consumer, error) {
	want := cfg.AckWait
	c, err := q.js.Consumer(ctx, stream, cfg.Durable)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		if cfg.AckWait <= 0 {
			cfg.AckWait = defaultAckWait
		}
		c, err = q.js.CreateConsumer(ctx, stream, cfg)
		if errors.Is(err, jetstream.ErrConsumerExists) {
			// Another worker created it first, with another setting.
			c, err = q.js.Consumer(ctx, stream, cfg.Durable)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("queue: consumer %s: %w", cfg.Durable, err)
	}
	have := c.CachedInfo().Config.AckWait
	if want <= 0 || want == have {
		return c, nil
	}
	if !reconfigure {
		return nil, claimtrail.Errorf(claimtrail.EInvalid,
			"queue: the workers of %s share an ack wait of %v; this worker asks for %v: leave it out to use the queue's, or reconfigure the queue for every worker (--reconfigure)",
			stream, have, want)
	}
	ci := c.CachedInfo().Config
	ci.AckWait = want
	if c, err = q.js.UpdateConsumer(ctx, stream, ci); err != nil {
		return nil, fmt.Errorf("queue: consumer %s: %w", cfg.Durable, err)
	}
	return c, nil
}

// Run consumes until ctx ends, then finishes the batch in hand (within
// Grace; what is left is given back to the queue) and returns nil. Every
// message is acknowledged only after the ledger committed its document
// (or its rejection): a worker killed at any point loses nothing, and the
// document it held is redelivered and stored once.
func (w *Worker) Run(ctx context.Context) error {
	w.mu.Lock()
	w.started = w.o.Now()
	w.mu.Unlock()
	w.log.Info("worker started", "stream", w.q.names.Stream, "batch", w.o.Batch, "parallel", w.o.Parallel)

	// work outlives ctx by Grace, so that a stop finishes the batch in hand.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopped := make(chan struct{})
	var bg sync.WaitGroup
	bg.Go(func() {
		select {
		case <-ctx.Done():
			select {
			case <-time.After(w.o.Grace):
				cancelWork()
			case <-stopped:
			}
		case <-stopped:
		}
	})
	bg.Go(func() { w.heartbeats(ctx, stopped) })
	bg.Go(func() { w.record(ctx) })

	pause := time.Duration(0)
	for ctx.Err() == nil {
		if pause > 0 {
			sleep(ctx, pause)
		}
		batch, err := w.cons.Fetch(w.o.Batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			w.log.Warn("fetch failed; retrying", "err", err)
			pause = time.Second
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && len(msgs) == 0 && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) {
			w.log.Warn("fetch failed; retrying", "err", err)
			pause = time.Second
			continue
		}
		if len(msgs) == 0 {
			pause = 0
			continue
		}
		if w.handle(work, msgs) {
			pause = 0
		} else {
			// The ledger is failing: slow down instead of spinning.
			pause = min(max(2*pause, 250*time.Millisecond), 10*time.Second)
		}
	}
	close(stopped)
	bg.Wait()
	// Say goodbye so that status stops counting this worker at once.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	_ = w.kv.Delete(dctx, w.o.ID)
	w.mu.Lock()
	w.log.Info("worker stopped", "settled", w.done, "stored", w.stored, "dead", w.dead)
	w.mu.Unlock()
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// item is one message of a batch on its way through the worker.
type item struct {
	msg      jetstream.Msg
	attempts int
	in       *read.Input
	raw      []byte // the payload when small and uncompressed, for a dead letter
	res      pipeline.Result
	fail     string // poison reason: a panic, or the ledger refusing the document
	fatal    bool   // the message itself is unreadable: no retry can help
	retry    bool   // a failure that is not the document's fault
	settled  bool
}

// handle processes and settles a batch; it reports false when the ledger
// failed for a reason that is not the documents' (the caller backs off).
func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg) bool {
	items := make([]*item, len(msgs))
	for i, m := range msgs {
		it := &item{msg: m, attempts: 1}
		if md, err := m.Metadata(); err == nil {
			it.attempts = int(md.NumDelivered)
		}
		items[i] = it
	}

	// Keep the messages ours while the batch is in progress.
	var mu sync.Mutex // guards settled flags against the ticker
	tickDone := make(chan struct{})
	var tick sync.WaitGroup
	tick.Go(func() {
		t := time.NewTicker(max(w.o.AckWait/3, 100*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-t.C:
				mu.Lock()
				for _, it := range items {
					if !it.settled {
						_ = it.msg.InProgress()
					}
				}
				mu.Unlock()
			case <-tickDone:
				return
			}
		}
	})
	settle := func(it *item, how func() error) {
		mu.Lock()
		defer mu.Unlock()
		if it.settled {
			return
		}
		if err := how(); err != nil {
			w.log.Warn("acknowledgement failed; the message will come back", "source", it.source(), "err", err)
		}
		it.settled = true
	}
	defer func() {
		close(tickDone)
		tick.Wait()
		// Whatever was not settled goes back to the queue now rather
		// than after AckWait.
		// A stopping worker hands them to the others at once; a failing
		// ledger gets a second before they come back.
		for _, it := range items {
			if ctx.Err() != nil {
				settle(it, it.msg.Nak)
			} else {
				settle(it, func() error { return it.msg.NakWithDelay(time.Second) })
			}
		}
	}()

	w.process(ctx, items)
	ok := true

	var docs []*item
	for _, it := range items {
		switch {
		case it.fail != "":
			w.poison(ctx, it, settle)
		case it.retry:
			ok = false // given back below
		case it.res.Rejected != nil:
			rej := claimtrail.Rejection{Source: it.res.Rejected.Source, Reason: it.res.Rejected.Reason, At: w.o.Now()}
			if err := w.o.Store.PutRejection(ctx, rej); err != nil {
				w.log.Warn("recording a rejection failed", "source", rej.Source, "err", err)
				ok = false
				continue
			}
			settle(it, it.msg.Ack)
			w.count(1, 0, 0)
		case it.res.Skipped:
			settle(it, it.msg.Ack)
			w.count(1, 0, 0)
		default:
			docs = append(docs, it)
		}
	}
	if len(docs) == 0 {
		return ok
	}
	err := w.ingest(ctx, docs, settle)
	if err == nil {
		return ok
	}
	if len(docs) > 1 && documentsFault(err) {
		// One document spoils the batch: store them one by one, so that
		// only the guilty one is retried and, in the end, dead-lettered.
		for _, it := range docs {
			if err := w.ingest(ctx, []*item{it}, settle); err != nil {
				if !w.failed(ctx, it, err, settle) {
					ok = false
				}
			}
		}
		return ok
	}
	if len(docs) == 1 && w.failed(ctx, docs[0], err, settle) {
		return ok
	}
	w.log.Warn("storing a batch failed; it will be retried", "docs", len(docs), "err", err)
	return false
}

// failed handles an ingest error of one document: a fault of the document
// poisons it (after MaxAttempts); it reports false for other errors, which
// leave the message to be retried.
func (w *Worker) failed(ctx context.Context, it *item, err error, settle func(*item, func() error)) bool {
	if !documentsFault(err) {
		return false
	}
	it.fail = "the ledger refused the document: " + claimtrail.ErrorMessage(err)
	if claimtrail.ErrorKind(err) == claimtrail.EInternal {
		it.fail = "the ledger refused the document: " + err.Error()
	}
	w.poison(ctx, it, settle)
	return true
}

// ingest stores the documents of items and acknowledges them after the
// commit.
func (w *Worker) ingest(ctx context.Context, items []*item, settle func(*item, func() error)) error {
	batch := make([]claimtrail.DocClaims, len(items))
	for i, it := range items {
		batch[i] = claimtrail.DocClaims{Doc: it.res.Doc, Claims: it.res.Claims}
	}
	res, _, err := w.o.Ingester.Ingest(ctx, batch)
	if err != nil {
		return err
	}
	stored := 0
	for i, it := range items {
		if res[i] != claimtrail.PutUnchanged {
			stored++
		}
		settle(it, it.msg.Ack)
	}
	w.count(len(items), stored, 0)
	return nil
}

// process decodes and processes the items on Parallel goroutines. A panic
// in processing is caught and becomes the item's failure.
func (w *Worker) process(ctx context.Context, items []*item) {
	sem := make(chan struct{}, w.o.Parallel)
	var wg sync.WaitGroup
	for _, it := range items {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			w.processOne(ctx, it)
		})
	}
	wg.Wait()
}

func (w *Worker) processOne(ctx context.Context, it *item) {
	data := it.msg.Data()
	gz := it.msg.Headers().Get(hdrEncoding) == "gzip"
	in, err := decodeInput(data, gz)
	if err != nil {
		it.fail, it.fatal = err.Error(), true
		return
	}
	it.in = in
	if !gz && len(data) < 256<<10 {
		it.raw = data
	}
	// A document whose content is stored already (a redelivery after a
	// crash between commit and acknowledgement, or a copy published past
	// the dedup window) is acknowledged without a second copy.
	if ok, err := w.o.Store.HasHash(ctx, in.Hash); err == nil && ok {
		it.res = pipeline.Result{Input: in, Skipped: true}
		return
	}
	defer func() {
		if r := recover(); r != nil {
			it.fail = fmt.Sprintf("processing panicked: %v", r)
			w.log.Error("processing panicked", "source", in.Source, "attempt", it.attempts, "panic", r, "stack", string(debug.Stack()))
		}
	}()
	// A document of a run is cleaned by the cleaner that learnt the run.
	process := w.o.Engine.Process
	if run := it.msg.Headers().Get(hdrRun); run != "" {
		if rp, ok := w.o.Engine.(RunProcessor); ok {
			c, err := w.runCleaner(ctx, rp, run)
			if err != nil {
				// The queue failing, not the document: retry.
				w.log.Warn("learning a run failed; the document will be retried", "run", run, "source", in.Source, "err", err)
				it.retry = true
				return
			}
			if c != nil {
				process = func(in *read.Input) pipeline.Result { return rp.ProcessWith(c, in) }
			}
		}
	}
	it.res = process(in)
	if it.res.Rejected == nil && it.res.Doc == nil {
		it.fail = "processing gave neither a document nor a rejection"
	}
}

// poison gives a failing document another delivery, with a growing delay,
// or, at its MaxAttempts-th delivery (or at once when the message cannot
// be read), publishes it to the dead-letter subject with its reason,
// records it as a rejection in the ledger, and terminates the message.
func (w *Worker) poison(ctx context.Context, it *item, settle func(*item, func() error)) {
	if !it.fatal && it.attempts < w.o.MaxAttempts {
		delay := time.Duration(it.attempts) * time.Second
		settle(it, func() error { return it.msg.NakWithDelay(delay) })
		return
	}
	src := it.source()
	d := DeadLetter{Source: src, Reason: it.fail, At: w.o.Now().UTC(), Kind: "poison",
		Attempts: it.attempts, Input: it.raw}
	id := "poison:" + claimtrail.ContentHash(it.msg.Data())
	if it.in != nil {
		d.Doc, d.Hash = it.in.ID, it.in.Hash
		id = "poison:" + it.in.Hash
	}
	if err := w.q.publishDead(ctx, d, id); err != nil {
		w.log.Warn("dead-lettering failed; the message will come back", "source", src, "err", err)
		return
	}
	reason := fmt.Sprintf("%s (gave up after %d attempts)", it.fail, it.attempts)
	if it.fatal {
		reason = it.fail
	}
	if err := w.o.Store.PutRejection(ctx, claimtrail.Rejection{Source: src, Reason: reason, At: d.At}); err != nil {
		w.log.Warn("recording a rejection failed; the message will come back", "source", src, "err", err)
		return
	}
	w.log.Warn("document dead-lettered", "source", src, "attempts", it.attempts, "reason", it.fail)
	settle(it, it.msg.Term)
	w.count(1, 0, 1)
}

func (it *item) source() string {
	if it.in != nil {
		return it.in.Source
	}
	if s := it.msg.Headers().Get(hdrSource); s != "" {
		return s
	}
	if md, err := it.msg.Metadata(); err == nil {
		return fmt.Sprintf("queue message %d", md.Sequence.Stream)
	}
	return "queue message"
}

// documentsFault reports whether an ingest error is the documents' own:
// invalid or conflicting records, or data the database cannot hold (class
// 22 data exceptions such as a NUL byte, 23 integrity violations, 54
// limits such as an oversized search vector). Anything else (a lost
// connection, a full disk) is the ledger's and is retried without limit.
func documentsFault(err error) bool {
	switch claimtrail.ErrorKind(err) {
	case claimtrail.EInvalid, claimtrail.EConflict:
		return true
	}
	var se interface{ SQLState() string }
	if errors.As(err, &se) {
		switch c := se.SQLState(); {
		case len(c) == 5 && (c[:2] == "22" || c[:2] == "23" || c[:2] == "54"):
			return true
		}
	}
	return false
}

// count adds settled messages, stored documents and dead letters.
func (w *Worker) count(settled, stored, dead int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.done += settled
	w.stored += stored
	w.dead += dead
	now := w.o.Now().Unix()
	c := &w.window[now%int64(len(w.window))]
	if c.sec != now {
		*c = secondCount{sec: now}
	}
	c.n += settled
}

// Beat is a worker's heartbeat, kept in the queue's bucket under its ID.
type Beat struct {
	ID      string    `json:"id"`
	Host    string    `json:"host"`
	PID     int       `json:"pid"`
	Started time.Time `json:"started"`
	At      time.Time `json:"at"`
	// Settled counts messages acknowledged or dead-lettered since start;
	// Stored the documents added or replaced; LastMinute the messages
	// settled in the last 60 seconds.
	Settled    int `json:"settled"`
	Stored     int `json:"stored"`
	Dead       int `json:"dead"`
	LastMinute int `json:"last_minute"`
	// Interval is the worker's heartbeat interval: status counts it alive
	// until three intervals pass without a beat.
	Interval time.Duration `json:"interval"`
}

// heartbeatTTL is how long the bucket keeps a beat: a killed worker's
// entry disappears by itself.
const heartbeatTTL = time.Minute

func (w *Worker) beat() Beat {
	host, _ := os.Hostname()
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.o.Now()
	b := Beat{ID: w.o.ID, Host: host, PID: os.Getpid(), Started: w.started, At: now,
		Settled: w.done, Stored: w.stored, Dead: w.dead, Interval: w.o.Heartbeat}
	for _, c := range w.window {
		if now.Unix()-c.sec < int64(len(w.window)) {
			b.LastMinute += c.n
		}
	}
	return b
}

func (w *Worker) heartbeats(ctx context.Context, stopped <-chan struct{}) {
	t := time.NewTicker(w.o.Heartbeat)
	defer t.Stop()
	for {
		b, err := json.Marshal(w.beat())
		if err == nil {
			pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.o.Heartbeat)
			if _, err := w.kv.Put(pctx, w.o.ID, b); err != nil {
				w.log.Debug("heartbeat failed", "err", err)
			}
			cancel()
		}
		select {
		case <-t.C:
		case <-stopped:
			return
		}
	}
}

// record stores the read rejections of the dead-letter stream in the
// ledger. Every worker runs it on the one shared consumer, so each
// rejection is recorded once (again after a crash: rejections are keyed by
// source, a second record replaces the first).
func (w *Worker) record(ctx context.Context) {
	for ctx.Err() == nil {
		batch, err := w.rec.Fetch(64, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			sleep(ctx, time.Second)
			continue
		}
		for m := range batch.Messages() {
			var d DeadLetter
			if err := json.Unmarshal(m.Data(), &d); err != nil || d.Source == "" {
				w.log.Warn("unreadable dead letter dropped", "err", err)
				_ = m.Term()
				continue
			}
			if err := w.o.Store.PutRejection(ctx, claimtrail.Rejection{Source: d.Source, Reason: d.Reason, At: d.At}); err != nil {
				_ = m.NakWithDelay(time.Second)
				continue
			}
			_ = m.Ack()
		}
	}
}

// storeIngester is the Ingester of a store without an atomic one: the
// store's batch write, then reuse detection and its records.
type storeIngester struct {
	store  claimtrail.Store
	reuser pipeline.Reuser
}

func (s storeIngester) Ingest(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, []claimtrail.Reuse, error) {
	var res []claimtrail.PutResult
	if bs, ok := s.store.(pipeline.BatchStore); ok {
		var err error
		if res, err = bs.PutDocuments(ctx, batch); err != nil {
			return nil, nil, err
		}
	} else {
		for _, dc := range batch {
			r, err := s.store.PutDocument(ctx, dc.Doc, dc.Claims)
			if err != nil {
				return nil, nil, err
			}
			res = append(res, r)
		}
	}
	if s.reuser == nil {
		return res, nil, nil
	}
	var all []claimtrail.Reuse
	for i, dc := range batch {
		if res[i] == claimtrail.PutUnchanged {
			continue
		}
		rs, err := s.reuser.Add(ctx, dc.Doc)
		if err != nil {
			return nil, nil, fmt.Errorf("reuse detection for %s: %w", dc.Doc.ID, err)
		}
		if len(rs) > 0 {
			if err := s.store.PutReuse(ctx, rs); err != nil {
				return nil, nil, err
			}
			all = append(all, rs...)
		}
	}
	return res, all, nil
}
