// Command faultworker is the worker process of the queue package's fault
// test: the test builds it, runs three of it against a real NATS server and
// PostgreSQL, kills one with SIGKILL and cuts another's connection, then
// compares the ledger with a single-process run that faultworker also
// does. It is a test tool, not part of claimtrail.
//
//	faultworker corpus  TESTDATA N                      print the corpus size
//	faultworker publish NATS PREFIX TESTDATA N          queue the corpus
//	faultworker work    NATS PREFIX POSTGRES ID ACKWAIT consume until SIGTERM
//	faultworker reference POSTGRES TESTDATA N           ingest in one process
//	faultworker delete  NATS PREFIX                     remove the queue's streams
//
// throughput.sh, beside it, runs 1..N of its workers to measure docs/s
// (FAULTWORKER_NOREUSE=1: store only; FAULTWORKER_STATS=1: each worker
// prints where its reuse time went when it stops).
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/read"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:])
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "faultworker:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("no mode")
	}
	argN := func(i int) int {
		n, err := strconv.Atoi(args[i])
		if err != nil {
			panic(err)
		}
		return n
	}
	switch {
	case args[0] == "corpus" && len(args) == 3:
		ins, err := Corpus(ctx, args[1], argN(2))
		if err != nil {
			return err
		}
		fmt.Println(len(ins))
		return nil
	case args[0] == "publish" && len(args) == 5:
		ins, err := Corpus(ctx, args[3], argN(4))
		if err != nil {
			return err
		}
		q, err := queue.Dial(ctx, args[1], queue.Options{Prefix: args[2], Name: "faultworker publish"})
		if err != nil {
			return err
		}
		defer q.Close()
		p := q.NewProducer()
		for _, in := range ins {
			if err := p.Add(ctx, in); err != nil {
				return err
			}
		}
		if err := p.Flush(ctx); err != nil {
			return err
		}
		fmt.Printf("%+v\n", p.Summary())
		return nil
	case args[0] == "work" && len(args) == 6:
		ackWait, err := time.ParseDuration(args[5])
		if err != nil {
			return err
		}
		q, err := queue.Dial(ctx, args[1], queue.Options{Prefix: args[2], Name: "faultworker " + args[4]})
		if err != nil {
			return err
		}
		defer q.Close()
		db, err := postgres.Open(ctx, args[3])
		if err != nil {
			return err
		}
		defer db.Close()
		reuser := db.NewReuser()
		o := queue.WorkerOptions{Engine: newEngine(), Store: db, Ingester: reuser,
			ID: args[4], AckWait: ackWait, Heartbeat: time.Second, Batch: 8, Parallel: 1,
			Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
		if os.Getenv("FAULTWORKER_NOREUSE") == "1" { // for throughput measurements
			o.Ingester = nil
		}
		w, err := q.NewWorker(ctx, o)
		if err != nil {
			return err
		}
		err = w.Run(ctx)
		if st := reuser.Stats(); st.Docs > 0 && os.Getenv("FAULTWORKER_STATS") == "1" {
			perDoc := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(st.Docs) }
			fmt.Fprintf(os.Stderr, "%s reuse: %d docs in %d transactions (%d redone under the lock); ms/doc: store %.2f, detect before the lock %.2f, wait %.2f, hold %.2f\n",
				args[4], st.Docs, st.Calls, st.Redone, perDoc(st.Stored), perDoc(st.Detected), perDoc(st.Waited), perDoc(st.Held))
		}
		return err
	case args[0] == "delete" && len(args) == 3:
		q, err := queue.Dial(ctx, args[1], queue.Options{Prefix: args[2], Name: "faultworker delete"})
		if err != nil {
			return err
		}
		defer q.Close()
		return q.Delete(ctx)
	case args[0] == "reference" && len(args) == 4:
		ins, err := Corpus(ctx, args[2], argN(3))
		if err != nil {
			return err
		}
		db, err := postgres.Open(ctx, args[1])
		if err != nil {
			return err
		}
		defer db.Close()
		src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
			for _, in := range ins {
				if err := emit(in, nil); err != nil {
					return err
				}
			}
			return nil
		}
		start := time.Now()
		sum, err := newEngine().IngestSource(ctx, src, pipeline.IngestOptions{Store: db, Reuser: db.NewReuser()})
		if err != nil {
			return err
		}
		fmt.Printf("reference: %d new, %d claims, %d reuses in %.1fs\n", sum.New, sum.Claims, sum.Reuses, time.Since(start).Seconds())
		return nil
	}
	return fmt.Errorf("bad arguments %q", args)
}

func newEngine() *pipeline.Engine {
	all, err := profile.Builtin()
	if err != nil {
		panic(err)
	}
	return pipeline.New(pipeline.Options{Profiles: all})
}

var bodyEnd = regexp.MustCompile(`(?i)</body>`)

// Corpus returns n inputs made from the articles under testdata (corpus
// and seeds), repeated: copy k of an article has an id and a source of its
// own and one sentence of its own, so that every input has its own
// content hash.
func Corpus(ctx context.Context, testdata string, n int) ([]*read.Input, error) {
	var base []*read.Input
	err := read.Walk(ctx, []string{filepath.Join(testdata, "corpus"), filepath.Join(testdata, "seeds")}, read.Options{},
		func(in *read.Input, rej *read.Rejected) error {
			if in != nil {
				base = append(base, in)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	if len(base) == 0 {
		return nil, fmt.Errorf("no articles under %s", testdata)
	}
	out := make([]*read.Input, n)
	for k := range n {
		in := *base[k%len(base)]
		copyNo := k / len(base)
		note := fmt.Sprintf("Archive note %d: the desk filed copy %d of this report on page %d.", k, copyNo, k%40+1)
		if in.HTML {
			if loc := bodyEnd.FindStringIndex(in.Text); loc != nil {
				in.Text = in.Text[:loc[0]] + "<p>" + note + "</p>\n" + in.Text[loc[0]:]
			} else {
				in.Text += "\n<p>" + note + "</p>\n"
			}
		} else {
			in.Text = strings.TrimRight(in.Text, "\n") + "\n\n" + note + "\n"
		}
		suffix := fmt.Sprintf("-%05d", k)
		in.ID += suffix
		in.Source = "fault/" + in.ID + filepath.Ext(in.Source)
		in.Hash = claimtrail.ContentHash([]byte(in.Text))
		out[k] = &in
	}
	return out, nil
}
