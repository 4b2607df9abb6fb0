package clean

import (
	"errors"
	"net/url"
	"regexp"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// htmlMeta is what a page says about itself in its markup.
type htmlMeta struct {
	title, site, date, author, canonical, lang string
	rawTitle                                   string   // the page's <title> as written, the site's name included
	head                                       []string // the lines around the headline: byline and dateline
}

// errNoMainText is the rejection for pages with nothing to read.
var errNoMainText = errors.New("HTML with no main text")

// extractHTML finds the main content of a page and returns it as
// Markdown-ish lines (headings "# ", list items "- ", links "[text](#)") so
// that the same line evidence as for text runs on it.
//
// go-trafilatura was measured against go-readability on article pages with
// navigation, sidebars, share bars, comments and related links (see the
// package report): it kept every article line, dropped more of the page's
// chrome, and extracts title, site name, author and date as well.
func extractHTML(src, pageURL string) ([]string, htmlMeta, error) {
	var meta htmlMeta
	// read guarantees UTF-8, so the page is parsed as it is (no charset
	// sniffing) and once: extraction works on a copy of this tree.
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, meta, errNoMainText
	}
	meta.rawTitle = pageTitle(root)
	if !hasMainText(root) {
		return nil, meta, errNoMainText
	}
	opts := trafilatura.Options{ExcludeComments: true, IncludeLinks: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	all := nodeLines(root)
	res, err := trafilatura.ExtractDocument(root, opts)
	if res != nil {
		m := res.Metadata
		meta.title, meta.site, meta.author = fold(m.Title), fold(m.Sitename), fold(m.Author)
		meta.canonical, meta.lang = m.URL, m.Language
		if meta.date = pageDate(src); meta.date == "" && !m.Date.IsZero() {
			meta.date = m.Date.Format("2006-01-02")
		}
		if b := reByline.FindStringSubmatch(meta.author); b != nil {
			meta.author = b[1]
		}
	}
	meta.head = headLinesAround(all, meta.title)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, meta, errNoMainText
	}
	lines := nodeLines(res.ContentNode)
	if len(lines) == 0 {
		return nil, meta, errNoMainText
	}
	if len(lines) == 1 {
		lines = splitMerged(lines[0], all)
	}
	return lines, meta, nil
}

// splitMerged undoes extraction's fallback on short pages, which runs the
// page's blocks together into one paragraph ("Bridge hit2 hours ago A
// missile struck…"): when the page's own block lines, in order, make up
// that paragraph, they are returned instead; otherwise the paragraph.
func splitMerged(merged string, all []string) []string {
	rest := merged
	var parts []string
	covered := 0
	for _, l := range all {
		plain := strings.TrimPrefix(l, "# ")
		if strings.Contains(plain, "](#)") || len(plain) < 2 {
			continue
		}
		i := strings.Index(rest, plain)
		if i < 0 {
			continue
		}
		parts = append(parts, l)
		covered += len(plain)
		rest = rest[i+len(plain):]
	}
	if len(parts) < 2 || covered*10 < len(merged)*9 {
		return []string{merged}
	}
	return parts
}

// pageTitle is the text of the page's <title>.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "title" {
		if c := n.FirstChild; c != nil && c.Type == html.TextNode {
			return fold(c.Data)
		}
		return ""
	}
	if n.Type == html.ElementNode && n.Data == "body" {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// headLinesAround returns the few lines after the page's headline (the
// first heading, or the one that is the title), up to its first
// paragraph: where pages print the byline and date, which main-content
// extraction often leaves out.
func headLinesAround(lines []string, title string) []string {
	tk := squash(title)
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "# ") {
			if start < 0 || (tk != "" && squash(l) == tk) {
				start = i
				if tk == "" || squash(l) == tk {
					break
				}
			}
		}
	}
	if start < 0 {
		return nil
	}
	var out []string
	for _, l := range lines[start+1 : min(len(lines), start+9)] {
		u := unit{raw: l}
		u.text, u.linkChars, u.heading, u.listItem = stripMarkdown(l)
		u.words = countWords(u.text)
		if u.prose() || u.heading {
			break
		}
		out = append(out, u.text)
	}
	return out
}

