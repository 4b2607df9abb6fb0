// Package queue spreads ingest over machines through NATS JetStream: a
// producer publishes documents as they are read, and any number of workers,
// on any machines, consume them, clean, extract, detect reuse and store
// them in one shared ledger (PostgreSQL).
//
// What it promises:
//   - At-least-once delivery, idempotent processing. Each document is
//     published with its content hash as the JetStream message id (the
//     stream drops a second copy within its dedup window), and a worker
//     acknowledges a message only after the ledger committed its document;
//     a message whose hash the ledger holds already is acknowledged without
//     a second copy. A worker killed at any point loses nothing: its
//     unacknowledged messages come back to another worker after AckWait.
//   - With an Ingester (postgres.Reuser), a batch's documents, claims,
//     reuse index entries and reuse records are one transaction, taken
//     under the ledger's reuse lock, so reuse detection from many workers
//     loses no update (see package postgres).
//   - Poison documents (processing panics, recovered; or the ledger
//     refusing the document's data) are retried with a growing delay and,
//     at their MaxAttempts-th delivery, published to the dead-letter
//     subject PREFIX.dead.poison with their reason and recorded as
//     rejections in the ledger. A failing ledger or network never poisons
//     a document: those are retried without limit. Inputs the producer
//     could not read go to PREFIX.dead.read, and workers record them in the
//     ledger, so that both show in 'claimtrail rejected'.
//   - Workers publish heartbeats to a key-value bucket; Status reports the
//     backlog (pending + in progress), the workers alive, the throughput
//     over the last minute and the dead letters.
//   - A worker asked to stop finishes the batch in hand (within Grace) and
//     gives back what it could not finish.
//   - Workers clean as 'claimtrail ingest' does, learning pass included:
//     PublishPaths publishes a run's inputs to the learn stream first, and
//     a worker replays a run's learning pass into a cleaner of its own
//     before cleaning the run's documents (learn.go). Documents queued one
//     by one (Producer.Add) are cleaned without learning, as ingest cleans
//     stdin.
//   - The ack wait belongs to the consumer the workers share: the first
//     worker creates it, and a worker asking for another value refuses to
//     start unless it is told to reconfigure the queue (Reconfigure).
//
// Documents are queued as the JSON of read.Input, gzipped above 32 KB;
// cleaning and extraction happen in the workers.
package queue
