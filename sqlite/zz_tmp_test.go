package sqlite

import (
	"runtime"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestTmpTiming(t *testing.T) {
	for _, v := range []string{"docsonly"} {
		db, err := Open(t.Context(), filepath.Join(t.TempDir(), "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		var tot time.Duration
		for k := 0; k < 5; k++ {
			batch := synthBatch(k*500, 500, 20)
			for _, d := range batch {
				for j := range d.Claims {
					if v == "noplaces" || v == "claimsonly" {
						d.Claims[j].Places = nil
					}
					if v == "noquant" || v == "claimsonly" {
						d.Claims[j].Quantities = nil
					}
				}
				if v == "docsonly" {
					d.Claims = nil
				}
			}
			runtime.GC()
			c0 := cpuNow()
			if _, err := db.PutDocuments(t.Context(), batch); err != nil {
				t.Fatal(err)
			}
			tot += cpuNow() - c0
		}
		t.Logf("%s: cpu %v => %.0f articles per cpu-second", v, tot, 2500/tot.Seconds())
		db.Close()
	}
}
