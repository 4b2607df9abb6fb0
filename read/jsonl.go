package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// jsonlTextKeys are the fields that can hold an article's content, in the
// order they are preferred.
var jsonlTextKeys = []string{"text", "html", "content", "body"}

// jsonlRecord is one line of a JSONL file. Content fields are raw so that
// a number or object where a string belongs is reported, not silently empty.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	Content   *string         `json:"content"`
	Body      *string         `json:"body"`
}

// ParseJSONLine turns one JSONL line into an Input. name is the file name
// without extension and lineNo the 1-based line number; they make the
// Source suffix and the default ID. The error is a one-line reason.
func ParseJSONLine(line []byte, path, name string, lineNo int) (*Input, error) {
	line = bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("line %d: invalid JSON: %s", lineNo, jsonErr(err))
	}
	in := &Input{
		Source: path + ":" + strconv.Itoa(lineNo),
		ID:     jsonID(rec.ID),
		Format: "jsonl",
		URL:    strings.TrimSpace(rec.URL), Outlet: strings.TrimSpace(rec.Outlet),
		Published: strings.TrimSpace(rec.Published), Title: strings.TrimSpace(rec.Title),
		Hash: claimtrail.ContentHash(line),
	}
	if in.ID == "" {
		in.ID = name + ":" + strconv.Itoa(lineNo)
	}
	switch {
	case nonEmpty(rec.Text):
		in.Text = *rec.Text
	case nonEmpty(rec.HTML):
		in.Text, in.HTML = *rec.HTML, true
	case nonEmpty(rec.Content):
		in.Text = *rec.Content
	case nonEmpty(rec.Body):
		in.Text = *rec.Body
	default:
		return nil, fmt.Errorf("line %d: no text or html field", lineNo)
	}
	if !in.HTML && looksHTMLText(in.Text) {
		in.HTML = true
	}
	in.Text = strings.TrimPrefix(in.Text, "\ufeff")
	return in, nil
}

func nonEmpty(s *string) bool { return s != nil && strings.TrimSpace(*s) != "" }

// looksHTMLText tells a "text" field that actually holds a page.
func looksHTMLText(s string) bool {
	head := s
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	return reHTMLStart.MatchString(head) || len(reHTMLTag.FindAllStringIndex(head, 8)) >= 6
}

// jsonID accepts a string or number id.
func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// jsonErr shortens encoding/json's messages to one plain line.
func jsonErr(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at column %d)", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// jsonl streams a JSONL file line by line so that its size is not limited,
// only each line's.
func (w *walker) jsonl(r *bufio.Reader, path, name string) error {
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(r, w.max)
		if len(line) > 0 || tooLong {
			var perr error
			var in *Input
			switch {
			case tooLong:
				perr = fmt.Errorf("line %d: over the limit of %d bytes", lineNo, w.max)
			case len(bytes.TrimSpace(line)) == 0:
				// blank lines separate nothing; skip them quietly
			case isBinary(line):
				perr = fmt.Errorf("line %d: binary data", lineNo)
			default:
				in, perr = ParseJSONLine(line, path, name, lineNo)
			}
			if perr != nil {
				if rerr := w.reject(path+":"+strconv.Itoa(lineNo), "%s", perr); rerr != nil {
					return rerr
				}
			} else if in != nil {
				if err := w.emit(in); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.reject(path, "cannot read after line %d: %s", lineNo, pathErr(err))
		}
	}
}

// readLine reads one line without its end of line. A line over max bytes
// is consumed to its end and reported as tooLong without being kept.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, err
	}
}
