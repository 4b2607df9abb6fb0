package clean

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dates. Month names in the languages claimtrail reads; Russian and
// Ukrainian in the genitive, as used in dates, in Cyrillic and in Latin
// transliteration ("14 marta 2022", "16 bereznya 2022").
var months = map[string]int{}

func init() {
	for i, names := range [][]string{
		{"january", "jan", "января", "январь", "січня", "ocak", "janvier", "januar", "enero", "yanvar", "yanvarya", "sichnya"},
		{"february", "feb", "февраля", "февраль", "лютого", "şubat", "février", "februar", "febrero", "fevral", "fevralya", "lyutoho", "lyutogo"},
		{"march", "mar", "марта", "март", "березня", "mart", "mars", "märz", "marzo", "marta", "bereznya"},
		{"april", "apr", "апреля", "апрель", "квітня", "nisan", "avril", "abril", "aprel", "aprelya", "kvitnya"},
		{"may", "мая", "май", "травня", "mayıs", "mai", "mayo", "maya", "travnya"},
		{"june", "jun", "июня", "июнь", "червня", "haziran", "juin", "juni", "junio", "iyun", "iyunya", "chervnya"},
		{"july", "jul", "июля", "июль", "липня", "temmuz", "juillet", "juli", "julio", "iyul", "iyulya", "lypnya"},
		{"august", "aug", "августа", "август", "серпня", "ağustos", "août", "agosto", "avqust", "avgusta", "serpnya"},
		{"september", "sep", "sept", "сентября", "сентябрь", "вересня", "eylül", "septembre", "septiembre", "sentyabr", "sentyabrya", "veresnya"},
		{"october", "oct", "октября", "октябрь", "жовтня", "ekim", "octobre", "oktober", "octubre", "oktyabr", "oktyabrya", "zhovtnya"},
		{"november", "nov", "ноября", "ноябрь", "листопада", "kasım", "novembre", "noviembre", "noyabr", "noyabrya", "lystopada"},
		{"december", "dec", "декабря", "декабрь", "грудня", "aralık", "décembre", "dezember", "diciembre", "dekabr", "dekabrya", "hrudnya", "grudnya"},
	} {
		for _, n := range names {
			months[n] = i + 1
		}
	}
}

const monthRe = `([A-Za-zА-Яа-яЁёІіЇїЄєÇçĞğİıÖöŞşÜüÉéÛûÄä]{3,10})\.?`

var (
	reISODate = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`)
	reMDY     = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMY     = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + monthRe + `,?\s+(\d{4})`)
	reNumDate = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b`)
	reYMD     = regexp.MustCompile(`\b(\d{4})([./])(\d{1,2})[./](\d{1,2})\b`) // 2022/03/08, 2022.03.08
	reTime    = regexp.MustCompile(`\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|MSK|EET|CET|[+-]\d{2}:?\d{2}))?`)
)

// dateMatch is a date found in a string.
type dateMatch struct {
	date       string // YYYY-MM-DD
	start, end int    // byte offsets in the string
}

func ymd(y, m, d int) (string, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// findDate returns the first full date (day, month and year) in s.
func findDate(s string) (dateMatch, bool) {
	if !hasYear(s) {
		return dateMatch{}, false
	}
	best := dateMatch{start: -1}
	try := func(loc []int, date string, ok bool) {
		if ok && (best.start < 0 || loc[0] < best.start) {
			best = dateMatch{date: date, start: loc[0], end: loc[1]}
		}
	}
	// Each pattern runs only where its shape can be: ISO dates hold a
	// dash, numeric ones a dot or slash, the rest a month's name.
	hasDash := strings.IndexByte(s, '-') >= 0
	hasSep := strings.IndexByte(s, '.') >= 0 || strings.IndexByte(s, '/') >= 0
	hasLetter := strings.IndexFunc(s, unicode.IsLetter) >= 0
	match := func(ok bool, re *regexp.Regexp) []int {
		if !ok {
			return nil
		}
		return re.FindStringSubmatchIndex(s)
	}
	if m := match(hasDash, reISODate); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		date, ok := ymd(y, mo, d)
		try(m, date, ok)
	}
	if m := match(hasLetter, reMDY); m != nil {
		mo := months[strings.ToLower(s[m[2]:m[3]])]
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		date, ok := ymd(y, mo, d)
		try(m, date, ok)
	}
	if m := match(hasLetter, reDMY); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo := months[strings.ToLower(s[m[4]:m[5]])]
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		date, ok := ymd(y, mo, d)
		try(m, date, ok)
	}
	if m := match(hasSep, reYMD); m != nil && s[m[4]:m[5]] == s[m[7]:m[7]+1] {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		d, _ := strconv.Atoi(s[m[8]:m[9]])
		date, ok := ymd(y, mo, d)
		try(m, date, ok)
	}
	if m := match(hasSep, reNumDate); m != nil {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		d, mo := a, b // day first with dots (European)
		if s[m[4]:m[5]] == "/" && b <= 31 && a <= 12 && b > 12 {
			d, mo = b, a // unambiguous US order
		}
		date, ok := ymd(y, mo, d)
		try(m, date, ok)
	}
	return best, best.start >= 0
}

