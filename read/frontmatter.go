package read

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// frontMatter splits a YAML front-matter block ("---" on the first line,
// "key: value" lines, "---" or "..." closing it within the first 60 lines)
// off a Markdown or text file. It returns the block's scalar fields by
// lower-case key, with quotes stripped, and the text after it. A file
// whose first line is not "---", or whose block does not close or holds a
// line that is not YAML-shaped, is returned whole with ok false.
func frontMatter(text string) (fields map[string]string, rest string, ok bool) {
	s := strings.TrimLeft(text, "\r\n")
	line, after, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(line, " \r") != "---" {
		return nil, text, false
	}
	fields = map[string]string{}
	for n := 0; n < 60; n++ {
		line, next, more := strings.Cut(after, "\n")
		l := strings.TrimRight(line, " \r")
		if l == "---" || l == "..." {
			return fields, next, len(fields) > 0
		}
		if !more {
			break
		}
		after = next
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(l, "- ") {
			continue // a nested value or a list item
		}
		k, v, isKV := strings.Cut(l, ":")
		if !isKV || k == "" || strings.ContainsAny(k, " \t\"'") {
			return nil, text, false
		}
		v = strings.TrimSpace(v)
		switch {
		case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
			// YAML double quotes escape with a backslash: "\"They come\""
			v = yamlUnescape(v[1 : len(v)-1])
		case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
			// single quotes escape a quote by doubling it: 'it''s'
			v = strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
		fields[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return nil, text, false
}

// applyFrontMatter moves a front-matter block's title, date, outlet and
// link into in's container metadata and leaves the text after it.
func applyFrontMatter(in *Input) {
	if in.HTML {
		return
	}
	f, rest, ok := frontMatter(in.Text)
	if !ok {
		return
	}
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := f[k]; v != "" && !strings.HasPrefix(v, "[") && !strings.HasPrefix(v, "{") {
				return v
			}
		}
		return ""
	}
	in.Text = rest
	if in.Title == "" {
		in.Title = first("title", "headline")
	}
	if in.Published == "" {
		in.Published = first("date", "published", "pubdate", "published_at", "date_published", "datepublished")
	}
	if in.Outlet == "" {
		in.Outlet = first("outlet", "site", "site_name", "publisher", "publication")
	}
	if in.URL == "" {
		in.URL = first("url", "link", "canonical", "canonical_url")
	}
}

// yamlUnescape undoes the escapes of a YAML double-quoted scalar: \" \\
// \/ \t \n \r \0, and \xXX, \uXXXX, \UXXXXXXXX as the code points they
// name (PyYAML writes non-ASCII titles that way). An escape it does not
// know keeps its backslash.
func yamlUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		c := s[i+1]
		switch c {
		case '"', '\\', '/':
			b.WriteByte(c)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			// NUL has no place in a title
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if i+2+n <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += 1 + n
					continue
				}
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}
