package reuse

import (
	"context"

	"github.com/claimtrail/claimtrail"
)

// DocMeta is what the index keeps about a document besides its body.
type DocMeta struct {
	// Seq is the document's position in the index, assigned by PutDoc
	// from 1 up. It orders documents whose publication dates are unknown.
	Seq       int64
	ID        string
	Outlet    string
	Published string // YYYY-MM-DD or ""
	Title     string
	// OrigOutlet and OrigPublished copy Document.Original: the outlet and
	// date of the article this one declares it reprints.
	OrigOutlet    string
	OrigPublished string
}

// Entry is one document as the detector hands it to the index.
type Entry struct {
	Meta DocMeta // Seq is ignored and assigned
	Body string
	// Keys are the document's sketch keys. The index records the document
	// under each key, but keeps at most KeyLimit+1 documents per key: a key
	// that many documents share is boilerplate or common phrasing and is
	// never looked up again (Postings omits it), which bounds the work of a
	// lookup whatever the size of the store.
	Keys     []uint64
	KeyLimit int
	// Passages are the hashes of the document's sentences; the index counts,
	// per hash, how many documents carry it (PassageDF).
	Passages []uint64
}

// Edge is a stored relation between two documents: a reused passage (Kind
// "passage", with spans) or a declared reprint linked to its original
// (Kind "reprint": A is the original, B the reprint, spans cover both
// bodies).
type Edge struct {
	Kind       string
	A, B       string
	AStart     int
	AEnd       int
	BStart     int
	BEnd       int
	Similarity float64
}

// Edge kinds.
const (
	EdgePassage = "passage"
	EdgeReprint = "reprint"
)

// Pending is a declared reprint whose original was not in the index when the
// reprint arrived. It completes when a document of Outlet published near
// Published arrives and matches.
type Pending struct {
	Reprint   string // document id
	Outlet    string // the original's outlet, as normalised by NormOutlet
	Published string // the original's date, or "" when the reprint does not say
}

// Index is everything the Detector persists. Implementations must be safe
// for concurrent use; the Detector serialises its own writes (see Detector),
// so an implementation only has to keep concurrent readers consistent with
// one writer. Every implementation must pass indextest.Run.
type Index interface {
	// PutDoc stores a document, its keys and passage hashes and returns the
	// assigned Seq. Storing an id a second time is an EConflict error.
	PutDoc(ctx context.Context, e Entry) (int64, error)
	// Doc returns the metadata of a document by id; ok is false when it is
	// not indexed.
	Doc(ctx context.Context, id string) (m DocMeta, ok bool, err error)
	// DocBySeq returns the metadata of a document by Seq.
	DocBySeq(ctx context.Context, seq int64) (m DocMeta, ok bool, err error)
	// Body returns the stored body of a document.
	Body(ctx context.Context, id string) (string, error)
	// Postings returns, for each key, the Seqs of the documents recorded
	// under it, in the order they were stored, or nil when more than limit
	// documents carry the key.
	Postings(ctx context.Context, keys []uint64, limit int) ([][]int64, error)
	// PassageDF returns, for each hash, the number of documents carrying it.
	PassageDF(ctx context.Context, hashes []uint64) ([]int, error)
	// DocsByOutlet returns the documents of outlet (normalised with
	// NormOutlet) published from..to inclusive (YYYY-MM-DD); an empty
	// bound is open. Documents with no date match only when both bounds are
	// empty.
	DocsByOutlet(ctx context.Context, outlet, from, to string) ([]DocMeta, error)

	// PutPending records a reprint waiting for its original.
	PutPending(ctx context.Context, p Pending) error
	// PendingFor returns the reprints waiting for an original of outlet.
	PendingFor(ctx context.Context, outlet string) ([]Pending, error)
	// DeletePending forgets the pending link of a reprint.
	DeletePending(ctx context.Context, reprint string) error

	// PutEdges stores edges; an edge equal to a stored one is kept once.
	PutEdges(ctx context.Context, e []Edge) error
	// Edges returns the edges touching a document, as A or as B.
	Edges(ctx context.Context, doc string) ([]Edge, error)
	// Len returns the number of indexed documents.
	Len(ctx context.Context) (int, error)
	// LastSeq returns the Seq of the latest indexed document, 0 when there
	// is none. Seqs follow the storing order, so the documents with a Seq
	// above LastSeq-n are the latest n (where an index leaves holes in its
	// Seqs, as a PostgreSQL ledger created before migration 0101 may, the
	// window holds fewer).
	LastSeq(ctx context.Context) (int64, error)
}

// A RecencyObserver is an Index whose Seqs are not all in storing order
// (a PostgreSQL transaction numbers its own documents apart until it
// commits) and whose LastSeq may move between detection and commit (other
// writers share it). Ordinal gives a Seq's place in storing order, which
// the recent window is drawn in; ObserveRecency is told, for each document
// looked up, how the window was applied: ordinals above from counted as
// recent, and least is the least ordinal admitted as a candidate only for
// being recent (0 when none was), so that the index can tell whether the
// detection still holds after other commits.
type RecencyObserver interface {
	Ordinal(seq int64) int64
	ObserveRecency(from, least int64)
}

// errDuplicate is returned by PutDoc implementations for an id already
// indexed.
func errDuplicate(id string) error {
	return claimtrail.Errorf(claimtrail.EConflict, "reuse index: document %q is already indexed", id)
}

// ErrDuplicate returns the error an Index gives when PutDoc is called with an
// id it already holds. Implementations outside this package use it so that
// callers can test the kind.
func ErrDuplicate(id string) error { return errDuplicate(id) }
