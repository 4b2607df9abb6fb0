package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// reuseLock is the transaction-scoped advisory lock that serialises reuse
// detection across every process writing to one ledger schema. It is the
// cross-process form of reuse.Detector's mutex: detection reads the index
// (candidates, passage frequencies, pending reprints) and then writes the
// new document into it, and two documents detected at once would each
// miss the other, or both count one passage as new. Held by a transaction,
// the lock is released by commit, rollback, or the server noticing that the
// holder's connection died (a worker killed mid-document).
const reuseLock = `SELECT pg_advisory_xact_lock(hashtextextended('claimtrail.reuse.' || current_schema(), 0))`

// Reuser runs reuse detection over the ledger's reuse index, safely from
// any number of processes: each call is one transaction holding the reuse
// lock, so detection steps run one at a time across all of them, and a
// step is stored whole or not at all.
type Reuser struct {
	db   *DB
	opts []reuse.Option
}

// NewReuser returns a Reuser whose detectors are configured by opts (the
// canonicaliser built from the profiles, most of all: every process
// writing one ledger must use the same options).
func (db *DB) NewReuser(opts ...reuse.Option) *Reuser {
	return &Reuser{db: db, opts: opts}
}

// Add indexes doc and returns the passages it shares with the documents
// indexed before it (pipeline.Reuser). The caller stores the records.
func (r *Reuser) Add(ctx context.Context, doc *claimtrail.Document) ([]claimtrail.Reuse, error) {
	var out []claimtrail.Reuse
	err := r.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, reuseLock); err != nil {
			return fmt.Errorf("postgres: reuse lock: %w", err)
		}
		res, err := reuse.New(&ReuseIndex{q: tx, cache: r.db.cache}, r.opts...).Ingest(ctx, doc)
		out = res.Reuses
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Ingest stores a batch of documents and runs reuse detection for those it
// added or replaced, storing their reuse records, all in one transaction
// under the reuse lock: a worker killed at any point leaves either nothing
// of the batch or all of it, documents, claims, index entries and reuse
// records alike. It returns the PutResult of each element and the reuse
// records found.
func (r *Reuser) Ingest(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, []claimtrail.Reuse, error) {
	if err := validateBatch(batch); err != nil {
		return nil, nil, err
	}
	var res []claimtrail.PutResult
	var found []claimtrail.Reuse
	err := r.db.inTx(ctx, func(tx pgx.Tx) error {
		res, found = nil, nil
		// The lock comes first: taken after the document rows, it could
		// deadlock with a writer holding it and waiting for those rows.
		if _, err := tx.Exec(ctx, reuseLock); err != nil {
			return fmt.Errorf("postgres: reuse lock: %w", err)
		}
		var err error
		if res, err = r.db.putDocs(ctx, tx, batch); err != nil {
			return err
		}
		det := reuse.New(&ReuseIndex{q: tx, cache: r.db.cache}, r.opts...)
		for i, dc := range batch {
			if res[i] == claimtrail.PutUnchanged {
				continue
			}
			rr, err := det.Ingest(ctx, dc.Doc)
			if err != nil {
				return fmt.Errorf("reuse detection for %s: %w", dc.Doc.ID, err)
			}
			found = append(found, rr.Reuses...)
		}
		return putReuses(ctx, tx, found)
	})
	if err != nil {
		return nil, nil, err
	}
	return res, found, nil
}
