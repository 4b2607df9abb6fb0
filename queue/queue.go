package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/read"
)

// DefaultPrefix names the streams, subjects, consumers and bucket of a
// deployment; another prefix gives an independent queue on the same server.
const DefaultPrefix = "claimtrail"

// Names are the JetStream names of one queue.
type Names struct {
	Stream     string // work queue of documents: PREFIX_DOCS
	Subject    string // PREFIX.docs
	DeadStream string // dead letters: PREFIX_DEAD
	DeadRead   string // PREFIX.dead.read: inputs the producer could not read
	DeadPoison string // PREFIX.dead.poison: documents workers gave up on
	Consumer   string // the durable pull consumer all workers share: PREFIX-workers
	Recorder   string // the durable consumer recording read rejections: PREFIX-recorder
	Bucket     string // key-value bucket of worker heartbeats: PREFIX_workers
	// LearnStream holds the learning passes of runs (see PublishPaths),
	// each under LearnSubject.RUN: PREFIX_LEARN, PREFIX.learn.
	LearnStream  string
	LearnSubject string
}

var validPrefix = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// NamesFor returns the names under prefix ("" means DefaultPrefix).
func NamesFor(prefix string) (Names, error) {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if !validPrefix.MatchString(prefix) {
		return Names{}, claimtrail.Errorf(claimtrail.EInvalid, "queue: prefix %q must be 1-64 letters, digits, '_' or '-'", prefix)
	}
	up := strings.ToUpper(prefix)
	return Names{
		Stream:       up + "_DOCS",
		Subject:      prefix + ".docs",
		DeadStream:   up + "_DEAD",
		DeadRead:     prefix + ".dead.read",
		DeadPoison:   prefix + ".dead.poison",
		Consumer:     prefix + "-workers",
		Recorder:     prefix + "-recorder",
		Bucket:       prefix + "_workers",
		LearnStream:  up + "_LEARN",
		LearnSubject: prefix + ".learn",
	}, nil
}

// Options configure a connection to the queue.
type Options struct {
	// Prefix selects the queue (see NamesFor).
	Prefix string
	// Name is the client name shown by the server's monitoring.
	Name string
	// DedupWindow is how long the stream remembers message ids (content
	// hashes) to drop a document published twice; 0 means 10 minutes.
	// Past the window a second copy is queued, and workers skip it because
	// its hash is stored.
	DedupWindow time.Duration
	// NATS are extra connection options (credentials, TLS, timeouts).
	NATS []nats.Option
}

// Queue is a connection to the claimtrail streams of one NATS server.
type Queue struct {
	nc    *nats.Conn
	js    jetstream.JetStream
	names Names
	opts  Options
}

// Dial connects to the NATS server at url (nats://host:4222) and creates
// the streams and the heartbeat bucket when they do not exist. The
// connection reconnects by itself, forever, when the server goes away.
func Dial(ctx context.Context, url string, o Options) (*Queue, error) {
	names, err := NamesFor(o.Prefix)
	if err != nil {
		return nil, err
	}
	if o.DedupWindow <= 0 {
		o.DedupWindow = 10 * time.Minute
	}
	nopts := append([]nats.Option{
		nats.Name(o.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.RetryOnFailedConnect(false),
	}, o.NATS...)
	nc, err := nats.Connect(url, nopts...)
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "queue: cannot connect to %s: %v", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	q := &Queue{nc: nc, js: js, names: names, opts: o}
	if err := q.ensure(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// Names returns the queue's JetStream names.
func (q *Queue) Names() Names { return q.names }

// Conn returns the NATS connection.
func (q *Queue) Conn() *nats.Conn { return q.nc }

// Close drains nothing: it closes the connection. Messages fetched and not
// acknowledged are redelivered after their ack wait.
func (q *Queue) Close() { q.nc.Close() }

// ensure creates or updates the streams and the bucket. Every producer and
// worker runs it, so the configuration must be the same in all of them.
func (q *Queue) ensure(ctx context.Context) error {
	n := q.names
	// The documents stream is a work queue: a message is removed once a
	// worker acknowledges it, so its size is the backlog. Message ids
	// (content hashes) drop documents published twice within the window.
	if _, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        n.Stream,
		Description: "claimtrail documents to process",
		Subjects:    []string{n.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.opts.DedupWindow,
	}); err != nil {
		return fmt.Errorf("queue: stream %s: %w", n.Stream, err)
	}
	// Dead letters are kept (for 30 days) whether or not they were
	// recorded in a ledger, so that they can be inspected and replayed.
	if _, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        n.DeadStream,
		Description: "claimtrail inputs that could not be read or processed, with reasons",
		Subjects:    []string{n.DeadRead, n.DeadPoison},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      30 * 24 * time.Hour,
		Duplicates:  q.opts.DedupWindow,
	}); err != nil {
		return fmt.Errorf("queue: stream %s: %w", n.DeadStream, err)
	}
	// Learning passes are read by every worker that takes a document of
	// their run, so they are kept whatever reads them, for learnMaxAge.
	if _, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        n.LearnStream,
		Description: "claimtrail runs' inputs for the cleaner's learning pass",
		Subjects:    []string{n.LearnSubject + ".*"},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      learnMaxAge,
	}); err != nil {
		return fmt.Errorf("queue: stream %s: %w", n.LearnStream, err)
	}
	if _, err := q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      n.Bucket,
		Description: "claimtrail worker heartbeats",
		TTL:         heartbeatTTL,
		Storage:     jetstream.MemoryStorage,
	}); err != nil {
		return fmt.Errorf("queue: bucket %s: %w", n.Bucket, err)
	}
	return nil
}

