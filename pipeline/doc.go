// Package pipeline wires the stages of claimtrail together: read, clean,
// extract (with the conflict profile that fits each document), reuse and
// store. It owns concurrency (a bounded pool of workers for the CPU-bound
// stages, one writer for the store and the reuse index), ordering (results
// come out in input order) and the ingest summary. The stages themselves know
// nothing of each other; the CLI and the queue worker call this package.
package pipeline
