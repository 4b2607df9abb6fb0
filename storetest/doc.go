// Package storetest is the conformance suite of claimtrail.Store: every
// ledger implementation (SQLite, PostgreSQL, an in-memory fake) runs it
// from its own tests with
//
//	storetest.Run(t, func(t *testing.T) claimtrail.Store { return openFresh(t) })
//
// and must pass it whole. The suite checks behaviour only through the Store
// interface, with claims of two wars, so it holds nothing specific to one
// database.
//
// Where the interface comments leave a choice open, the suite fixes it, so
// that all stores answer alike:
//   - a Text filter is a list of words, each of which must occur in the
//     sentence; quotes, "*", "OR", "NOT", "NEAR(" and other search syntax in
//     it are words or separators, never operators, and never an error; a
//     word matches whole words only (no prefix match); stemming is allowed,
//     so the suite's words have no other inflected form in its fixtures;
//   - without After and Limit, Claims come in document id order, then
//     position in the document; with either, in claim id byte order;
//   - a claim with no date matches no From or To filter;
//   - Place matches a canonical place name whole, ignoring case; Claimant
//     matches a substring of the claimant name, ignoring case, with "%" and
//     "_" literal;
//   - an empty claim ID is assigned as document id + ":" + the claim's index;
//   - a claim id already stored for another document is an EConflict error
//     and nothing of that document is stored;
//   - replacing a document deletes the reuse records that touch it;
//   - storing a document deletes the rejection of its Source (unless "-");
//   - rejecting a source again replaces its record; a zero At is stamped.
package storetest