// Delete removes the queue's streams (and so its consumers) and bucket.
// Tests use it to clean up.
func (q *Queue) Delete(ctx context.Context) error {
	var errs []error
	for _, s := range []string{q.names.Stream, q.names.DeadStream, q.names.LearnStream} {
		if err := q.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, err)
		}
	}
	if err := q.js.DeleteKeyValue(ctx, q.names.Bucket); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Message headers.
const (
	hdrEncoding = "Content-Encoding" // "gzip" when the payload is compressed
	hdrReason   = "Claimtrail-Reason"
	hdrSource   = "Claimtrail-Source"
)

// compressAbove is the payload size from which documents are gzipped:
// HTML shrinks five to ten times, and NATS refuses messages over its
// max_payload (1 MB by default).
const compressAbove = 32 << 10

// encodeInput is the wire form of a read.Input: JSON, gzipped when large.
func encodeInput(in *read.Input) ([]byte, bool, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, false, err
	}
	if len(b) < compressAbove {
		return b, false, nil
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, false, err
	}
	if err := zw.Close(); err != nil {
		return nil, false, err
	}
	return buf.Bytes(), true, nil
}

// maxDecoded bounds a decompressed message, against a gzip bomb in the
// stream: read.DefaultMaxBytes of text is at most a few times that in
// JSON.
const maxDecoded = 8 * read.DefaultMaxBytes

func decodeInput(data []byte, gzipped bool) (*read.Input, error) {
	if gzipped {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("bad gzip payload: %w", err)
		}
		b, err := io.ReadAll(io.LimitReader(zr, maxDecoded+1))
		if err != nil {
			return nil, fmt.Errorf("bad gzip payload: %w", err)
		}
		if len(b) > maxDecoded {
			return nil, fmt.Errorf("payload over %d bytes once decompressed", maxDecoded)
		}
		data = b
	}
	var in read.Input
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, fmt.Errorf("bad message: %w", err)
	}
	if in.Hash == "" || in.ID == "" {
		return nil, errors.New("bad message: no document id or hash")
	}
	return &in, nil
}

// DeadLetter is a message of the dead-letter stream.
type DeadLetter struct {
	Source string    `json:"source"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
	// Kind is "read" (the producer could not read the input) or "poison"
	// (workers gave up on the document).
	Kind string `json:"kind"`
	// Doc and Hash name the document of a poison message; Attempts is the
	// number of deliveries it had.
	Doc      string `json:"doc,omitempty"`
	Hash     string `json:"hash,omitempty"`
	Attempts int    `json:"attempts,omitempty"`
	// Input is the message as it was queued (poison only), for replay.
	Input json.RawMessage `json:"input,omitempty"`
}

func (q *Queue) publishDead(ctx context.Context, d DeadLetter, msgID string) error {
	subject := q.names.DeadRead
	if d.Kind == "poison" {
		subject = q.names.DeadPoison
	}
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	msg := &nats.Msg{Subject: subject, Data: b, Header: nats.Header{}}
	msg.Header.Set(hdrReason, firstLine(d.Reason))
	msg.Header.Set(hdrSource, d.Source)
	if _, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(msgID)); err != nil {
		return fmt.Errorf("queue: dead letter for %s: %w", d.Source, err)
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
