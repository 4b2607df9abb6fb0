package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"text/tabwriter"
	"time"

	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/reuse"
)

// queueFlag adds --queue, defaulting to $CLAIMTRAIL_QUEUE.
func queueFlag(fs *flag.FlagSet) *string {
	return fs.String("queue", os.Getenv("CLAIMTRAIL_QUEUE"), "NATS JetStream server and queue: nats://HOST:PORT[/PREFIX]")
}

// ingestToQueue publishes the documents under paths to the queue instead
// of processing them ('claimtrail ingest --queue URL PATH...'); inputs that
// cannot be read go to the dead-letter stream, and workers record them in
// the ledger.
func ingestToQueue(e *env, url string, paths []string, maxBytes int64) error {
	q, err := dialQueue(e.ctx, url, "claimtrail ingest")
	if err != nil {
		return err
	}
	defer q.Close()
	start := time.Now()
	sum, err := q.PublishPaths(e.ctx, paths, read.Options{MaxBytes: maxBytes, Stdin: e.stdin})
	fmt.Fprintf(e.stdout, "queued: %d  already queued: %d  rejected (dead letters): %d  (%.1f MB, %.1fs) on stream %s\n",
		sum.Published, sum.Duplicates, sum.Rejected, float64(sum.Bytes)/(1<<20), time.Since(start).Seconds(), q.Names().Stream)
	return err
}

func runWorker(e *env) error {
	fs := newFlags(e, "worker")
	qurl := queueFlag(fs)
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	id := fs.String("id", "", "worker name in heartbeats and logs (default HOST-PID)")
	batch := fs.Int("batch", 16, "messages fetched, processed in parallel and committed together")
	parallel := fs.Int("parallel", 0, "documents processed at once (0: one per core)")
	attempts := fs.Int("max-attempts", 5, "deliveries after which a document that fails by its own fault is dead-lettered")
	ackWait := fs.Duration("ack-wait", 30*time.Second, "time after which a message a dead worker held is redelivered (all workers must agree)")
	grace := fs.Duration("grace", 20*time.Second, "on SIGINT/SIGTERM, time to finish the batch in hand before giving it back")
	verbose := fs.Bool("v", false, "log every event, not only warnings and starts/stops")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
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
		Grace:       *grace,
		Log:         slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})),
	}
	if r := postgresReuser(store, reuse.WithCanonical(canonicalTokens(all))); r != nil {
		o.Ingester = r
	} else {
		// A SQLite ledger: one machine, and the reuse step is not in the
		// documents' transaction.
		if o.Reuser, err = newReuser(e.ctx, store, all); err != nil {
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

func runStatus(e *env) error {
	fs := newFlags(e, "status")
	qurl := queueFlag(fs)
	format := fs.String("format", "table", "table or json")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "json"); err != nil {
		return err
	}
	q, err := dialQueue(e.ctx, *qurl, "claimtrail status")
	if err != nil {
		return err
	}
	defer q.Close()
	st, err := q.Status(e.ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	return printStatus(e, q.Names(), st)
}

func printStatus(e *env, n queue.Names, st queue.Status) error {
	w := e.stdout
	fmt.Fprintf(w, "queue %s\n", n.Stream)
	fmt.Fprintf(w, "backlog:       %d  (%d waiting, %d in progress, %d of them redelivered)\n",
		st.Backlog, st.Pending, st.AckPending, st.Redelivered)
	fmt.Fprintf(w, "workers alive: %d\n", len(st.Workers))
	fmt.Fprintf(w, "throughput:    %.1f documents/s over the last minute\n", st.PerSecond)
	fmt.Fprintf(w, "dead letters:  %d  (%d unreadable inputs, %d documents given up on)\n", st.DeadRead+st.DeadPoison, st.DeadRead, st.DeadPoison)
	if len(st.Workers) > 0 {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "WORKER\tHOST\tPID\tUP\tSETTLED\tSTORED\tLAST MIN\tDEAD\tLAST BEAT")
		for _, b := range st.Workers {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%d\t%d\t%d\t%s ago\n", b.ID, b.Host, b.PID,
				time.Since(b.Started).Round(time.Second), b.Settled, b.Stored, b.LastMinute, b.Dead,
				time.Since(b.At).Round(100*time.Millisecond))
		}
		tw.Flush()
	}
	if len(st.Recent) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "latest dead letters:")
		for _, d := range st.Recent {
			fmt.Fprintf(w, "  %s  %-6s %s: %s\n", d.At.Format("2006-01-02 15:04:05"), d.Kind, d.Source, truncate(d.Reason, 100))
		}
	}
	if st.DeadRead+st.DeadPoison > 0 {
		fmt.Fprintln(w, "(dead letters are recorded in the ledger: 'claimtrail rejected --db …')")
	}
	return nil
}
