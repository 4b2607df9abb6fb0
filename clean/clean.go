package clean

import (
	"errors"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/read"
)

// Options tune a Cleaner. The zero value is ready to use.
type Options struct {
	// MinRecurrence is how many documents of one site a line must stand in,
	// during Observe, to count as that site's boilerplate; 0 means 3.
	MinRecurrence int
	// Outlets are the names of known outlets (the conflict profiles'). A
	// "Source: X" line after the article that names one, or a web
	// address, marks the document as a reprint of X.
	Outlets []string
}

// Cleaner turns inputs into documents. It is safe for concurrent Clean
// calls once the Observe calls are done; Observe itself may be called
// concurrently.
type Cleaner struct {
	minRec  int
	outlets []string

	mu    sync.RWMutex          // guards sites
	sites map[string]*siteStats // what Observe learnt, per site
}

// New returns a Cleaner.
func New(opts Options) *Cleaner {
	c := &Cleaner{minRec: opts.MinRecurrence, outlets: opts.Outlets, sites: map[string]*siteStats{}}
	if c.minRec <= 0 {
		c.minRec = 3
	}
	return c
}

// units decodes the input into units; for HTML through main-content
// extraction.
func (c *Cleaner) units(in *read.Input) ([]*unit, *htmlMeta, error) {
	if !in.HTML {
		if in.Format == "md" {
			return splitMarkdown(in.Text), nil, nil
		}
		return splitUnits(in.Text, true), nil, nil
	}
	lines, meta, err := extractHTML(in.Text, in.URL)
	if err != nil {
		return nil, &meta, err
	}
	return splitUnits(strings.Join(lines, "\n\n"), false), &meta, nil
}

