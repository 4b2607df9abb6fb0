package pipeline

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/read"
)

// Options configure an Engine.
type Options struct {
	// Profiles are the candidate conflict profiles; each document gets the
	// one that fits it best (profile.Choose), or none.
	Profiles []*profile.Profile
	// Force, when set, is used for every document (--profile).
	Force *profile.Profile
	// Workers is the number of clean+extract workers; 0 means GOMAXPROCS.
	Workers int
	// MaxBytes is the largest input accepted; 0 means read's default.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Learn runs a first pass over the inputs so that the cleaner can learn
	// lines that recur across many documents of one site. Inputs from stdin
	// are not learned from.
	Learn bool
}

// Result is one input after cleaning and extraction, or its rejection.
type Result struct {
	Input    *read.Input
	Doc      *claimtrail.Document
	Claims   []claimtrail.Claim
	Rejected *read.Rejected
	// Skipped is set when the input's content hash was already known and it
	// was not processed again.
	Skipped bool
}

// Engine runs the CPU-bound stages. It is safe for concurrent use.
type Engine struct {
	opts    Options
	cleaner *clean.Cleaner

	mu         sync.Mutex // guards extractors
	extractors map[*profile.Profile]*extract.Extractor
}

// New returns an engine.
func New(opts Options) *Engine {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	return &Engine{
		opts:       opts,
		cleaner:    clean.New(CleanOptions(opts.Profiles)),
		extractors: map[*profile.Profile]*extract.Extractor{},
	}
}

// CleanOptions are the cleaner's options for these profiles: the names and
// aliases of their outlets, so that "Source: TASS" is read as a reprint
// and "Headline - Meduza" as a title with its site's name.
func CleanOptions(profiles []*profile.Profile) clean.Options {
	var names []string
	for _, p := range profiles {
		for _, o := range p.Outlets {
			names = append(names, o.Name)
			names = append(names, o.Aliases...)
		}
	}
	return clean.Options{Outlets: names}
}

// NewCleaner returns a fresh cleaner with the engine's options, for a
// caller that learns a batch of its own (a queue worker replaying a run).
func (e *Engine) NewCleaner() *clean.Cleaner { return clean.New(CleanOptions(e.opts.Profiles)) }

func (e *Engine) readOptions() read.Options {
	return read.Options{MaxBytes: e.opts.MaxBytes, Stdin: e.opts.Stdin}
}

// Learn lets the cleaner see every input once before cleaning, so that
// boilerplate recurring across a site's documents is known from the first
// document on.
func (e *Engine) Learn(ctx context.Context, paths []string) error {
	var files []string
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		return nil
	}
	return read.Walk(ctx, files, e.readOptions(), func(in *read.Input, rej *read.Rejected) error {
		if in != nil {
			e.cleaner.Observe(in)
		}
		return nil
	})
}

func (e *Engine) extractor(p *profile.Profile) *extract.Extractor {
	e.mu.Lock()
	defer e.mu.Unlock()
	x, ok := e.extractors[p]
	if !ok {
		x = extract.New(p)
		e.extractors[p] = x
	}
	return x
}

// Process cleans and extracts one input.
func (e *Engine) Process(in *read.Input) Result { return e.ProcessWith(e.cleaner, in) }

// ProcessWith is Process with cleaner c instead of the engine's own: one
// that observed (clean.Cleaner.Observe) a batch of its own, as a queue
// worker's cleaner learns each run of the producer.
func (e *Engine) ProcessWith(c *clean.Cleaner, in *read.Input) Result {
	doc, err := c.Clean(in)
	if err != nil {
		return Result{Input: in, Rejected: &read.Rejected{Source: in.Source, Reason: err.Error()}}
	}
	if doc.ID == "" {
		doc.ID = in.ID
	}
	doc.Kind = "doc"
	doc.Source = in.Source
	doc.Hash = in.Hash
	if doc.Format == "" {
		doc.Format = in.Format
	}
	p := e.opts.Force
	if p == nil {
		p = profile.Choose(e.opts.Profiles, doc.Title+"\n"+doc.Body)
	}
	if p != nil {
		doc.Profile = p.Name
	}
	claims := e.extractor(p).Extract(doc)
	return Result{Input: in, Doc: doc, Claims: claims}
}

// Run reads paths and processes every input on a pool of workers, calling
// fn with each result in input order. skip, when not nil, is asked first
// with each input's content hash; inputs it approves are passed to fn as
// Skipped without cleaning or extraction. fn is never called concurrently;
// an error from it stops the run and is returned.
func (e *Engine) Run(ctx context.Context, paths []string, skip func(in *read.Input) bool, fn func(Result) error) error {
	if e.opts.Learn {
		if err := e.Learn(ctx, paths); err != nil {
			return err
		}
	}
	src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
		return read.Walk(ctx, paths, e.readOptions(), emit)
	}
	return e.RunSource(ctx, src, skip, fn)
}

// Source produces inputs (or rejections) by calling emit for each, in order.
type Source func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error

// RunSource is Run over any source of inputs: a queue, a benchmark's
// in-memory corpus, an upload.
func (e *Engine) RunSource(ctx context.Context, src Source, skip func(in *read.Input) bool, fn func(Result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		in  *read.Input
		out chan Result
	}
	jobs := make(chan job)
	order := make(chan chan Result, 4*e.opts.Workers)

	var wg sync.WaitGroup
	for i := 0; i < e.opts.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if skip != nil && skip(j.in) {
					j.out <- Result{Input: j.in, Skipped: true}
					continue
				}
				j.out <- e.Process(j.in)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- src(ctx, func(in *read.Input, rej *read.Rejected) error {
			out := make(chan Result, 1)
			if rej != nil {
				out <- Result{Rejected: rej}
				select {
				case order <- out:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{in: in, out: out}:
				return nil
			case <-ctx.Done():
				// The consumer waits on out: fill it so that it can drain.
				out <- Result{Input: in, Rejected: &read.Rejected{Source: in.Source, Reason: "cancelled"}}
				return ctx.Err()
			}
		})
	}()

	var fnErr error
	for out := range order {
		r := <-out
		if fnErr != nil {
			continue // drain so that workers and the reader finish
		}
		if err := fn(r); err != nil {
			fnErr = err
			cancel()
		}
	}
	wg.Wait()
	if fnErr != nil {
		return fnErr
	}
	if err := <-readErr; err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}

// Summary is what an ingest did.
type Summary struct {
	Read       int // documents read (including rejected ones)
	New        int
	Unchanged  int
	Replaced   int
	Rejected   []claimtrail.Rejection
	Claims     int // claims extracted from new and replaced documents
	Reuses     int // reuse records found
	Elapsed    time.Duration
	Bytes      int64
	Profiles   map[string]int // documents per profile ("" for none)
	DocIDs     []string       // ids of new and replaced documents
	StoreError error          `json:"-"`
}
