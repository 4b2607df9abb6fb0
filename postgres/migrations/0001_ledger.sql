-- The ledger: documents, their claims (with places and quantities), reuse
-- records and rejections, with a full-text index over claim sentences.
--
-- Identifiers and names that are compared, ordered or paged through are
-- COLLATE "C": the Store contract orders by bytes, whatever the database's
-- default collation. Case-insensitive filters use *_key columns that the Go
-- code fills with strings.ToLower, so that folding does not depend on the
-- server's locale either.

CREATE TABLE documents (
	id                 TEXT COLLATE "C" PRIMARY KEY,
	hash               TEXT COLLATE "C", -- NULL when the caller gave none: never "unchanged"
	title              TEXT NOT NULL,
	byline             TEXT NOT NULL,
	outlet             TEXT NOT NULL,
	published          TEXT COLLATE "C" NOT NULL,
	original_outlet    TEXT, -- NULL when the document republishes nothing
	original_published TEXT,
	original_url       TEXT,
	lang               TEXT NOT NULL,
	body               TEXT NOT NULL,
	url                TEXT NOT NULL,
	source             TEXT NOT NULL,
	format             TEXT NOT NULL,
	profile            TEXT NOT NULL,
	removed            TEXT[], -- NULL when none
	ingested_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_hash ON documents (hash);
CREATE INDEX documents_outlet ON documents (outlet, id);

-- The search configuration: the default parser, English Snowball stemming
-- without stop words (a user's "not" or "near" is a word to find, as in the
-- SQLite ledger), numbers kept as they are. The Go code lower-cases the
-- sentence, folds Latin diacritics and keeps only words separated by
-- spaces before indexing, and does the same to the user's text, so that
-- neither side depends on the server's locale or on the parser's URL,
-- e-mail and file-path token types.
CREATE TEXT SEARCH DICTIONARY claimtrail_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION claimtrail_search (PARSER = pg_catalog.default);
ALTER TEXT SEARCH CONFIGURATION claimtrail_search
	ADD MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
		hword_asciipart, hword_part, hword_numpart WITH claimtrail_stem;
ALTER TEXT SEARCH CONFIGURATION claimtrail_search
	ADD MAPPING FOR int, uint, float, sfloat, version WITH simple;

CREATE TABLE claims (
	seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id            TEXT COLLATE "C" NOT NULL UNIQUE,
	doc           TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	position      INTEGER NOT NULL,
	sentence      TEXT NOT NULL,
	search        TSVECTOR NOT NULL,
	claimant_name TEXT NOT NULL,
	claimant_key  TEXT NOT NULL, -- lower-cased claimant_name
	claimant_side TEXT COLLATE "C" NOT NULL,
	claimant_role TEXT NOT NULL,
	voice         TEXT NOT NULL,
	stance        TEXT NOT NULL,
	hedged        BOOLEAN NOT NULL,
	type          TEXT COLLATE "C" NOT NULL,
	actor         TEXT NOT NULL,
	target        TEXT NOT NULL,
	date_start    TEXT COLLATE "C", -- NULL iff the claim has no date
	date_end      TEXT COLLATE "C",
	date_text     TEXT,
	start_off     INTEGER NOT NULL,
	end_off       INTEGER NOT NULL,
	paragraph     INTEGER NOT NULL,
	optional      BOOLEAN NOT NULL,
	origin        TEXT NOT NULL,
	independent   INTEGER NOT NULL,
	UNIQUE (doc, position)
);
CREATE INDEX claims_type ON claims (type, id);
CREATE INDEX claims_side ON claims (claimant_side, id);
CREATE INDEX claims_date_start ON claims (date_start);
CREATE INDEX claims_date_end ON claims (date_end);
CREATE INDEX claims_search ON claims USING GIN (search);

CREATE TABLE claim_places (
	claim    BIGINT NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
	ord      INTEGER NOT NULL,
	name     TEXT COLLATE "C" NOT NULL,
	name_key TEXT COLLATE "C" NOT NULL, -- lower-cased name
	text     TEXT NOT NULL,
	lat      DOUBLE PRECISION NOT NULL,
	lon      DOUBLE PRECISION NOT NULL,
	place_id TEXT NOT NULL,
	PRIMARY KEY (claim, ord)
);
CREATE INDEX claim_places_name ON claim_places (name_key, claim);

CREATE TABLE quantities (
	claim BIGINT NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
	ord   INTEGER NOT NULL,
	item  TEXT NOT NULL,
	n     BIGINT NOT NULL,
	max   BIGINT NOT NULL,
	qual  TEXT NOT NULL,
	text  TEXT NOT NULL,
	PRIMARY KEY (claim, ord)
);

-- Reuse records point at documents by id without a foreign key: reuse can
-- be detected against documents stored later, and the ledger keeps records
-- whose other side is not (yet) stored.
CREATE TABLE reuses (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	a          TEXT COLLATE "C" NOT NULL,
	b          TEXT COLLATE "C" NOT NULL,
	a_start    INTEGER NOT NULL,
	a_end      INTEGER NOT NULL,
	b_start    INTEGER NOT NULL,
	b_end      INTEGER NOT NULL,
	a_text     TEXT NOT NULL,
	b_text     TEXT NOT NULL,
	chars      INTEGER NOT NULL,
	similarity DOUBLE PRECISION NOT NULL,
	earlier    TEXT NOT NULL,
	UNIQUE (a, b, a_start, b_start)
);
CREATE INDEX reuses_b ON reuses (b);

-- at keeps nanoseconds (TIMESTAMPTZ has microseconds) as RFC 3339 text in
-- UTC with nine fraction digits, which sorts as the time does.
CREATE TABLE rejections (
	source TEXT COLLATE "C" PRIMARY KEY,
	reason TEXT NOT NULL,
	at     TEXT COLLATE "C" NOT NULL
);
