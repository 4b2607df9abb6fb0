package web

import (
	"context"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoad drives a real server on loopback with 50 concurrent clients and
// reports requests per second and latency percentiles for the claims list
// and the map. It runs only when CLAIMTRAIL_LOADTEST=1, since its figures
// depend on the machine; it asserts only that every request succeeded.
//
//	CLAIMTRAIL_LOADTEST=1 go test -run TestLoad -v ./web
func TestLoad(t *testing.T) {
	if os.Getenv("CLAIMTRAIL_LOADTEST") != "1" {
		t.Skip("set CLAIMTRAIL_LOADTEST=1 to run the load test")
	}
	e := newTestEnv(t, "")
	ctx, cancel := context.WithCancel(context.Background())
	urlc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- e.srv.ListenAndServe(ctx, "127.0.0.1:0", func(u string) { urlc <- u }) }()
	base := strings.TrimSuffix(<-urlc, "/")
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("shutdown: %v", err)
		}
	}()
	for _, tc := range []struct{ name, path string }{
		{"claims list", "/api/claims?limit=100"},
		{"claims list, filtered", "/api/claims?type=control&from=2020-10-01&limit=100"},
		{"map page", "/"},
		{"map figure (slider)", "/map/svg?date=2020-10-20"},
	} {
		r := load(t, base+tc.path, 50, 5000, 20*time.Second)
		t.Logf("%-24s %5d requests, %d failed, %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms",
			tc.name, r.n, r.failed, r.rps, ms(r.p50), ms(r.p99))
		if r.failed > 0 {
			t.Errorf("%s: %d requests failed", tc.name, r.failed)
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

type loadResult struct {
	n, failed int
	rps       float64
	p50, p99  time.Duration
}

// load sends up to total GETs to url from clients goroutines, stopping at
// the deadline, and measures each request end to end.
func load(t *testing.T, url string, clients, total int, limit time.Duration) loadResult {
	t.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	var next atomic.Int64
	var failed atomic.Int64
	lat := make([][]time.Duration, clients)
	stop := time.Now().Add(limit)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for next.Add(1) <= int64(total) && time.Now().Before(stop) {
				t0 := time.Now()
				resp, err := client.Get(url)
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(1)
				}
				lat[i] = append(lat[i], time.Since(t0))
			}
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	r := loadResult{n: len(all), failed: int(failed.Load())}
	if len(all) > 0 {
		r.rps = float64(len(all)) / elapsed.Seconds()
		r.p50 = all[len(all)/2]
		r.p99 = all[len(all)*99/100]
	}
	return r
}

// BenchmarkPages measures the server time of each page on the seeds,
// without the network.
func BenchmarkPages(b *testing.B) {
	e := newTestEnv(b, "")
	for _, p := range []string{"/", "/timeline", "/disputes", "/tallies", "/search?text=captured", "/api/claims?limit=100"} {
		b.Run(strings.Trim(strings.NewReplacer("/", "_", "?", "_").Replace(p), "_"), func(b *testing.B) {
			h := e.srv.Handler()
			for b.Loop() {
				req, _ := http.NewRequest("GET", p, nil)
				rec := &discardWriter{h: http.Header{}}
				h.ServeHTTP(rec, req)
				if rec.status != 200 {
					b.Fatalf("%s: %d", p, rec.status)
				}
			}
		})
	}
}

type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = 200
	}
	return len(b), nil
}
func (w *discardWriter) WriteHeader(s int) { w.status = s }
