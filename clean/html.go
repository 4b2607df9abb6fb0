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
	opts := trafilatura.Options{ExcludeComments: true, IncludeLinks: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(strings.NewReader(src), opts)
	var meta htmlMeta
	if res != nil {
		m := res.Metadata
		meta = htmlMeta{title: fold(m.Title), site: fold(m.Sitename), author: fold(m.Author),
			canonical: m.URL, lang: m.Language}
		if meta.date = pageDate(src); meta.date == "" && !m.Date.IsZero() {
			meta.date = m.Date.Format("2006-01-02")
		}
		if b := reByline.FindStringSubmatch(meta.author); b != nil {
			meta.author = b[1]
		}
	}
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, meta, errNoMainText
	}
	lines := nodeLines(res.ContentNode)
	if len(lines) == 0 {
		return nil, meta, errNoMainText
	}
	return lines, meta, nil
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
