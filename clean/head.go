package clean

import (
	"regexp"
	"slices"

	"github.com/claimtrail/claimtrail"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The head of a document (the lines before its first paragraph of running
// text) is where sites print who published it and when, in many shapes:
//
//	Northbridge News Agency · 2 March 2022
//	Northbridge News Agency | Published: 21 May 2023
//	Steppe Observer · Monday, 20 June 2022 · Briefings
//	Dnipro Daily Digest | 15.03.2022, 09:12 | Infographic
//	Black Sea Herald live desk · Wednesday, 9 November 2022
//	Posted on 12 October 2023 by the Kyiv Frontline Blog team
//	Global Research, November 10, 2020
//
// A head line is cut into segments at "|", "·" and "•" (and at spaced
// dashes when the line holds a date). Each segment must be one of a few
// kinds: a date (with a label, a weekday, a time or a name beside it), a
// byline, a name, a section or genre word, a "Label: value" pair or a
// widget. A line whose every segment is one of these, and which says when
// or by whom, is metadata: it feeds the document's fields and leaves the
// body.

// headLine is what one head line says.
type headLine struct {
	byline string     // "By Jane Roe": a person or a desk
	orgs   []string   // organisations the line names, in order: outlet candidates
	dates  []dateline // full dates, in order
	// nameDate: the line is one "Name, date" segment and nothing else, a
	// shape a headline can have too ("Campaign Assessment, May 30, 2022").
	nameDate bool
	// loneName: the line is one name and nothing else; metadata only
	// beside a date line ("Meridian Press Agency" over "14 March 2022").
	loneName bool
	// messenger: the stamp a messenger puts over a copied post
	messenger bool
}

// bareDate reports a line that is a date and nothing else.
func (h headLine) bareDate() bool {
	return len(h.dates) == 1 && h.dates[0].name == "" && h.byline == "" && len(h.orgs) == 0
}

// Words that stand beside dates and names in head lines but name neither.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true,
	"суббота": true, "воскресенье": true, "понеділок": true, "вівторок": true, "середа": true,
	"четвер": true, "пʼятниця": true, "п'ятниця": true, "субота": true, "неділя": true,
}

// sectionWords are one-word genre and section labels that sites print in
// a head line next to the outlet ("Interview", "Analysis").
var sectionWords = map[string]bool{
	"analysis": true, "interview": true, "interviews": true, "opinion": true, "infographic": true,
	"infographics": true, "briefing": true, "briefings": true, "explainer": true, "editorial": true,
	"feature": true, "features": true, "news": true, "live": true, "video": true, "videos": true,
	"photo": true, "photos": true, "podcast": true, "report": true, "reports": true, "comment": true,
	"commentary": true, "statement": true, "statements": true, "update": true, "updates": true,
	"blog": true, "column": true, "exclusive": true, "investigation": true, "factcheck": true,
	"fact-check": true, "breaking": true, "politics": true, "world": true, "europe": true,
	"war": true, "military": true, "society": true, "economy": true, "digest": true, "roundup": true,
	"review": true, "press": true, "release": true, "official": true, "longread": true,
	"аналитика": true, "интервью": true, "мнение": true, "новости": true, "інтерв'ю": true,
	"новини": true, "аналітика": true, "думка": true,
}

// kickers open headlines ("EXCLUSIVE: …", "WATCH: …").
var kickers = map[string]bool{"live": true, "exclusive": true, "watch": true, "breaking": true,
	"video": true, "analysis": true, "opinion": true, "explainer": true, "fact check": true,
	"factcheck": true, "update": true, "photos": true, "interview": true}

// collectiveNouns end a byline that names a desk, not a person ("By
// Caspian Wire Service staff", "Black Sea Herald live desk").
var collectiveNouns = map[string]bool{
	"staff": true, "team": true, "desk": true, "reporters": true, "correspondents": true,
	"newsroom": true, "editors": true, "editorial": true, "bureau": true, "bureaus": true,
	"writers": true, "journalists": true, "staffers": true, "contributors": true,
}

// nameConnectors are the lower-case words a proper name may hold.
var nameConnectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true,
	"in": true, "de": true, "du": true, "la": true, "le": true, "del": true, "&": true, "a": true, "at": true}

// dateLabels stand before a date and say it is the document's own.
var dateLabels = []string{"date of issue", "first published on", "first published", "published on", "published",
	"posted on", "posted", "dated", "date", "reprinted on", "reprinted", "republished on",
	"republished", "released", "issued on", "issued", "опубликовано", "дата публикации", "опубліковано", "дата"}

