package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

// reuseLock is the transaction-scoped advisory lock that serialises the
// reuse index's writers across every process writing to one ledger
// schema. It is the cross-process form of reuse.Detector's mutex:
// detection reads the index (candidates, passage frequencies, pending
// reprints) and then writes the new document into it, and two documents
// detected at once would each miss the other, or both count one passage
// as new. The holder assigns the next seqs and commits before it lets go,
// so seqs are dense and in commit order; it checks, or redoes, detection
// made before it took the lock (see Reuser). Held by a transaction, the
// lock is released by commit, rollback, or the server noticing that the
// holder's connection died (a worker killed mid-document).
const reuseLock = `SELECT pg_advisory_xact_lock(hashtextextended('claimtrail.reuse.' || current_schema(), 0))`

// Reuser runs reuse detection over the ledger's reuse index, safely from
// any number of processes: each call is one transaction whose index
// writes are made under the reuse lock, in an order every process agrees
// on, and whose detection reads exactly what it would have read holding
// the lock throughout. A call is stored whole or not at all.
//
// The lock is held for as little as possible. Key lookups and passage
// counts are answered from the process's in-memory key table (keyState).
// Detection runs before the lock, on the index as committed so far, with
// its writes kept in an overlay that also records what it read. Under the
// lock, the process catches up with the rows committed meanwhile: when
// none of them touches what detection read (see overlay.conflicts),
// serial detection would have found the same, and the overlay is written
// with the next seqs; otherwise detection runs again, under the lock. In
// both cases the result is the one of detecting the batch after every
// document committed before it, so that many workers lose no reuse pair
// and give what one process gives for the same order.
//
// A Reuser keeps one Detector for its life (its word memo and its cache of
// recent documents' analyses save most of the cost of aligning a
// candidate); its calls run one at a time.
type Reuser struct {
	db   *DB
	opts []reuse.Option

	mu    sync.Mutex // serialises calls; guards idx's fields and stats
	idx   *ReuseIndex
	det   *reuse.Detector
	stats ReuserStats
	// redo is a moving average of the share of documents whose detection
	// before the lock was undone: when most are, detecting them twice
	// only costs processor time, and detection waits for the lock (except
	// one call in eight, which measures again).
	redo float64

	beforeLock func() // tests: runs between detection and the lock
}

// ReuserStats says where a Reuser's time went.
type ReuserStats struct {
	Calls int // transactions committed
	Docs  int // documents detected in them
	// Redone counts the documents whose detection before the lock was
	// undone by documents committed meanwhile and ran again under it.
	Redone int
	// Stored is the time spent writing documents and claims, Detected in
	// detection before the lock, Waited waiting for the lock, Held
	// holding it (until the commit released it).
	Stored, Detected, Waited, Held time.Duration

	speculated float64 // of one call: the share redone, or -1
}

// Stats returns the counts so far.
func (r *Reuser) Stats() ReuserStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// NewReuser returns a Reuser whose detectors are configured by opts (the
// canonicaliser built from the profiles, most of all: every process
// writing one ledger must use the same options).
func (db *DB) NewReuser(opts ...reuse.Option) *Reuser {
	idx := &ReuseIndex{db: db, q: db.pool}
	return &Reuser{db: db, opts: opts, idx: idx, det: reuse.New(idx, opts...)}
}

// detect runs the detector over docs with its index writing into own,
// on tx, and returns the records found for each document.
// docs[0] is at batch position pos0.
func (r *Reuser) detect(ctx context.Context, tx pgx.Tx, own *overlay, docs []*claimtrail.Document, pos0 int) ([][]claimtrail.Reuse, error) {
	r.idx.q, r.idx.own = tx, own
	defer func() { r.idx.q, r.idx.own = r.db.pool, nil }()
	found := make([][]claimtrail.Reuse, len(docs))
	for i, d := range docs {
		own.cur = pos0 + i
		rr, err := r.det.Ingest(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("reuse detection for %s: %w", d.ID, err)
		}
		found[i] = rr.Reuses
	}
	return found, nil
}

