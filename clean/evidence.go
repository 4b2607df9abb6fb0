package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Each kind of evidence is a small function from a unit to a reason ("" for
// none). None names a seed's phrase: they look at shape (length, numbers,
// links), at what a line does (asks the reader to act, states rights, credits
// a photo) and at position, in any outlet's words.

// terminal reports whether s ends like a sentence, allowing closing quotes
// and brackets after the mark.
func terminal(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'“”‘’«»)]*_ `, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。", r)
}

// prose reports a unit that reads as running text: a sentence of a few
// words, or a long line.
func (u *unit) prose() bool {
	if u.linkChars*2 > len(u.text) {
		return false
	}
	return (u.words >= 5 && terminal(u.text)) || u.words >= 25
}

// numbersOnly: prices, counters, times ("2,500 $", "12:45", "0").
func numbersOnly(u *unit) string {
	hasDigit := false
	for _, r := range u.text {
		if unicode.IsLetter(r) {
			return ""
		}
		if unicode.IsDigit(r) {
			hasDigit = true
		}
	}
	if hasDigit {
		return "numbers only"
	}
	return ""
}

// linkDense: a line that is mostly links, URLs or e-mail addresses.
func linkDense(u *unit) string {
	n := utf8.RuneCountInString(u.text)
	if n == 0 || u.linkChars == 0 {
		return ""
	}
	switch {
	case u.words <= 12 && u.linkChars*2 >= n:
		return "link line"
	case u.linkChars*10 >= n*7 && u.words <= 40:
		return "link line"
	}
	return ""
}

// tagList: "Label: Item, Item and Item" where every item is a short name,
// as in tag, region, topic and author lists and contact lines.
func tagList(u *unit) string {
	// "Region: Middle East | Theme: Media Disinformation": labelled lists
	// side by side
	if segs := strings.Split(u.text, "|"); len(segs) > 1 && u.words <= 25 && !terminal(u.text) {
		all := true
		for _, seg := range segs {
			label, rest, ok := strings.Cut(seg, ":")
			if !ok || !listLabels[strings.ToLower(strings.TrimSpace(label))] || strings.TrimSpace(rest) == "" {
				all = false
				break
			}
		}
		if all {
			return "label and list"
		}
	}
	label, rest, ok := strings.Cut(u.text, ":")
	// A heading "Live: Kharkiv counteroffensive" is a headline.
	if !ok || u.heading || u.words > 25 || terminal(u.text) {
		return ""
	}
	lw := countWords(label)
	if lw == 0 || lw > 3 || strings.TrimSpace(rest) == "" {
		return ""
	}
	// Under a label of its own kind ("Tags", "Topics") any short
	// capitalised item is a tag; under any other label ("Zelensky:
	// Balakliia liberated", "Assessment: Kordofan, 8 September 2025") the
	// items must all be names, or the line is a headline or a sentence.
	ll := strings.ToLower(strings.TrimSpace(label))
	known := listLabels[ll] || byLabels[ll] // "Articles by: Jane Doe"
	items := strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '/' })
	var parts []string
	for _, it := range items {
		for _, p := range strings.Split(it, " and ") {
			parts = append(parts, p)
		}
	}
	// one item under a label that is not a list's is a headline:
	// "Aleppo evacuation: Situation Report No. 4"
	if !known && len(parts) < 2 {
		return ""
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if countWords(p) > 4 {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(p)
		handle := strings.ContainsAny(p, "@.") || r == '#'
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !handle {
			return ""
		}
		if !known && !handle && !nameLike(p) {
			return ""
		}
	}
	return "label and list"
}

// byLabels name who made what a page lists: "Articles by: Jane Doe".
var byLabels = map[string]bool{"articles by": true, "posts by": true, "stories by": true, "photos by": true,
	"photo by": true, "more by": true, "supported by": true, "sponsored by": true, "powered by": true}