// updatedLabels stand before a later date that is not the publication's.
var updatedLabels = []string{"updated", "last updated", "modified", "last modified", "edited",
	"обновлено", "оновлено"}

// updatedStamp reports a segment that is a revision stamp and nothing
// else: an updated label followed by a date, a time, a weekday or an
// "N hours ago" ("Updated: 5 April 2022, 10:12 GMT", "Last updated 21:15").
// "Updated at 14:05: troops entered the town" is a live blog's entry, not
// a stamp.
func updatedStamp(seg string) bool {
	rest, ok := cutLabel(strings.TrimSpace(seg), updatedLabels)
	if !ok {
		return false
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, " :"))
	if rest == "" {
		return false
	}
	for {
		dm, found := findDate(rest)
		if !found {
			break
		}
		rest = rest[:dm.start] + " " + rest[dm.end:]
	}
	rest = stripTimes(rest)
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !isAlnum(r) }) {
		switch {
		case weekdays[w], stampWords[w]:
		case strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 && len(w) <= 4:
		default:
			if _, isMonth := months[w]; !isMonth {
				return false
			}
		}
	}
	return true
}

// stampWords stand in revision stamps beside dates and times.
var stampWords = map[string]bool{"at": true, "on": true, "gmt": true, "utc": true, "msk": true,
	"eet": true, "cet": true, "est": true, "edt": true, "bst": true, "am": true, "pm": true,
	"a": true, "m": true, "p": true, "ago": true, "minute": true, "minutes": true, "min": true,
	"mins": true, "hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true,
	"today": true, "yesterday": true, "local": true, "time": true, "kyiv": true, "moscow": true}

// cutLabel reports whether s starts with one of the labels (lower case)
// as whole words, ignoring case, and returns what follows it.
func cutLabel(s string, labels []string) (rest string, ok bool) {
	for _, l := range labels {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			r := s[len(l):]
			if r == "" || !isWordByte(r[0]) {
				return r, true
			}
		}
	}
	return s, false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// headSegments cuts a head line at its separators. Spaced dashes separate
// only when the line holds a date: in a headline they are punctuation.
func headSegments(text string, dated bool) []string {
	segs := strings.FieldsFunc(text, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if !dated {
		return segs
	}
	var out []string
	for _, s := range segs {
		for {
			i, w := spacedDash(s)
			if i < 0 {
				break
			}
			out = append(out, s[:i])
			s = s[i+w:]
		}
		out = append(out, s)
	}
	return out
}

// spacedDash finds " – ", " — " or " - " and returns its offset and width.
func spacedDash(s string) (int, int) {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i+1:])
		if (r == '-' || r == '–' || r == '—') && i+1+n < len(s) && s[i+1+n] == ' ' {
			return i, n + 2
		}
	}
	return -1, 0
}

// headLine is parseHeadLine of the unit's text, computed once.
func (u *unit) headLine() (headLine, bool) {
	if !u.headParsed {
		u.head, u.headOK = parseHeadLine(u.text)
		u.headParsed = true
	}
	return u.head, u.headOK
}

