package clean

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// TestCPUPerDoc reports user CPU time per Clean (wall clock is useless on a
// shared machine). Informational: run with CLEAN_CPU=1.
func TestCPUPerDoc(t *testing.T) {
	if os.Getenv("CLEAN_CPU") == "" {
		t.Skip("set CLEAN_CPU=1")
	}
	_, ins := loadSeeds(t)
	html := loadFixture(t, "html/frontline_news.html")
	c := New(Options{})
	measure := func(name string, n int, f func()) {
		var a, b syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &a)
		for i := 0; i < n; i++ {
			f()
		}
		syscall.Getrusage(syscall.RUSAGE_SELF, &b)
		cpu := time.Duration(b.Utime.Nano()-a.Utime.Nano()) + time.Duration(b.Stime.Nano()-a.Stime.Nano())
		t.Logf("%s: %v CPU per doc, %.0f docs per CPU-second", name, cpu/time.Duration(n), float64(n)/cpu.Seconds())
	}
	i := 0
	measure("text seed (avg 5.5 KB)", 5000, func() {
		c.Clean(ins[i%len(ins)])
		i++
	})
	measure("html page (6.7 KB)", 300, func() { c.Clean(html) })
}