// listLabels are the labels sites print before lists of tags, topics,
// places, people and sources.
var listLabels = map[string]bool{
	"tags": true, "tag": true, "tagged": true, "tagged with": true, "topics": true, "topic": true,
	"category": true, "categories": true, "section": true, "sections": true, "rubric": true,
	"rubrics": true, "filed under": true, "keywords": true, "key words": true, "region": true,
	"regions": true, "country": true, "countries": true, "places": true, "location": true,
	"locations": true, "people": true, "persons": true, "subject": true, "subjects": true,
	"theme": true, "themes": true, "labels": true, "series": true, "source": true, "sources": true,
	"author": true, "authors": true, "editor": true, "editors": true, "photo": true, "photos": true,
	"credit": true, "credits": true, "contact": true, "contacts": true, "email": true, "e-mail": true,
	"phone": true, "tel": true, "read in": true, "languages": true, "updated": true,
	"last updated": true, "published": true, "posted": true, "date": true, "see also": true,
	"more on": true, "related": true, "related topics": true, "channel": true, "feed": true,
	"publisher": true, "via": true, "agency": true, "newsletter": true,
	"теги": true, "метки": true, "рубрика": true, "темы": true, "тема": true, "источник": true,
	"теґи": true, "мітки": true, "джерело": true, "регион": true, "регіон": true,
}

// Calls to action. A prompt addresses the reader: an imperative ("Share
// this post", "Follow X for daily summaries"), a conditional one ("If you
// value our reporting, share…"), a salutation ("Dear readers!"), or a
// sentence in the second person or about the site itself; and it speaks
// the vocabulary of support, donation, subscription, sharing or the
// site's upkeep. News sentences about support or sharing ("Ukraine called
// on its allies to support it", "Kyiv urged residents to share
// information") are neither imperative nor addressed to the reader, and
// quoted speech is never a prompt: "Support us with air defence," a
// president may say.
//
// Prompts come in two strengths. A strong one names support, donation,
// subscription, sharing or the site's upkeep and goes wherever it stands.
// A weak one only addresses the reader ("Send it to us", "see our daily
// digest"): it goes when it stands before or after the article's running
// text, and stays between its paragraphs, where a site may invite its
// readers as part of the article.

// ctaVerbs are imperatives a site addresses to its reader; the value says
// whether the verb alone speaks of support or sharing (strong).
var ctaVerbs = map[string]bool{
	"share": true, "subscribe": true, "unsubscribe": true, "donate": true, "support": true,
	"follow": true, "comment": true, "click": true, "tap": true, "forward": true, "repost": true,
	"crosspost": true, "cross-post": true, "become": true, "join": true, "sign": true,
	"register": true, "download": true, "like": true, "consider": true, "help": true,
	"tweet": true, "bookmark": true, "sponsor": true, "contribute": true, "buy": true,
	"refresh": true, "reload": true, "spread": true,
	"read": false, "watch": false, "listen": false, "visit": false, "contact": false,
	"email": false, "send": false, "write": false, "tell": false, "leave": false, "log": false,
	"get": false, "check": false, "please": false, "don't": false, "do": false, "want": false,
	"stay": false, "keep": false, "see": false,
	// Russian and Ukrainian imperatives
	"подписывайтесь": true, "подпишитесь": true, "поддержите": true, "поделитесь": true,
	"присоединяйтесь": true, "следите": true, "підписуйтесь": true, "підтримайте": true,
	"поширте": true, "читайте": false, "смотрите": false, "дивіться": false,
}

// ctaObjects are what a prompt asks the reader to act on.
var ctaObjects = []string{
	" us", " our ", "this article", "this post", "this content", "this story", "this video",
	"this live", "newsletter", "channel", "page", "button", "site", "blog", "member", "patron",
	"donation", "telegram", "facebook", "twitter", "youtube", "instagram", "vk",
	"email", "e-mail", "inbox", "comment", "journalism", "link", "app", "podcast",
	"feed", "paypal", "patreon", "subscription", "updates", "latest", "friend", " it to ",
	" it with ", " this to ", " this with ",
	"канал", "наш", "сайт", "новост", "підпис",
}

// strongWords speak of support, donation, subscription, sharing or the
// site's upkeep.
var strongWords = []string{
	"donat", "patreon", "paypal", "crypto", "wallet", "card details", "bank details",
	"subscri", "newsletter", "inbox", "member", "patron", "supporter", "sponsor", "support us",
	"support our", "support independent", "share this", "share our", "share it", "forward it",
	"repost", "follow us", "our channel", "telegram", "facebook", "twitter", "youtube",
	"instagram", "social", "refresh", "latest updates", "latest entries", "live page",
	"this site", "our site", "website", "independent", "funded", "readers", "helps",
	"full-size", "button", "like this", "comment", "sign up", "free",
	"подпис", "поддерж", "донат", "підпис", "підтрим",
}