// parseHeadLine reads a head line. ok is false when any part of it is
// something else (a headline, a sentence).
func parseHeadLine(text string) (h headLine, ok bool) {
	if text == "" || len(text) > 200 {
		return h, false
	}
	if m := messengerStamp(text); m != nil {
		// "Channel name, [08.03.2022 14:05]": a post copied from a
		// messenger, its channel and its time.
		if dm, ok := findDate(m[2]); ok {
			name := strings.TrimSpace(m[1])
			return headLine{orgs: []string{name}, dates: []dateline{{name: name, date: dm.date}}, messenger: true}, true
		}
	}
	dated := hasYear(text)
	segs := headSegments(text, dated)
	firstName := true
	n, stamps := 0, 0
	for _, seg := range segs {
		seg = strings.TrimSpace(strings.Trim(strings.TrimSpace(seg), "*_"))
		if seg == "" {
			continue
		}
		n++
		lower := strings.ToLower(seg)
		if _, ok := cutLabel(seg, updatedLabels); ok {
			if updatedStamp(seg) {
				stamps++
			}
			continue // a later revision's date or time
		}
		if dated {
			if dm, found := findDate(seg); found {
				dl, by, ok := dateSegment(seg, dm)
				if !ok {
					return h, false
				}
				if by != "" {
					h.setByline(by)
				}
				if dl.name != "" {
					h.orgs = append(h.orgs, dl.name)
				}
				h.dates = append(h.dates, dl)
				continue
			}
		}
		if by, ok := bylineOf(seg); ok {
			h.setByline(by)
			continue
		}
		if label, value, ok := labelValue(seg); ok {
			if kickers[strings.ToLower(strings.TrimSpace(label))] && countWords(value) >= 3 {
				// "LIVE: Village retaken near the river": a headline's
				// kicker, not a label and its value.
				return h, false
			}
			continue
		}
		u := unit{text: seg, lower: lower, words: countWords(seg)}
		if widget(&u) != "" || weekdays[strings.Trim(lower, " ,.")] || postMarks[strings.Trim(lower, " ,.")] {
			continue
		}
		if sectionLike(seg, lower) {
			continue
		}
		if org, ok := orgName(seg); ok {
			// Only the first name of a line is the outlet; later ones are
			// desks and projects ("Atlantic Conflict Observatory | Ukraine
			// Project team").
			if firstName {
				h.orgs = append(h.orgs, org)
				firstName = false
			}
			continue
		}
		return h, false
	}
	switch {
	case len(h.dates) > 0 || h.byline != "":
	case stamps > 0 && stamps == n:
		// "Updated: 5 April 2022, 10:12 GMT" alone: a revision stamp,
		// which says nothing of the first publication.
		return h, true
	case len(h.orgs) > 0 && n >= 2 && countWords(h.orgs[0]) >= 2:
		// "Name | Desk": a head line with no date, if its name is more
		// than one word (one word alone may be a breadcrumb).
	case len(h.orgs) == 1 && n == 1 && countWords(h.orgs[0]) >= 2:
		h.loneName = true
		return h, false
	default:
		return h, false
	}
	h.nameDate = n == 1 && len(h.dates) == 1 && h.dates[0].name != "" && !h.dates[0].labelled
	// A name beside a date in another segment names that date's outlet
	// ("Northbridge News Agency · 2 March 2022").
	if len(h.dates) > 0 && h.dates[0].name == "" && len(h.orgs) > 0 {
		h.dates[0].name = h.orgs[0]
	}
	return h, true
}

func (h *headLine) setByline(by string) {
	if h.byline == "" {
		h.byline = by
	}
	if org, ok := collectiveOrg(by); ok {
		h.orgs = append(h.orgs, org)
	}
}

// dateSegment reads a segment holding a date: what stands before it (a
// label, a weekday, a byline or a name) and after it (a time, a byline).
func dateSegment(seg string, dm dateMatch) (dl dateline, byline string, ok bool) {
	dl.date = dm.date
	after := strings.TrimSpace(stripTimes(seg[dm.end:]))
	after = strings.Trim(after, " ,.-–—()")
	if after != "" {
		if by, isBy := bylineOf(after); isBy {
			byline = by
		} else if countWords(after) > 2 {
			return dl, "", false
		}
	}
	before := strings.TrimRight(seg[:dm.start], " ,-–—:(")
	if rest, isLabel := cutLabel(before, dateLabels); isLabel {
		dl.labelled = true
		before = strings.TrimLeft(rest, " :")
	}
	// "… by the editors of X on": the byline before the date.
	if len(before) > 3 && strings.EqualFold(before[len(before)-3:], " on") {
		before = before[:len(before)-3]
	}
	if before != "" {
		if by, isBy := bylineOf(before); isBy {
			if byline == "" {
				byline = by
			}
			before = ""
		}
	}
	// A weekday before the date ("Monday, 20 June 2022").
	if before != "" {
		last := before
		if i := strings.LastIndexAny(before, " ,"); i >= 0 {
			last = before[i+1:]
		}
		if weekdays[strings.ToLower(last)] {
			before = strings.TrimRight(before[:len(before)-len(last)], " ,")
		}
	}
	switch {
	case before == "":
	case isPlace(before):
		// "Moscow, March 3, 2022": a place, not an outlet.
	default:
		name, isName := orgName(before)
		if !isName || countWords(name) > 6 {
			return dl, "", false
		}
		dl.name = name
	}
	return dl, byline, true
}

// isPlace: a dateline's place rather than an outlet's name: one word
// ("Moscow"), capitals only ("KYIV"), or places joined by slashes.
func isPlace(s string) bool {
	if strings.Contains(s, "/") {
		return true
	}
	if countWords(s) == 1 {
		return true
	}
	return strings.ToUpper(s) == s
}

