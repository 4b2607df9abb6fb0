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

	hash    uint64 // lineHash, computed once
	vocab   uint64 // which phrase lists the line holds (vocabOf)
	scanned bool   // vocab is computed

	head               headLine // parseHeadLine of text, once headParsed
	headOK, headParsed bool

	drop   string // why it was dropped; "" keeps it
	record bool   // whether a dropped line goes to Document.Removed
}

func (u *unit) dropAs(reason string) {
	if u.drop == "" {
		u.drop = reason
		u.record = strings.IndexFunc(u.text, isAlnum) >= 0
	}
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnum is isAlnum for a byte below utf8.RuneSelf.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	return t
}()

var (
	reImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reAutoLink = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]+)>`)
	reURL      = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s<>()\[\]]+`)
	reDomain   = regexp.MustCompile(`(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ru|ua|am|az|tr|info|io|ca|uk|de|fr|news|me|tv)(?:/\S*)?$`)
	reEscape   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|~])`)
)

// The line shapes of Markdown are read by hand: these run on every line,
// where regular expressions cost more than the rest of the line's work.

// ruleLine: a horizontal rule, three or more of one of "*", "-", "_" or
// "=" with spaces between and nothing else.
func ruleLine(s string) bool {
	if len(s) < 3 {
		return false
	}
	c, n := s[0], 0
	if c != '*' && c != '-' && c != '_' && c != '=' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// headingMarkLen is the length of a heading's "#" marks (one to six) and
// the spaces after them.
func headingMarkLen(s string) int {
	i := 0
	for i < len(s) && i < 6 && s[i] == '#' {
		i++
	}
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// listMarkLen is the length of a list item's mark ("- ", "* ", "+ ",
// "• ", "1. ", "12) ") and the spaces after it, or 0.
func listMarkLen(s string) int {
	i := 0
	switch {
	case strings.HasPrefix(s, "•"):
		i = len("•")
	case len(s) > 0 && (s[0] == '-' || s[0] == '*' || s[0] == '+'):
		i = 1
	default:
		for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(s) || s[i] != '.' && s[i] != ')' {
			return 0
		}
		i++
	}
	j := i
	for j < len(s) && isSpaceByte(s[j]) {
		j++
	}
	if j == i {
		return 0
	}
	return j
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }

// stripMarkdown turns one line of Markdown-ish text into plain text and
// measures how much of it was links. It is deliberately lenient: pasted
// web text mixes Markdown, bare URLs and stray escapes.
func stripMarkdown(s string) (text string, linkChars int, heading, list bool) {
	s = strings.TrimSpace(s)
	if ruleLine(s) {
		return "", 0, false, false
	}
	if strings.HasPrefix(s, "#") {
		if n := headingMarkLen(s); n > 1 || len(s) > 1 && s[1] == ' ' {
			s = strings.TrimRight(s[n:], "# ")
			heading = true
		}
	}
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if n := listMarkLen(s); n > 0 {
		s = s[n:]
		list = true
	}
	if hasMarkup(s) {
		if strings.Contains(s, "![") {
			s = reImage.ReplaceAllString(s, "")
		}
		if strings.Contains(s, "](") {
			var n int
			s, n = replaceMDLinks(s)
			linkChars += n
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
	if strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "WWW.") {
		urlSpans(s, func(start, end int) { linkChars += end - start })
	}
	if strings.IndexByte(s, '@') >= 0 {
		emailSpans(s, func(start, end int) { linkChars += end - start })
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
	for i := 0; i < len(s); {
		b := s[i]
		var sp bool
		var r rune = rune(b)
		if b < utf8.RuneSelf {
			i++
			sp = b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			sp = unicode.IsSpace(r)
		}
		if sp && (prevSpace || r != ' ') {
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
	for i := 0; i < len(s); {
		b := s[i]
		var alnum, joiner bool
		if b < utf8.RuneSelf {
			i++
			alnum = asciiAlnum[b]
			joiner = b == '\'' || b == '-'
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			alnum = isAlnum(r)
			joiner = r == '’'
		}
		if alnum {
			if !in {
				n++
			}
			in = true
		} else if !joiner {
			in = false
		}
	}
	return n
}

// hasMarkup reports bytes that make stripMarkdown do work: Markdown
// marks, entities, and no-break spaces.
func hasMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		if markupByte[s[i]] {
			if s[i] != 0xC2 || i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

var markupByte = func() (t [256]bool) {
	for _, b := range []byte("*_[]<>\\#`&!\xc2") {
		t[b] = true
	}
	return t
}()

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
		units = appendBlock(units, block, blank)
		block = block[:0]
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush(true)
			continue
		}
		// In wrapped text a heading or list item still starts its own unit.
		if wrapped && len(block) > 0 && !strings.HasPrefix(t, "#") && listMarkLen(t) == 0 {
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

// appendBlock appends the lines of block as one unit; an empty block only
// marks a blank line after the last unit.
func appendBlock(units []*unit, block []string, blank bool) []*unit {
	if len(block) == 0 {
		if blank && len(units) > 0 {
			units[len(units)-1].blankAfter = true
		}
		return units
	}
	raw := strings.Join(block, " ")
	u := &unit{raw: raw, blankAfter: blank}
	u.text, u.linkChars, u.heading, u.listItem = stripMarkdown(raw)
	u.lower = strings.ToLower(u.text)
	u.words = countWords(u.text)
	return append(units, u)
}

// splitMarkdown cuts Markdown into units the way Markdown reads it: the
// consecutive lines of a paragraph, and of a paragraph inside a block
// quote ("> …" lines), are one unit; a blank line or a quote line with
// nothing after its marks ends one. A heading, list item, rule, table row,
// fence or HTML line stands alone, as does a line under a hard break (two
// trailing spaces or a backslash) or a line under a list item that is not
// indented.
func splitMarkdown(text string) []*unit {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var units []*unit
	var block []string
	quoted, open := false, false // the block is a quote; it may go on
	listBlock := false
	flush := func(blank bool) {
		open = false
		units = appendBlock(units, block, blank)
		block = block[:0]
	}
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			flush(true)
			continue
		}
		isQuote := t[0] == '>'
		inner := t
		for strings.HasPrefix(inner, ">") {
			inner = strings.TrimSpace(inner[1:])
		}
		if isQuote && inner == "" {
			flush(true) // "> " alone: a paragraph break inside the quote
			continue
		}
		alone := strings.HasPrefix(inner, "#") || listMarkLen(inner) > 0 || ruleLine(inner) ||
			strings.HasPrefix(inner, "|") || strings.HasPrefix(inner, "```") ||
			strings.HasPrefix(inner, "~~~") || strings.HasPrefix(inner, "<")
		indented := len(l) > 0 && (l[0] == ' ' || l[0] == '\t')
		goesOn := open && !alone && isQuote == quoted && (!listBlock || indented)
		if goesOn && !isQuote && (len(block) == 1 && headShaped(block[0]) || headShaped(t)) {
			// A byline or dateline written on the line under the headline
			// or over the text: sloppy Markdown, but a line of its own.
			goesOn = false
		}
		if !goesOn {
			flush(false)
		}
		if isQuote && len(block) > 0 {
			block = append(block, inner) // the marks stay on the first line only
		} else {
			block = append(block, t)
		}
		quoted, open = isQuote, true
		listBlock = listMarkLen(inner) > 0 || listBlock && goesOn
		hardBreak := strings.HasSuffix(l, "  ") || strings.HasSuffix(t, "\\")
		if strings.HasPrefix(inner, "#") || ruleLine(inner) || strings.HasPrefix(inner, "|") ||
			strings.HasPrefix(inner, "```") || strings.HasPrefix(inner, "~~~") || hardBreak {
			flush(false)
		}
	}
	flush(true)
	return units
}

// headShaped reports a line of Markdown that is a byline or dateline.
func headShaped(line string) bool {
	text, _, _, _ := stripMarkdown(line)
	_, ok := parseHeadLine(text)
	return ok
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
