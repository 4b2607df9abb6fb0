package clean

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one line of the document (or a hard-wrapped paragraph joined
// into one), with the evidence measured on it.
type unit struct {
	raw        string // as in the input, trimmed
	text       string // markup stripped, white space folded
	lower      string
	words      int
	linkChars  int  // characters of link text, URLs and e-mail addresses
	heading    bool // a Markdown heading or HTML h1-h6
	listItem   bool
	blankAfter bool // a blank line follows in the input
	lead       bool // a lead-in or label between the byline block and the text: kept
	weakCTA    bool // addresses the reader without asking for support: dropped outside the text

	hash uint64 // lineHash, computed once

	drop   string // why it was dropped; "" keeps it
	record bool   // whether a dropped line goes to Document.Removed
}

func (u *unit) dropAs(reason string) {
	if u.drop == "" {
		u.drop = reason
		u.record = strings.IndexFunc(u.text, isAlnum) >= 0
	}
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var (
	reImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMDLink   = regexp.MustCompile(`\[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)`)
	reRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reAutoLink = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]+)>`)
	reURL      = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s<>()\[\]]+`)
	reDomain   = regexp.MustCompile(`(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ru|ua|am|az|tr|info|io|ca|uk|de|fr|news|me|tv)(?:/\S*)?$`)
	reEmail    = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	reEscape   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|~])`)
	reListMark = regexp.MustCompile(`^(?:[-*+•]|\d{1,3}[.)])\s+`)
	reHeading  = regexp.MustCompile(`^#{1,6}\s*`)
	reRule     = regexp.MustCompile(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$`)
)

// markupChars are the bytes whose presence makes stripMarkdown do work;
// lines without any are only folded.
const markupChars = "*_[]<>\\#`&!\u00a0"

// stripMarkdown turns one line of Markdown-ish text into plain text and
// measures how much of it was links. It is deliberately lenient: pasted
// web text mixes Markdown, bare URLs and stray escapes.
func stripMarkdown(s string) (text string, linkChars int, heading, list bool) {
	s = strings.TrimSpace(s)
	if reRule.MatchString(s) {
		return "", 0, false, false
	}
	if strings.HasPrefix(s, "#") {
		if loc := reHeading.FindStringIndex(s); loc != nil && (loc[1] > 1 || len(s) > 1 && s[1] == ' ') {
			s = strings.TrimRight(s[loc[1]:], "# ")
			heading = true
		}
	}
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if loc := reListMark.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
		list = true
	}
	if strings.ContainsAny(s, markupChars) {
		if strings.Contains(s, "![") {
			s = reImage.ReplaceAllString(s, "")
		}
		if strings.Contains(s, "](") {
			s = reMDLink.ReplaceAllStringFunc(s, func(m string) string {
				sub := reMDLink.FindStringSubmatch(m)
				t := sub[1]
				if t == "" {
					t = sub[2]
					if t == "#" {
						t = ""
					}
				}
				linkChars += utf8.RuneCountInString(t)
				return t
			})
		}
		if strings.Contains(s, "][") {
			s = reRefLink.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "<") {
			s = reAutoLink.ReplaceAllStringFunc(s, func(m string) string {
				return strings.TrimPrefix(m[1:len(m)-1], "mailto:")
			})
		}
		if strings.ContainsAny(s, "*_") {
			s = stripEmphasis(s)
		}
		if strings.Contains(s, "\\") {
			s = reEscape.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "`") {
			s = strings.ReplaceAll(s, "`", "")
		}
		if strings.Contains(s, "&") {
			s = html.UnescapeString(s)
		}
	}
	s = fold(s)
	// A lone emphasis marker left at either end ("*Text" or "Text*").
	s = strings.TrimSpace(strings.Trim(s, "*_"))
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		for _, m := range reURL.FindAllStringIndex(s, -1) {
			linkChars += m[1] - m[0]
		}
	}
	if strings.Contains(s, "@") {
		for _, m := range reEmail.FindAllStringIndex(s, -1) {
			linkChars += m[1] - m[0]
		}
	}
	// A bare domain or domain path alone on a line ("example.org/donate").
	if len(s) < 200 && strings.Contains(s, ".") && !strings.Contains(s, " ") && reDomain.MatchString(s) {
		linkChars = len(s)
	}
	return s, linkChars, heading, list
}

// fold collapses runs of white space (including no-break spaces) to one
// space.
func fold(s string) string {
	needs := false
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if (sp && prevSpace) || (sp && r != ' ') {
			needs = true
			break
		}
		prevSpace = sp
	}
	if !needs && !strings.HasSuffix(s, " ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isAlnum(r) {
			if !in {
				n++
			}
			in = true
		} else if r != '\'' && r != '’' && r != '-' {
			in = false
		}
	}
	return n
}

// splitUnits cuts text into units: one per line, except in hard-wrapped
// text (most lines short and of similar length), where a block of lines
// between blank lines is one unit. allowWrap false turns that off (lines
// rendered from HTML blocks are never wrapped).
func splitUnits(text string, allowWrap bool) []*unit {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	wrapped := allowWrap && hardWrapped(lines)
	var units []*unit
	var block []string
	flush := func(blank bool) {
		if len(block) == 0 {
			if blank && len(units) > 0 {
				units[len(units)-1].blankAfter = true
			}
			return
		}
		raw := strings.Join(block, " ")
		block = block[:0]
		u := &unit{raw: raw}
		u.text, u.linkChars, u.heading, u.listItem = stripMarkdown(raw)
		u.lower = strings.ToLower(u.text)
		u.words = countWords(u.text)
		u.blankAfter = blank
		units = append(units, u)
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush(true)
			continue
		}
		// In wrapped text a heading or list item still starts its own unit.
		if wrapped && len(block) > 0 && !strings.HasPrefix(t, "#") && reListMark.FindStringIndex(t) == nil {
			block = append(block, t)
			continue
		}
		flush(false)
		block = append(block, t)
		if !wrapped {
			flush(false)
		}
	}
	flush(true)
	return units
}

// hardWrapped reports text wrapped at a fixed width: most non-blank lines
// between 40 and 100 characters, few longer, and blank lines between blocks.
func hardWrapped(lines []string) bool {
	n, mid, long, blank := 0, 0, 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			blank++
			continue
		}
		n++
		c := utf8.RuneCountInString(l)
		switch {
		case c > 100:
			long++
		case c >= 40:
			mid++
		}
	}
	return n >= 8 && blank > 0 && long*10 <= n && mid*10 >= n*6 && n >= blank+blank/2
}

// stripEmphasis removes Markdown emphasis markers in one pass: every "*"
// or "_" that touches a word on one side only (so "snake_case", "2 * 3"
// and escaped "\*" stay).
func stripEmphasis(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune = ' '
	for i, r := range s {
		if r == '*' || r == '_' {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if i+1 >= len(s) {
				next = ' '
			}
			prevW, nextW := isAlnum(prev), isAlnum(next)
			keep := prev == '\\' ||
				(r == '_' && prevW && nextW) ||
				(unicode.IsSpace(prev) && unicode.IsSpace(next))
			if !keep {
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