// stripTimes removes clock times ("09:12", "6:00 a.m. GMT") from s.
func stripTimes(s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	return reTime.ReplaceAllString(s, "")
}

// bylinePrefixes open a byline.
var bylinePrefixes = []string{"by ", "written by ", "posted by ", "words by ", "report by ", "compiled by ", "prepared by ", "author: ",
	"authors: ", "author ", "автор: ", "авторы: ", "автор ", "автор материала "}

// bylineOf reads "By X" and returns X.
func bylineOf(s string) (string, bool) {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) {
			name := strings.Trim(strings.TrimSpace(s[len(p):]), " ,.:")
			if name == "" || countWords(name) > 10 || strings.IndexFunc(name, unicode.IsDigit) >= 0 {
				return "", false
			}
			r, _ := utf8.DecodeRuneInString(name)
			if !unicode.IsUpper(r) && !strings.HasPrefix(strings.ToLower(name), "the ") {
				return "", false
			}
			return name, true
		}
	}
	return "", false
}

// collectiveOrg reads a byline that names a desk of an organisation ("the
// editors of Frontline Caucasus Blog", "Caspian Wire Service staff", "the
// Kyiv Frontline Blog team") and returns the organisation.
func collectiveOrg(by string) (string, bool) {
	s := by
	if strings.HasPrefix(strings.ToLower(s), "the ") {
		s = s[4:]
	}
	// "editors of X", "staff of X"
	if head, rest, ok := strings.Cut(s, " of "); ok && countWords(head) <= 2 {
		words := strings.Fields(strings.ToLower(head))
		if collectiveNouns[words[len(words)-1]] {
			rest = strings.TrimSpace(rest)
			if strings.HasPrefix(strings.ToLower(rest), "the ") && !nameLike(rest) {
				rest = rest[4:]
			}
			if nameLike(rest) {
				return rest, true
			}
		}
	}
	name, tail := nameRun(s)
	if name == "" || tail == "" {
		return "", false
	}
	words := strings.Fields(strings.ToLower(tail))
	if len(words) > 3 || !collectiveNouns[words[len(words)-1]] {
		return "", false
	}
	return name, true
}

// postMarks are what a social network prints beside a post's time: its
// audience and its kind ("Official page · 19 February 2024 · Public").
var postMarks = map[string]bool{"public": true, "official page": true, "page": true, "friends": true, "only me": true,
	"sponsored": true, "pinned": true, "pinned post": true, "edited": true, "verified": true, "follow": true,
	"following": true, "public group": true, "private group": true}

// orgName reads a segment that names an organisation: a name, perhaps
// followed by a desk ("Black Sea Herald live desk").
func orgName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if nameLike(s) {
		return s, true
	}
	return collectiveOrg(s)
}

// nameRun splits s into its leading run of name words and the rest.
func nameRun(s string) (name, tail string) {
	fields := strings.Fields(s)
	end := 0
	for i, w := range fields {
		if !nameWord(w, i == 0) {
			break
		}
		end = i + 1
	}
	// A name does not end in a connector ("Herald of").
	for end > 0 && nameConnectors[strings.ToLower(fields[end-1])] {
		end--
	}
	if end == 0 {
		return "", s
	}
	return strings.Join(fields[:end], " "), strings.Join(fields[end:], " ")
}

func nameWord(w string, first bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) && len(w) > 1 && strings.IndexFunc(w, unicode.IsLetter) > 0 {
		return !strings.ContainsAny(w, ",;:!?")
	}
	return !first && nameConnectors[strings.ToLower(w)]
}

// nameLike reports a proper name of one to seven words: capitalised words
// and the connectors names hold, with no sentence punctuation.
func nameLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || terminal(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	name, tail := nameRun(s)
	return name != "" && tail == "" && countWords(name) <= 7
}

// sectionLike: a genre or section label in a head line ("Infographic",
// "Telegram roundup", "Official statements").
func sectionLike(seg, lower string) bool {
	w := countWords(seg)
	if w == 1 {
		return sectionWords[strings.Trim(lower, " .,")]
	}
	if w > 4 || terminal(seg) || nameLike(seg) {
		return false
	}
	if _, ok := collectiveOrg(seg); ok {
		return false
	}
	return strings.IndexFunc(seg, unicode.IsDigit) < 0
}

