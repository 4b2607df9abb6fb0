package read

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// extOf is the lower-case extension, with ".warc.gz" kept whole.
func extOf(path string) string {
	lower := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(lower, ".warc.gz") {
		return ".warc.gz"
	}
	return filepath.Ext(lower)
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	warcMagic = []byte("WARC/")
)

// sniffContainer tells the streamed containers by their first bytes:
// "warc" (plain or gzip, which is only taken as WARC; other gzip files are
// binary), "jsonl" (a first line that is a JSON object with text or html),
// or "".
func sniffContainer(head []byte) string {
	if bytes.HasPrefix(head, warcMagic) {
		return "warc"
	}
	if bytes.HasPrefix(head, gzipMagic) && gunzipHasPrefix(head, warcMagic) {
		return "warc"
	}
	if looksJSONL(head) {
		return "jsonl"
	}
	return ""
}

// looksJSONL reports whether the first non-blank line parses as a JSON
// object with a text or html field. A first line longer than head is not
// sniffed (the extension still decides).
func looksJSONL(head []byte) bool {
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	line, _, ok := bytes.Cut(head, []byte("\n"))
	if !ok && len(head) == sniffLen {
		return false
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(bytes.TrimSpace(line), &obj) != nil {
		return false
	}
	for _, k := range jsonlTextKeys {
		if _, ok := obj[k]; ok {
			return true
		}
	}
	return false
}

var (
	reHTMLStart = regexp.MustCompile(`(?i)^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`)
	reHTMLTag   = regexp.MustCompile(`(?i)</?(p|div|span|a|br|h[1-6]|article|section|ul|li|table|td|img|meta|title|script|style|nav|header|footer|main)(\s[^<>]*)?/?>`)
	reFeedRoot  = regexp.MustCompile(`(?i)<(rss[\s>]|feed[\s>]|rdf:rdf[\s>])`)
	reAtomRoot  = regexp.MustCompile(`(?i)<feed[\s>]`)
	reXMLDecl   = regexp.MustCompile(`^\s*<\?xml\s`)
)

// detect tells the format of a file read whole from its extension and
// content: content wins when it is clear (a .txt that is an HTML page, an
// .html file with no markup); the extension breaks ties.
func detect(b []byte, ext string) string {
	head := b
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	if reFeedRoot.Match(head) && (reXMLDecl.Match(head) || ext == ".xml" || ext == ".rss" || ext == ".atom" || bytes.HasPrefix(bytes.TrimSpace(head), []byte("<"))) && !reHTMLStart.Match(head) {
		if reAtomRoot.Match(head) && !bytes.Contains(bytes.ToLower(head), []byte("<rss")) {
			return "atom"
		}
		return "rss"
	}
	switch {
	case reHTMLStart.Match(head):
		return "html"
	case ext == ".xml" || ext == ".rss" || ext == ".atom":
		return "xml"
	}
	tags := len(reHTMLTag.FindAllIndex(head, 20))
	switch ext {
	case ".html", ".htm", ".xhtml":
		if tags == 0 {
			return "txt"
		}
		return "html"
	case ".md", ".markdown":
		return "md"
	case ".txt", ".text":
		return "txt"
	}
	// No telling extension: a file with several HTML tags near the top is HTML.
	if tags >= 3 {
		return "html"
	}
	if ext == ".mdown" || ext == ".mkd" {
		return "md"
	}
	return "txt"
}

var (
	reMetaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)`)
	reXMLEncoding = regexp.MustCompile(`^\s*<\?xml\s[^>]*encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']`)
	reHTTPCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)`)
)

// htmlCharset is the charset an HTML page declares in its first 2 KB
// (meta charset, meta http-equiv content type, or an XML declaration).
func htmlCharset(b []byte) string {
	if len(b) > 2048 {
		b = b[:2048]
	}
	if m := reMetaCharset.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return xmlEncoding(b)
}

// xmlEncoding is the encoding named by an XML declaration.
func xmlEncoding(b []byte) string {
	if len(b) > 512 {
		b = b[:512]
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	if m := reXMLEncoding.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

// contentTypeCharset is the charset parameter of a Content-Type header.
func contentTypeCharset(ct string) string {
	if m := reHTTPCharset.FindStringSubmatch(ct); m != nil {
		return m[1]
	}
	return ""
}

// isBinary reports whether b looks binary (see binaryKind).
func isBinary(b []byte) bool { return binaryKind(b) != "" }

var magics = []struct {
	prefix string
	kind   string
}{
	{"%PDF", "PDF"}, {"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"},
	{"GIF8", "GIF image"}, {"PK\x03\x04", "ZIP archive"}, {"\x1f\x8b", "gzip data"},
	{"\x7fELF", "executable"}, {"RIFF", "RIFF media"}, {"BZh", "bzip2 data"},
	{"\xfd7zXZ", "xz data"}, {"SQLite format 3", "SQLite database"},
}

// binaryKind names why b is not text, or returns "": a known magic number,
// NUL bytes, or a high share of control bytes. UTF-16 text (with a BOM) has
// NULs but is text.
func binaryKind(b []byte) string {
	if bytes.HasPrefix(b, utf16LE) || bytes.HasPrefix(b, utf16BE) {
		return ""
	}
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return "NUL byte at offset " + strconv.Itoa(i)
	}
	ctl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return strconv.Itoa(ctl*100/len(head)) + "% control bytes"
	}
	return ""
}

// gunzipHasPrefix reports whether the gzip data starting in head
// decompresses to something that begins with prefix.
func gunzipHasPrefix(head, prefix []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, len(prefix))
	n, _ := io.ReadFull(zr, buf)
	return bytes.Equal(buf[:n], prefix)
}