// supportWords: the vocabulary of paying for, subscribing to and keeping a
// site going, which a sentence addressed to the reader or about the site
// itself needs to be a prompt.
var supportWords = []string{
	"donat", "patreon", "paypal", "crypto", "wallet", "card details", "bank details",
	"subscri", "newsletter", "membership", "patron", "supporter", "sponsor", "support us",
	"support our", "support independent", "share this", "share our", "forward it", "repost",
	"funded", "independent", "alive", "afloat",
	"подпис", "поддерж", "донат", "підпис", "підтрим",
}

// verbsAlways are imperatives that, opening a sentence, can only be a
// prompt ("Unsubscribe at any time", "Donate via the link").
var verbsAlways = map[string]bool{"subscribe": true, "unsubscribe": true, "donate": true,
	"repost": true, "crosspost": true, "cross-post": true, "bookmark": true, "refresh": true, "reload": true,
	"подписывайтесь": true, "подпишитесь": true, "поддержите": true, "поделитесь": true,
	"підписуйтесь": true, "підтримайте": true, "поширте": true}

// ctaPhrases only prompts use.
var ctaPhrases = []string{
	"share buttons", "consider helping", "consider supporting", "support independent",
	"become a member", "become a patron", "sign up for", "subscribe to", "subscribe for",
	"follow us", "join us on", "reader-funded", "reader-supported", "with a donation",
	"make a donation", "donate now", "like this content", "like this article", "click here",
	"click to", "leave a comment", "leave a reply", "telegram-канал", "подписывайтесь",
	"поделиться", "подпишитесь", "поддержите", "підписуйтесь", "поширте", "підтримайте",
	// the same in Latin transliteration; "select it and press Ctrl+Enter"
	// asks readers to report a typo
	"podpisyvaytes", "podpishites", "pidpysuytes", "ctrl+enter", "ctrl + enter",
}

// siteNotices open sentences about the page itself: its clock, its
// updates, its comments.
var siteNotices = []string{
	"all times are", "times are in ", "live updates have", "our live coverage",
	"this live blog", "live coverage has ended", "updates have ended", "comments are closed",
	"comments are disabled", "comments have been disabled", "comments are turned off",
	"this page is updated", "this page will be updated", "this page is being updated",
	"this is a developing story", "this story is developing", "this story will be updated",
}

// siteSelf: the site speaking of itself or its readers.
var siteSelf = []string{
	"this site", "this website", "this page", "the page", "this blog", "this post",
	"this channel", "this newsletter", "our site", "our website", "our page", "our channel",
	"our blog", "our newsletter", "our work", "our reporting", "our journalism", "our team",
	"our diary", "our project", "our readers", "its readers", "your donations", "your support",
	"keep us ", "keeps us ",
}

// readerWords address the reader.
var readerWords = []string{"you ", "you.", "you!", "you,", "your ", "dear reader", "our readers"}

// ctaStrength grades one lower-case sentence: 0 no prompt, 1 weak, 2
// strong. orig is the same sentence as written (for capitals), or "" when
// its offsets differ from the lower-case text.
//
// line is the vocab mask of the whole line: lists it does not hold are
// not searched sentence by sentence.
func ctaStrength(s, orig string, line uint64) int {
	s = strings.TrimLeft(s, " *-–—")
	if s == "" {
		return 0
	}
	trim := len(orig) - len(s)
	if orig != "" && trim >= 0 {
		orig = orig[trim:]
	} else {
		orig = ""
	}
	// "Note to readers: please click…", "SUPPORT US:": look past a label.
	if i := strings.IndexByte(s, ':'); i > 0 && countWords(s[:i]) <= 3 && strings.TrimSpace(s[i+1:]) != "" {
		o := ""
		if orig != "" {
			o = orig[i+1:]
		}
		if g := ctaStrength(s[i+1:], o, line); g > 0 {
			return g
		}
	}
	var sm uint64 // the sentence's own vocab, when the line's calls for it
	if line&(vCTAPhrase|vSupport) != 0 {
		sm = vocab.scan(s)
	}
	if sm&vCTAPhrase != 0 {
		return 2
	}
	for _, p := range siteNotices {
		if strings.HasPrefix(s, p) && countWords(s) <= 15 && !strings.Contains(s, "said") && !strings.Contains(s, "according") {
			return 2
		}
	}
	// "If you value our reporting, share…", "For the other side's view,
	// see…": the main clause after a short opening one.
	if strings.HasPrefix(s, "if ") || strings.HasPrefix(s, "for ") || strings.HasPrefix(s, "to ") {
		if i := strings.IndexByte(s, ','); i > 0 && countWords(s[:i]) <= 10 {
			o := ""
			if orig != "" {
				o = orig[i+1:]
			}
			if g := imperativeStrength(strings.TrimSpace(s[i+1:]), strings.TrimSpace(o)); g > 0 {
				return g
			}
		}
	}
	if g := imperativeStrength(s, orig); g > 0 {
		return g
	}
	if strings.HasPrefix(s, "dear ") && countWords(s) <= 4 {
		return 1 // "Dear readers!"
	}
	// Second person or the site on itself, with the vocabulary of support.
	if sm&vSupport != 0 && sm&(vReader|vSiteSelf) != 0 {
		return 2
	}
	return 0
}