// Clean turns an input into a document: the article's body with the site's
// boilerplate removed, and its metadata. An error is a rejection reason.
func (c *Cleaner) Clean(in *read.Input) (*claimtrail.Document, error) {
	units, meta, err := c.units(in)
	if err != nil {
		return nil, err
	}
	units = mergeBroken(units)
	doc := &claimtrail.Document{Kind: "doc", ID: in.ID, URL: in.URL, Source: in.Source,
		Format: in.Format, Hash: in.Hash}

	for _, u := range units {
		if r := evidence(u); r != "" {
			u.dropAs(r)
		}
	}

	// The head: lines before the first kept running text. Bylines,
	// datelines and the title live there.
	facts := headFacts{relDays: -1}
	headEnd := len(units)
	firstKept := true
	for i, u := range units {
		if u.drop == "" && firstKept && sentenceHeadline(units, i) {
			firstKept = false
			continue
		}
		if u.drop == "" {
			firstKept = false
		}
		if u.drop == "" && u.prose() && !questionHeadline(units, i) && !dateLine(u) && !standfirst(units, i) {
			headEnd = i
			break
		}
	}
	if headEnd > 25 {
		headEnd = 25
	}
	titleUnit := c.readHead(units, headEnd, &facts, doc)

	// Title: the container's, the page's, or the head's headline.
	switch {
	case in.Title != "":
		doc.Title = fold(in.Title)
	case meta != nil && headingIn(units[:min(headEnd, len(units))]) != nil:
		doc.Title = headingIn(units[:min(headEnd, len(units))]).text
		for _, pt := range []string{meta.title, meta.rawTitle} {
			t := trimSiteSuffix(fold(pt), meta.site)
			if t == "" || len(t) >= len(doc.Title) || !strings.HasSuffix(doc.Title, " "+t) {
				continue
			}
			// "Exclusive School hit": a kicker printed in its own element
			// runs into the headline the page's title gives alone.
			if kicker := strings.TrimSuffix(doc.Title, " "+t); countWords(kicker) <= 2 && strings.IndexFunc(kicker, unicode.IsPunct) < 0 {
				doc.Title = t
				break
			}
		}
	case meta != nil && meta.title != "":
		doc.Title = trimSiteSuffix(meta.title, meta.site)
	case titleUnit != nil:
		doc.Title = titleUnit.text
	}
	if doc.Title != "" && in.HTML {
		// Extraction sometimes runs the headline into the first
		// paragraph ("Bridge hit A missile struck…").
		for _, u := range units {
			if u.drop != "" {
				continue
			}
			if rest, ok := strings.CutPrefix(u.text, doc.Title+" "); ok && u.words > 2*countWords(doc.Title) {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
					c.retext(u, rest)
				}
			}
			break
		}
	}
	if doc.Title != "" {
		t := unit{text: doc.Title, lower: strings.ToLower(doc.Title)}
		key, tw := lineHash(&t), countWords(doc.Title)
		for _, u := range units {
			if u.words == tw && lineHash(u) == key {
				u.dropAs("title")
			}
		}
	}
	if meta != nil {
		// Lines around the page's headline that extraction left out: the
		// byline and dateline block.
		for _, l := range meta.head {
			if h, ok := parseHeadLine(l); ok {
				facts.add(h)
			}
		}
	}

	// Reprint notes anywhere (usually at the end).
	var orig *claimtrail.Original
	for _, u := range units {
		if outlet, date, link, ok := reprintNote(u); ok {
			if orig == nil {
				orig = &claimtrail.Original{Outlet: outlet, Published: date, URL: link}
			}
			u.drop = ""
			u.dropAs("reprint note")
		}
	}

	c.dropRelated(units)
	dropRepeated(units)
	if in.HTML {
		// Extraction can emit a block twice (a teaser and its body); a
		// second copy of a line is never new text.
		seen := map[uint64]bool{}
		for _, u := range units {
			k := lineHash(u)
			if u.drop == "" && seen[k] {
				u.dropAs("repeated line")
			}
			seen[k] = true
		}
	}

	// Lines this site repeats in many documents.
	recurring, anyRecurring := c.recurringLines(siteOf(in, units, meta), units)
	// Weak prompts are not the article's running text either: they must
	// not stretch its bounds.
	skip := make([]bool, len(units))
	for i, u := range units {
		skip[i] = recurring[i] || u.weakCTA
	}
	first, last := proseBounds(units, skip)
	if first < 0 && anyRecurring {
		// Everything recurs: a batch of reprints, not boilerplate.
		for i, u := range units {
			recurring[i], skip[i] = false, u.weakCTA
		}
		first, last = proseBounds(units, skip)
	}
	for i, u := range units {
		if recurring[i] && (u.words <= 25 || !u.prose() || i < first || i > last) {
			u.dropAs("recurs across the site")
		}
		if u.weakCTA && (first < 0 || i < first || i > last) {
			u.dropAs("call to action")
		}
	}
	if first >= 0 {
		for i, u := range units {
			if (i < first || i > last) && u.drop == "" && !u.prose() && !(u.lead && i < first) {
				u.dropAs("outside the article")
			}
		}
		facts.signoff = signoff(units[last+1:])
		facts.tailDate, facts.pageDate = tailDates(units[last+1:])
		if last > first && authorBio(units[last]) {
			units[last].dropAs("author bio")
		}
		endMatter(units, first, last)
		if orig == nil {
			for _, u := range units[last+1:] {
				if o, ok := c.sourceLine(u); ok {
					orig = &claimtrail.Original{Outlet: o}
					u.drop = ""
					u.dropAs("reprint note")
					break
				}
			}
		}
	}
	dropDanglingLeadIns(units)

	c.metadata(doc, in, meta, &facts, orig)

	// Body.
	paras := joinBroken(units)
	doc.Body = strings.Join(paras, "\n\n")
	for _, u := range units {
		if u.drop != "" && u.record {
			doc.Removed = append(doc.Removed, u.text)
		}
	}
	if strings.TrimSpace(doc.Body) == "" {
		if in.HTML {
			return nil, errNoMainText
		}
		return nil, errors.New("no article text left after removing boilerplate")
	}
	doc.Lang = DetectLang(doc.Body)
	if doc.Lang == "" && meta != nil && len(meta.lang) >= 2 {
		doc.Lang = strings.ToLower(meta.lang[:2])
	}
	return doc, nil
}

// questionHeadline reports a headline that ends like a sentence ("Has the
// bridge fallen?", "Fact check: is the town surrounded?"): the document's
// first kept line, short, ending in "?" or "!", with a byline or dateline
// line right under it. Running text does not stand over a byline.
func questionHeadline(units []*unit, i int) bool {
	u := units[i]
	if u.words > 24 {
		return false
	}
	t := strings.TrimRight(u.text, " \"”'’»)")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") {
		return false
	}
	for _, v := range units[:i] {
		if v.drop == "" {
			if _, ok := v.headLine(); !ok {
				return false
			}
		}
	}
	for _, v := range units[i+1 : min(i+4, len(units))] {
		if _, ok := v.headLine(); ok {
			return true
		}
		if v.drop == "" && v.prose() {
			return false
		}
	}
	return false
}

