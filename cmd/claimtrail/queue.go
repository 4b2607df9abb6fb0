package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/claimtrail/claimtrail/read"
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
