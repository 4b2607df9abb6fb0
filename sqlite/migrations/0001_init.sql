-- The ledger: documents, their claims (with places and quantities), reuse
-- records and rejections, plus a full-text index over claim sentences.
--
-- Case-insensitive filters use *_key columns that the Go code fills with
-- strings.ToLower of the value: SQLite's NOCASE folds ASCII only, and place
-- and claimant names are often not ASCII.

CREATE TABLE documents (
	id                 TEXT PRIMARY KEY,
	hash               TEXT, -- NULL when the caller gave none: never "unchanged"
	title              TEXT NOT NULL,
	byline             TEXT NOT NULL,
	outlet             TEXT NOT NULL,
	published          TEXT NOT NULL,
	original_outlet    TEXT, -- NULL when the document republishes nothing
	original_published TEXT,
	original_url       TEXT,
	lang               TEXT NOT NULL,
	body               TEXT NOT NULL,
	url                TEXT NOT NULL,
	source             TEXT NOT NULL,
	format             TEXT NOT NULL,
	profile            TEXT NOT NULL,
	removed            TEXT, -- JSON array of strings, NULL when none
	ingested_at        TEXT NOT NULL,
	-- The document's claims are the claims rows with seq in
	-- [claims_from, claims_to] (empty when claims_to < claims_from): the
	-- store gives a document's claims consecutive seqs, in position order,
	-- so that no index on claims.doc has to be written for every claim.
	claims_from        INTEGER NOT NULL,
	claims_to          INTEGER NOT NULL
);
-- Partial: HasHash asks for a hash, which is never NULL.
CREATE INDEX documents_hash ON documents (hash) WHERE hash IS NOT NULL;
CREATE INDEX documents_outlet ON documents (outlet, id);

-- seq is an explicit rowid alias so that the FTS index and claim_places
-- can point at it (an implicit rowid may change on VACUUM). The store
-- assigns it, increasing: a document's claims hold consecutive seqs (see
-- documents.claims_from).
--
-- places and quantities hold the claim's lists as JSON (the fields of
-- claimtrail.PlaceRef and claimtrail.Quantity): reads take a claim from
-- one row, and SQL can open them with json_each.
--
-- Every index costs every claim insert, so there are few: the id (lookup,
-- pages, the uniqueness check) and the date bounds, both ways round so
-- that From, To or both find their claims in an index without reading
-- rows that do not match, and partial, so that the claims without a date
-- cost nothing there. No foreign key either: checking one costs a lookup
-- per claim; the store deletes a document's claims itself when it
-- replaces the document (there is no other delete).
-- Type and claimant side have a handful of values: a scan finds a page of
-- them quickly, and a full list is dominated by reading the rows anyway.
CREATE TABLE claims (
	seq           INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,
	doc           TEXT NOT NULL, -- documents.id
	position      INTEGER NOT NULL,
	sentence      TEXT NOT NULL,
	claimant_name TEXT NOT NULL,
	claimant_key  TEXT NOT NULL, -- lower-cased claimant_name
	claimant_side TEXT NOT NULL,
	claimant_role TEXT NOT NULL,
	voice         TEXT NOT NULL,
	stance        TEXT NOT NULL,
	hedged        INTEGER NOT NULL,
	type          TEXT NOT NULL,
	actor         TEXT NOT NULL,
	target        TEXT NOT NULL,
	date_start    TEXT, -- NULL iff the claim has no date
	date_end      TEXT,
	date_text     TEXT,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	paragraph     INTEGER NOT NULL,
	optional      INTEGER NOT NULL,
	origin        TEXT NOT NULL,
	independent   INTEGER NOT NULL,
	places        TEXT NOT NULL, -- JSON array of claimtrail.PlaceRef
	quantities    TEXT NOT NULL  -- JSON array of claimtrail.Quantity
);
CREATE INDEX claims_date_start ON claims (date_start, date_end) WHERE date_start IS NOT NULL;
CREATE INDEX claims_date_end ON claims (date_end, date_start) WHERE date_end IS NOT NULL;

-- claim_places is the place index: one row per place name a claim names
-- (lower-cased; a claim naming a place twice has one row), for the Place
-- filter and the place counts. The place itself is in claims.places.
CREATE TABLE claim_places (
	name_key TEXT NOT NULL,    -- lower-cased claimtrail.PlaceRef.Name
	claim    INTEGER NOT NULL, -- claims.seq
	PRIMARY KEY (name_key, claim)
) WITHOUT ROWID;

-- Counters for Stats, kept by the store in the same transaction as the
-- claims they count (one upsert statement per table and batch), so that
-- the headline of a large ledger does not scan it.
CREATE TABLE claim_counts (
	type TEXT NOT NULL,
	side TEXT NOT NULL, -- claimant side
	n    INTEGER NOT NULL,
	PRIMARY KEY (type, side)
) WITHOUT ROWID;
CREATE TABLE place_counts (
	name_key TEXT PRIMARY KEY, -- as claim_places.name_key
	name     TEXT NOT NULL,    -- the first spelling stored
	n        INTEGER NOT NULL  -- claims naming the place
) WITHOUT ROWID;

-- External-content FTS5 index over claims.sentence. porter stems English
-- words ("attacked" finds "attack"); remove_diacritics folds "Şuşa" to
-- "susa". detail=none keeps no positions, only which claims hold a word,
-- and columnsize=0 no token counts (they serve ranking, which the store
-- does not do): a Text filter asks for words, never phrases, and the index
-- costs a fifth of ingest less. A quoted query string the tokenizer splits
-- in two is a phrase, which this index refuses, so the store splits Text
-- filters with the same tokenizer (claims.go, ftsQuery).
-- No triggers keep it in step: the Go code that writes claims updates it
-- once per transaction (write.go): FTS5 flushes its pending terms at every
-- statement savepoint, and a trigger per claim row made ingest ten times
-- slower. Code that writes claims elsewhere must do the same, or run
-- INSERT INTO claims_fts (claims_fts) VALUES ('rebuild').
CREATE VIRTUAL TABLE claims_fts USING fts5 (
	sentence,
	content = 'claims',
	content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2',
	detail = none,
	columnsize = 0
);

-- Reuse records point at documents by id without a foreign key: reuse can
-- be detected against documents stored later, and the ledger keeps records
-- whose other side is not (yet) stored.
CREATE TABLE reuses (
	id         INTEGER PRIMARY KEY,
	a          TEXT NOT NULL,
	b          TEXT NOT NULL,
	a_start    INTEGER NOT NULL,
	a_end      INTEGER NOT NULL,
	b_start    INTEGER NOT NULL,
	b_end      INTEGER NOT NULL,
	a_text     TEXT NOT NULL,
	b_text     TEXT NOT NULL,
	chars      INTEGER NOT NULL,
	similarity REAL NOT NULL,
	earlier    TEXT NOT NULL,
	UNIQUE (a, b, a_start, b_start)
);
CREATE INDEX reuses_b ON reuses (b);

CREATE TABLE rejections (
	source TEXT PRIMARY KEY,
	reason TEXT NOT NULL,
	at     TEXT NOT NULL -- RFC 3339 with nanoseconds, UTC
);