// NormalizeDate turns a date as written (ISO, RFC 1123, "November 10,
// 2020", "10.11.2020", "10 ноября 2020") into YYYY-MM-DD, or "".
func NormalizeDate(s string) string {
	if m, ok := findDate(s); ok {
		return m.date
	}
	return ""
}

// reByline reads an author string a page states in its markup.
var reByline = regexp.MustCompile(`^(?i:by|written by|author|authors|автор|авторы|автор материала)\s*:?\s+(\p{Lu}[^\d|·•]{1,80}?)\s*$`)

// headFacts is what the head of a document says about it.
type headFacts struct {
	byline    string
	datelines []dateline
	orgs      []string // organisations head lines name, in order: outlet candidates
	titleDate string   // a full date in the headline ("Assessment, May 30, 2022")
	wire      *wireDateline
	wireYear  string // a full date elsewhere in the text, to give the wire dateline its year
	signoff   string // a name alone after the article ("Northbridge News Agency")
	// tailDate is a labelled date line after the article ("Posted
	// 10.10.2022 08:15"); pageDate any short line with a full date there
	// (a footer's "Page generated 20 September 2022").
	tailDate, pageDate string
	// relDays is how many days before the page's date a relative stamp in
	// the head puts the article ("2 hours ago" 0, "yesterday" 1); -1 when
	// the head has none.
	relDays int
}

// dateline is a date with the name written beside it ("Global Research,
// November 10, 2020"; "South Front 9 November 2020"; "Published: …").
type dateline struct {
	name, date string
	labelled   bool // "Published: …" or "date …": the document's own date
}

// add merges what one head line says.
func (f *headFacts) add(h headLine) {
	if h.byline != "" && f.byline == "" {
		f.byline = h.byline
	}
	f.datelines = append(f.datelines, h.dates...)
	f.orgs = append(f.orgs, h.orgs...)
}

// reDatePrefix: a line that begins with a labelled date and goes on with
// the article ("date 2020-11-09 BEIRUT, …").
var reDatePrefix = regexp.MustCompile(`(?i)^(?:date|dated|published|posted|posted on)\s*:?\s+`)

func splitDatePrefix(text string) (date, rest string, ok bool) {
	loc := reDatePrefix.FindStringIndex(text)
	if loc == nil {
		return "", "", false
	}
	dm, found := findDate(text[loc[1]:])
	if !found || dm.start != 0 {
		return "", "", false
	}
	rest = text[loc[1]+dm.end:]
	rest = strings.TrimLeft(rest, " ,|-–—")
	return dm.date, rest, true
}