// imperativeStrength grades a sentence that opens with a verb addressed to
// the reader.
func imperativeStrength(s, orig string) int {
	first, rest, _ := strings.Cut(s, " ")
	skip := len(first) + 1
	first = strings.Trim(first, ",.!:")
	if first == "please" {
		first, rest, _ = strings.Cut(rest, " ")
		skip += len(first) + 1
		first = strings.Trim(first, ",.!:")
	}
	strong, ok := ctaVerbs[first]
	if !ok {
		return 0
	}
	if orig != "" && skip <= len(orig) {
		orig = orig[skip:]
	} else {
		orig = ""
	}
	padded := " " + rest + " "
	object := containsAny(padded, ctaObjects)
	switch {
	case verbsAlways[first]:
	case object:
	case countWords(rest) <= 2:
		// A short imperative ending the prompt ("Support SouthFront:",
		// "Donate!").
	case strings.HasSuffix(strings.TrimSpace(rest), "!"):
	case nameObject(orig):
		// "Follow Frontline Digest for daily summaries", "Support
		// Eastern Front Notes!"
	default:
		return 0
	}
	if strong || containsAny(padded, strongWords) {
		return 2
	}
	return 1
}

// nameObject: the words after the verb are a proper name that ends the
// sentence or is followed by a preposition ("Frontline Digest for …"),
// not a noun phrase going on ("Ukraine rallies were held").
func nameObject(orig string) bool {
	if orig == "" {
		return false
	}
	name, tail := nameRun(orig)
	if name == "" {
		return false
	}
	tail = strings.TrimSpace(tail)
	if tail == "" {
		return true
	}
	next, _, _ := strings.Cut(tail, " ")
	switch strings.ToLower(strings.Trim(next, ",.!")) {
	case "for", "on", "in", "at", "via", "to", "with", "":
		return true
	}
	return strings.HasPrefix(tail, "!")
}

func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// callToAction: the line asks the reader to share, subscribe, donate,
// follow, comment or click, and does little else. A line of weak prompts
// is marked (u.weakCTA) for the position rule in Clean.
func callToAction(u *unit) string {
	if u.words > 60 {
		return ""
	}
	orig := ""
	if len(u.text) == len(u.lower) {
		orig = u.text
	}
	mask := u.vocabOf()
	n, strong, weak := 0, 0, 0
	eachSentence(u.lower, func(start, end int, quoted bool) {
		n++
		if quoted {
			return // someone's words, not the site's
		}
		o := ""
		if orig != "" {
			o = orig[start:end]
		}
		switch ctaStrength(u.lower[start:end], o, mask) {
		case 2:
			strong++
		case 1:
			weak++
		}
	})
	if strong+weak == 0 || !((strong+weak)*2 >= n || u.words <= 12) {
		return ""
	}
	if strong > 0 {
		return "call to action"
	}
	u.weakCTA = true
	return ""
}

// closers skips the closing quotes and brackets after a sentence's last
// mark, which belong to it, and counts the quotes it closes.
func closers(s string, end int) (newEnd, straight, curly int) {
	for end < len(s) {
		switch {
		case s[end] == '"':
			straight++
			end++
		case strings.HasPrefix(s[end:], "”"):
			curly++
			end += len("”")
		case strings.HasPrefix(s[end:], "»"):
			curly++
			end += len("»")
		case s[end] == ')':
			end++
		default:
			return end, straight, curly
		}
	}
	return end, straight, curly
}