// Chrome: elements that hold a page's furniture, never its article.
var chromeTags = map[string]bool{"head": true, "title": true, "script": true, "style": true,
	"noscript": true, "template": true, "nav": true, "footer": true, "aside": true, "form": true,
	"button": true, "select": true, "option": true, "iframe": true, "svg": true, "menu": true,
	"dialog": true, "label": true}

var chromeRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true,
	"menu": true, "menubar": true, "dialog": true, "alertdialog": true, "search": true, "complementary": true}

// chromeMarks in a class or id name a cookie notice, a menu or a footer.
var chromeMarks = []string{"cookie", "consent", "gdpr", "navbar", "breadcrumb", "menu", "footer"}

func isChrome(n *html.Node) bool {
	if chromeTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if chromeRoles[strings.ToLower(a.Val)] {
				return true
			}
		case "class", "id":
			v := strings.ToLower(a.Val)
			for _, m := range chromeMarks {
				if strings.Contains(v, m) {
					return true
				}
			}
		case "hidden", "aria-hidden":
			if a.Key == "hidden" || a.Val == "true" {
				return true
			}
		}
	}
	return false
}

// minMainWords is how many words a page must hold outside its chrome to
// have an article at all.
const minMainWords = 8

// hasMainText reports whether the page has words outside its navigation,
// header furniture, footers, scripts and cookie notices. A page without
// them is rejected before extraction, whose fallbacks would otherwise
// return the menu.
func hasMainText(root *html.Node) bool {
	words := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			words += countWords(n.Data)
			return words >= minMainWords
		case html.ElementNode:
			if isChrome(n) {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(root)
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "td": true, "th": true, "tr": true, "figcaption": true,
	"dt": true, "dd": true, "section": true, "article": true, "header": true, "footer": true,
	"ul": true, "ol": true, "table": true, "figure": true, "aside": true, "main": true, "body": true,
	"head": true, "hr": true, "form": true, "nav": true, "details": true, "summary": true, "center": true,
	"address": true, "caption": true,
}

// nodeLines renders block elements as one line each.
func nodeLines(root *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if s := fold(cur.String()); strings.IndexFunc(s, isAlnum) >= 0 {
			lines = append(lines, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(mdEscape(n.Data))
			return
		case html.ElementNode:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		tag := n.Data
		switch tag {
		case "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea":
			return
		case "br":
			flush()
			return
		case "img":
			return
		}
		block := blockTags[tag]
		if block {
			flush()
			switch tag {
			case "h1", "h2", "h3", "h4", "h5", "h6":
				cur.WriteString("# ")
			case "li":
				cur.WriteString("- ")
			}
		}
		if tag == "a" {
			cur.WriteString("[")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if tag == "a" {
			cur.WriteString("](#)")
		}
		if block {
			flush()
		} else if tag == "td" || tag == "th" {
			cur.WriteString(" ")
		}
	}
	walk(root)
	flush()
	return lines
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, "`", "\\`", "\n", " ")

func mdEscape(s string) string {
	if !strings.ContainsAny(s, "\\*_[]`\n") {
		return s
	}
	return mdEscaper.Replace(s)
}

// Publication dates pages state in markup, most explicit first. They are
// read before trafilatura's guess, which may prefer a date in the URL.
var rePageDates = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date|dcterms\.created|sailthru\.date|parsely-pub-date)["'][^>]*content=["']([^"']+)["']`),
	regexp.MustCompile(`(?i)<meta[^>]+content=["']([^"']+)["'][^>]*(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate)["']`),
	regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`),
	regexp.MustCompile(`(?i)<time[^>]+datetime=["']([^"']+)["']`),
}

// pageDate is the publication date the markup states, or "".
func pageDate(src string) string {
	head := src
	if len(head) > 200_000 {
		head = head[:200_000]
	}
	for _, re := range rePageDates {
		if m := re.FindStringSubmatch(head); m != nil {
			if d := NormalizeDate(m[1]); d != "" {
				return d
			}
		}
	}
	return ""
}