// retext replaces a unit's text (after a prefix was cut off).
func (c *Cleaner) retext(u *unit, text string) {
	u.text, u.hash, u.scanned, u.headParsed = text, 0, false, false
	u.lower = strings.ToLower(text)
	u.words = countWords(text)
	u.drop, u.record, u.weakCTA = "", false, false
	if r := evidence(u); r != "" && text != "" {
		u.dropAs(r)
	}
}

func headingIn(units []*unit) *unit {
	for _, u := range units {
		if u.heading && u.drop == "" && titleShaped(u) {
			return u
		}
	}
	return nil
}

// trimSiteSuffix drops " | Site" or " – Site" from a page title.
func trimSiteSuffix(title, site string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := title[i+len(sep):]
			if (site != "" && sameName(tail, site)) || countWords(tail) <= 3 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// metadata settles outlet, dates, byline and original from what the
// container, the page markup and the text say, in that order of trust.
func (c *Cleaner) metadata(doc *claimtrail.Document, in *read.Input, meta *htmlMeta, facts *headFacts, orig *claimtrail.Original) {
	doc.Byline = facts.byline
	if meta != nil && meta.author != "" {
		doc.Byline = meta.author
	}
	var textPub string
	for _, dl := range facts.datelines {
		switch {
		case orig != nil && dl.name != "" && sameName(dl.name, orig.Outlet):
			if orig.Published == "" {
				orig.Published = dl.date
			}
		case textPub == "":
			textPub = dl.date
		}
	}
	if textPub == "" {
		textPub = facts.titleDate
	}
	if textPub == "" && facts.wire != nil {
		textPub = facts.wire.date(facts.wireYear)
	}
	if textPub == "" {
		textPub = facts.tailDate
	}
	if textPub == "" && facts.relDays >= 0 && facts.pageDate != "" {
		if t, err := time.Parse(time.DateOnly, facts.pageDate); err == nil {
			textPub = t.AddDate(0, 0, -facts.relDays).Format(time.DateOnly)
		}
	}
	containerPub := NormalizeDate(in.Published)
	pagePub := ""
	if meta != nil {
		pagePub = meta.date
	}
	switch {
	case in.Format == "warc": // WARC-Date is when it was crawled: the page knows better
		doc.Published = firstOf(pagePub, textPub, containerPub)
	default:
		doc.Published = firstOf(containerPub, pagePub, textPub)
	}
	// Outlet: the container's, the page's own name for itself, the name
	// its title carries after the headline, the head's names, and last
	// the agency a wire dateline credits.
	doc.Outlet = fold(in.Outlet)
	if doc.Outlet == "" && meta != nil {
		doc.Outlet = firstOf(meta.site, siteFromTitle(meta.rawTitle, doc.Title))
	}
	if doc.Outlet == "" {
		for _, o := range facts.orgs {
			if orig != nil && sameName(o, orig.Outlet) || facts.byline != "" && sameName(o, facts.byline) || isPlace(o) && countWords(o) > 1 {
				continue
			}
			doc.Outlet = o
			break
		}
	}
	if doc.Outlet == "" && facts.signoff != "" && (orig == nil || !sameName(facts.signoff, orig.Outlet)) {
		doc.Outlet = facts.signoff
	}
	if doc.Outlet == "" && facts.wire != nil && (orig == nil || !sameName(facts.wire.agency, orig.Outlet)) {
		doc.Outlet = facts.wire.agency
	}
	if doc.Outlet == "" {
		doc.Outlet = siteSuffix(doc.Title, c.outlets)
	}
	// A canonical link to another site marks a reprint the text may not name.
	if orig == nil && meta != nil && meta.canonical != "" && in.URL != "" {
		if ch, ph := hostName(meta.canonical), hostName(in.URL); ch != "" && ph != "" && ch != ph {
			orig = &claimtrail.Original{Outlet: ch, URL: meta.canonical}
		}
	}
	if orig != nil && doc.Outlet != "" && sameName(orig.Outlet, doc.Outlet) {
		orig = nil // the outlet's own article
	}
	doc.Original = orig
	doc.Title = cleanTitle(doc.Title, doc.Outlet)
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// proseBounds finds the first and last kept lines of running text,
// ignoring those marked in skip. -1, -1 when there is none.
func proseBounds(units []*unit, skip []bool) (first, last int) {
	first, last = -1, -1
	for i, u := range units {
		if u.drop == "" && !skip[i] && u.prose() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// dropRelated drops a related-articles heading and the short lines of
// titles or links under it.
func (c *Cleaner) dropRelated(units []*unit) {
	for i := 0; i < len(units); i++ {
		if !relatedHeading(units[i]) {
			continue
		}
		units[i].dropAs("related articles")
		for j := i + 1; j < len(units); j++ {
			u := units[j]
			if u.prose() || u.heading || u.words > 15 {
				break
			}
			u.dropAs("related articles")
			i = j
			if u.blankAfter && !(j+1 < len(units) && units[j+1].listItem) {
				break
			}
		}
	}
}

// dropRepeated drops short lines that stand more than once in the
// document (a headline repeated under a photo, a share bar at top and
// bottom). Long paragraphs are not touched: repeating one is the author's
// choice.
func dropRepeated(units []*unit) {
	count := map[uint64]int{}
	for _, u := range units {
		if u.words >= 2 && u.words <= 30 {
			count[lineHash(u)]++
		}
	}
	for _, u := range units {
		if u.words >= 2 && u.words <= 30 && count[lineHash(u)] > 1 {
			u.dropAs("repeated line")
		}
	}
}

// dropDanglingLeadIns drops a line ending in ":" when nothing it could
// introduce survives after it.
func dropDanglingLeadIns(units []*unit) {
	for i, u := range units {
		if u.drop != "" || !strings.HasSuffix(strings.TrimSpace(u.text), ":") {
			continue
		}
		rest := true
		for _, v := range units[i+1:] {
			if v.drop == "" {
				rest = false
				break
			}
		}
		if rest {
			u.dropAs("lead-in to removed lines")
		}
	}
}

// Function words that cannot end an English sentence: a line ending in one
// was cut mid-sentence.
var danglers = map[string]bool{"the": true, "a": true, "an": true, "of": true, "from": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "as": true,
	"into": true, "than": true, "its": true, "their": true, "his": true, "her": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "has": true, "have": true, "had": true,
	"not": true, "this": true, "these": true, "those": true, "between": true, "about": true,
	"и": true, "в": true, "на": true, "с": true, "что": true, "по": true, "из": true, "та": true, "що": true}

// joinBroken returns the kept lines as paragraphs, joining a paragraph cut
// mid-sentence to the next kept one: it must read as running text, end
// without sentence-final punctuation, and either end in a function word
// or be followed by a line starting in lower case.
func joinBroken(units []*unit) []string {
	var paras []string
	var prev *unit
	for _, u := range units {
		if u.drop != "" || u.text == "" {
			continue
		}
		if prev != nil && len(paras) > 0 && broken(prev, u) {
			paras[len(paras)-1] += " " + u.text
			prev = u
			continue
		}
		paras = append(paras, u.text)
		prev = u
	}
	return paras
}

// mergeBroken joins a line cut mid-sentence with the line that continues
// it, before any evidence is weighed, so that neither half is judged alone.
func mergeBroken(units []*unit) []*unit {
	out := units[:0]
	for _, u := range units {
		if n := len(out); n > 0 && !u.listItem && broken(out[n-1], u) && !headlineOver(out, u) {
			p := out[n-1]
			p.raw += " " + u.raw
			p.text += " " + u.text
			p.hash, p.scanned, p.headParsed = 0, false, false
			p.lower = strings.ToLower(p.text)
			p.words += u.words
			p.linkChars += u.linkChars
			p.blankAfter = u.blankAfter
			continue
		}
		out = append(out, u)
	}
	return out
}

// headlineOver reports the document's first line standing over a line
// that starts with a capital, or over a byline or dateline: a headline
// ends without a full stop, and is not cut.
func headlineOver(out []*unit, next *unit) bool {
	if len(out) == 1 && titleShaped(out[0]) {
		r, _ := utf8.DecodeRuneInString(next.text)
		if unicode.IsUpper(r) {
			return true
		}
	}
	if next.words > 20 {
		return false // head lines are short
	}
	_, ok := next.headLine()
	return ok
}

func broken(prev, next *unit) bool {
	if prev.heading || next.heading || prev.words < 8 || terminal(prev.text) {
		return false
	}
	t := strings.TrimSpace(prev.text)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") {
		return false
	}
	first := []rune(next.text)
	if len(first) == 0 {
		return false
	}
	if lowerStart(first[0]) {
		return true
	}
	words := strings.Fields(strings.ToLower(t))
	return len(words) > 0 && danglers[strings.Trim(words[len(words)-1], ",")]
}

func lowerStart(r rune) bool {
	return r >= 'a' && r <= 'z' || (r > 127 && strings.ToLower(string(r)) == string(r) && strings.ToUpper(string(r)) != string(r))
}

// reBio is a note on the author that closes an article: "Olena Marchuk is
// a senior editor at Carpathian Review." A name, "is a/an/the", and a
// journalist's role.
var reBio = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’-]+) (?:is|was) (?:a|an|the|our) (?:[\p{L}-]+ ){0,3}?(?:editor|correspondent|reporter|journalist|writer|columnist|contributor|producer|editor-at-large)s?\b[^.!?]*\.?$`)

// standfirst reports a summary under the headline, before the byline
// and dateline ("Officials say the column has barely moved." over "By
// Jane Roe" and "Published 3:14 PM EST, Tue March 8, 2022"): one short
// paragraph among the first kept lines, a dated or bylined head line
// right after it.
func standfirst(units []*unit, i int) bool {
	if units[i].words > 45 {
		return false
	}
	kept := 0
	for _, u := range units[:i] {
		if u.drop == "" {
			kept++
		}
	}
	if kept == 0 || kept > 2 {
		return false
	}
	for j := i + 1; j < len(units) && j <= i+2; j++ {
		if units[j].drop != "" && units[j].words == 0 {
			continue
		}
		h, ok := units[j].headLine()
		return ok && (len(h.dates) > 0 || h.byline != "")
	}
	return false
}

// dateLine reports a short head line that dates the page, though it ends
// with a period ("March 8th, 2022 at 2:05 p.m."): not running text.
func dateLine(u *unit) bool {
	if u.words > 12 {
		return false
	}
	h, ok := u.headLine()
	return ok && len(h.dates) > 0
}

// endNote matches a note the outlet adds after an article: how it was
// edited, that a live page closed, the series it belongs to, where the
// reporter filed from.
var endNote = regexp.MustCompile(`(?i)^(?:this|the) (?:interview|conversation|transcript|text|q&a) (?:has been|was|is|have been) (?:lightly )?(?:edited|condensed)\b|\b(?:interviews|answers|transcripts) (?:are|have been) (?:lightly )?(?:edited|condensed)\b|\bnext update:|^contact:[^.]*\b(?:team|desk|office|hub|unit|press|coordination)\b|^contact:\s*\S+@|\bdoes not imply the expression of any opinion\b|\bthe (?:opinions|views) (?:in|expressed in) this (?:column|article|piece)\b|\brepublishing requires\b|^this (?:live )?(?:page|blog|live blog|live page|coverage) (?:is|has been|has now been) (?:now )?closed\b|\bour (?:live )?coverage continues\b|^this (?:article|feature|story|report|piece|interview|column|text) is (?:part|the \w+ part) of (?:our|a|the) (?:\w+ )?series\b`)

// endCredit matches a reporter's note in the outlet's voice at the end:
// "Jane Roe reported from Odesa.", "Jane Roe writes about security in the
// region." Case matters: the names are capitalised.
var endCredit = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+ ){1,3}(?:(?:reported|filed|wrote) (?:this )?from \p{Lu}\p{Ll}+(?: and \p{Lu}\p{Ll}+)?\.|writes (?:about|on) [^.]*\.)`)

