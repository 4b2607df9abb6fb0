package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/sqlite"
)

// stageResult is one row of the bench report.
type stageResult struct {
	Stage       string  `json:"stage"`
	Articles    int     `json:"articles"`
	Seconds     float64 `json:"seconds"`
	ArticlesPS  float64 `json:"articles_per_s"`
	MBPS        float64 `json:"mb_per_s"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	PeakHeapMB  float64 `json:"peak_heap_mb"`
	Claims      int     `json:"claims,omitempty"`
	Description string  `json:"description"`
}

func runBench(e *env) error {
	fs := newFlags(e, "bench")
	n := fs.Int("n", 10000, "articles per stage (the inputs are repeated, each copy with its own id, to reach it)")
	workers := fs.Int("workers", 0, "workers for the parallel stages (0: one per core)")
	pf := addProfileFlags(fs)
	rf := addReuseFlags(fs)
	format := fs.String("format", "table", "table or json")
	withReuse := fs.Bool("reuse", true, "run reuse detection in the end-to-end stage")
	dir := fs.String("dir", "", "folder for the benchmark databases (default: a temporary folder, removed after)")
	paths, err := parse(fs, e.args)
	if err != nil {
		return helpOrErr(fs, err)
	}
	if err := rf.check(); err != nil {
		return err
	}
	if err := oneOf("format", *format, "table", "json"); err != nil {
		return err
	}
	if len(paths) == 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "bench: give files or folders of articles")
	}
	if *n <= 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "bench: --n must be positive")
	}
	if *workers <= 0 {
		*workers = runtime.GOMAXPROCS(0)
	}
	all, forced, err := pf.load()
	if err != nil {
		return err
	}
	tmp := *dir
	if tmp == "" {
		if tmp, err = os.MkdirTemp("", "claimtrail-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
	}

	// The base corpus: every readable input once.
	var base []*read.Input
	if err := read.Walk(e.ctx, paths, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if in != nil {
			base = append(base, in)
		}
		return nil
	}); err != nil {
		return err
	}
	if len(base) == 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "bench: no readable article in %s", strings.Join(paths, " "))
	}
	fmt.Fprintf(e.stderr, "bench: %d distinct inputs, %d articles per stage, %d workers\n", len(base), *n, *workers)

	var results []stageResult
	record := func(r stageResult) {
		results = append(results, r)
		fmt.Fprintf(e.stderr, "bench: %-10s %8.0f articles/s\n", r.Stage, r.ArticlesPS)
	}

	// copyOf returns the k-th copy of a base input, with an id and hash of its own.
	copyOf := func(k int) *read.Input {
		in := *base[k%len(base)]
		suffix := "#" + strconv.Itoa(k/len(base))
		in.ID += suffix
		in.Source += suffix
		in.Hash = claimtrail.ContentHash([]byte(in.Hash + suffix))
		return &in
	}

	// read: files are read again and again, as ingest does.
	{
		m := startMeasure()
		count, bytes := 0, int64(0)
		for count < *n {
			err := read.Walk(e.ctx, paths, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
				if in != nil && count < *n {
					count++
					bytes += int64(len(in.Text))
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		record(m.stop("read", count, bytes, 0, "format detection, decoding, JSONL/feed splitting (one reader, as ingest runs it)"))
	}

	cleaner := clean.New(pipeline.CleanOptions(all))
	for _, in := range base {
		cleaner.Observe(in)
	}
	chooser := func(doc *claimtrail.Document) *profile.Profile {
		if forced != nil {
			return forced
		}
		return profile.Choose(all, doc.Title+"\n"+doc.Body)
	}

	// clean
	var cleaned []*claimtrail.Document
	for _, in := range base {
		doc, err := cleaner.Clean(in)
		if err == nil {
			doc.ID = in.ID
			cleaned = append(cleaned, doc)
		}
	}
	if len(cleaned) == 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "bench: no input survived cleaning")
	}
	{
		m := startMeasure()
		var bytes int64
		parallel(*n, *workers, func(k int) {
			in := base[k%len(base)]
			cleaner.Clean(in)
		})
		for k := 0; k < *n; k++ {
			bytes += int64(len(base[k%len(base)].Text))
		}
		record(m.stop("clean", *n, bytes, 0, "boilerplate removal, metadata, paragraph repair"))
	}

	// extract
	profs := make([]*profile.Profile, len(cleaned))
	extractors := map[*profile.Profile]*extract.Extractor{}
	for i, d := range cleaned {
		profs[i] = chooser(d)
		if _, ok := extractors[profs[i]]; !ok {
			extractors[profs[i]] = extract.New(profs[i])
		}
	}
	{
		m := startMeasure()
		var bytes int64
		var mu sync.Mutex
		claims := 0
		parallel(*n, *workers, func(k int) {
			i := k % len(cleaned)
			cs := extractors[profs[i]].Extract(cleaned[i])
			mu.Lock()
			claims += len(cs)
			mu.Unlock()
		})
		for k := 0; k < *n; k++ {
			bytes += int64(len(cleaned[k%len(cleaned)].Body))
		}
		record(m.stop("extract", *n, bytes, claims, "profile choice, sentences, attribution, typing, places, dates, quantities"))
	}

	// store: batched writes of already extracted documents into a fresh SQLite file.
	{
		var batch []claimtrail.DocClaims
		extractedClaims := make([][]claimtrail.Claim, len(cleaned))
		for i, d := range cleaned {
			extractedClaims[i] = extractors[profs[i]].Extract(d)
		}
		store, err := sqlite.Open(e.ctx, filepath.Join(tmp, "store.db"))
		if err != nil {
			return err
		}
		m := startMeasure()
		var bytes int64
		claims := 0
		for k := 0; k < *n; k++ {
			i := k % len(cleaned)
			d := *cleaned[i]
			suffix := "#" + strconv.Itoa(k/len(cleaned))
			d.ID += suffix
			d.Hash = claimtrail.ContentHash([]byte(d.ID))
			cs := make([]claimtrail.Claim, len(extractedClaims[i]))
			copy(cs, extractedClaims[i])
			for j := range cs {
				cs[j].Doc = d.ID
				cs[j].ID = d.ID + ":" + strconv.Itoa(j)
			}
			claims += len(cs)
			bytes += int64(len(d.Body))
			batch = append(batch, claimtrail.DocClaims{Doc: &d, Claims: cs})
			if len(batch) == 64 || k == *n-1 {
				if err := putBatch(e.ctx, store, batch); err != nil {
					store.Close()
					return err
				}
				batch = batch[:0]
			}
		}
		r := m.stop("store", *n, bytes, claims, "documents, claims, places, quantities and full-text index into SQLite, 64 per transaction")
		store.Close()
		record(r)
	}

	// end to end: clean, extract, store and reuse, streaming through the pipeline.
	{
		store, err := sqlite.Open(e.ctx, filepath.Join(tmp, "e2e.db"))
		if err != nil {
			return err
		}
		eng := pipeline.New(pipeline.Options{Profiles: all, Force: forced, Workers: *workers})
		var bytes int64
		src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
			for k := 0; k < *n; k++ {
				in := copyOf(k)
				bytes += int64(len(in.Text))
				if err := emit(in, nil); err != nil {
					return err
				}
			}
			return nil
		}
		opts := pipeline.IngestOptions{Store: store}
		desc := "clean, extract and store through the ingest pipeline"
		if *withReuse {
			if opts.Reuser, err = newReuser(e.ctx, store, reuseOptions(all, rf)); err != nil {
				store.Close()
				return err
			}
			desc = "clean, extract, store and reuse detection through the ingest pipeline"
		}
		m := startMeasure()
		sum, err := eng.IngestSource(e.ctx, src, opts)
		if err != nil {
			store.Close()
			return err
		}
		r := m.stop("end-to-end", sum.Read, bytes, sum.Claims, desc)
		store.Close()
		record(r)
	}

	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tarticles\tseconds\tarticles/s\tMB/s\tpeak RSS MB\tpeak heap MB\tclaims\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.1f\t%.0f\t%.0f\t%d\t\n", r.Stage, r.Articles, r.Seconds, r.ArticlesPS, r.MBPS, r.PeakRSSMB, r.PeakHeapMB, r.Claims)
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "(%d cores, %d workers; peak RSS is the process high-water mark during the stage)\n", runtime.NumCPU(), *workers)
	return nil
}

func putBatch(ctx context.Context, s claimtrail.Store, batch []claimtrail.DocClaims) error {
	if bs, ok := s.(pipeline.BatchStore); ok {
		_, err := bs.PutDocuments(ctx, batch)
		return err
	}
	for _, b := range batch {
		if _, err := s.PutDocument(ctx, b.Doc, b.Claims); err != nil {
			return err
		}
	}
	return nil
}

// parallel runs fn(0..n-1) on a bounded pool.
func parallel(n, workers int, fn func(k int)) {
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				fn(k)
			}
		}()
	}
	for k := 0; k < n; k++ {
		next <- k
	}
	close(next)
	wg.Wait()
}

// measure samples the heap while a stage runs and resets the kernel's RSS
// high-water mark at its start (Linux /proc/self/clear_refs), so that each
// stage's peak is its own.
type measure struct {
	start    time.Time
	done     chan struct{}
	wg       sync.WaitGroup
	peakHeap uint64
}

func startMeasure() *measure {
	runtime.GC()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	m := &measure{start: time.Now(), done: make(chan struct{})}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > m.peakHeap {
				m.peakHeap = ms.HeapInuse
			}
			select {
			case <-m.done:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

func (m *measure) stop(stage string, articles int, bytes int64, claims int, desc string) stageResult {
	secs := time.Since(m.start).Seconds()
	close(m.done)
	m.wg.Wait()
	r := stageResult{Stage: stage, Articles: articles, Seconds: secs, Claims: claims, Description: desc,
		PeakHeapMB: float64(m.peakHeap) / (1 << 20), PeakRSSMB: peakRSSMB()}
	if secs > 0 {
		r.ArticlesPS = float64(articles) / secs
		r.MBPS = float64(bytes) / (1 << 20) / secs
	}
	return r
}

// peakRSSMB reads VmHWM from /proc/self/status; 0 where there is none.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
