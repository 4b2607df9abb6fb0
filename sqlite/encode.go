package sqlite

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// The claims table keeps a claim's places and quantities as JSON text in
// its row. encoding/json spent more time reflecting on these small structs
// than SQLite spent storing them, so the writer encodes them by hand; the
// output is what json.Marshal gives for the same values (same field names,
// same omitted empty fields), and reads decode it with encoding/json.

// appendPlaces appends places as a JSON array of claimtrail.PlaceRef.
func appendPlaces(b []byte, places []claimtrail.PlaceRef) ([]byte, error) {
	b = append(b, '[')
	for i := range places {
		p := &places[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendString(b, p.Name)
		if p.Text != "" {
			b = append(b, `,"text":`...)
			b = appendString(b, p.Text)
		}
		var err error
		if p.Lat != 0 {
			b = append(b, `,"lat":`...)
			if b, err = appendFloat(b, p.Lat); err != nil {
				return nil, err
			}
		}
		if p.Lon != 0 {
			b = append(b, `,"lon":`...)
			if b, err = appendFloat(b, p.Lon); err != nil {
				return nil, err
			}
		}
		if p.ID != "" {
			b = append(b, `,"id":`...)
			b = appendString(b, p.ID)
		}
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// appendQuantities appends qs as a JSON array of claimtrail.Quantity.
func appendQuantities(b []byte, qs []claimtrail.Quantity) []byte {
	b = append(b, '[')
	for i := range qs {
		q := &qs[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"item":`...)
		b = appendString(b, q.Item)
		b = append(b, `,"n":`...)
		b = strconv.AppendInt(b, q.N, 10)
		if q.Max != 0 {
			b = append(b, `,"max":`...)
			b = strconv.AppendInt(b, q.Max, 10)
		}
		b = append(b, `,"qual":`...)
		b = appendString(b, q.Qual)
		if q.Text != "" {
			b = append(b, `,"text":`...)
			b = appendString(b, q.Text)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendFloat appends f as the shortest JSON number that reads back as f.
// JSON has no NaN or infinity: json.Marshal refuses them too.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, fmt.Errorf("unsupported value %v (JSON has no NaN or infinity)", f)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64), nil
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Like encoding/json, it writes
// invalid UTF-8 as U+FFFD and escapes control characters and the line and
// paragraph separators, so any JSON reader (SQLite's included) accepts it.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
