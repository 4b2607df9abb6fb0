// Command claimtrail turns war reporting into a ledger of attributed claims:
// ingest articles, query and export the ledger, score it against gold
// annotations, benchmark it, and serve it. main is thin: run does the work
// and returns an error that main maps to an exit code in one place.
package main
