package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

var (
	utf8BOM = []byte{0xef, 0xbb, 0xbf}
	utf16LE = []byte{0xff, 0xfe}
	utf16BE = []byte{0xfe, 0xff}
)

// Decode returns b as UTF-8 text with any byte-order mark stripped.
//
// Valid UTF-8 is taken as is, whatever is declared, because mislabelled
// pages are common and a legacy 8-bit text is almost never valid UTF-8 by
// chance. Otherwise b is converted from declaredCharset (a WHATWG label
// such as "windows-1251" or "koi8-r"). UTF-16 is recognised by its BOM.
// Invalid UTF-8 with no usable charset is an error naming the byte offset.
func Decode(b []byte, declaredCharset string) (string, error) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		b = b[len(utf8BOM):]
	case bytes.HasPrefix(b, utf16LE):
		return convert(b, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16")
	case bytes.HasPrefix(b, utf16BE):
		return convert(b, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16")
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	off := invalidOffset(b)
	cs := strings.ToLower(strings.TrimSpace(declaredCharset))
	if cs == "" {
		return "", fmt.Errorf("invalid UTF-8 at byte offset %d and no charset declared", off)
	}
	enc, err := htmlindex.Get(cs)
	if err != nil {
		return "", fmt.Errorf("invalid UTF-8 at byte offset %d and unknown declared charset %q", off, declaredCharset)
	}
	if name, _ := htmlindex.Name(enc); name == "utf-8" {
		return "", fmt.Errorf("invalid UTF-8 at byte offset %d (declared %s)", off, declaredCharset)
	}
	return convert(b, enc, declaredCharset)
}

func convert(b []byte, enc encoding.Encoding, name string) (string, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return "", fmt.Errorf("cannot convert from %s: %v", name, err)
	}
	out = bytes.TrimPrefix(out, utf8BOM)
	if !utf8.Valid(out) { // decoders replace bad input, but make sure
		return "", fmt.Errorf("cannot convert from %s: invalid output at byte offset %d", name, invalidOffset(out))
	}
	return string(out), nil
}

// invalidOffset is the offset of the first byte that is not valid UTF-8.
func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
