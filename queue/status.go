package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is the state of a queue, as 'claimtrail status' shows it.
type Status struct {
	// Pending are the documents no worker has taken yet; AckPending those
	// taken and not yet acknowledged (in progress, or held by a worker
	// that died, until their ack wait ends). Backlog is their sum.
	Pending    uint64
	AckPending int
	Backlog    uint64
	// Redelivered counts messages in progress that were delivered before.
	Redelivered int
	// AckWait is the workers' shared ack wait (0 before the first worker
	// created their consumer).
	AckWait time.Duration
	// Workers are the workers alive (a heartbeat within three of their
	// intervals), by ID.
	Workers []Beat
	// PerSecond is the documents settled per second by the live workers,
	// over the last minute.
	PerSecond float64
	// Dead letters kept: inputs the producer could not read, and
	// documents workers gave up on. Recent are the latest few.
	DeadRead, DeadPoison uint64
	Recent               []DeadLetter
}

// Status reads the queue's state from the server.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	var st Status
	n := q.names
	stream, err := q.js.Stream(ctx, n.Stream)
	if err != nil {
		return st, fmt.Errorf("queue: stream %s: %w", n.Stream, err)
	}
	cons, err := stream.Consumer(ctx, n.Consumer)
	switch {
	case errors.Is(err, jetstream.ErrConsumerNotFound):
		// No worker ever started: everything in the stream waits.
		info, err := stream.Info(ctx)
		if err != nil {
			return st, fmt.Errorf("queue: stream %s: %w", n.Stream, err)
		}
		st.Pending = info.State.Msgs
	case err != nil:
		return st, fmt.Errorf("queue: consumer %s: %w", n.Consumer, err)
	default:
		info, err := cons.Info(ctx)
		if err != nil {
			return st, fmt.Errorf("queue: consumer %s: %w", n.Consumer, err)
		}
		st.Pending, st.AckPending, st.Redelivered = info.NumPending, info.NumAckPending, info.NumRedelivered
		st.AckWait = info.Config.AckWait
	}
	st.Backlog = st.Pending + uint64(st.AckPending)

	if err := q.workers(ctx, &st); err != nil {
		return st, err
	}
	if err := q.deadLetters(ctx, &st, 5); err != nil {
		return st, err
	}
	return st, nil
}

func (q *Queue) workers(ctx context.Context, st *Status) error {
	kv, err := q.js.KeyValue(ctx, q.names.Bucket)
	if err != nil {
		return fmt.Errorf("queue: bucket %s: %w", q.names.Bucket, err)
	}
	keys, err := kv.Keys(ctx)
	if err != nil && !errors.Is(err, jetstream.ErrNoKeysFound) {
		return fmt.Errorf("queue: workers: %w", err)
	}
	now := time.Now()
	perMinute := 0
	for _, k := range keys {
		e, err := kv.Get(ctx, k)
		if err != nil {
			continue // deleted or expired since listed
		}
		var b Beat
		if json.Unmarshal(e.Value(), &b) != nil {
			continue
		}
		iv := b.Interval
		if iv <= 0 {
			iv = 5 * time.Second
		}
		if now.Sub(b.At) > 3*iv {
			continue
		}
		st.Workers = append(st.Workers, b)
		perMinute += b.LastMinute
	}
	sort.Slice(st.Workers, func(i, j int) bool { return st.Workers[i].ID < st.Workers[j].ID })
	st.PerSecond = float64(perMinute) / 60
	return nil
}

func (q *Queue) deadLetters(ctx context.Context, st *Status, recent int) error {
	stream, err := q.js.Stream(ctx, q.names.DeadStream)
	if err != nil {
		return fmt.Errorf("queue: stream %s: %w", q.names.DeadStream, err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return fmt.Errorf("queue: stream %s: %w", q.names.DeadStream, err)
	}
	for _, subj := range []string{q.names.DeadRead, q.names.DeadPoison} {
		sinfo, err := stream.Info(ctx, jetstream.WithSubjectFilter(subj))
		if err != nil {
			return fmt.Errorf("queue: stream %s: %w", q.names.DeadStream, err)
		}
		n := sinfo.State.Subjects[subj]
		if subj == q.names.DeadRead {
			st.DeadRead = n
		} else {
			st.DeadPoison = n
		}
	}
	// The latest messages, newest first.
	for seq := info.State.LastSeq; seq >= info.State.FirstSeq && seq > 0 && len(st.Recent) < recent; seq-- {
		m, err := stream.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted
		}
		var d DeadLetter
		if json.Unmarshal(m.Data, &d) == nil {
			d.Input = nil
			st.Recent = append(st.Recent, d)
		}
	}
	return nil
}
