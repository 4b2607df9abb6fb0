package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/read"
)

// PublishSummary is what a run of the producer did.
type PublishSummary struct {
	Published  int // documents queued
	Duplicates int // documents the stream already held (same content hash)
	Rejected   int // inputs sent to the dead-letter stream
	Bytes      int64
	Learned    int // inputs of the learning pass (see PublishPaths)
}

// Producer publishes documents to the queue, many in flight at once.
// It is not safe for concurrent use.
type Producer struct {
	q       *Queue
	pending []pendingPub
	sum     PublishSummary
	now     func() time.Time
	run     string // the run whose documents Add publishes, if any
}

type pendingPub struct {
	source string
	fut    jetstream.PubAckFuture
}

// maxInFlight bounds the publications awaiting their acknowledgement.
const maxInFlight = 256

// NewProducer returns a producer on q.
func (q *Queue) NewProducer() *Producer { return &Producer{q: q, now: time.Now} }

// Add queues one document. Its content hash is the JetStream message id, so
// the stream drops a document published twice within its dedup window.
// An input too large for the server becomes a dead letter.
func (p *Producer) Add(ctx context.Context, in *read.Input) error {
	if in.Hash == "" {
		in.Hash = claimtrail.ContentHash([]byte(in.Text))
	}
	data, gz, err := encodeInput(in)
	if err != nil {
		return fmt.Errorf("queue: encode %s: %w", in.Source, err)
	}
	if max := p.q.nc.MaxPayload(); int64(len(data))+512 > max {
		return p.Reject(ctx, &read.Rejected{Source: in.Source,
			Reason: fmt.Sprintf("too large for the queue: %d bytes to send, the NATS server takes %d (raise max_payload)", len(data), max)})
	}
	msg := &nats.Msg{Subject: p.q.names.Subject, Data: data, Header: nats.Header{}}
	if gz {
		msg.Header.Set(hdrEncoding, "gzip")
	}
	msg.Header.Set(hdrSource, in.Source)
	if p.run != "" {
		msg.Header.Set(hdrRun, p.run)
	}
	fut, err := p.q.js.PublishMsgAsync(msg, jetstream.WithMsgID(in.Hash))
	if err != nil {
		return fmt.Errorf("queue: publish %s: %w", in.Source, err)
	}
	p.pending = append(p.pending, pendingPub{source: in.Source, fut: fut})
	p.sum.Bytes += int64(len(data))
	if len(p.pending) >= maxInFlight {
		return p.Flush(ctx)
	}
	return nil
}

// Reject sends an input that could not be read to the dead-letter stream;
// workers record it in the ledger as a rejection, so that it shows in
// 'claimtrail rejected'.
func (p *Producer) Reject(ctx context.Context, rej *read.Rejected) error {
	d := DeadLetter{Source: rej.Source, Reason: rej.Reason, At: p.now().UTC(), Kind: "read"}
	if err := p.q.publishDead(ctx, d, "read:"+claimtrail.ContentHash([]byte(rej.Source+"\n"+rej.Reason))); err != nil {
		return err
	}
	p.sum.Rejected++
	return nil
}

// Flush waits for every publication to be acknowledged by the server.
func (p *Producer) Flush(ctx context.Context) error {
	var errs []error
	for _, pp := range p.pending {
		select {
		case ack := <-pp.fut.Ok():
			if ack.Duplicate {
				p.sum.Duplicates++
			} else {
				p.sum.Published++
			}
		case err := <-pp.fut.Err():
			errs = append(errs, fmt.Errorf("queue: publish %s: %w", pp.source, err))
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	p.pending = p.pending[:0]
	return errors.Join(errs...)
}

// Summary returns the counts so far (call Flush first).
func (p *Producer) Summary() PublishSummary { return p.sum }

// PublishPaths reads paths as ingest does and queues every document, and
// every rejection as a dead letter. Like ingest, it reads the files twice:
// first for the cleaner's learning pass (see learn.go), which workers
// replay before cleaning the run's documents, so that they clean them as
// 'claimtrail ingest PATH...' would.
func (q *Queue) PublishPaths(ctx context.Context, paths []string, ro read.Options) (PublishSummary, error) {
	p := q.NewProducer()
	run, err := p.learn(ctx, paths, ro)
	if err != nil {
		return p.Summary(), err
	}
	p.run = run
	err = read.Walk(ctx, paths, ro, func(in *read.Input, rej *read.Rejected) error {
		if rej != nil {
			return p.Reject(ctx, rej)
		}
		return p.Add(ctx, in)
	})
	if ferr := p.Flush(ctx); err == nil {
		err = ferr
	}
	return p.Summary(), err
}
