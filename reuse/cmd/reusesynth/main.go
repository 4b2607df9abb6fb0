// Command reusesynth measures the reuse detector on a synthetic corpus:
// precision and recall over document pairs, ingest rate, index size per
// document and peak memory.
//
//	go run ./reuse/cmd/reusesynth -n 100000 -index mem
//	go run ./reuse/cmd/reusesynth -n 100000 -index sqlite -db /tmp/reuse.db
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/synth"
	"github.com/claimtrail/claimtrail/sqlite"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "reusesynth:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("reusesynth", flag.ContinueOnError)
	n := fs.Int("n", 10000, "documents to generate and ingest")
	kind := fs.String("index", "mem", "index: mem or sqlite")
	path := fs.String("db", "", "SQLite file for -index sqlite (must not exist)")
	seeds := fs.String("seeds", "testdata/seeds", "folder of .txt articles to derive sentences from")
	seed := fs.Int64("seed", 1, "random seed")
	every := fs.Int("every", 10000, "report progress every this many documents")
	prof := fs.String("cpuprofile", "", "write a CPU profile to this file")
	sketch := fs.Int("sketch", 0, "sketch keys kept per sentence (0: the Detector's default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	tpl, err := synth.LoadTemplates(*seeds)
	if err != nil {
		return err
	}
	g, err := synth.New(synth.Config{Seed: *seed, Templates: tpl})
	if err != nil {
		return err
	}
	var idx reuse.Index
	var keys *reuse.KeyTable
	var db *sqlite.DB
	switch *kind {
	case "mem":
		m := reuse.NewMemIndex()
		idx, keys = m, m.Keys()
	case "sqlite":
		if *path == "" {
			return fmt.Errorf("-index sqlite needs -db")
		}
		if db, err = sqlite.Open(ctx, *path); err != nil {
			return err
		}
		defer db.Close()
		x := db.ReuseIndex()
		idx, keys = x, x.Keys()
	default:
		return fmt.Errorf("unknown index %q", *kind)
	}
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	opts := []reuse.Option{reuse.WithCanonical(g.Canonical())}
	if *sketch > 0 {
		opts = append(opts, reuse.WithSketch(*sketch))
	}
	d := reuse.New(idx, opts...)
	cpu0 := cpuTime()
	last, lastCPU := time.Duration(0), cpu0
	res, err := synth.Evaluate(ctx, d, g, *n, *every, func(done int, el time.Duration) {
		// Wall time leaves the generator out; CPU time includes it (a few
		// per cent). On a shared machine the CPU rate is the one to
		// compare across slices.
		c := cpuTime()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(out, "%d docs: %.0f docs/s wall, %.0f docs per CPU second over the last %d; key table %.0f MB; Go heap %.0f MB; RSS %s, peak %s; load %s\n",
			done, float64(*every)/(el-last).Seconds(), float64(*every)/(c-lastCPU).Seconds(), *every,
			float64(keys.Stats().Bytes)/1e6, float64(ms.HeapAlloc)/1e6, procStatus("VmRSS"), procStatus("VmHWM"), loadavg())
		last, lastCPU = el, c
	})
	if err != nil {
		return err
	}
	if err := d.Flush(ctx); err != nil {
		return err
	}
	cpu := cpuTime() - cpu0
	fmt.Fprintln(out, res)
	st := d.Stats()
	ks := keys.Stats()
	nd := float64(*n)
	fmt.Fprintf(out, "process CPU (user+sys, generator included): %v, %.0f docs per CPU second\n", cpu.Round(time.Millisecond), nd/cpu.Seconds())
	fmt.Fprintf(out, "per document: %.1f query keys, %.1f stored keys, %.1f postings kept, %.2f candidates aligned; %.1f%% with reuse\n",
		float64(st.QueryKeys)/nd, float64(st.StoredKeys)/nd, float64(ks.Postings)/nd, float64(st.Aligned)/nd, 100*float64(st.WithReuse)/nd)
	fmt.Fprintf(out, "key table: %.0f bytes/doc, %.0f MB (%d keys, %d postings)\n", float64(ks.Bytes)/nd, float64(ks.Bytes)/1e6, ks.Keys, ks.Postings)
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Fprintf(out, "heap after GC: %.0f bytes/doc (generator window included)\n", float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(*n))
	if *kind == "sqlite" {
		var size int64
		for _, f := range []string{*path, *path + "-wal"} {
			if st, err := os.Stat(f); err == nil {
				size += st.Size()
			}
		}
		fmt.Fprintf(out, "database file with WAL: %.0f bytes/doc (reuse tables; bodies kept here as no ledger holds them)\n", float64(size)/float64(*n))
		var bodies, keyBlobs, docRows int64
		if err := db.ReadSQL().QueryRowContext(ctx, `SELECT coalesce(sum(length(body)), 0), coalesce(sum(length(keys) + length(passages)), 0),
			coalesce(sum(length(id) + length(outlet) + length(outlet_key) + length(published) + length(title) + length(orig_outlet) + length(orig_published)), 0)
			FROM reuse_docs`).Scan(&bodies, &keyBlobs, &docRows); err != nil {
			return err
		}
		fmt.Fprintf(out, "reuse_docs payload per document: body %.0f bytes, keys+passage hashes %.0f bytes, metadata %.0f bytes\n",
			float64(bodies)/nd, float64(keyBlobs)/nd, float64(docRows)/nd)
		var edges int64
		if err := db.ReadSQL().QueryRowContext(ctx, `SELECT count(*) FROM reuse_edges`).Scan(&edges); err != nil {
			return err
		}
		fmt.Fprintf(out, "reuse_edges: %d rows\n", edges)
	}
	fmt.Fprintf(out, "peak RSS: %s (VmHWM of this process: detector, index, generator and scoring)\n", procStatus("VmHWM"))
	return nil
}

// procStatus returns a field of /proc/self/status ("123456 kB"), or "?".
func procStatus(field string) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && k == field {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

// loadavg returns the one-minute load average, or "?".
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "?"
}

// cpuTime returns the CPU time the process has used: on a loaded machine
// it measures the work where wall time measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
