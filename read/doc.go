// Package read is the first stage of claimtrail's pipeline: it turns paths
// (files, folders, or "-" for standard input) into documents to clean, or
// into rejections that say in one line why an input was not taken.
//
// What it promises:
//   - Format is told by extension and by content together: a ".txt" file
//     that is really HTML is read as HTML, a file with no extension is
//     sniffed. Supported: text (.txt), Markdown (.md, .markdown), HTML
//     (.html, .htm), JSON Lines (.jsonl, .ndjson: one article per line),
//     RSS and Atom feeds (.xml, .rss, .atom: one document per item) and WARC
//     (.warc, .warc.gz: one document per HTML response record).
//   - Every Input holds valid UTF-8 without a byte-order mark. Other
//     charsets are converted when the input declares one (HTML meta charset,
//     XML encoding, the HTTP header of a WARC record); an undeclared invalid
//     byte is a rejection that names its offset.
//   - Bad input never stops a walk: empty, binary, undecodable, oversized or
//     unreadable files and malformed JSONL lines each become one Rejected and
//     the walk goes on. Only the callback's error or ctx ends it early.
//   - Order is stable: paths in the order given, folder contents in lexical
//     order, container items in file order. Hidden files and folders (name
//     starting with ".") inside a folder are skipped; nothing else is.
//   - Files over Options.MaxBytes are rejected before being read into
//     memory, except containers that are streamed (JSONL line by line, WARC
//     record by record), whose single lines or records are held to the limit.
//   - A text or Markdown file that opens with a YAML front-matter block
//     ("---", "key: value" lines, "---") loses the block: its title, date
//     (or published), outlet (site, site_name, publisher, publication) and
//     url (link, canonical) become the Input's container metadata.
//
// Sources name where a document came from: the path for a whole file,
// "path:N" for line N of a JSONL file, "path#N" for item or record N of a
// feed or WARC file, and "-" for standard input. IDs are the file name
// without extension; container documents get the JSONL "id" field or
// "name:N".
package read
