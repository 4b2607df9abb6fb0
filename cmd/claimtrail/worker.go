package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/claimtrail/claimtrail/queue"
)

func runWorker(e *env) error {
	fs := newFlags(e, "worker")
	qurl := queueFlag(fs)
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	rf := addReuseFlags(fs)
	id := fs.String("id", "", "worker name in heartbeats and logs (default HOST-PID)")
	batch := fs.Int("batch", 16, "messages fetched, processed in parallel and committed together")
	parallel := fs.Int("parallel", 0, "documents processed at once (0: one per core)")
	attempts := fs.Int("max-attempts", 5, "deliveries after which a document that fails by its own fault is dead-lettered")
	ackWait := fs.Duration("ack-wait", 0, "time after which a message a dead worker held is redelivered; shared by all workers of the queue (default: the queue's, 30s for a new one)")
	reconfigure := fs.Bool("reconfigure", false, "change the queue's shared --ack-wait for every worker (without it, a worker asking for another value refuses to start)")
	grace := fs.Duration("grace", 20*time.Second, "on SIGINT/SIGTERM, time to finish the batch in hand before giving it back")
	verbose := fs.Bool("v", false, "log every event, not only warnings and starts/stops")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := rf.check(); err != nil {
		return err
	}
	all, forced, err := pf.load()
	if err != nil {
		return err
	}
	q, err := dialQueue(e.ctx, *qurl, "claimtrail worker")
	if err != nil {
		return err
	}
	defer q.Close()
	store, err := openStore(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	o := queue.WorkerOptions{
		Engine:      newEngine(e, all, forced, 0, *parallel),
		Store:       store,
		ID:          *id,
		Batch:       *batch,
		Parallel:    *parallel,
		MaxAttempts: *attempts,
		AckWait:     *ackWait,
		Reconfigure: *reconfigure,
		Grace:       *grace,
		Log:         slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
	}
	if r := postgresReuser(store, reuseOptions(all, rf)...); r != nil {
		o.Ingester = r
	} else {
		// A SQLite ledger: one machine, and the reuse step is not in the
		// documents' transaction.
		if o.Reuser, err = newReuser(e.ctx, store, reuseOptions(all, rf)); err != nil {
			return err
		}
	}
	w, err := q.NewWorker(e.ctx, o)
	if err != nil {
		return err
	}
	err = w.Run(e.ctx)
	// Buffered reuse-index writes of a SQLite ledger are made durable at the
	// end (a crash before this is caught up on the next start).
	if f, ok := o.Reuser.(interface{ Flush(context.Context) error }); ok {
		if ferr := f.Flush(context.Background()); err == nil {
			err = ferr
		}
	}
	return err
}
