package claimtrail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Side is a camp code from a conflict profile ("ARM", "AZE", "RUS", "UKR").
// The empty side means "nobody's camp": third countries, the outlet itself,
// or a claim whose side could not be told.
type Side string

// Claim types, as defined in the spec (shared/spec/claims.md).
const (
	TypeControl    = "control"
	TypeWithdrawal = "withdrawal"
	TypeAttack     = "attack"
	TypeRepel      = "repel"
	TypeLosses     = "losses"
	TypeEncircle   = "encircle"
	TypeRoute      = "route"
	TypeCivilian   = "civilian"
	TypeStatement  = "statement"
)

// ClaimTypes lists every claim type in a stable order.
var ClaimTypes = []string{TypeControl, TypeWithdrawal, TypeAttack, TypeRepel,
	TypeLosses, TypeEncircle, TypeRoute, TypeCivilian, TypeStatement}

// Voices, stances and claimant roles of the spec.
const (
	VoiceAuthor   = "author"
	VoiceReported = "reported"

	StanceAsserts = "asserts"
	StanceDenies  = "denies"

	RoleOfficial = "official"
	RoleMilitary = "military"
	RoleMedia    = "media"
	RoleUnnamed  = "unnamed"
	RoleAuthor   = "author"
)

// Quantity qualifiers of the spec.
const (
	QualExact   = "exact"
	QualAtLeast = "at_least"
	QualOver    = "over"
	QualAbout   = "about"
	QualUpTo    = "up_to"
	QualRange   = "range"
)

// Quantity items of the spec.
var QuantityItems = []string{"killed", "wounded", "casualties", "fighters",
	"tank", "armored_vehicle", "artillery", "mlrs", "air_defense", "uav",
	"helicopter", "aircraft", "vehicle"}

// Original names the article a reprint republishes.
type Original struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	URL       string `json:"url,omitempty"`
}

// Document is one article as published, after cleaning. Its JSON form is the
// spec's document record (kind "doc"); fields beyond the spec are optional
// extensions.
type Document struct {
	Kind      string    `json:"kind"` // always "doc" on the wire
	ID        string    `json:"doc"`
	Title     string    `json:"title"`
	Byline    string    `json:"byline,omitempty"`
	Outlet    string    `json:"outlet"`
	Published string    `json:"published"` // YYYY-MM-DD, "" when unknown (null on the wire is accepted on input)
	Original  *Original `json:"original"`
	Lang      string    `json:"lang"`
	Body      string    `json:"body"` // paragraphs separated by one blank line

	URL     string `json:"url,omitempty"`
	Source  string `json:"source,omitempty"`  // path or "-" it was read from
	Format  string `json:"format,omitempty"`  // txt, md, html, jsonl
	Hash    string `json:"hash,omitempty"`    // ContentHash of the raw input
	Profile string `json:"profile,omitempty"` // conflict profile used for extraction
	// Removed holds the lines the cleaner dropped as boilerplate, for audit.
	Removed []string `json:"removed,omitempty"`
}

// Claimant is who makes a claim.
type Claimant struct {
	Name string `json:"name"`
	Side Side   `json:"side"`
	Role string `json:"role"`
}

// PlaceRef is a place a claim is about, resolved through the gazetteer.
type PlaceRef struct {
	Name string  `json:"name"`           // canonical gazetteer name
	Text string  `json:"text,omitempty"` // the words of the text ("the town")
	Lat  float64 `json:"lat,omitempty"`
	Lon  float64 `json:"lon,omitempty"`
	ID   string  `json:"id,omitempty"` // gazetteer id, e.g. "geonames:147105"
}

// DateRange is the day or days a claimed event happened.
type DateRange struct {
	Start string `json:"start"` // YYYY-MM-DD
	End   string `json:"end"`   // YYYY-MM-DD
	Text  string `json:"text,omitempty"`
}

// Quantity is a number the claim states about one item.
type Quantity struct {
	Item string `json:"item"`
	N    int64  `json:"n"`
	Max  int64  `json:"max,omitempty"`
	Qual string `json:"qual"`
	Text string `json:"text,omitempty"`
}

// Claim is one attributed assertion about the war. Its JSON form is the
// spec's claim record (kind "claim").
type Claim struct {
	Kind       string     `json:"kind"` // always "claim" on the wire
	ID         string     `json:"id,omitempty"`
	Doc        string     `json:"doc"`
	Sentence   string     `json:"sentence"`
	Claimant   Claimant   `json:"claimant"`
	Voice      string     `json:"voice"`
	Stance     string     `json:"stance"`
	Hedged     bool       `json:"hedged"`
	Type       string     `json:"type"`
	Actor      Side       `json:"actor"`
	Target     Side       `json:"target"`
	Places     []PlaceRef `json:"places"`
	Date       *DateRange `json:"date"`
	Quantities []Quantity `json:"quantities"`

	// Optional marks a borderline gold claim (spec, Scoring).
	Optional bool `json:"optional,omitempty"`

	// Offsets of the sentence in Document.Body (bytes), and its paragraph index.
	Start     int `json:"start,omitempty"`
	End       int `json:"end,omitempty"`
	Paragraph int `json:"paragraph,omitempty"`

	// Filled from reuse detection: the earliest document carrying the
	// sentence's passage and the number of independent outlets reporting it.
	Origin      string `json:"origin,omitempty"`
	Independent int    `json:"independent,omitempty"`
}

