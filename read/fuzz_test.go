package read

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "abc", "\xef\xbb\xbfx", "\xff\xfeh\x00", "\xfe\xff\x00h", "ab\xffcd", "\xc3"} {
		for _, cs := range []string{"", "utf-8", "windows-1251", "koi8-r", "shift_jis", "utf-16le", "bogus"} {
			f.Add([]byte(s), cs)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte, cs string) {
		s, err := Decode(b, cs)
		if err != nil {
			if s != "" {
				t.Fatalf("text %q with error %v", s, err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out: %q", s)
		}
		if strings.HasPrefix(s, "\ufeff") && !bytes.HasPrefix(b, []byte("\xef\xbb\xbf\xef\xbb\xbf")) && !bytes.HasPrefix(b, utf16LE) && !bytes.HasPrefix(b, utf16BE) {
			t.Fatalf("BOM not stripped: %q", s)
		}
		if utf8.Valid(b) && !bytes.HasPrefix(b, utf8BOM) && s != string(b) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", b, s)
		}
	})
}

func FuzzParseJSONLine(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"x"}`, `{"html":"<p>x</p>"}`, `{"id":1,"text":""}`, `{`, `[]`, `null`, `{"text":["a"]}`, "\xef\xbb\xbf{\"text\":\"x\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := ParseJSONLine(b, "p", "n", 3)
		if err != nil {
			if in != nil || !strings.HasPrefix(err.Error(), "line 3: ") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad rejection %v", err)
			}
			return
		}
		if in.ID == "" || strings.TrimSpace(in.Text) == "" || in.Source != "p:3" || in.Hash == "" {
			t.Fatalf("incomplete input %+v", in)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{rssFeed, atomFeed, `<rss><channel><item>`, `<feed><entry><content type="xhtml"><b>x</b></content></entry></feed>`, `<?xml version="1.0" encoding="koi8-r"?><rss/>`, `<<<`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, _ := ParseFeed(b)
		if feed == nil {
			t.Fatal("nil feed")
		}
		for _, it := range feed.Items {
			if len(it.Raw) > len(b) || !bytes.Contains(b, it.Raw) {
				t.Fatalf("item raw bytes not from the input")
			}
		}
	})
}

func FuzzWARC(f *testing.F) {
	ok := warcRecord("response", "https://x.example/", "2020-01-01T00:00:00Z", httpResponse("200 OK", "text/html", "<p>x</p>"))
	f.Add([]byte(ok))
	f.Add(gz(ok))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 30\r\n\r\nHTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		wr, err := NewWARCReader(bytes.NewReader(b), 1<<16)
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := wr.Next()
			if err != nil {
				if err != io.EOF && strings.Contains(err.Error(), "\n") {
					t.Fatalf("multi-line error %q", err)
				}
				return
			}
			if !rec.TooLarge && int64(len(rec.Block)) != rec.Length {
				t.Fatalf("block %d bytes, length %d", len(rec.Block), rec.Length)
			}
			rec.HTMLPayload()
		}
	})
}
