// Package clean is the second stage of claimtrail's pipeline: it turns a
// read.Input into a claimtrail.Document whose body holds every line of the
// article and none of the site's boilerplate, with the article's title,
// byline, outlet, publication date, original (for reprints) and language.
//
// Boilerplate is found by evidence about each line, never by a list of
// known sites' phrases: its position (before the first or after the last
// line of running text), its shape (numbers only, link-dense, a label with
// a list of names, a short line repeated in the document), what it does
// (asks the reader to share, subscribe, donate or click; states copyright
// or a disclaimer; credits a photo; introduces related articles) and, when
// Observe has seen the batch, whether the same site repeats it in many
// documents. HTML pages first go through main-content extraction
// (go-trafilatura), then the same line evidence.
//
// What it promises:
//   - Markdown markup is stripped so sentences come out as plain text with
//     white space folded; paragraphs are joined with "\n\n", and a paragraph
//     broken mid-sentence is joined back to its continuation.
//   - Body never grows: apart from the paragraph breaks it writes, it is
//     no longer than the input text, and it is valid UTF-8.
//   - Published and Original.Published are YYYY-MM-DD or "". Container
//     metadata (JSONL fields, feed items) wins over the page, which wins
//     over the text, except WARC-Date, a crawl time, which yields to both.
//   - Every dropped line is listed in Document.Removed for audit.
//   - A Cleaner is safe for concurrent Clean calls after Observe is done.
package clean
