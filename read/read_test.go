package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"golang.org/x/text/encoding/charmap"
)

// got is what a walk reported, one line per document or rejection, so that
// tests compare order and content at once.
type got struct {
	inputs []*Input
	lines  []string
}

func walk(t *testing.T, paths []string, opts Options) got {
	t.Helper()
	var g got
	err := Walk(context.Background(), paths, opts, func(in *Input, rej *Rejected) error {
		if in != nil {
			g.inputs = append(g.inputs, in)
			g.lines = append(g.lines, fmt.Sprintf("doc %s id=%s format=%s html=%v", rel(in.Source), in.ID, in.Format, in.HTML))
		} else {
			g.lines = append(g.lines, fmt.Sprintf("rej %s: %s", rel(rej.Source), rej.Reason))
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return g
}

// rel strips the temp dir so expectations can name files plainly.
var tmpRoot string

func rel(p string) string {
	if tmpRoot != "" {
		return strings.TrimPrefix(strings.TrimPrefix(p, tmpRoot), string(filepath.Separator))
	}
	return p
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const pageHTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head><body><p>Troops advanced.</p></body></html>`

func TestWalkFormats(t *testing.T) {
	dir := t.TempDir()
	tmpRoot = dir
	defer func() { tmpRoot = "" }()
	cp1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte("<html><head><meta charset=\"windows-1251\"></head><body><p>Войска вошли в город.</p></body></html>"))
	files := map[string][]byte{
		"a.txt":           []byte("Plain article.\n"),
		"b.md":            []byte("# Title\n\nText.\n"),
		"c.html":          []byte(pageHTML),
		"d.txt":           []byte(pageHTML), // content says HTML
		"e":               []byte("<div><p>One</p><p>Two</p><a href=x>x</a></div>"),
		"f.html":          []byte("no markup at all, just words"),
		"g.txt":           append([]byte{0xef, 0xbb, 0xbf}, "BOM text"...),
		"h.txt":           {},
		"i.txt":           []byte("abc\x00def"),
		"j.png":           []byte("\x89PNG\r\n\x1a\nxxxx"),
		"k.txt":           []byte("good \xff bad"),
		"l.html":          cp1251,
		"m.xml":           []byte(`<?xml version="1.0"?><config><a>1</a></config>`),
		".hidden.txt":     []byte("skip me"),
		".git/x.txt":      []byte("skip me too"),
		"sub/z.txt":       []byte("nested"),
		"n.txt":           []byte("   \n\t\n"),
		"o.markdown":      []byte("*x*"),
		"p.txt":           []byte("\x01\x02\x03\x04\x05\x06\x07 mostly control"),
		"q.txt":           append([]byte{0xff, 0xfe}, []byte("h\x00i\x00")...),
		"r.html":          []byte("<html><body>\xe9t\xe9</body></html>"), // Latin-1 undeclared
		"s.htm":           []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>\xe9t\xe9</body></html>"),
		"t.txt":           []byte(strings.Repeat("x", 200)),
		"sub/deep/u.text": []byte("deep"),
	}
	for name, b := range files {
		write(t, dir, name, b)
	}
	g := walk(t, []string{dir}, Options{MaxBytes: 150})
	want := []string{
		"doc a.txt id=a format=txt html=false",
		"doc b.md id=b format=md html=false",
		"doc c.html id=c format=html html=true",
		"doc d.txt id=d format=html html=true",
		"doc e id=e format=html html=true",
		"doc f.html id=f format=txt html=false",
		"doc g.txt id=g format=txt html=false",
		"rej h.txt: empty file",
		"rej i.txt: binary file (NUL byte at offset 3)",
		"rej j.png: binary file (PNG image)",
		"rej k.txt: invalid UTF-8 at byte offset 5 and no charset declared",
		"doc l.html id=l format=html html=true",
		"rej m.xml: XML that is neither an RSS nor an Atom feed",
		"rej n.txt: empty file",
		"doc o.markdown id=o format=md html=false",
		"rej p.txt: binary file (31% control bytes)",
		"doc q.txt id=q format=txt html=false",
		"rej r.html: invalid UTF-8 at byte offset 12 and no charset declared",
		"doc s.htm id=s format=html html=true",
		"doc sub/deep/u.text id=u format=txt html=false",
		"doc sub/z.txt id=z format=txt html=false",
		"rej t.txt: file is 200 bytes, over the limit of 150",
	}
	if strings.Join(g.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk:\n%s\nwant:\n%s", strings.Join(g.lines, "\n"), strings.Join(want, "\n"))
	}
	texts := map[string]string{}
	for _, in := range g.inputs {
		texts[in.ID] = in.Text
		if in.Hash == "" {
			t.Errorf("%s: no hash", in.ID)
		}
	}
	for id, want := range map[string]string{
		"g": "BOM text", "q": "hi", "z": "nested",
	} {
		if texts[id] != want {
			t.Errorf("%s: text %q, want %q", id, texts[id], want)
		}
	}
	if !strings.Contains(texts["l"], "Войска вошли в город.") {
		t.Errorf("windows-1251 not converted: %q", texts["l"])
	}
	if !strings.Contains(texts["s"], "été") {
		t.Errorf("iso-8859-1 not converted: %q", texts["s"])
	}
	if h := claimtrail.ContentHash(files["a.txt"]); g.inputs[0].Hash != h {
		t.Errorf("hash %s, want hash of raw bytes %s", g.inputs[0].Hash, h)
	}
}

func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	tmpRoot = dir
	defer func() { tmpRoot = "" }()
	a := write(t, dir, "a.txt", []byte("A"))
	g := walk(t, []string{filepath.Join(dir, "missing.txt"), a, "-"}, Options{Stdin: strings.NewReader("from stdin")})
	want := []string{
		"rej missing.txt: cannot read: no such file or folder",
		"doc a.txt id=a format=txt html=false",
		"doc - id=stdin format=txt html=false",
	}
	if strings.Join(g.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk:\n%s\nwant:\n%s", strings.Join(g.lines, "\n"), strings.Join(want, "\n"))
	}
	if os.Geteuid() != 0 { // root reads anything
		p := write(t, dir, "secret.txt", []byte("x"))
		os.Chmod(p, 0)
		g := walk(t, []string{p}, Options{})
		if len(g.lines) != 1 || !strings.Contains(g.lines[0], "permission denied") {
			t.Errorf("unreadable file: %v", g.lines)
		}
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, dir, n, []byte("x"))
	}
	stop := errors.New("stop")
	calls := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(*Input, *Rejected) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("err=%v calls=%d, want stop after 2", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{dir}, Options{}, func(*Input, *Rejected) error { t.Error("called after cancel"); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err=%v, want context.Canceled", err)
	}
}

func TestCount(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b/c.md", ".d.txt", ".e/f.txt"} {
		write(t, dir, n, []byte("x"))
	}
	n, err := Count([]string{dir, "-", filepath.Join(dir, "nope")})
	if err != nil || n != 4 {
		t.Errorf("Count = %d, %v; want 4 (2 files, stdin, 1 missing)", n, err)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	tmpRoot = dir
	defer func() { tmpRoot = "" }()
	long := `{"id":"big","text":"` + strings.Repeat("y", 300) + `"}`
	lines := []string{
		`{"id":"x1","url":"https://example.org/a","outlet":"Example","published":"2020-11-09","title":"T","text":"Body one."}`,
		`{"text":"no id"}`,
		``,
		`{"id":"x3", "text": }`,
		`{"id":"x4","title":"only title"}`,
		`{"id":"x5","html":"<p>Para</p>"}`,
		long,
		`{"id":7,"text":"numeric id"}`,
		`{"id":"x9","text":["not","a","string"]}`,
		`{"id":"x10","text":"<!DOCTYPE html><html><body><p>page in text</p></body></html>"}`,
	}
	p := write(t, dir, "batch.jsonl", []byte(strings.Join(lines, "\r\n")+"\n"))
	write(t, dir, "sniffed", []byte(lines[0]+"\n"))
	g := walk(t, []string{p, filepath.Join(dir, "sniffed")}, Options{MaxBytes: 200})
	want := []string{
		"doc batch.jsonl:1 id=x1 format=jsonl html=false",
		"doc batch.jsonl:2 id=batch:2 format=jsonl html=false",
		"rej batch.jsonl:4: line 4: invalid JSON: invalid character '}' looking for beginning of value (at column 21)",
		"rej batch.jsonl:5: line 5: no text or html field",
		"doc batch.jsonl:6 id=x5 format=jsonl html=true",
		"rej batch.jsonl:7: line 7: over the limit of 200 bytes",
		"doc batch.jsonl:8 id=7 format=jsonl html=false",
		`rej batch.jsonl:9: line 9: invalid JSON: field "text" must be string, not array`,
		"doc batch.jsonl:10 id=x10 format=jsonl html=true",
		"doc sniffed:1 id=x1 format=jsonl html=false",
	}
	if strings.Join(g.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk:\n%s\nwant:\n%s", strings.Join(g.lines, "\n"), strings.Join(want, "\n"))
	}
	first := g.inputs[0]
	if first.URL != "https://example.org/a" || first.Outlet != "Example" || first.Published != "2020-11-09" || first.Title != "T" || first.Text != "Body one." {
		t.Errorf("metadata not carried: %+v", first)
	}
	if first.Hash != claimtrail.ContentHash([]byte(lines[0])) {
		t.Errorf("hash is not of the line's bytes")
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>War Desk</title><link>https://wardesk.example</link>
<item><title>Town taken</title><link>https://wardesk.example/1</link><pubDate>Mon, 09 Nov 2020 10:00:00 +0000</pubDate>
<description>short</description><content:encoded><![CDATA[<p>Forces entered the town&nbsp;on Monday.</p>]]></content:encoded></item>
<item><title>Second &amp; last</title><guid>https://wardesk.example/2</guid><dc:date>2020-11-10</dc:date>
<description>&lt;p&gt;Escaped &amp;amp; HTML.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wardesk.example/3</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Shelling reported</title><link rel="alternate" href="https://atom.example/a"/><id>urn:1</id>
<published>2022-03-01T08:00:00Z</published><updated>2022-03-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;The city was shelled.&lt;/p&gt;</content></entry>
<entry><title>XHTML</title><link href="https://atom.example/b"/><updated>2022-03-03T08:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline markup.</p></div></content></entry>
<entry><title>Summary only</title><link href="https://atom.example/c"/><summary>Plain summary.</summary></entry>
</feed>`

func TestFeeds(t *testing.T) {
	dir := t.TempDir()
	tmpRoot = dir
	defer func() { tmpRoot = "" }()
	cp1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Лента</title><item><title>Бой</title><description>Войска вошли.</description></item></channel></rss>`))
	write(t, dir, "a.rss", []byte(rssFeed))
	write(t, dir, "b.xml", []byte(atomFeed))
	write(t, dir, "c", []byte(rssFeed)) // sniffed
	write(t, dir, "d.xml", cp1251)
	write(t, dir, "e.rss", []byte(`<rss><channel><title>X</title><item><title>ok</title><description>fine</description></item><item><title>broken</description></item>`))
	g := walk(t, []string{dir}, Options{})
	want := []string{
		"doc a.rss#1 id=a:1 format=rss html=true",
		"doc a.rss#2 id=a:2 format=rss html=true",
		"rej a.rss#3: feed item 3 has no content",
		"doc b.xml#1 id=b:1 format=atom html=true",
		"doc b.xml#2 id=b:2 format=atom html=true",
		"doc b.xml#3 id=b:3 format=atom html=true",
		"doc c#1 id=c:1 format=rss html=true",
		"doc c#2 id=c:2 format=rss html=true",
		"rej c#3: feed item 3 has no content",
		"doc d.xml#1 id=d:1 format=rss html=true",
		"doc e.rss#1 id=e:1 format=rss html=true",
	}
	if len(g.lines) < len(want) || strings.Join(g.lines[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("walk:\n%s\nwant:\n%s", strings.Join(g.lines, "\n"), strings.Join(want, "\n"))
	}
	if last := g.lines[len(g.lines)-1]; !strings.HasPrefix(last, "rej e.rss: invalid XML") {
		t.Errorf("broken feed: last line %q, want an invalid XML rejection", last)
	}
	checks := []struct {
		i                                     int
		title, url, outlet, published, inText string
	}{
		{0, "Town taken", "https://wardesk.example/1", "War Desk", "Mon, 09 Nov 2020 10:00:00 +0000", "<p>Forces entered the town"},
		{1, "Second & last", "https://wardesk.example/2", "War Desk", "2020-11-10", "<p>Escaped &amp; HTML.</p>"},
		{2, "Shelling reported", "https://atom.example/a", "Atom Desk", "2022-03-01T08:00:00Z", "<p>The city was shelled.</p>"},
		{3, "XHTML", "https://atom.example/b", "Atom Desk", "2022-03-03T08:00:00Z", "<p>Inline markup.</p>"},
		{4, "Summary only", "https://atom.example/c", "Atom Desk", "", "Plain summary."},
		{7, "Бой", "", "Лента", "", "Войска вошли."},
	}
	for _, c := range checks {
		in := g.inputs[c.i]
		if in.Title != c.title || in.URL != c.url || in.Outlet != c.outlet || in.Published != c.published || !strings.Contains(in.Text, c.inText) {
			t.Errorf("item %d: got title=%q url=%q outlet=%q published=%q text=%q", c.i, in.Title, in.URL, in.Outlet, in.Published, in.Text)
		}
	}
}

// warcRecord builds one WARC record around an HTTP response.
func warcRecord(typ, uri, date, httpBlock string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nContent-Type: application/http; msgtype=%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, date, typ, len(httpBlock), httpBlock)
}

func httpResponse(status, ct, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ct, len(body), body)
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	tmpRoot = dir
	defer func() { tmpRoot = "" }()
	latin, _ := charmap.Windows1251.NewEncoder().String("<html><body><p>Город взят.</p></body></html>")
	recs := []string{
		"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n",
		warcRecord("request", "https://n.example/a", "2020-11-09T10:00:00Z", "GET /a HTTP/1.1\r\nHost: n.example\r\n\r\n"),
		warcRecord("response", "https://n.example/a", "2020-11-09T10:00:01Z", httpResponse("200 OK", "text/html; charset=utf-8", pageHTML)),
		warcRecord("response", "https://n.example/logo.png", "2020-11-09T10:00:02Z", httpResponse("200 OK", "image/png", "\x89PNG")),
		warcRecord("response", "https://n.example/gone", "2020-11-09T10:00:03Z", httpResponse("404 Not Found", "text/html", "<p>no</p>")),
		warcRecord("response", "https://n.example/ru", "2020-11-09T10:00:04Z", httpResponse("200 OK", "text/html; charset=windows-1251", latin)),
		warcRecord("response", "https://n.example/big", "2020-11-09T10:00:05Z", httpResponse("200 OK", "text/html", strings.Repeat("<p>x</p>", 100))),
		warcRecord("response", "https://n.example/bad", "2020-11-09T10:00:06Z", "garbage"),
	}
	plain := strings.Join(recs, "")
	var perRecord []byte
	for _, r := range recs {
		perRecord = append(perRecord, gz(r)...)
	}
	write(t, dir, "a.warc", []byte(plain))
	write(t, dir, "b.warc.gz", perRecord)
	write(t, dir, "c.warc.gz", gz(plain))
	write(t, dir, "d.warc", []byte("not a warc"))
	g := walk(t, []string{dir}, Options{MaxBytes: 500})
	var want []string
	for _, f := range []string{"a.warc", "b.warc.gz", "c.warc.gz"} {
		id := strings.SplitN(f, ".", 2)[0]
		want = append(want,
			"doc "+f+"#3 id="+id+":3 format=warc html=true",
			"doc "+f+"#6 id="+id+":6 format=warc html=true",
			"rej "+f+"#7: WARC record is 865 bytes, over the limit of 500",
			"rej "+f+"#8: invalid HTTP response: malformed HTTP response \"garbage\"")
	}
	want = append(want, `rej d.warc: record 1: expected a WARC/ version line, found "not a warc"`)
	if strings.Join(g.lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("walk:\n%s\nwant:\n%s", strings.Join(g.lines, "\n"), strings.Join(want, "\n"))
	}
	in := g.inputs[0]
	if in.URL != "https://n.example/a" || in.Published != "2020-11-09T10:00:01Z" || in.Text != pageHTML {
		t.Errorf("record metadata: %+v", in)
	}
	if !strings.Contains(g.inputs[1].Text, "Город взят.") {
		t.Errorf("charset from HTTP header not applied: %q", g.inputs[1].Text)
	}
}

func TestDecode(t *testing.T) {
	cp, _ := charmap.Windows1251.NewEncoder().String("Шуша")
	koi, _ := charmap.KOI8R.NewEncoder().String("Шуша")
	tests := []struct {
		name, in, charset, want, err string
	}{
		{"ascii", "abc", "", "abc", ""},
		{"utf8 BOM stripped", "\xef\xbb\xbfабв", "", "абв", ""},
		{"valid utf8 wins over a wrong label", "Шуша", "windows-1251", "Шуша", ""},
		{"windows-1251", cp, "windows-1251", "Шуша", ""},
		{"cp1251 alias", cp, "cp1251", "Шуша", ""},
		{"koi8-r", koi, "KOI8-R", "Шуша", ""},
		{"latin1 label means windows-1252", "caf\xe9", "iso-8859-1", "café", ""},
		{"utf16 LE", "\xff\xfeh\x00i\x00", "", "hi", ""},
		{"utf16 BE", "\xfe\xff\x00h\x00i", "", "hi", ""},
		{"invalid no charset", "ab\xffcd", "", "", "invalid UTF-8 at byte offset 2 and no charset declared"},
		{"invalid declared utf8", "abc\xc3", "utf-8", "", "invalid UTF-8 at byte offset 3 (declared utf-8)"},
		{"unknown charset", "\xff", "klingon", "", `invalid UTF-8 at byte offset 0 and unknown declared charset "klingon"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.in), tt.charset)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Decode = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
