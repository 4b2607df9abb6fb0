package read

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// FeedItem is one RSS or Atom item as parsed, before it becomes an Input.
type FeedItem struct {
	Title, Link, Published, Content, Author string
	Raw                                     []byte // the item's XML
}

// Feed is a parsed RSS or Atom feed.
type Feed struct {
	Format string // "rss" or "atom"
	Title  string // channel or feed title: the outlet
	Items  []FeedItem
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      string `xml:"author"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",innerxml"`
	Text string `xml:",chardata"`
}

// html returns the text as HTML: escaped HTML and plain text come out of
// chardata; XHTML content is kept as markup.
func (t atomText) html() string {
	if strings.EqualFold(t.Type, "xhtml") {
		return strings.TrimSpace(t.Body)
	}
	if strings.TrimSpace(t.Text) == "" && strings.Contains(t.Body, "<") {
		return strings.TrimSpace(t.Body)
	}
	return strings.TrimSpace(t.Text)
}

type atomEntry struct {
	Title string `xml:"title"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	ID        string   `xml:"id"`
	Published string   `xml:"published"`
	Updated   string   `xml:"updated"`
	Content   atomText `xml:"content"`
	Summary   atomText `xml:"summary"`
	Author    struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

// ParseFeed parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed held as UTF-8.
// Items parsed before a syntax error are returned with the error.
func ParseFeed(b []byte) (*Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false // real feeds use HTML entities and sloppy markup
	d.Entity = xml.HTMLEntity
	// The bytes are already UTF-8 (Decode ran); whatever the declaration
	// says, read them as they are.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }

	f := &Feed{}
	var stack []string
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			return f, fmt.Errorf("invalid XML at line %d: %s", line, xmlErr(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case len(stack) == 0 && f.Format == "":
				f.Format = "rss"
				if name == "feed" {
					f.Format = "atom"
				}
			case name == "title" && (parent == "channel" || parent == "feed") && f.Title == "":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return f, fmt.Errorf("invalid XML in feed title: %s", xmlErr(err))
				}
				f.Title = strings.TrimSpace(s)
				continue
			case name == "item":
				var it rssItem
				if err := d.DecodeElement(&it, &t); err != nil {
					line, _ := d.InputPos()
					return f, fmt.Errorf("invalid XML in item %d at line %d: %s", len(f.Items)+1, line, xmlErr(err))
				}
				fi := FeedItem{Title: clean1(it.Title), Link: strings.TrimSpace(it.Link),
					Published: firstNonEmpty(it.PubDate, it.DCDate), Author: firstNonEmpty(it.Creator, it.Author),
					Content: strings.TrimSpace(firstNonEmpty(it.Encoded, it.Description)),
					Raw:     b[start:d.InputOffset()]}
				if fi.Link == "" && strings.HasPrefix(it.GUID, "http") {
					fi.Link = strings.TrimSpace(it.GUID)
				}
				f.Items = append(f.Items, fi)
				continue
			case name == "entry":
				var e atomEntry
				if err := d.DecodeElement(&e, &t); err != nil {
					line, _ := d.InputPos()
					return f, fmt.Errorf("invalid XML in entry %d at line %d: %s", len(f.Items)+1, line, xmlErr(err))
				}
				fi := FeedItem{Title: clean1(e.Title), Published: firstNonEmpty(e.Published, e.Updated),
					Author: strings.TrimSpace(e.Author.Name), Content: e.Content.html(), Raw: b[start:d.InputOffset()]}
				if fi.Content == "" {
					fi.Content = e.Summary.html()
				}
				for _, l := range e.Links {
					if (l.Rel == "" || l.Rel == "alternate") && fi.Link == "" {
						fi.Link = strings.TrimSpace(l.Href)
					}
				}
				f.Items = append(f.Items, fi)
				continue
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if f.Format == "" {
		return f, errors.New("no XML root element")
	}
	return f, nil
}

func clean1(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func xmlErr(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	return err.Error()
}

// feed emits one Input per item that has content.
func (w *walker) feed(b []byte, source, id string) error {
	text, err := Decode(b, xmlEncoding(b))
	if err != nil {
		return w.reject(source, "%v", err)
	}
	f, perr := ParseFeed([]byte(text))
	for i, it := range f.Items {
		src := source + "#" + strconv.Itoa(i+1)
		if it.Content == "" {
			if err := w.reject(src, "feed item %d has no content", i+1); err != nil {
				return err
			}
			continue
		}
		in := &Input{
			Source: src, ID: id + ":" + strconv.Itoa(i+1), Format: f.Format,
			Text: it.Content, HTML: true,
			URL: it.Link, Outlet: f.Title, Published: it.Published, Title: it.Title,
			Hash: claimtrail.ContentHash(it.Raw),
		}
		if err := w.emit(in); err != nil {
			return err
		}
	}
	if perr != nil {
		return w.reject(source, "%v", perr)
	}
	if len(f.Items) == 0 {
		return w.reject(source, "feed has no items")
	}
	return nil
}
