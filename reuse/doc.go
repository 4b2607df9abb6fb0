// Package reuse is the REUSE stage of the pipeline: it finds passages of a
// document that stand again, verbatim or nearly, in another, links declared
// reprints to their originals, and follows the resulting copy graph to give
// each claim its origin and its number of independent sources.
//
// What it promises:
//
//   - Incremental: Detector.Add compares a new document with every indexed
//     one through a sketch index (content-word triples, one in five of each
//     sentence and at least two, spread over it; every triple of the new
//     document is looked up), so its cost depends on the number of
//     candidate documents, not on the size of the index. Candidates are
//     then aligned sentence by sentence into passages.
//   - Flat cost: postings and passage counts are held in memory in a
//     KeyTable (about 12 bytes a key, 55 keys a document), so a lookup is
//     hash probes at any size; indexes persist what it accepted and
//     rebuild it on open.
//   - Robust to what copy editors do: name variants (through a canonicaliser
//     the caller builds from the profile's aliases), punctuation and quotes,
//     dropped or added words and clauses, moved paragraphs (alignment does
//     not depend on order), a sentence split in two.
//   - Boilerplate is not reuse: a passage carried by MaxDF documents or more,
//     a passage shorter than MinTokens content words, and anything shared by
//     two documents of one outlet (its template) are never reported.
//   - Declared reprints (Document.Original) link to their original when it
//     is indexed, or wait in the index until it arrives.
//
// The Index interface is everything the Detector persists; MemIndex keeps it
// in memory and the sqlite package in a database. Both pass indextest.Run.
// An index may buffer writes (the optional Flusher interface): callers end
// a run with Detector.Flush.
// Reuse imports no adapter and no profile: callers inject the canonicaliser
// and the outlet-owner function.
package reuse
