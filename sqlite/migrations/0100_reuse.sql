-- The reuse index (package reuse, Index interface): what the reuse detector
-- keeps to compare each new document with the stored ones. Written only
-- through sqlite/reuse_index.go. Keys and hashes are uint64 values stored
-- as the signed 64-bit integers with the same bits.

-- reuse_docs holds each indexed document's metadata and body; seq is the
-- order of indexing (reuse.DocMeta.Seq).
CREATE TABLE reuse_docs (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	outlet         TEXT NOT NULL,
	outlet_key     TEXT NOT NULL, -- reuse.NormOutlet(outlet)
	published      TEXT NOT NULL, -- YYYY-MM-DD or ''
	title          TEXT NOT NULL,
	orig_outlet    TEXT NOT NULL,
	orig_published TEXT NOT NULL,
	body           TEXT NOT NULL
);
CREATE INDEX reuse_docs_outlet ON reuse_docs (outlet_key, published);

-- reuse_keys maps a sketch key to the documents carrying it, at most
-- limit+1 per key (a key past its limit is never looked up again).
CREATE TABLE reuse_keys (
	key INTEGER NOT NULL,
	doc INTEGER NOT NULL, -- reuse_docs.seq
	PRIMARY KEY (key, doc)
) WITHOUT ROWID;

-- reuse_passages counts the documents carrying each sentence hash.
CREATE TABLE reuse_passages (
	hash INTEGER PRIMARY KEY,
	n    INTEGER NOT NULL
);

-- reuse_pending holds declared reprints waiting for their original.
CREATE TABLE reuse_pending (
	reprint   TEXT PRIMARY KEY,
	outlet    TEXT NOT NULL, -- normalised
	published TEXT NOT NULL
);
CREATE INDEX reuse_pending_outlet ON reuse_pending (outlet);

-- reuse_edges holds reused passages and reprint links between documents.
CREATE TABLE reuse_edges (
	kind       TEXT NOT NULL,
	a          TEXT NOT NULL,
	b          TEXT NOT NULL,
	a_start    INTEGER NOT NULL,
	a_end      INTEGER NOT NULL,
	b_start    INTEGER NOT NULL,
	b_end      INTEGER NOT NULL,
	similarity REAL NOT NULL,
	PRIMARY KEY (a, b, kind, a_start, a_end, b_start, b_end)
) WITHOUT ROWID;
CREATE INDEX reuse_edges_b ON reuse_edges (b);
