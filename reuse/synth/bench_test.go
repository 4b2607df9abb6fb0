package synth_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/synth"
	"github.com/claimtrail/claimtrail/sqlite"
)

// BenchmarkAdd measures Detector.Add with 10^4 documents already indexed
// (and 10^5 when REUSE_BENCH_LARGE is set: filling takes minutes), over the
// in-memory and the SQLite index. The index is filled through
// Detector.Entry, which indexes without searching; the timed Adds search
// and index. A flat ns/op across sizes is the point.
func BenchmarkAdd(b *testing.B) {
	sizes := []int{10000}
	if os.Getenv("REUSE_BENCH_LARGE") != "" {
		sizes = append(sizes, 100000)
	}
	tpl, err := synth.LoadTemplates("../../testdata/seeds")
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []string{"mem", "sqlite"} {
		for _, n := range sizes {
			b.Run(kind+"/stored="+itoa(n), func(b *testing.B) {
				ctx := context.Background()
				var idx reuse.Index
				if kind == "mem" {
					idx = reuse.NewMemIndex()
				} else {
					db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
					if err != nil {
						b.Fatal(err)
					}
					defer db.Close()
					idx = db.ReuseIndex()
				}
				g, _ := synth.New(synth.Config{Seed: 7, Templates: tpl})
				d := reuse.New(idx, reuse.WithCanonical(g.Canonical()))
				for i := 0; i < n; i++ {
					if _, err := idx.PutDoc(ctx, d.Entry(g.Next())); err != nil {
						b.Fatal(err)
					}
				}
				docs := make([]*claimtrail.Document, b.N)
				for i := range docs {
					docs[i] = g.Next()
				}
				runtime.GC()
				b.ResetTimer()
				cpu0 := cpuTime()
				for _, doc := range docs {
					if _, err := d.Add(ctx, doc); err != nil {
						b.Fatal(err)
					}
				}
				if err := d.Flush(ctx); err != nil {
					b.Fatal(err)
				}
				// On a shared machine wall time measures the neighbours;
				// the process's CPU time measures the work.
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func itoa(n int) string {
	switch n {
	case 10000:
		return "1e4"
	case 100000:
		return "1e5"
	}
	return "n"
}
