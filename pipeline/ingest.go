package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/progress"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/reuse"
)

// BatchStore is a store that can write many documents in one transaction.
// Ingest uses it when the store has it (found by type assertion).
type BatchStore interface {
	PutDocuments(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, error)
}

// Reuser finds reuse between a new document and those indexed before it.
// Calls are serialized by the implementation.
type Reuser interface {
	Add(ctx context.Context, doc *claimtrail.Document) ([]claimtrail.Reuse, error)
}

// Tracer is a Reuser that also traces claims to the document their passage
// first appeared in; the pipeline uses it, found by type assertion, to fill
// and update the claims' provenance. *reuse.Detector is one.
type Tracer interface {
	Reuser
	Ingest(ctx context.Context, doc *claimtrail.Document) (reuse.Result, error)
	Annotate(ctx context.Context, claims []claimtrail.Claim, same func(*claimtrail.Claim) string, owner func(outlet string) string) error
	Index() reuse.Index
}

var _ Tracer = (*reuse.Detector)(nil)

// IngestOptions say where results go.
type IngestOptions struct {
	Store claimtrail.Store
	// Reuser, when set, finds passages each stored document shares with
	// those indexed before it, and fills the claims' provenance.
	Reuser Reuser
	// Owner maps an outlet to its owner, so that outlets under one owner
	// count as one source; nil counts every outlet apart.
	Owner func(outlet string) string
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
	// An input is skipped when its content is stored and, with reuse
	// detection on, indexed too: a run killed between the two finishes the
	// indexing on the next run.
	skip := func(in *read.Input) bool {
		ok, err := o.Store.HasHash(ctx, in.Hash)
		if err != nil || !ok {
			return false
		}
		if tr, ok := o.Reuser.(Tracer); ok {
			_, indexed, err := tr.Index().Doc(ctx, in.ID)
			return err == nil && indexed
		}
		return true
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
			case claimtrail.PutReplaced:
				sum.Replaced++
			}
			if res != claimtrail.PutUnchanged {
				sum.Claims += len(r.Claims)
				sum.Profiles[r.Doc.Profile]++
				sum.DocIDs = append(sum.DocIDs, r.Doc.ID)
			}
			if o.Reuser != nil {
				n, err := e.findReuse(ctx, o, r.Doc, r.Claims)
				if err != nil {
					return err
				}
				sum.Reuses += n
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
	// An index that buffers its writes makes them durable at the end of a
	// run (after a crash, the next run catches up from the ledger).
	if f, ok := o.Reuser.(interface{ Flush(context.Context) error }); ok && err == nil {
		err = f.Flush(ctx)
	}
	if o.Bar != nil {
		o.Bar.Finish()
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// findReuse indexes a stored document, stores the passages it shares with
// earlier ones, and updates the provenance of its claims and of the claims
// of documents that gained a copy or an original through it. It runs after
// the document is stored: replacing a document deletes its old reuse
// records.
func (e *Engine) findReuse(ctx context.Context, o IngestOptions, doc *claimtrail.Document, claims []claimtrail.Claim) (int, error) {
	tr, ok := o.Reuser.(Tracer)
	if !ok {
		reuses, err := o.Reuser.Add(ctx, doc)
		if err != nil {
			return 0, fmt.Errorf("reuse detection for %s: %w", doc.ID, err)
		}
		if len(reuses) > 0 {
			if err := o.Store.PutReuse(ctx, reuses); err != nil {
				return 0, fmt.Errorf("storing reuse of %s: %w", doc.ID, err)
			}
		}
		return len(reuses), nil
	}
	res, err := tr.Ingest(ctx, doc)
	if err != nil {
		return 0, fmt.Errorf("reuse detection for %s: %w", doc.ID, err)
	}
	if res.Known {
		return 0, nil
	}
	if len(res.Reuses) > 0 {
		if err := o.Store.PutReuse(ctx, res.Reuses); err != nil {
			return 0, fmt.Errorf("storing reuse of %s: %w", doc.ID, err)
		}
	}
	ps, ok := o.Store.(claimtrail.ProvenanceStore)
	if !ok {
		return len(res.Reuses), nil
	}
	annotate := func(cs []claimtrail.Claim) error {
		if len(cs) == 0 {
			return nil
		}
		if err := tr.Annotate(ctx, cs, nil, o.Owner); err != nil {
			return err
		}
		up := make([]claimtrail.ClaimProvenance, len(cs))
		for i, c := range cs {
			up[i] = claimtrail.ClaimProvenance{Claim: c.ID, Origin: c.Origin, Independent: c.Independent}
		}
		return ps.SetProvenance(ctx, up)
	}
	own := append([]claimtrail.Claim(nil), claims...)
	if err := annotate(own); err != nil {
		return 0, fmt.Errorf("provenance of %s: %w", doc.ID, err)
	}
	// Only documents this one precedes can get a new origin: those it is
	// the earlier side of a reuse record with, and reprints waiting for it
	// as their original. (A is the earlier document of a record.)
	later := map[string]bool{}
	for _, r := range res.Reuses {
		if r.A == doc.ID && r.B != doc.ID {
			later[r.B] = true
		}
	}
	for _, e := range res.Reprints {
		if e.A == doc.ID && e.B != doc.ID {
			later[e.B] = true
		}
	}
	for _, id := range res.Affected {
		if !later[id] {
			continue
		}
		cs, err := o.Store.Claims(ctx, claimtrail.ClaimFilter{Doc: id})
		if err != nil {
			return 0, err
		}
		if err := annotate(cs); err != nil {
			return 0, fmt.Errorf("provenance of %s: %w", id, err)
		}
	}
	return len(res.Reuses), nil
}
