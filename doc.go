// Package claimtrail is the domain core of claimtrail: documents, claims,
// reuse records and the Store interface that every ledger implementation
// satisfies. It imports nothing of ours; the pipeline stages (read, clean,
// extract, reuse, resolve) and the adapters (sqlite, postgres, queue, web)
// depend on it and not on each other.
//
// The JSON form of Document, Claim and Reuse is the record format of
// shared/spec/claims.md; fields beyond the spec are optional extensions.
package claimtrail