// run runs one transaction: first (when not nil), then reuse detection of
// the documents pick returns, then, under the reuse lock, the index
// writes and (when store is set) the reuse records found. It returns the
// records.
func (r *Reuser) run(ctx context.Context, first func(tx pgx.Tx) error, pick func() []*claimtrail.Document, store bool) ([]claimtrail.Reuse, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var found []claimtrail.Reuse
	var st ReuserStats
	var locked time.Time
	err := r.db.inTx(ctx, func(tx pgx.Tx) error {
		st = ReuserStats{Calls: 1}
		t0 := time.Now()
		if first != nil {
			if err := first(tx); err != nil {
				return err
			}
		}
		docs := pick()
		t1 := time.Now()
		// Detection before the lock, on what is committed now.
		from, err := r.db.keys.catchUp(ctx, tx, r.db.cache)
		if err != nil {
			return err
		}
		own := newOverlay()
		own.base = from
		speculate := r.redo < 0.5 || r.stats.Calls%8 == 0
		var per [][]claimtrail.Reuse
		if speculate {
			if per, err = r.detect(ctx, tx, own, docs, 0); err != nil {
				return err
			}
		}
		t2 := time.Now()
		if r.beforeLock != nil {
			r.beforeLock()
		}
		if _, err := tx.Exec(ctx, reuseLock); err != nil {
			return fmt.Errorf("postgres: reuse lock: %w", err)
		}
		locked = time.Now()
		to, err := r.db.keys.catchUp(ctx, tx, r.db.cache)
		if err != nil {
			return err
		}
		if !speculate {
			own.base = to
			if per, err = r.detect(ctx, tx, own, docs, 0); err != nil {
				return err
			}
		} else if to > from && len(own.docs) > 0 {
			k, err := own.firstConflict(ctx, tx, from, to)
			if err != nil {
				return err
			}
			if k >= 0 {
				// The document at position k read what a commit since
				// changed: it and the ones after it are detected again,
				// under the lock, after the ones before it.
				own = own.truncate(k)
				own.base = to
				st.Redone += len(docs) - k
				again, err := r.detect(ctx, tx, own, docs[k:], k)
				if err != nil {
					return err
				}
				per = append(per[:k], again...)
			}
		}
		for _, rs := range per {
			found = append(found, rs...)
		}
		st.Docs = len(own.docs)
		if err := own.write(ctx, tx, to+1); err != nil {
			return err
		}
		if store {
			if err := putReuses(ctx, tx, found); err != nil {
				return err
			}
		}
		st.Stored, st.Detected, st.Waited = t1.Sub(t0), t2.Sub(t1), locked.Sub(t2)
		if speculate && len(docs) > 0 {
			st.speculated = float64(st.Redone) / float64(len(docs))
		} else {
			st.speculated = -1
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	st.Held = time.Since(locked) // until the commit released the lock
	r.stats.Calls += st.Calls
	r.stats.Docs += st.Docs
	r.stats.Redone += st.Redone
	r.stats.Stored += st.Stored
	r.stats.Detected += st.Detected
	r.stats.Waited += st.Waited
	r.stats.Held += st.Held
	if st.speculated >= 0 {
		r.redo = 0.8*r.redo + 0.2*st.speculated
	}
	return found, nil
}

// Add indexes doc and returns the passages it shares with the documents
// indexed before it (pipeline.Reuser). The caller stores the records.
func (r *Reuser) Add(ctx context.Context, doc *claimtrail.Document) ([]claimtrail.Reuse, error) {
	return r.run(ctx, nil, func() []*claimtrail.Document { return []*claimtrail.Document{doc} }, false)
}

// Ingest stores a batch of documents and runs reuse detection for those it
// added or replaced, storing their reuse records, all in one transaction:
// a worker killed at any point leaves either nothing of the batch or all
// of it, documents, claims, index entries and reuse records alike. It
// returns the PutResult of each element and the reuse records found.
//
// The documents and claims are written before the reuse lock is taken:
// two transactions writing one document id at once (a redelivery while the
// first delivery is still in progress) can then deadlock, one holding the
// row and waiting for the lock, the other the reverse; the server detects
// it and aborts one, which runs again.
func (r *Reuser) Ingest(ctx context.Context, batch []claimtrail.DocClaims) ([]claimtrail.PutResult, []claimtrail.Reuse, error) {
	if err := validateBatch(batch); err != nil {
		return nil, nil, err
	}
	var res []claimtrail.PutResult
	store := func(tx pgx.Tx) error {
		var err error
		res, err = r.db.putDocs(ctx, tx, batch)
		return err
	}
	pick := func() []*claimtrail.Document {
		var docs []*claimtrail.Document
		for i, dc := range batch {
			if res[i] != claimtrail.PutUnchanged {
				docs = append(docs, dc.Doc)
			}
		}
		return docs
	}
	found, err := r.run(ctx, store, pick, true)
	if err != nil {
		return nil, nil, err
	}
	return res, found, nil
}
