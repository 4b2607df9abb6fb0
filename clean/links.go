package clean

import "strings"

// Links, URLs and e-mail addresses are found by hand: every line is
// searched for them, and the equivalent regular expressions (a
// case-insensitive URL pattern above all) cost more than the rest of the
// line's work. Each function states the pattern it stands for.

// urlSpans finds URLs: (?i)(?:https?://|www\.)[^\s<>()\[\]]+
func urlSpans(s string, fn func(start, end int)) {
	for i := 0; i < len(s); {
		j := urlStart(s, i)
		if j < 0 {
			return
		}
		k := j
		for k < len(s) && !urlStop(s[k]) {
			k++
		}
		// the scheme or "www." alone is no URL
		if k > j+urlPrefixLen(s[j:]) {
			fn(j, k)
		}
		i = max(k, j+1)
	}
}

// urlStart is the offset of the next "http://", "https://" or "www." (any
// case) at or after i, or -1.
func urlStart(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'h':
			if urlPrefixLen(s[i:]) > 0 {
				return i
			}
		case 'w':
			if urlPrefixLen(s[i:]) > 0 {
				return i
			}
		}
	}
	return -1
}

func urlPrefixLen(s string) int {
	for _, p := range []string{"https://", "http://", "www."} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

func urlStop(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '(', ')', '[', ']':
		return true
	}
	return false
}

func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// emailSpans finds e-mail addresses: [\w.+-]+@[\w-]+(?:\.[\w-]+)+
func emailSpans(s string, fn func(start, end int)) {
	from := 0
	for {
		at := strings.IndexByte(s[from:], '@')
		if at < 0 {
			return
		}
		at += from
		start := at
		for start > from && (wordByte(s[start-1]) || s[start-1] == '.' || s[start-1] == '+' || s[start-1] == '-') {
			start--
		}
		end, labels := at+1, 0
		for {
			k := end
			for k < len(s) && (wordByte(s[k]) || s[k] == '-') {
				k++
			}
			if k == end {
				break
			}
			end, labels = k, labels+1
			if end+1 < len(s) && s[end] == '.' && (wordByte(s[end+1]) || s[end+1] == '-') {
				end++
				continue
			}
			break
		}
		if start < at && labels >= 2 {
			fn(start, end)
			from = end
		} else {
			from = at + 1
		}
		if from >= len(s) {
			return
		}
	}
}

func hasEmail(s string) bool {
	found := false
	emailSpans(s, func(int, int) { found = true })
	return found
}

// replaceMDLinks replaces Markdown links, [text](dest "title"), by their
// text (their destination when the text is empty, nothing for "#") and
// counts the characters of link text:
// \[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)
func replaceMDLinks(s string) (string, int) {
	var b strings.Builder
	linkChars, last := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		text, dest, end, ok := mdLinkAt(s, i)
		if !ok {
			continue
		}
		if text == "" {
			text = dest
			if text == "#" {
				text = ""
			}
		}
		b.WriteString(s[last:i])
		b.WriteString(text)
		linkChars += runeCount(text)
		last = end
		i = end - 1
	}
	if last == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), linkChars
}

// mdLinkAt reads a Markdown link starting at s[i] == '['.
func mdLinkAt(s string, i int) (text, dest string, end int, ok bool) {
	close := strings.IndexByte(s[i+1:], ']')
	if close < 0 {
		return "", "", 0, false
	}
	close += i + 1
	j := close + 1
	if j >= len(s) || s[j] != '(' {
		return "", "", 0, false
	}
	j++
	destStart := j
	plain := func() {
		for j < len(s) && s[j] != '(' && s[j] != ')' && !isSpaceByte(s[j]) {
			j++
		}
	}
	plain()
	if j < len(s) && s[j] == '(' { // one level of brackets in the destination
		k := j + 1
		for k < len(s) && s[k] != '(' && s[k] != ')' && !isSpaceByte(s[k]) {
			k++
		}
		if k < len(s) && s[k] == ')' {
			j = k + 1
			plain()
		}
	}
	destEnd := j
	// an optional title: white space, then "…"
	k := j
	for k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	if k > j && k < len(s) && s[k] == '"' {
		if q := strings.IndexByte(s[k+1:], '"'); q >= 0 {
			j = k + 1 + q + 1
		}
	}
	if j >= len(s) || s[j] != ')' {
		return "", "", 0, false
	}
	return s[i+1 : close], s[destStart:destEnd], j + 1, true
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