// Reuse is a passage of one document that stands again, verbatim or nearly,
// in another. Its JSON form is the spec's reuse record (kind "reuse").
type Reuse struct {
	Kind       string  `json:"kind"` // always "reuse" on the wire
	A          string  `json:"a"`
	B          string  `json:"b"`
	AText      string  `json:"a_text"`
	Chars      int     `json:"chars"`
	BText      string  `json:"b_text,omitempty"`
	AStart     int     `json:"a_start"`
	AEnd       int     `json:"a_end"`
	BStart     int     `json:"b_start"`
	BEnd       int     `json:"b_end"`
	Similarity float64 `json:"similarity,omitempty"`
	// Earlier is the id of the document published first ("" when unknown).
	Earlier string `json:"earlier,omitempty"`
}

// Rejection records an input that could not be ingested, and why.
type Rejection struct {
	Source string    `json:"source"` // path, "path:line" for JSONL, or "-"
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// ContentHash is the hex SHA-256 of raw input bytes; documents are keyed by it.
func ContentHash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// PutResult says what storing a document did.
type PutResult int

const (
	PutNew       PutResult = iota // the document id was not stored before
	PutUnchanged                  // same id and same content hash: nothing written
	PutReplaced                   // same id, new content: document and claims replaced
)

func (r PutResult) String() string {
	switch r {
	case PutNew:
		return "new"
	case PutUnchanged:
		return "unchanged"
	case PutReplaced:
		return "replaced"
	}
	return "unknown"
}

// ClaimFilter selects claims. Zero fields do not filter.
type ClaimFilter struct {
	Place    string // canonical place name (resolve aliases through the profile first)
	Side     Side   // claimant side
	Claimant string // substring of the claimant name, case-insensitive
	Type     string
	From     string // YYYY-MM-DD: claims whose date ends on or after From
	To       string // YYYY-MM-DD: claims whose date starts on or before To
	Doc      string
	Text     string // full-text search over sentences (all words must occur)
	After    string // cursor: claims with ID greater than this
	Limit    int    // 0 means no limit
}

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	Outlet string
	After  string // cursor: documents with ID greater than this
	Limit  int
}

// ReuseFilter selects reuse records touching a document or an outlet.
type ReuseFilter struct {
	Doc    string
	Outlet string
}

// Stats is the headline of a ledger.
type Stats struct {
	Documents  int
	Claims     int
	Rejections int
	Reuses     int
	// ByType and BySide count claims per type and per claimant side.
	ByType map[string]int
	BySide map[Side]int
	// TopPlaces are the places with most claims, most first.
	TopPlaces []PlaceCount
}

// PlaceCount is a place and how many claims name it.
type PlaceCount struct {
	Name  string
	Count int
}

// Store is a ledger of documents, claims, reuse and rejections. SQLite is
// the embedded default; every implementation must pass storetest.Run.
type Store interface {
	// PutDocument stores doc with its claims in one transaction. A document
	// whose id is stored with the same Hash is left alone (PutUnchanged); one
	// with another hash has its claims replaced (PutReplaced); a document
	// with an empty Hash is never unchanged. Claim IDs are assigned by the
	// store when empty; a claim ID stored for another document is an
	// EConflict error and nothing is written. Storing a document deletes the
	// rejection recorded for its Source (except "-"), and replacing one
	// deletes the reuse records that touch it (their offsets point into the
	// old text): run reuse detection after storing.
	PutDocument(ctx context.Context, doc *Document, claims []Claim) (PutResult, error)
	// HasHash reports whether a document with this content hash is stored.
	HasHash(ctx context.Context, hash string) (bool, error)
	Document(ctx context.Context, id string) (*Document, error)
	Documents(ctx context.Context, f DocumentFilter) ([]Document, error)
	Claim(ctx context.Context, id string) (*Claim, error)
	// Claims returns the claims f selects, in document then position order,
	// or in ID order when f.After or f.Limit is set. A claim with no date
	// never matches From or To. Results have Kind set and empty, not nil,
	// Places and Quantities.
	Claims(ctx context.Context, f ClaimFilter) ([]Claim, error)
	// PutReuse stores reuse records; a record for the same pair and spans
	// is stored once.
	PutReuse(ctx context.Context, r []Reuse) error
	Reuses(ctx context.Context, f ReuseFilter) ([]Reuse, error)
	PutRejection(ctx context.Context, r Rejection) error
	Rejections(ctx context.Context) ([]Rejection, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// DocClaims is a document with its claims, the unit of a batched write.
type DocClaims struct {
	Doc    *Document
	Claims []Claim
}

// ClaimProvenance is where a claim's passage first appeared (Origin, a
// document id) and how many independent sources report it.
type ClaimProvenance struct {
	Claim       string
	Origin      string
	Independent int
}

// ChangeFeed is a store that lists the documents written since a cursor:
// stored, replaced, or given new claim provenance, by this process or any
// other sharing the ledger. A long-running reader (the web server) follows
// it to fold what workers store into its views. Found by type assertion.
type ChangeFeed interface {
	// ChangeHead returns a cursor at the present: what is committed after
	// the call is listed by Changes from it. Take the head before reading
	// the ledger, so that nothing written meanwhile is missed.
	ChangeHead(ctx context.Context) (string, error)
	// Changes returns the ids of up to limit documents changed after
	// cursor ("" is the beginning), oldest change first, and the cursor to
	// go on from. A document is listed again after each later change: a
	// listing means "read this document again".
	Changes(ctx context.Context, cursor string, limit int) (ids []string, next string, err error)
}

// ProvenanceStore is a store that can update claims' provenance in place,
// as reuse detection learns of copies and originals after the claims were
// stored. Found by type assertion; stores without it keep the provenance
// they were given when the claims were first stored.
type ProvenanceStore interface {
	SetProvenance(ctx context.Context, p []ClaimProvenance) error
}