// endNoteUnit reports an outlet's note after its article (not a sentence
// that reports a post: "… writes on Telegram that …").
func endNoteUnit(u *unit) bool {
	if u.words > 35 {
		return false
	}
	if endNote.MatchString(u.text) || bracketNote(u) {
		return true
	}
	if m := endCredit.FindString(u.text); m != "" {
		l := strings.ToLower(m)
		return !strings.Contains(l, " that ") && !strings.Contains(l, "telegram") && !strings.Contains(l, "channel") &&
			!strings.Contains(l, "facebook") && !strings.Contains(l, "twitter") && !strings.Contains(l, " x ")
	}
	return false
}

// bracketNote: an editor's note in square brackets ("[Transcript
// prepared by the news desk. Check against the broadcast before quoting.]"),
// not a bracketed update that carries news.
func bracketNote(u *unit) bool {
	t := strings.TrimSpace(u.text)
	if u.words > 35 || !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") || strings.Contains(t[1:len(t)-1], "]") {
		return false
	}
	l := strings.ToLower(t)
	for _, w := range []string{"transcript", "translat", "editor", "check against", "timecode", "corrected", "edited", "note:"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// describesOrg reports that the unit after an "About …" heading describes
// what the heading names: "About the Tihama Relief Alliance" over "The
// Tihama Relief Alliance is an independent organisation …".
func describesOrg(head, next *unit) bool {
	name := strings.TrimSpace(head.text)
	name = strings.TrimSpace(name[len("about"):])
	if strings.HasPrefix(strings.ToLower(name), "the ") {
		name = strings.TrimSpace(name[4:])
	}
	t := strings.TrimSpace(next.text)
	if strings.HasPrefix(strings.ToLower(t), "the ") {
		t = t[4:]
	}
	return name != "" && strings.HasPrefix(t, name)
}

// aboutHeading opens an organisation's standard description at the end
// of a press release: "About the Tihama Relief Alliance".
var aboutHeading = regexp.MustCompile(`^(?i:about)\s+(?:(?i:the)\s+)?\p{Lu}`)

// endMatter drops what an outlet or an organisation appends after the
// article's last paragraph: editorial notes, and an "About <Org>" section
// with its description (at most three units from the end).
func endMatter(units []*unit, first, last int) {
	// an editor's note in brackets may also open the article
	for i := first; i < last && bracketNote(units[i]); i++ {
		units[i].dropAs("editor's note")
	}
	for i := last; i > first; i-- {
		u := units[i]
		if u.drop != "" {
			continue
		}
		if !endNoteUnit(u) {
			break
		}
		u.dropAs("end note")
	}
	for i := max(first+1, last-3); i < last; i++ {
		u := units[i]
		if u.words <= 8 && !terminal(u.text) && aboutHeading.MatchString(strings.TrimSpace(u.text)) && describesOrg(u, units[i+1]) {
			for _, v := range units[i : last+1] {
				if v.drop == "" {
					v.dropAs("about the organisation")
				}
			}
			break
		}
	}
}

// sentenceHeadline reports a first line that ends like a sentence but is
// the headline: a byline or a dated line follows it within two units
// ("Laukkaing has fallen. Lashio must be next." over "Posted by Ko Thura
// on 8 January 2024").
func sentenceHeadline(units []*unit, i int) bool {
	if !sentenceTitle(units[i]) {
		return false
	}
	for j := i + 1; j < len(units) && j <= i+2; j++ {
		// a messenger's stamp heads the next post, not this line
		if h, ok := units[j].headLine(); ok && !h.messenger && (len(h.dates) > 0 || h.byline != "") {
			return true
		}
	}
	return false
}

// authorBio reports a short line that is a note on the author.
func authorBio(u *unit) bool {
	if u.drop != "" || u.words > 30 || u.lead {
		return false
	}
	if _, ok := cutLabel(u.text, []string{"about the author", "about the authors"}); ok {
		return true
	}
	m := reBio.FindStringSubmatch(u.text)
	return m != nil && nameLike(m[1])
}

// sourceLabels open a line crediting where a text was taken from.
var sourceLabels = []string{"source", "sources", "источник", "джерело"}

// sourceLine reads "Source: TASS" after an article: the original's outlet
// when the line names a known outlet or a web address, and nothing else
// ("Source: the regional administration" names no publication).
func (c *Cleaner) sourceLine(u *unit) (string, bool) {
	if u.words == 0 || u.words > 8 {
		return "", false
	}
	rest, ok := cutLabel(strings.TrimSpace(u.text), sourceLabels)
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, ":") {
		return "", false
	}
	name := strings.TrimSpace(strings.Trim(strings.TrimSpace(rest[1:]), ".*_"))
	if name == "" {
		return "", false
	}
	if looksDomain(name) && strings.IndexFunc(name, unicode.IsLetter) >= 0 {
		if h := hostName(name); h != "" {
			return h, true
		}
	}
	for _, o := range c.outlets {
		if sameName(name, o) {
			return o, true
		}
	}
	return "", false
}