// labelValue reads "Category: Occupation crimes", "Source: X".
func labelValue(seg string) (label, value string, ok bool) {
	label, value, ok = strings.Cut(seg, ":")
	if !ok {
		return "", "", false
	}
	value = strings.TrimSpace(value)
	if lw := countWords(label); lw == 0 || lw > 2 || value == "" || countWords(value) > 6 || terminal(value) {
		return "", "", false
	}
	return label, value, true
}

// Wire datelines open a story's first paragraph: "KYIV, Feb 25
// (Northbridge) – …", "YEREVAN/BAKU, Sept 28 (Caspian Wire Service) – …",
// "Moscow, March 3, 2022 — …". The place is never the outlet; the agency
// in brackets is a hint of it.
// The place may name its country or region too ("KHARTOUM, Sudan, May
// 3"), and the day may stand before the month ("KYIV, 3 March (Agency)
// –").
var reWireDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*(?:[ /]\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?,\s+(?:` + monthRe + `\s+(\d{1,2})|(\d{1,2})\s+` + monthRe + `)(?:,?\s+(\d{4}))?\s*(?:\(([^()]{2,60})\))?\s*[-–—]\s`)

// wireDateline is what a wire dateline says.
type wireDateline struct {
	month, day, year int
	agency           string
}

func parseWireDateline(text string) (wireDateline, bool) {
	var w wireDateline
	// Cheap test first: a comma early on and a dash within the opening.
	if len(text) < 10 || !unicode.IsUpper(rune(text[0])) {
		return w, false
	}
	head := text
	if len(head) > 120 {
		head = head[:120]
	}
	if !strings.Contains(head, ",") || !strings.ContainsAny(head, "-–—") {
		return w, false
	}
	m := reWireDateline.FindStringSubmatch(head)
	if m == nil {
		return w, false
	}
	month, day := m[2], m[3]
	if month == "" {
		month, day = m[5], m[4]
	}
	w.month = months[strings.ToLower(month)]
	w.day, _ = strconv.Atoi(day)
	if w.month == 0 || w.day < 1 || w.day > 31 {
		return w, false
	}
	if m[6] != "" {
		w.year, _ = strconv.Atoi(m[6])
	}
	if a := strings.TrimSpace(m[7]); a != "" && strings.IndexFunc(a, unicode.IsDigit) < 0 && nameLike(a) {
		w.agency = a
	}
	return w, true
}

// date resolves the dateline against a full date found elsewhere in the
// document: the year that puts the dateline on or after that date, within
// a year of it. "" when the dateline has no year and nothing confirms one.
func (w wireDateline) date(other string) string {
	if w.year != 0 {
		d, _ := ymd(w.year, w.month, w.day)
		return d
	}
	if len(other) != 10 {
		return ""
	}
	y, _ := strconv.Atoi(other[:4])
	d, ok := ymd(y, w.month, w.day)
	if !ok {
		return ""
	}
	if d < other {
		d, _ = ymd(y+1, w.month, w.day)
	}
	return d
}

// readHead reads the head units (before headEnd, the first line of running
// text): it drops the byline and dateline lines into facts, notes a wire
// dateline on the first paragraph, marks the lead-ins to keep, and returns
// the unit that reads as the headline.
func (c *Cleaner) readHead(units []*unit, headEnd int, facts *headFacts, doc *claimtrail.Document) *unit {
	n := min(headEnd, len(units))
	heads := make([]headLine, n)
	isHead := make([]bool, n)
	first := -1 // the first unit still kept: where a headline stands
	for i := 0; i < n; i++ {
		u := units[i]
		if u.drop == "" && first < 0 {
			first = i
		}
		// Evidence may have dropped a head line already (a link, a bare
		// number): it is read all the same.
		heads[i], isHead[i] = u.headLine()
	}
	var titleUnit *unit
	lastMeta := -1
	for i := 0; i <= n && i < len(units); i++ {
		u := units[i]
		if date, rest, ok := splitDatePrefix(u.text); ok {
			facts.datelines = append(facts.datelines, dateline{date: date, labelled: true})
			doc.Removed = append(doc.Removed, strings.TrimSpace(strings.TrimSuffix(u.text, rest)))
			c.retext(u, rest)
			if rest == "" {
				u.dropAs("dateline")
				u.record = false
			}
			lastMeta = i
			continue
		}
		if i == n {
			break
		}
		h := heads[i]
		if isHead[i] && i == first && h.nameDate && titleShaped(u) && laterHead(heads, isHead, i+1) {
			// "Campaign Assessment, May 30, 2022" over a byline: the
			// headline, dated.
			facts.titleDate = h.dates[0].date
			isHead[i] = false
		}
		if !isHead[i] && h.loneName && i+1 < n && isHead[i+1] && heads[i+1].bareDate() {
			// "Meridian Press Agency" over "14 March 2022".
			isHead[i] = true
		}
		if j := nextKept(units, i+1, n); !isHead[i] && h.loneName && i == first && outletShaped(h.orgs[0]) && j > 0 &&
			titleShaped(units[j]) && units[j].words > countWords(h.orgs[0]) && laterHead(heads, isHead, j+1) {
			// "Danube Courier" over the headline and its dateline: the
			// site's name where a masthead stands.
			isHead[i] = true
		}
		if !isHead[i] && h.loneName && titleUnit != nil && i > 0 && units[i-1] == titleUnit && outletShaped(h.orgs[0]) {
			// "Horn Strategic Review" alone under the headline: the
			// publication's name where a byline would stand.
			isHead[i] = true
		}
		if isHead[i] {
			facts.add(h)
			u.drop = ""
			u.dropAs("byline or dateline")
			lastMeta = i
			continue
		}
		if d, ok := relativeStamp(u.text); ok {
			facts.relDays = d
			u.drop = ""
			u.dropAs("relative time stamp")
			lastMeta = i
			continue
		}
		if u.drop == "" && titleShaped(u) && (titleUnit == nil || (u.heading && !titleUnit.heading)) {
			titleUnit = u
			lastMeta = max(lastMeta, i)
		}
		if u.drop == "" && titleUnit == nil && i == first && sentenceTitle(u) && datedHeadNext(heads, isHead, i) {
			// "Laukkaing has fallen. Lashio must be next." over "Posted by
			// … on 8 January 2024": a headline in sentences
			titleUnit = u
			lastMeta = max(lastMeta, i)
		}
	}
	if titleUnit != nil && facts.titleDate == "" {
		facts.titleDate = trailingDate(titleUnit.text)
	}
	// Between the byline block and the first paragraph, what no evidence
	// marks belongs to the article: a lead-in ("The ministry published
	// the following:"), a line naming what follows ("Press release of the
	// Ministry of Defence"), the items of a list.
	for i := lastMeta + 1; i < n; i++ {
		u := units[i]
		if u.drop == "" && u != titleUnit && u.linkChars*2 < len(u.text) {
			u.lead = true
		}
	}
	// The first paragraph may open with a wire dateline.
	if headEnd < len(units) {
		if w, ok := parseWireDateline(units[headEnd].text); ok {
			facts.wire = &w
			if w.year == 0 {
				facts.wireYear = firstFullDate(units, facts)
			}
		}
	}
	return titleUnit
}

// messengerStamp matches reMessengerStamp, after a test that rules out
// most lines at once (the stamp ends the line in brackets).
func messengerStamp(text string) []string {
	if !strings.HasSuffix(text, "]") {
		return nil
	}
	return reMessengerStamp.FindStringSubmatch(text)
}

// reMessengerStamp is the line a messenger puts over a copied post:
// "Channel name, [08.03.2022 14:05]".
var reMessengerStamp = regexp.MustCompile(`^([^\[\].!?]{2,60}?),?\s*\[(\d{1,2}\.\d{1,2}\.\d{4})(?:[ ,]+\d{1,2}:\d{2}(?::\d{2})?)?\]$`)

// nextKept is the index of the first unit from i (below n) that no
// evidence dropped, or -1.
func nextKept(units []*unit, i, n int) int {
	for ; i < n; i++ {
		if units[i].drop == "" {
			return i
		}
	}
	return -1
}

// reRelative is a relative time stamp alone on a line: "2 hours ago",
// "Posted 3 days ago", "yesterday, 14:05".
var reRelative = regexp.MustCompile(`^(?i)(?:(?:posted|published|updated)\s+)?(?:(\d{1,2}|an?|one)\s+(min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\s+ago|(today|yesterday))(?:,?\s+(?:at\s+)?\d{1,2}:\d{2})?\.?$`)

// relativeStamp reads a relative time stamp: how many days before the
// page's date it puts the article.
func relativeStamp(s string) (days int, ok bool) {
	m := reRelative.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	switch strings.ToLower(m[3]) {
	case "today":
		return 0, true
	case "yesterday":
		return 1, true
	}
	if !strings.HasPrefix(strings.ToLower(m[2]), "d") {
		return 0, true // minutes or hours: the same day, near enough
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = 1
	}
	return n, true
}

// tailDates reads the lines after the article's last paragraph: a
// labelled date line ("Posted 10.10.2022 08:15") dates the article; any
// short line with a full date is the page's date.
func tailDates(tail []*unit) (labelled, page string) {
	for _, u := range tail {
		if u.words > 10 || u.vocabOf()&vReprint != 0 {
			continue // a reprint note's date is the original's
		}
		if h, ok := u.headLine(); ok && len(h.dates) > 0 && h.dates[0].labelled && labelled == "" {
			labelled = h.dates[0].date
			if u.drop == "" {
				u.dropAs("dateline")
			}
		}
		if dm, ok := findDate(u.text); ok && page == "" {
			page = dm.date
		}
	}
	return labelled, page
}

// outletWords end the names of publications and research houses.
var outletWords = map[string]bool{"news": true, "agency": true, "times": true, "post": true,
	"herald": true, "monitor": true, "observer": true, "press": true, "journal": true,
	"daily": true, "weekly": true, "review": true, "service": true, "network": true,
	"tribune": true, "gazette": true, "media": true, "wire": true, "digest": true,
	"bulletin": true, "dispatch": true, "telegraph": true, "chronicle": true, "courier": true,
	"ledger": true, "institute": true, "centre": true, "center": true, "observatory": true,
	"blog": true, "tv": true, "radio": true, "insider": true, "report": true, "notes": true,
	"magazine": true, "quarterly": true, "online": true, "today": true, "express": true}

// outletShaped: a name of two or more words whose last word is one
// publications' names end with ("Horn Strategic Review").
func outletShaped(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) >= 2 && outletWords[strings.Trim(f[len(f)-1], ".,")]
}

// sentenceTitle: a short first line that ends like a sentence, which a
// headline may do.
func sentenceTitle(u *unit) bool {
	return u.words >= 3 && u.words <= 20 && len(u.text) <= 200 && u.linkChars == 0 && terminal(u.text)
}

// datedHeadNext reports a byline or a dated head line in one of the two
// units after i.
func datedHeadNext(heads []headLine, isHead []bool, i int) bool {
	for j := i + 1; j < len(heads) && j <= i+2; j++ {
		if isHead[j] && !heads[j].messenger && (len(heads[j].dates) > 0 || heads[j].byline != "") {
			return true
		}
	}
	return false
}

// laterHead reports a head line at or after i.
func laterHead(heads []headLine, isHead []bool, i int) bool {
	for ; i < len(heads); i++ {
		if isHead[i] || heads[i].loneName {
			return true
		}
	}
	return false
}

// firstFullDate is the first full date the head or the body states, for
// the year of a wire dateline that gives none.
func firstFullDate(units []*unit, facts *headFacts) string {
	for _, dl := range facts.datelines {
		return dl.date
	}
	if facts.titleDate != "" {
		return facts.titleDate
	}
	for _, u := range units {
		if u.drop == "" {
			if dm, ok := findDate(u.text); ok {
				return dm.date
			}
		}
	}
	return ""
}

// siteFromTitle reads the site's name from a page title that is the
// headline with the site's name before or after it ("Headline | Site").
func siteFromTitle(raw, headline string) string {
	raw, headline = fold(raw), fold(headline)
	if raw == "" || headline == "" {
		return ""
	}
	hk := squash(headline)
	for _, sep := range titleSeps {
		if i := strings.LastIndex(raw, sep); i > 0 && squash(raw[:i]) == hk {
			if site := strings.TrimSpace(raw[i+len(sep):]); nameLike(site) {
				return site
			}
		}
		if i := strings.Index(raw, sep); i > 0 && squash(raw[i+len(sep):]) == hk {
			if site := strings.TrimSpace(raw[:i]); nameLike(site) {
				return site
			}
		}
	}
	return ""
}

var titleSeps = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " • "}

// cleanTitle drops the parts of a headline that are the site's name or a
// date ("Yavoriv: what they came for | Donbass Frontline Diary |
// 15.03.2022"), keeping the rest as written.
func cleanTitle(title, outlet string) string {
	if rest, ok := cutLabel(title, titleLabels); ok && strings.HasPrefix(rest, ":") {
		// "Title: …" copied from a feed or a form.
		if r := strings.TrimSpace(rest[1:]); r != "" {
			title = r
		}
	}
	for {
		cut := false
		for _, sep := range titleSeps {
			if i := strings.LastIndex(title, sep); i > 0 {
				// not the second end of a range: "29 July - 4 August 2024"
				if tail := strings.TrimSpace(title[i+len(sep):]); dateOnly(tail) && !(strings.TrimSpace(sep) != "|" && endsInDay(title[:i])) || outlet != "" && sameName(tail, outlet) {
					title, cut = strings.TrimSpace(title[:i]), true
					break
				}
			}
			if i := strings.Index(title, sep); i > 0 {
				if lead := strings.TrimSpace(title[:i]); dateOnly(lead) || outlet != "" && sameName(lead, outlet) {
					title, cut = strings.TrimSpace(title[i+len(sep):]), true
					break
				}
			}
		}
		if !cut {
			return title
		}
	}
}

// endsInDay reports text ending in a day and its month ("29 July", "July
// 29"): the first end of a range "29 July - 4 August 2024".
func endsInDay(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 {
		return false
	}
	a, b := strings.Trim(f[len(f)-2], ".,"), strings.Trim(f[len(f)-1], ".,")
	day := func(w string) bool { n, err := strconv.Atoi(w); return err == nil && n >= 1 && n <= 31 }
	_, am := months[a]
	_, bm := months[b]
	return day(a) && bm || am && day(b)
}

// titleLabels name the headline field of a feed item, a form or an
// e-mail.
var titleLabels = []string{"title", "headline", "subject", "заголовок", "тема"}

// siteSuffix is the publication's name a headline ends with after a bar or
// a spaced dash ("Headline | Vistula Times", "Headline - Carpathian
// Review", "Headline - Meduza") when nothing else names the outlet: a
// name shaped like a publication's or one of the known outlets, under a
// headline of four words or more.
func siteSuffix(title string, known []string) string {
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := strings.TrimSpace(title[i+len(sep):])
			if countWords(title[:i]) >= 4 && countWords(tail) <= 5 && nameLike(tail) &&
				(outletShaped(tail) || slices.ContainsFunc(known, func(o string) bool { return sameName(o, tail) })) {
				return tail
			}
		}
		// "Kalmius Herald - School damaged in shelling": the name first.
		if i := strings.Index(title, sep); i > 0 {
			lead := strings.TrimSpace(title[:i])
			if countWords(title[i+len(sep):]) >= 4 && countWords(lead) <= 5 && nameLike(lead) &&
				(outletShaped(lead) || slices.ContainsFunc(known, func(o string) bool { return sameName(o, lead) })) {
				return lead
			}
		}
	}
	return ""
}

// trailingDate is the date a headline ends with, set off by a comma, a
// colon, a dash or a bar ("Front line assessment: Kordofan, 8 September
// 2025", "Daily digest – 04.04.2022"): the date of the piece it heads. A
// date inside the headline ("Shelling on 3 March 2022 killed five") is
// what the story is about, not when it was written.
func trailingDate(title string) string {
	t := strings.TrimRight(title, " .")
	best := -1
	for _, sep := range []string{", ", ": ", " – ", " — ", " - ", " | ", " · "} {
		if i := strings.LastIndex(t, sep); i > 0 && i+len(sep) > best {
			if dateOnly(t[i+len(sep):]) {
				best = i + len(sep)
			}
		}
	}
	if best < 0 {
		return ""
	}
	return NormalizeDate(t[best:])
}

// dateOnly: s is a date, perhaps with a time, and nothing else.
func dateOnly(s string) bool {
	dm, ok := findDate(s)
	if !ok {
		return false
	}
	rest := strings.Trim(stripTimes(s[:dm.start]+s[dm.end:]), " ,.-–—")
	return rest == ""
}

// signoff finds, among the lines after the article's last paragraph, one
// that is only a name, perhaps in brackets: the agency or site signing
// off ("(Caspian Wire Service)").
func signoff(tail []*unit) string {
	for _, u := range tail[:min(len(tail), 4)] {
		switch u.drop {
		case "", "outside the article", "credits":
		default:
			continue
		}
		t := strings.TrimSpace(u.text)
		if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			t = t[1 : len(t)-1]
		}
		if w := countWords(t); w >= 2 && w <= 6 && nameLike(t) {
			return t
		}
	}
	return ""
}
