package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/progress"
	"github.com/claimtrail/claimtrail/read"
)

// BatchStore is a store that can write many documents in one transaction.
// Ingest uses it when the store has it (found by type assertion).
type BatchStore interface {
	PutDocuments(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, error)
}

// Reuser finds reuse between a new document and those indexed before it.
// Calls are serialized by the pipeline.
type Reuser interface {
	Add(ctx context.Context, doc *claimtrail.Document) ([]claimtrail.Reuse, error)
}

// IngestOptions say where results go.
type IngestOptions struct {
	Store  claimtrail.Store
	Reuser Reuser // optional
	// Bar, when set, advances once per input.
	Bar *progress.Bar
	// BatchSize is the number of documents written per transaction when the
	// store supports batches; 0 means 64.
	BatchSize int
	// Now is the clock for rejection times; nil means time.Now.
	Now func() time.Time
}

// Ingest reads paths, processes every new or changed input and stores it.
// Inputs whose content hash is already stored are not processed again, so a
// re-run after a kill finishes the job without duplicates.
func (e *Engine) Ingest(ctx context.Context, paths []string, o IngestOptions) (*Summary, error) {
	if e.opts.Learn {
		if err := e.Learn(ctx, paths); err != nil {
			return nil, err
		}
	}
	src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
		return read.Walk(ctx, paths, e.readOptions(), emit)
	}
	return e.IngestSource(ctx, src, o)
}

// IngestSource is Ingest over any source of inputs.
func (e *Engine) IngestSource(ctx context.Context, src Source, o IngestOptions) (*Summary, error) {
	start := time.Now()
	now := o.Now
	if now == nil {
		now = time.Now
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 64
	}
	sum := &Summary{Profiles: map[string]int{}}
	skip := func(in *read.Input) bool {
		ok, err := o.Store.HasHash(ctx, in.Hash)
		return err == nil && ok
	}
	var pending []Result
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		batch := make([]claimtrail.DocClaims, len(pending))
		for i, r := range pending {
			batch[i] = claimtrail.DocClaims{Doc: r.Doc, Claims: r.Claims}
		}
		var results []claimtrail.PutResult
		if bs, ok := o.Store.(BatchStore); ok {
			var err error
			if results, err = bs.PutDocuments(ctx, batch); err != nil {
				return fmt.Errorf("storing documents: %w", err)
			}
		} else {
			for _, b := range batch {
				res, err := o.Store.PutDocument(ctx, b.Doc, b.Claims)
				if err != nil {
					return fmt.Errorf("storing %s: %w", b.Doc.ID, err)
				}
				results = append(results, res)
			}
		}
		for i, res := range results {
			r := pending[i]
			switch res {
			case claimtrail.PutNew:
				sum.New++
			case claimtrail.PutUnchanged:
				sum.Unchanged++
				continue
			case claimtrail.PutReplaced:
				sum.Replaced++
			}
			sum.Claims += len(r.Claims)
			sum.Profiles[r.Doc.Profile]++
			sum.DocIDs = append(sum.DocIDs, r.Doc.ID)
			if o.Reuser != nil {
				reuses, err := o.Reuser.Add(ctx, r.Doc)
				if err != nil {
					return fmt.Errorf("reuse detection for %s: %w", r.Doc.ID, err)
				}
				if len(reuses) > 0 {
					if err := o.Store.PutReuse(ctx, reuses); err != nil {
						return fmt.Errorf("storing reuse of %s: %w", r.Doc.ID, err)
					}
					sum.Reuses += len(reuses)
				}
			}
		}
		pending = pending[:0]
		return nil
	}
	err := e.RunSource(ctx, src, skip, func(r Result) error {
		sum.Read++
		if o.Bar != nil {
			o.Bar.Add(1)
		}
		switch {
		case r.Rejected != nil:
			rej := claimtrail.Rejection{Source: r.Rejected.Source, Reason: r.Rejected.Reason, At: now()}
			sum.Rejected = append(sum.Rejected, rej)
			if err := o.Store.PutRejection(ctx, rej); err != nil {
				return fmt.Errorf("recording rejection of %s: %w", rej.Source, err)
			}
			return nil
		case r.Skipped:
			sum.Unchanged++
			return nil
		}
		sum.Bytes += int64(len(r.Input.Text))
		pending = append(pending, r)
		if len(pending) >= o.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if o.Bar != nil {
		o.Bar.Finish()
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}
