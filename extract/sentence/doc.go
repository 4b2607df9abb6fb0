// Package sentence splits one plain-text paragraph into sentences.
//
// It is a rule-based splitter tuned for news and war reporting in English:
// it knows titles ("Gen.", "Lt. Col."), dotted acronyms ("U.S.", "a.m."),
// initials ("J. R. Smith"), month abbreviations before a day ("Nov. 9"),
// numbers ("No. 4", "3.5 km"), ellipses, and straight or curly quotes, so that
// a quoted statement followed by "he said." stays one sentence with its
// speaker.
//
// Promises: Split never panics, on any input (invalid UTF-8 included); the
// spans it returns are byte offsets into the text, in order, non-overlapping,
// non-empty and trimmed of white space; together they cover every
// non-space byte of the text. A paragraph with no terminal punctuation is one
// sentence. Split does not allocate beyond its result and uses no regular
// expressions, because it runs on every paragraph of every article.
package sentence
