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
	switch *kind {
	case "mem":
		idx = reuse.NewMemIndex()
	case "sqlite":
		if *path == "" {
			return fmt.Errorf("-index sqlite needs -db")
		}
		db, err := sqlite.Open(ctx, *path)
		if err != nil {
			return err
		}
		defer db.Close()
		idx = db.ReuseIndex()
	default:
		return fmt.Errorf("unknown index %q", *kind)
	}
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := reuse.New(idx, reuse.WithCanonical(g.Canonical()))
	last := time.Duration(0)
	res, err := synth.Evaluate(ctx, d, g, *n, *every, func(done int, el time.Duration) {
		fmt.Fprintf(out, "%d docs: %.0f docs/s over the last %d\n", done, float64(*every)/(el-last).Seconds(), *every)
		last = el
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(out, res)
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Fprintf(out, "heap after GC: %.0f bytes/doc (generator window included)\n", float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(*n))
	if *kind == "sqlite" {
		if st, err := os.Stat(*path); err == nil {
			fmt.Fprintf(out, "database file: %.0f bytes/doc (reuse tables with bodies; WAL not counted)\n", float64(st.Size())/float64(*n))
		}
	}
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM") {
				fmt.Fprintln(out, "peak RSS:", strings.Join(strings.Fields(l)[1:], " "))
			}
		}
	}
	return nil
}
