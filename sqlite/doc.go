// Package sqlite is the embedded ledger: a claimtrail.Store on one SQLite
// file (modernc.org/sqlite, pure Go, with FTS5), the default store of the
// command line and the web server.
//
// What it promises, beyond the claimtrail.Store contract:
//   - Every write is one transaction. PutDocuments writes a whole batch or
//     nothing, so a process killed mid-ingest leaves a consistent file and
//     re-running the same input ends without duplicates.
//   - The schema is a list of embedded, numbered migrations
//     (migrations/NNNN_name.sql) applied in order, each in its own
//     transaction and recorded in schema_migrations; reopening a file applies
//     only the new ones. Numbers 0100 and above belong to the reuse index,
//     which keeps its tables in the same file through SQL.
//   - The file is in WAL mode: reads (a pool of read-only connections) run
//     while a batch is written; writes go through one connection and queue.
//   - Claim sentences are indexed with FTS5 (porter stemming, diacritics
//     folded); a Text filter's words are each quoted, so user input is never
//     FTS syntax.
//   - Ingest is built for batches (PutDocuments): one query looks up the
//     batch's ids; documents, claims and place-index rows are written many
//     rows per statement through statements prepared once per ledger; the
//     full-text index, the rejections and the Stats counters are updated
//     once per transaction by the Go code, not by triggers. In this pure-Go
//     SQLite the cost of a statement and of each bound value, not of a row,
//     dominates, so the schema writes little per claim: one row with its
//     places and quantities as JSON, one place-index row per place, no
//     index on the claim's document (a document's claims are a seq range,
//     documents.claims_from..claims_to) and an FTS5 index without positions.
//     Code that writes those tables through SQL must keep claims_fts,
//     claim_places, the ranges, claim_counts and place_counts in step
//     itself (see migrations/0001_init.sql).
//   - Durability: WAL with synchronous=NORMAL. A commit survives the
//     process being killed at any point (the WAL is in the file system
//     before the commit returns); a power loss or OS crash can lose the
//     last commits, never consistency. "A killed ingest leaves a consistent
//     database" is the process-crash case, which NORMAL fully covers; FULL
//     would add an fsync per batch for the power-loss case only.
//   - A Text filter is split into words by SQLite's own tokenizer (a
//     private in-memory FTS5 table), so that each quoted word is one token
//     of the index; "all words must occur" is then exact.
//   - HasHash is one prepared statement on the read pool over a partial
//     index of documents.hash.
//
// Decisions the Store interface leaves open:
//   - A document without Hash is never "unchanged": storing it again
//     replaces it.
//   - Storing a document deletes the rejection of its Source (unless "" or
//     "-"): that input has now been ingested.
//   - Replacing a document deletes the reuse records touching it, whose
//     offsets pointed into the old body.
//   - A claim whose ID is already stored for another document is an
//     EConflict error; the whole batch is rolled back.
//   - Read results have Kind set ("doc", "claim", "reuse") and empty, not
//     nil, Places and Quantities slices.
package sqlite
