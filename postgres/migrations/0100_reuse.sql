-- The reuse index (package reuse, Index interface): what the reuse detector
-- keeps to compare each new document with the stored ones. Written only
-- through reuse_index.go. Keys and hashes are uint64 values stored as the
-- signed 64-bit integers with the same bits.

-- reuse_docs holds each indexed document's metadata and body; seq is the
-- order of indexing (reuse.DocMeta.Seq). Writers hold the reuse lock (see
-- reuse_index.go), so seqs are assigned in commit order.
CREATE TABLE reuse_docs (
	seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id             TEXT COLLATE "C" NOT NULL UNIQUE,
	outlet         TEXT NOT NULL,
	outlet_key     TEXT COLLATE "C" NOT NULL, -- reuse.NormOutlet(outlet)
	published      TEXT COLLATE "C" NOT NULL, -- YYYY-MM-DD or ''
	title          TEXT NOT NULL,
	orig_outlet    TEXT NOT NULL,
	orig_published TEXT NOT NULL,
	body           TEXT NOT NULL
);
CREATE INDEX reuse_docs_outlet ON reuse_docs (outlet_key, published);

-- reuse_keys maps a sketch key to the documents carrying it, at most
-- limit+1 per key (a key past its limit is never looked up again).
CREATE TABLE reuse_keys (
	key BIGINT NOT NULL,
	doc BIGINT NOT NULL, -- reuse_docs.seq
	PRIMARY KEY (key, doc)
);

-- reuse_passages counts the documents carrying each sentence hash.
CREATE TABLE reuse_passages (
	hash BIGINT PRIMARY KEY,
	n    INTEGER NOT NULL
);

-- reuse_pending holds declared reprints waiting for their original.
CREATE TABLE reuse_pending (
	reprint   TEXT COLLATE "C" PRIMARY KEY,
	outlet    TEXT COLLATE "C" NOT NULL, -- normalised
	published TEXT NOT NULL
);
CREATE INDEX reuse_pending_outlet ON reuse_pending (outlet);

-- reuse_edges holds reused passages and reprint links between documents.
CREATE TABLE reuse_edges (
	kind       TEXT COLLATE "C" NOT NULL,
	a          TEXT COLLATE "C" NOT NULL,
	b          TEXT COLLATE "C" NOT NULL,
	a_start    INTEGER NOT NULL,
	a_end      INTEGER NOT NULL,
	b_start    INTEGER NOT NULL,
	b_end      INTEGER NOT NULL,
	similarity DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (a, b, kind, a_start, a_end, b_start, b_end)
);
CREATE INDEX reuse_edges_b ON reuse_edges (b);
