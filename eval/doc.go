// Package eval scores extractor output against a gold folder, as laid down
// in the Scoring section of shared/spec/claims.md.
//
// A gold folder holds claims.jsonl (required), docs.jsonl and reuse.jsonl
// (each optional: a missing file means that part is not scored). Predictions
// are the JSONL records `claimtrail extract --format jsonl` prints, read with
// ReadRecords. Score compares the two and returns a Report that prints as a
// table (WriteTable) or marshals to JSON.
//
// Choices the spec leaves open, made here once so that every number the
// project reports means the same thing:
//
//   - The documents scored are those of the gold (docs.jsonl, claims and
//     reuse records). Predictions for other documents are ignored and
//     counted in Report.IgnoredClaims. A gold document that the prediction
//     lacks (no doc record and no claim) is listed in Report.MissingDocs;
//     its gold claims still count as misses (the strict option), while the
//     document metrics are computed over the documents present in both.
//   - Sentences are compared as word sets: lowercased runs of letters and
//     digits, apostrophes dropped (so "hasn’t" and "hasn't" are one word),
//     every other character a separator. A pair qualifies when the gold set
//     is at least 60% contained in the predicted set or the reverse.
//   - Pairs are matched one to one, greedily: higher overlap first; then a
//     required gold claim before an optional one; then the pair that agrees
//     on more of stance, voice, claimant side, actor and target (one
//     sentence often carries two claims of one type from two claimants);
//     then gold position, then predicted position.
//   - A prediction matched to an optional gold claim is neither a true nor a
//     false positive, and its fields are not scored.
//   - Field accuracies are computed over pairs matched to required gold
//     claims. A null date equals a null date; places compare as sets through
//     a PlaceMatcher; quantities as multisets of (item, n).
//   - A ratio with nothing to count (no pairs, no predictions) marshals as
//     null and prints as "-"; precision with no predictions is 1 when the
//     gold is empty too and 0 otherwise (recall likewise).
package eval