// eachSentence calls fn with the byte span of each sentence of s, and
// whether it is quoted speech: it opens with a quotation mark or inside a
// quotation still open from the sentence before.
func eachSentence(s string, fn func(start, end int, quoted bool)) {
	start := 0
	straight, open := 0, 0 // straight quotes seen; curly and angle quotes open
	inQuote := false       // at start
	emit := func(end int) {
		st := start
		for st < end && s[st] == ' ' {
			st++
		}
		if st < end {
			r, _ := utf8.DecodeRuneInString(s[st:])
			fn(st, end, inQuote || r == '"' || r == '“' || r == '«' || r == '„')
		}
		start = end
		inQuote = straight%2 == 1 || open > 0
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			straight++
		case 0xE2: // “ ” „ are U+201C, U+201D, U+201E
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x9C, 0x9E:
					open++
				case 0x9D:
					open = max(open-1, 0)
				}
			}
		case 0xC2: // « and »
			if i+1 < len(s) {
				switch s[i+1] {
				case 0xAB:
					open++
				case 0xBB:
					open = max(open-1, 0)
				}
			}
		case '.', '!', '?':
			end, closed, shut := closers(s, i+1)
			if end == len(s) || s[end] == ' ' {
				straight += closed
				open = max(open-shut, 0)
				emit(end)
				i = end - 1
			}
		}
	}
	if start < len(s) {
		emit(len(s))
	}
}

// Legal lines: copyright, rights, disclaimers, cookie notices.
var legalStrong = []string{"©", "(c) 20", "copyright", "all rights reserved", "fair use",
	"sole responsibility", "disclaimer", "terms of use", "terms of service", "privacy policy",
	"cookies", "without permission", "views expressed", "do not necessarily reflect",
	"does not necessarily reflect", "reproduction", "все права защищены", "при перепечатке",
	"при использовании материалов", "всі права захищені", "при передруку", "impressum",
	"not an endorsement", "not imply endorsement", "not constitute an endorsement", "not constitute endorsement"}

func legal(u *unit) string {
	if u.words > 40 && !strings.HasPrefix(u.lower, "disclaimer") && !strings.Contains(u.lower, "copyright") && !strings.Contains(u.lower, "fair use") {
		return "" // a long paragraph is a notice only when it says so early or names copyright
	}
	hits := bits.OnesCount64(legalVocab.scan(u.lower))
	if hits == 0 {
		return ""
	}
	if u.words <= 40 || hits >= 2 {
		return "legal notice"
	}
	return ""
}

// Captions and image credits.
var captionPrefixes = []string{"[image:", "[photo:", "[infographic:", "[video:", "[map:", "[graphic:", "[chart:", "photo:", "photo by", "photo credit", "photos:", "image:", "image source",
	"image by", "image credit", "picture:", "illustration:", "credit:", "credits:", "pictured:",
	"фото:", "фото ", "изображение:", "источник фото", "джерело фото"}
var captionPhrases = []string{"full-size image", "full size image", "click to enlarge", "click to see",
	"click to view", "getty images", "(photo:", "(image:", "/ afp", "/afp", "/ reuters"}

func caption(u *unit) string {
	if u.words > 40 {
		return ""
	}
	for _, p := range captionPrefixes {
		if strings.HasPrefix(u.lower, p) {
			return "caption"
		}
	}
	if u.vocabOf()&vCaption != 0 {
		return "caption"
	}
	return ""
}

// Widget vocabulary: share bars, font and print controls, counters,
// navigation crumbs. A line made only of these words is a widget.
var widgetWords = map[string]bool{
	"share": true, "shares": true, "tweet": true, "print": true, "email": true, "e-mail": true,
	"facebook": true, "twitter": true, "whatsapp": true, "telegram": true, "vk": true,
	"vkontakte": true, "linkedin": true, "reddit": true, "pinterest": true, "copy": true,
	"link": true, "save": true, "a": true, "font": true, "size": true, "menu": true,
	"search": true, "home": true, "login": true, "log": true, "in": true, "out": true,
	"reply": true, "like": true, "likes": true, "loading": true, "comments": true,
	"comment": true, "this": true, "min": true, "read": true, "views": true, "view": true,
	"hours": true, "hour": true, "minutes": true, "ago": true, "updated": true, "more": true,
	"next": true, "previous": true, "prev": true, "back": true, "top": true, "to": true,
	"advertisement": true, "ad": true, "sponsored": true, "story": true, "continues": true,
	"below": true, "on": true, "x": true, "close": true, "accept": true, "settings": true,
	"subscribe": true, "follow": true, "us": true, "listen": true, "audio": true,
	"поделиться": true, "реклама": true, "печать": true, "комментарии": true, "поширити": true,
}

func widget(u *unit) string {
	if u.words == 0 || u.words > 8 {
		return ""
	}
	for _, w := range strings.FieldsFunc(u.lower, func(r rune) bool { return !isAlnum(r) && r != '-' }) {
		if !widgetWords[w] && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return ""
		}
	}
	return "widget"
}