// Reprint notes. Each captures the rest of the line, where the outlet
// stands.
var reOriginal = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\boriginal source of this (?:article|story|post) is\s+(.+)`),
	regexp.MustCompile(`(?i)\b(?:first|originally)\s+(?:published|appeared|posted|ran)\s+(?:at|by|in|on)\s+(.+)`),
	regexp.MustCompile(`(?i)\b(?:was\s+)?(?:published|appeared)\s+(?:first|originally)\s+(?:at|by|in|on)\s+(.+)`),
	regexp.MustCompile(`(?i)\b(?:re-?published|reprinted|republished)\s+(?:from|with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from))\s+(.+)`),
	regexp.MustCompile(`(?i)(?:впервые опубликован[аоы]?|первоисточник|оригинал статьи|впервые опубликовано)\s*:?\s*(?:на|в)?\s*(.+)`),
}

// reprintNote reads a line that says the article republishes another
// outlet's. It returns the outlet, the original's date when the line gives
// one, and a URL when the outlet is written as one.
func reprintNote(u *unit) (outlet, date, link string, ok bool) {
	if u.words > 40 || u.vocabOf()&vReprint == 0 {
		return "", "", "", false
	}
	for _, re := range reOriginal {
		m := re.FindStringSubmatch(u.text)
		if m == nil {
			continue
		}
		rest := strings.TrimSpace(m[1])
		if dm, ok := findDate(rest); ok {
			date = dm.date
			before := strings.TrimSpace(rest[:dm.start])
			before = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(before, "on")), ",")
			if before == "" {
				// "Originally published on 4 March 2022 by the Steppe
				// Herald": the outlet after the date.
				before = strings.TrimSpace(strings.TrimLeft(rest[dm.end:], " ,"))
				if r, ok := cutLabel(before, []string{"by", "in", "at", "on"}); ok {
					before = strings.TrimSpace(r)
				}
			}
			rest = before
		}
		if loc := reURL.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			link = rest[loc[0]:loc[1]]
			rest = hostName(link)
		}
		// The name ends at the first clause break.
		if i := strings.IndexAny(rest, ".,;(|"); i > 0 && !looksDomain(rest) {
			rest = rest[:i]
		}
		rest = strings.TrimSpace(strings.Trim(rest, " .,:;\"'“”«»*"))
		if r, ok := strings.CutPrefix(rest, "the "); ok && r != "" && unicode.IsUpper([]rune(r)[0]) {
			rest = r // "by the Donbas Wire": the article, not the name
		}
		if rest == "" || countWords(rest) > 8 || !outletNamed(rest) {
			continue
		}
		return rest, date, link, true
	}
	return "", "", "", false
}

// outletNamed reports whether what a reprint note names can be an outlet:
// a publication's name or a web address, never a time ("first posted in
// June 2023" dates the page's own first appearance; "first published
// last year", "on Monday") and, in Latin script, a capitalised name
// ("on social media" names no outlet).
func outletNamed(s string) bool {
	if looksDomain(s) {
		return true
	}
	timeOnly := true
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isAlnum(r) }) {
		if _, isMonth := months[w]; isMonth || weekdays[w] || timeWords[w] || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			continue
		}
		timeOnly = false
		break
	}
	if timeOnly {
		return false
	}
	name := s
	if r, ok := cutLabel(name, []string{"the"}); ok {
		name = strings.TrimSpace(r)
	}
	r, _ := utf8.DecodeRuneInString(name)
	if r < 'a' || r > 'z' {
		return true // a capital, a digit, or another script
	}
	return false
}

// timeWords stand in expressions of time that are not dates.
var timeWords = map[string]bool{"the": true, "of": true, "in": true, "on": true, "early": true,
	"late": true, "mid": true, "middle": true, "end": true, "beginning": true, "start": true,
	"last": true, "this": true, "next": true, "year": true, "years": true, "month": true,
	"months": true, "week": true, "weeks": true, "day": true, "days": true, "ago": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"morning": true, "evening": true, "night": true, "afternoon": true, "today": true,
	"yesterday": true, "earlier": true, "st": true, "nd": true, "rd": true, "th": true,
	"s": true, "and": true, "or": true}

// reprintTriggers are the words every reprint pattern starts from; only
// lines holding one are matched against the patterns.
var reprintTriggers = []string{"original source of this", "first published", "originally published",
	"first appeared", "originally appeared", "first posted", "originally posted", "first ran",
	"originally ran", "published first", "published originally", "appeared first",
	"appeared originally", "republished", "re-published", "reprinted", "впервые опубликован",
	"первоисточник", "оригинал статьи"}

func looksDomain(s string) bool {
	return !strings.Contains(s, " ") && strings.Count(s, ".") >= 1
}

// hostName is a URL's host without "www.".
func hostName(raw string) string {
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// sameName compares outlet names loosely: case, spaces and punctuation
// aside ("South Front" = "SouthFront" = "southfront.org").
func sameName(a, b string) bool {
	na, nb := squash(a), squash(b)
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	// A domain against a name: "southfront.org" vs "South Front".
	for _, tld := range []string{"org", "com", "net", "ru", "ua", "am", "az", "info", "news", "ca"} {
		if strings.TrimSuffix(na, tld) == nb || strings.TrimSuffix(nb, tld) == na {
			return true
		}
	}
	return false
}

func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isAlnum(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleShaped: a line that can be a headline.
func titleShaped(u *unit) bool {
	if u.words < 2 || u.words > 24 || len(u.text) > 250 || u.linkChars*2 > len(u.text) {
		return false
	}
	t := strings.TrimRight(u.text, " \"”'’»")
	return !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")
}

// hasYear is a cheap test for four digits in a row, which every date
// findDate reads has.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
