package read

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// WARCRecord is one record of a WARC file.
type WARCRecord struct {
	Header    textproto.MIMEHeader // WARC headers, canonical keys ("Warc-Type")
	Type      string               // WARC-Type: response, request, warcinfo, resource…
	TargetURI string
	Date      string
	Block     []byte // the content block; nil when TooLarge
	TooLarge  bool   // the block was over the size limit and was skipped
	Length    int64  // Content-Length of the block
}

// WARCReader reads WARC records one at a time, from plain or gzip input
// (whole-file gzip or one gzip member per record: Go's gzip reader reads
// concatenated members as one stream).
type WARCReader struct {
	r   *bufio.Reader
	max int64
	n   int // records read
}

// NewWARCReader returns a reader over r; blocks over max bytes are skipped
// and reported as TooLarge.
func NewWARCReader(r io.Reader, max int64) (*WARCReader, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	if head, _ := br.Peek(2); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("invalid gzip data: %v", err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &WARCReader{r: br, max: max}, nil
}

// Next returns the next record, or io.EOF after the last one. Any other
// error means the rest of the file cannot be read.
func (wr *WARCReader) Next() (*WARCRecord, error) {
	// Records are separated by two CRLFs; skip any blank lines.
	var version string
	for {
		line, err := wr.r.ReadString('\n')
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			if !strings.HasPrefix(trimmed, "WARC/") {
				return nil, fmt.Errorf("record %d: expected a WARC/ version line, found %q", wr.n+1, clip(trimmed, 40))
			}
			version = trimmed
			break
		}
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %v", wr.n+1, err)
		}
	}
	_ = version
	wr.n++
	tp := textproto.NewReader(wr.r)
	h, err := tp.ReadMIMEHeader()
	if err != nil && !(errors.Is(err, io.EOF) && len(h) > 0) {
		return nil, fmt.Errorf("record %d: invalid header: %v", wr.n, err)
	}
	rec := &WARCRecord{Header: h, Type: strings.ToLower(h.Get("Warc-Type")),
		TargetURI: strings.Trim(h.Get("Warc-Target-Uri"), "<> "), Date: h.Get("Warc-Date")}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("record %d: missing or invalid Content-Length", wr.n)
	}
	rec.Length = n
	if n > wr.max {
		rec.TooLarge = true
		if _, err := io.CopyN(io.Discard, wr.r, n); err != nil {
			return nil, fmt.Errorf("record %d: truncated block: %v", wr.n, err)
		}
		return rec, nil
	}
	rec.Block = make([]byte, n)
	if _, err := io.ReadFull(wr.r, rec.Block); err != nil {
		return nil, fmt.Errorf("record %d: truncated block: %v", wr.n, err)
	}
	return rec, nil
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// HTMLPayload returns the HTML page a record carries and the charset its
// HTTP header declares. ok is false for records that carry no HTML page
// (requests, metadata, images, redirects, errors): those are not documents.
// err reports a record that should carry one but is broken.
func (rec *WARCRecord) HTMLPayload() (body []byte, charset string, ok bool, err error) {
	ct := strings.ToLower(rec.Header.Get("Content-Type"))
	switch rec.Type {
	case "response":
		if !strings.HasPrefix(ct, "application/http") {
			if strings.Contains(ct, "html") {
				return rec.Block, contentTypeCharset(ct), true, nil
			}
			return nil, "", false, nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
		if err != nil {
			return nil, "", false, fmt.Errorf("invalid HTTP response: %v", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, "", false, nil
		}
		rct := strings.ToLower(resp.Header.Get("Content-Type"))
		if rct != "" && !strings.Contains(rct, "html") {
			return nil, "", false, nil
		}
		var r io.Reader = resp.Body
		switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				return nil, "", false, fmt.Errorf("invalid gzip payload: %v", err)
			}
			r = zr
		case "deflate":
			r = flate.NewReader(resp.Body)
		}
		body, err = io.ReadAll(io.LimitReader(r, int64(len(rec.Block))*20+1<<20))
		if err != nil && len(body) == 0 {
			return nil, "", false, fmt.Errorf("cannot read HTTP body: %v", err)
		}
		if rct == "" && !reHTMLStart.Match(body) && len(reHTMLTag.FindAllIndex(body, 3)) < 3 {
			return nil, "", false, nil
		}
		return body, contentTypeCharset(rct), true, nil
	case "resource":
		if strings.Contains(ct, "html") {
			return rec.Block, contentTypeCharset(ct), true, nil
		}
	}
	return nil, "", false, nil
}

// warc emits one Input per HTML response record.
func (w *walker) warc(r io.Reader, path, name string) error {
	wr, err := NewWARCReader(r, w.max)
	if err != nil {
		return w.reject(path, "%v", err)
	}
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			if wr.n == 0 {
				return w.reject(path, "WARC file has no records")
			}
			return nil
		}
		if err != nil {
			return w.reject(path, "%v", err)
		}
		src := path + "#" + strconv.Itoa(wr.n)
		if rec.TooLarge {
			if rec.Type == "response" || rec.Type == "resource" {
				if err := w.reject(src, "WARC record is %d bytes, over the limit of %d", rec.Length, w.max); err != nil {
					return err
				}
			}
			continue
		}
		body, cs, ok, perr := rec.HTMLPayload()
		if perr != nil {
			if err := w.reject(src, "%v", perr); err != nil {
				return err
			}
			continue
		}
		if !ok {
			continue
		}
		if len(bytes.TrimSpace(body)) == 0 {
			if err := w.reject(src, "empty HTML payload"); err != nil {
				return err
			}
			continue
		}
		if cs == "" {
			cs = htmlCharset(body)
		}
		text, derr := Decode(body, cs)
		if derr != nil {
			if err := w.reject(src, "%v", derr); err != nil {
				return err
			}
			continue
		}
		in := &Input{Source: src, ID: name + ":" + strconv.Itoa(wr.n), Format: "warc",
			Text: text, HTML: true, URL: rec.TargetURI, Published: rec.Date,
			Hash: claimtrail.ContentHash(body)}
		if err := w.emit(in); err != nil {
			return err
		}
	}
}
