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
// or a disclaimer; credits a photo or a wire story's reporters; introduces
// related articles) and, when Observe has seen the batch, whether the
// same site repeats it in many different documents. HTML pages first go
// through main-content extraction (go-trafilatura), then the same line
// evidence.
//
// Calls to action come in two strengths. A strong one speaks of support,
// donation, subscription, sharing or the site's upkeep ("Unsubscribe at any
// time", "If you value our reporting, share this post") and goes wherever
// it stands; a weak one only addresses the reader ("Send it to us") and
// goes only before or after the article's running text. Quoted speech and
// sentences that do not open with an imperative to the reader ("Ukraine
// called on its allies to support it") are never prompts.
//
// The head of a document (the lines before its first paragraph) is read
// segment by segment: "Outlet · Monday, 2 March 2022 · Section", "Outlet |
// Published: …", "Posted on … by the X team", a name over a date line. A
// segment that is a date gives the publication date, a name gives the
// outlet when no container field or page markup names one; a place before
// a date ("Moscow, March 3, 2022") never does. Wire datelines ("KYIV, Feb
// 25 (Agency) – …") stay in the text; they date the article only when
// another date in it gives the year, and their agency is the outlet of
// last resort. Head lines leave the body; the title loses a site name or
// date joined to it. A headline is read by its place as well as its shape:
// "Speaker: what was said" is a headline, not a label and its tags, and a
// question over a byline is not the first paragraph. A date that ends the
// headline ("Assessment: the south, 8 September 2025") dates the document
// when the head gives none; "Updated: …" stamps never do. A reprint note
// must name an outlet: "first posted in June 2023" dates the page itself.
//
// Layouts copied from other sites' pages: a publication's name over the
// headline (a masthead), breadcrumbs ("Home > World > Europe", "World /
// Europe"), a kicker kept in the headline ("LIVE: …", "Analysis | …"), a
// publication-shaped name after a bar or dash ("… | Vistula Times") that
// names the outlet when nothing else does, a feed's "Title: …" label, a
// messenger's post stamp ("Channel, [08.03.2022 14:05]"), month names
// transliterated from Russian and Ukrainian ("14 marta 2022"). Where the
// head gives no date, a labelled date line after the article ("Posted
// 10.10.2022 08:15") dates it, and a relative stamp in the head ("2 hours
// ago", "yesterday") counts back from a date the page states after the
// article. A closing note on the author ("X is a senior editor at Y",
// "About the author: …") and reporters' credits ("X contributed
// reporting") leave the body. "Source: X" after the article marks a
// reprint only when X is a web address or one of Options.Outlets (the
// profiles' outlets). Markdown front matter is read by package read as
// container metadata.
//
// Recurrence counts template instances, not documents: documents that
// share most of their running text (copies, corrected republications) are
// one instance, and only lines that recur across otherwise different
// documents of a site are its boilerplate.
//
// What it promises:
//   - Markdown markup is stripped so sentences come out as plain text with
//     white space folded; paragraphs are joined with "\n\n", and a paragraph
//     broken mid-sentence is joined back to its continuation. In Markdown
//     input (Format "md") consecutive lines are one paragraph, inside a
//     block quote too, as Markdown renders them; headings, list items,
//     byline lines and lines after a hard break stand alone.
//   - Body never grows: apart from the paragraph breaks it writes, it is
//     no longer than the input text, and it is valid UTF-8.
//   - Published and Original.Published are YYYY-MM-DD or "". Container
//     metadata (JSONL fields, feed items) wins over the page, which wins
//     over the text, except WARC-Date, a crawl time, which yields to both.
//   - An HTML page with no words outside its navigation, header furniture,
//     footer, scripts and cookie notices is rejected as "HTML with no main
//     text".
//   - Every dropped line is listed in Document.Removed for audit.
//   - A Cleaner is safe for concurrent Clean calls after Observe is done.
//
// Cost: every line is scanned once for all phrase lists (an Aho-Corasick
// automaton, phrases.go); Markdown shapes, links, URLs and e-mail addresses
// are read by hand (links.go) rather than by regular expression; language
// detection reads the first 150 words. A text article of 2-7 KB takes
// about 0.15-0.3 ms of CPU.
package clean
