// Package postgres is the shared ledger: a claimtrail.Store on PostgreSQL
// (pgx, pgxpool), for a newsroom or a research group that writes one ledger
// from many processes and machines. It mirrors package sqlite: the same
// conformance suite (storetest), the same results, the same reuse index
// (reuse/indextest).
//
// What it promises, beyond the claimtrail.Store contract:
//   - Every write is one transaction. PutDocuments writes a whole batch or
//     nothing; a batch is one round trip after the look-up of stored
//     hashes (claims, places and quantities go in one statement per claim).
//   - The schema is a list of embedded, numbered migrations applied in
//     order, each in its own transaction, recorded in schema_migrations.
//     Processes opening a new ledger at once take turns on an advisory
//     lock, so each migration runs exactly once. A search_path in the URL
//     keeps the ledger in its own schema (created when missing).
//   - Concurrent writers of one document id take turns on its row; two
//     inserting a new id at once collide on the key and the loser retries,
//     so exactly one of them reports PutNew.
//   - Full-text search uses PostgreSQL's text search (a GIN index over a
//     tsvector, English Snowball stems without stop words). Sentences and
//     the user's text are reduced to lower-cased words, Latin diacritics
//     folded, in Go, so a Text filter is words, never tsquery syntax.
//   - Reuse detection from many processes is serialised by a
//     transaction-scoped advisory lock (Reuser): a document's whole reuse
//     step (candidate look-up, alignment, index and edge writes) runs with
//     no other step in between, and Reuser.Ingest stores a batch's
//     documents, claims, index entries and reuse records in one
//     transaction. A process killed mid-step loses its transaction and its
//     lock, nothing else. See Reuser for why the lock is global.
//   - The reuse index's postings and passage counts are answered from
//     memory: each process keeps a reuse.KeyTable of the committed index
//     and catches up, by seq, with the rows others committed; a
//     transaction's own entries stay in an overlay until they are written
//     under the lock (reuse_keys.go). Detection runs before the lock and
//     is kept when no document committed meanwhile touches what it read;
//     the documents it cannot keep are detected again under the lock
//     (Reuser). Either way the result is that of a serial run in commit
//     order.
//
// Decisions the Store interface leaves open are taken as in package
// sqlite: a document without Hash is never unchanged; storing a document
// deletes the rejection of its Source (unless "" or "-"); replacing a
// document deletes the reuse records touching it; a claim id stored for
// another document is an EConflict error and rolls the batch back; reads
// have Kind set and empty, not nil, slices; ids sort by bytes (COLLATE
// "C"), whatever the database's collation.
package postgres
