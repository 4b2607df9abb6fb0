-- The reuse index keeps its postings and passage counts in memory
-- (reuse.KeyTable) and writes documents to this file in batches: one row per
-- document with the keys and passage hashes it was indexed under, from
-- which the table is rebuilt on open. The per-key and per-hash tables of
-- 0100 cost a B-tree probe per key on every lookup and a random insert per
-- key on every write; they are dropped.
--
-- The index is derived data: it starts empty here, with its watermark at
-- 0, so the next ingest with reuse detection re-indexes every stored
-- document (sqlite.DB.CatchUpReuse) and finds its reuse again.
DROP TABLE reuse_keys;
DROP TABLE reuse_passages;
DROP TABLE reuse_docs;
DELETE FROM reuse_edges;
DELETE FROM reuse_pending;

-- body is NULL when documents holds the same body under the same id: the
-- index then reads it there instead of keeping a second copy. keys and
-- passages are the little-endian uint64 values the document was recorded
-- under (only the keys the key limit let in).
CREATE TABLE reuse_docs (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	outlet         TEXT NOT NULL,
	outlet_key     TEXT NOT NULL, -- reuse.NormOutlet(outlet)
	published      TEXT NOT NULL, -- YYYY-MM-DD or ''
	title          TEXT NOT NULL,
	orig_outlet    TEXT NOT NULL,
	orig_published TEXT NOT NULL,
	body           TEXT,
	keys           BLOB NOT NULL,
	passages       BLOB NOT NULL
);
CREATE INDEX reuse_docs_outlet ON reuse_docs (outlet_key, published);

-- reuse_state.watermark is the highest documents.rowid up to which every
-- stored document is indexed (documents are never deleted, so rowids only
-- grow). Documents above it were stored by a run that died before its
-- index batch was written, or by a run without reuse detection.
CREATE TABLE reuse_state (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	watermark INTEGER NOT NULL
);
INSERT INTO reuse_state (id, watermark) VALUES (1, 0);
