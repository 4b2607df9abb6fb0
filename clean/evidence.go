package clean

import (
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
	label, rest, ok := strings.Cut(u.text, ":")
	// A heading "Live: Kharkiv counteroffensive" is a headline.
	if !ok || u.heading || u.words > 25 || terminal(u.text) {
		return ""
	}
	lw := countWords(label)
	if lw == 0 || lw > 3 || strings.TrimSpace(rest) == "" {
		return ""
	}
	items := strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '/' })
	var parts []string
	for _, it := range items {
		for _, p := range strings.Split(it, " and ") {
			parts = append(parts, p)
		}
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
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsAny(p, "@.") && r != '#' {
			return ""
		}
	}
	return "label and list"
}

// Calls to action. A sentence is one when it starts with an imperative verb
// of the reader-facing kind and names something of the site, or holds a
// phrase that only such prompts use.
var ctaVerbs = map[string]bool{
	"share": true, "subscribe": true, "donate": true, "support": true, "follow": true,
	"comment": true, "click": true, "tap": true, "forward": true, "crosspost": true,
	"cross-post": true, "become": true, "join": true, "sign": true, "register": true,
	"download": true, "like": true, "consider": true, "help": true, "read": true,
	"watch": true, "listen": true, "visit": true, "contact": true, "email": true,
	"send": true, "tweet": true, "leave": true, "log": true, "bookmark": true,
	"get": true, "check": true, "please": true, "don't": true, "do": true, "want": true,
	"stay": true, "keep": true, "sponsor": true, "contribute": true, "buy": true,
	// Russian and Ukrainian imperatives
	"подписывайтесь": true, "подпишитесь": true, "поддержите": true, "поделитесь": true,
	"читайте": true, "смотрите": true, "присоединяйтесь": true, "следите": true,
	"підписуйтесь": true, "підтримайте": true, "поширте": true, "дивіться": true,
}

var ctaObjects = []string{
	" us", " our ", "this article", "this post", "this content", "this story", "this video",
	"newsletter", "channel", "page", "button", "site", "blog", "member", "patron",
	"donation", "telegram", "facebook", "twitter", "youtube", "instagram", "vk",
	"email", "e-mail", "inbox", "comment", "journalism", "link", "app", "podcast",
	"feed", "paypal", "patreon", "subscription", "updates", "latest",
	"канал", "наш", "сайт", "новост", "підпис", "наш",
}

var ctaPhrases = []string{
	"share buttons", "consider helping", "consider supporting", "support independent", "become a member", "become a patron", "sign up for",
	"subscribe to", "subscribe for", "follow us", "join us on", "reader-funded",
	"reader-supported", "with a donation", "make a donation", "donate now", "like this content",
	"like this article", "click here", "click to", "leave a comment", "leave a reply", "telegram-канал", "подписывайтесь", "поделиться", "подпишитесь",
	"поддержите", "підписуйтесь", "поширте", "підтримайте",
}

// callToAction: the line asks the reader to share, subscribe, donate,
// follow, comment or click, and does little else.
func callToAction(u *unit) string {
	if u.words > 60 {
		return ""
	}
	sents := sentences(u.lower)
	cta := 0
	for _, s := range sents {
		if ctaSentence(s) {
			cta++
		}
	}
	if cta > 0 && (cta*2 >= len(sents) || u.words <= 12) {
		return "call to action"
	}
	return ""
}

func ctaSentence(s string) bool {
	s = strings.TrimLeft(s, " \"'“«*-–—")
	// "Note to readers: please click…", "SUPPORT US:": look past a label.
	if l, rest, ok := strings.Cut(s, ":"); ok && countWords(l) <= 3 && strings.TrimSpace(rest) != "" {
		if ctaSentence(rest) {
			return true
		}
	}
	for _, p := range ctaPhrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	first, rest, _ := strings.Cut(s, " ")
	first = strings.Trim(first, ",.!:")
	if first == "please" {
		first, rest, _ = strings.Cut(rest, " ")
		first = strings.Trim(first, ",.!:")
	}
	if !ctaVerbs[first] {
		return false
	}
	padded := " " + rest + " "
	for _, o := range ctaObjects {
		if strings.Contains(padded, o) {
			return true
		}
	}
	// A short imperative ending the prompt ("Support SouthFront:", "Donate!").
	return countWords(rest) <= 2
}

// sentences splits lower-case text at sentence ends; good enough for
// counting prompts, not for extraction.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' {
				if t := strings.TrimSpace(s[start : i+1]); t != "" {
					out = append(out, t)
				}
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// Legal lines: copyright, rights, disclaimers, cookie notices.
var legalStrong = []string{"©", "(c) 20", "copyright", "all rights reserved", "fair use",
	"sole responsibility", "disclaimer", "terms of use", "terms of service", "privacy policy",
	"cookies", "without permission", "views expressed", "do not necessarily reflect",
	"does not necessarily reflect", "reproduction", "все права защищены", "при перепечатке",
	"при использовании материалов", "всі права захищені", "при передруку", "impressum"}

func legal(u *unit) string {
	// A long paragraph is a legal notice only when it says so early or
	// names copyright; scanning every phrase in every paragraph is wasted.
	if u.words > 40 && !strings.HasPrefix(u.lower, "disclaimer") && !strings.Contains(u.lower, "copyright") && !strings.Contains(u.lower, "fair use") {
		return ""
	}
	hits := 0
	for _, p := range legalStrong {
		if strings.Contains(u.lower, p) {
			hits++
		}
	}
	if hits == 0 {
		return ""
	}
	if u.words <= 40 || hits >= 2 {
		return "legal notice"
	}
	return ""
}

// Captions and image credits.
var captionPrefixes = []string{"photo:", "photo by", "photo credit", "photos:", "image:", "image source",
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
	for _, p := range captionPhrases {
		if strings.Contains(u.lower, p) {
			return "caption"
		}
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

func credits(u *unit) string {
	if u.words > 30 {
		return ""
	}
	for _, p := range creditPrefixes {
		if strings.HasPrefix(u.lower, p) {
			return "credits"
		}
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
	if u.words <= 12 && strings.Contains(u.text, "@") && reEmail.MatchString(u.text) {
		return "contact line"
	}
	return ""
}

// evidence runs the line-level checks in order of confidence.
func evidence(u *unit) string {
	if strings.IndexFunc(u.text, isAlnum) < 0 {
		return "separator"
	}
	for _, f := range []func(*unit) string{numbersOnly, linkDense, legal, caption, widget, credits, callToAction, contactLine, tagList} {
		if r := f(u); r != "" {
			return r
		}
	}
	return ""
}