// credits: "Reporting by …; Editing by …".
var creditPrefixes = []string{"reporting by", "additional reporting", "writing by", "editing by",
	"edited by", "compiled by", "translated by", "translation by"}

// creditPhrases credit reporters anywhere in a short line.
var creditPhrases = []string{"contributed reporting", "contributed to this report",
	"contributed additional reporting"}

// A wire story ends with its credits in brackets, "(Reporting by …;
// editing by …)", "(Northbridge News Agency. Editing by the Europe
// desk.)", or with the agency's name alone: "(Caspian Wire Service)".
func credits(u *unit) string {
	if u.words > 30 {
		return ""
	}
	t := u.lower
	bracketed := strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
	t = strings.TrimLeft(t, "( ")
	for _, p := range creditPrefixes {
		if strings.HasPrefix(t, p) {
			return "credits"
		}
	}
	if !bracketed {
		// "Jane Roe contributed reporting from Lviv."
		for _, p := range creditPhrases {
			if u.words <= 20 && strings.Contains(t, p) {
				return "credits"
			}
		}
		return ""
	}
	for _, p := range creditPrefixes {
		if strings.Contains(t, p) {
			return "credits"
		}
	}
	if inner := strings.TrimSpace(u.text[1 : len(u.text)-1]); u.words >= 2 && u.words <= 6 && nameLike(inner) {
		return "credits"
	}
	return ""
}

// Related-article headings; the short lines under one are its list.
var relatedLabels = map[string]bool{
	"related": true, "related articles": true, "related posts": true, "related stories": true,
	"related news": true, "related content": true, "read more": true, "read also": true,
	"see also": true, "more on this": true, "more on this story": true, "more from": true,
	"you may also like": true, "you might also like": true, "recommended": true,
	"most read": true, "most popular": true, "popular": true, "latest": true,
	"latest news": true, "trending": true, "more stories": true, "also read": true,
	"читайте также": true, "по теме": true, "смотрите также": true, "читайте також": true,
	"по темі": true, "популярное": true, "последние новости": true,
}

func relatedHeading(u *unit) bool {
	t := strings.TrimRight(u.lower, ": .")
	return u.words <= 6 && relatedLabels[t]
}

// contactLine: a short line carrying an e-mail address.
func contactLine(u *unit) string {
	if u.words <= 12 && strings.IndexByte(u.text, '@') >= 0 && hasEmail(u.text) {
		return "contact line"
	}
	return ""
}

// releaseLabel: a press release's distribution label ("FOR IMMEDIATE
// RELEASE", "Embargoed until 10:00 GMT"), or its end mark ("ENDS").
func releaseLabel(u *unit) string {
	if u.words > 8 {
		return ""
	}
	t := strings.Trim(u.lower, " .:-–—#*")
	if strings.HasPrefix(t, "for immediate release") || strings.HasPrefix(t, "embargoed until") || strings.HasPrefix(t, "embargoed:") ||
		t == "ends" || t == "end" || t == "-ends-" {
		return "release label"
	}
	return ""
}

// stampLine: a revision stamp alone on a line ("Updated: 5 April 2022,
// 10:12 GMT").
func stampLine(u *unit) string {
	if u.words <= 12 && updatedStamp(u.text) {
		return "update stamp"
	}
	return ""
}

// breadcrumb: a site's navigation trail ("Home > World > Europe", "News ›
// Donetsk region"): two or more short segments joined by ">", "›", "»"
// or spaced slashes ("World / Europe / Ukraine"), with no sentence
// punctuation.
func breadcrumb(u *unit) string {
	if u.words == 0 || u.words > 12 || terminal(u.text) {
		return ""
	}
	text := strings.ReplaceAll(u.text, " / ", " › ")
	segs := strings.FieldsFunc(text, func(r rune) bool { return r == '>' || r == '›' || r == '»' })
	if len(segs) < 2 || strings.ContainsAny(u.text, "<") {
		return ""
	}
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" || countWords(seg) > 3 {
			return ""
		}
	}
	return "breadcrumb"
}

// evidence runs the line-level checks in order of confidence.
func evidence(u *unit) string {
	if strings.IndexFunc(u.text, isAlnum) < 0 {
		return "separator"
	}
	for _, f := range []func(*unit) string{numbersOnly, linkDense, legal, caption, widget, stampLine, credits, releaseLabel, callToAction, contactLine, tagList, breadcrumb} {
		if r := f(u); r != "" {
			return r
		}
	}
	return ""
}
