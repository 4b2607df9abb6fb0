package timex

import (
	"unicode"
	"unicode/utf8"
)

// lexID names the words the grammar cares about. Every other word is lxNone.
type lexID uint8

const (
	lxNone lexID = iota
	lxMonth
	lxWeekday
	lxPart    // morning, afternoon, evening, night, daytime, midday, noon, dawn
	lxNumWord // a, an, one ... twelve: n holds the value

	lxOn
	lxIn
	lxAt
	lxOf
	lxThe
	lxAnd
	lxTo
	lxThrough
	lxUntil
	lxFrom
	lxBetween
	lxSince
	lxAs
	lxSo
	lxFar
	lxDuring
	lxInto
	lxOver
	lxBy
	lxBefore
	lxAfter

	lxEarly
	lxLate
	lxMid
	lxMiddle
	lxEnd
	lxStart // start, beginning, outbreak, onset, launch, commencement
	lxOvernight
	lxNight // night is also lxPart-like but needs its own id for "last night"

	lxToday
	lxTonight
	lxTomorrow
	lxYesterday
	lxNow

	lxDay
	lxWeek
	lxMonthWord
	lxYear
	lxWeekend
	lxHour

	lxAgo
	lxLast
	lxThis
	lxNext
	lxPast
	lxPrevious // previous, preceding
	lxFollowing
	lxSame
	lxThat
	lxEarlier
	lxLater
	lxThroughout
	lxCourse

	lxWar       // war, conflict, invasion, hostilities, fighting, offensive, aggression, escalation, warfare
	lxOperation // operation (needs "special" or "military")
	lxSpecial   // special, military
	lxBegan     // began, begun, started, erupted, broke, escalated, commenced, resumed, launched
	lxOut

	lxAMPM // am, pm, gmt, utc, hrs
	lxTime // "local time", "Moscow time"
	lxSeason
	lxOrdWord // first ... tenth: n holds the value
)

// wordInfo is a lexicon entry.
type wordInfo struct {
	id     lexID
	n      int8 // month 1..12, weekday 0..6 (Sunday = 0), number value, part kind
	abbr   bool // month abbreviation ("Nov"): needs a number after it
	plural bool
	trig   bool // the word can start or head a time expression (pre-check)
}

var lexicon = map[string]wordInfo{}

// wordMask and trigMask hold, per first letter, a bit for every word length
// in the lexicon (all of it, or the trigger words only): most words are
// rejected without hashing them.
var wordMask, trigMask [26]uint32

func addWords(info wordInfo, words ...string) {
	for _, w := range words {
		lexicon[w] = info
	}
}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		addWords(wordInfo{id: lxMonth, n: int8(i + 1), trig: true}, m)
	}
	// Abbreviations. "May", "June" and "July" have none of their own; "Sept"
	// is common in news copy. "Mar" and "Jan" are also names: the grammar
	// only accepts an abbreviation next to a day number or a year.
	abbr := map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
	for w, n := range abbr {
		addWords(wordInfo{id: lxMonth, n: n, abbr: true, trig: true}, w)
	}
	// Only full weekday names: "We", "Sat", "Sun", "Wed" are ordinary words.
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		addWords(wordInfo{id: lxWeekday, n: int8(i), trig: true}, d)
	}
	addWords(wordInfo{id: lxPart, trig: true}, "morning", "afternoon", "evening")
	addWords(wordInfo{id: lxPart}, "daytime", "midday", "noon", "dawn", "daybreak", "dusk")
	addWords(wordInfo{id: lxNight, trig: true}, "night")
	addWords(wordInfo{id: lxOvernight, trig: true}, "overnight")

	nums := []string{"one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve"}
	for i, w := range nums {
		addWords(wordInfo{id: lxNumWord, n: int8(i + 1)}, w)
	}
	addWords(wordInfo{id: lxNumWord, n: 1}, "a", "an")
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth"}
	for i, w := range ords {
		addWords(wordInfo{id: lxOrdWord, n: int8(i + 1)}, w)
	}

	simple := map[lexID][]string{
		lxOn: {"on"}, lxIn: {"in"}, lxAt: {"at"}, lxOf: {"of"}, lxThe: {"the"},
		lxAnd: {"and"}, lxTo: {"to"}, lxThrough: {"through", "thru"},
		lxUntil: {"until", "till", "til"}, lxFrom: {"from"}, lxBetween: {"between"},
		lxAs: {"as"}, lxSo: {"so"}, lxDuring: {"during"},
		lxInto: {"into"}, lxOver: {"over"},
		lxBy: {"by"}, lxBefore: {"before"}, lxAfter: {"after"},
		lxEarly: {"early"}, lxLate: {"late"}, lxMid: {"mid"}, lxMiddle: {"middle"},
		lxEnd:   {"end"},
		lxStart: {"start", "beginning", "outbreak", "onset", "launch", "commencement"},
		lxNow:   {"now"},
		lxLast:  {"last"}, lxThis: {"this"}, lxNext: {"next", "coming"},
		lxPast: {"past"}, lxPrevious: {"previous", "preceding"},
		lxFollowing: {"following"}, lxSame: {"same"}, lxThat: {"that"},
		lxEarlier: {"earlier"}, lxLater: {"later"},
		lxWar: {"war", "conflict", "invasion", "hostilities", "fighting",
			"offensive", "aggression", "escalation", "warfare"},
		lxOperation: {"operation"}, lxSpecial: {"special", "military"},
		lxBegan: {"began", "begun", "started", "erupted", "broke", "escalated",
			"commenced", "resumed", "launched"},
		lxOut:    {"out"},
		lxAMPM:   {"am", "pm", "gmt", "utc", "hrs", "cet", "eet", "msk"},
		lxTime:   {"time"},
		lxSeason: {"spring", "summer", "autumn", "fall", "winter"},
	}
	for id, ws := range simple {
		addWords(wordInfo{id: id}, ws...)
	}
	trig := map[lexID][]string{
		lxToday: {"today"}, lxTonight: {"tonight"}, lxTomorrow: {"tomorrow"},
		lxYesterday: {"yesterday"}, lxSince: {"since"}, lxFar: {"far"},
		lxAgo: {"ago"}, lxThroughout: {"throughout"}, lxCourse: {"course"},
	}
	for id, ws := range trig {
		addWords(wordInfo{id: id, trig: true}, ws...)
	}
	units := map[lexID]string{lxDay: "day", lxWeek: "week", lxMonthWord: "month",
		lxYear: "year", lxWeekend: "weekend", lxHour: "hour"}
	for id, w := range units {
		addWords(wordInfo{id: id, trig: true}, w)
		addWords(wordInfo{id: id, plural: true, trig: true}, w+"s")
	}
	for w, info := range lexicon {
		wordMask[w[0]-'a'] |= 1 << len(w)
		if info.trig {
			trigMask[w[0]-'a'] |= 1 << len(w)
		}
	}
}

// lookup lower-cases an ASCII word without allocating and finds it.
func lookup(w string) (wordInfo, bool) {
	if len(w) == 0 || len(w) > 16 {
		return wordInfo{}, false
	}
	if f := w[0] | 0x20; f < 'a' || f > 'z' || wordMask[f-'a']&(1<<len(w)) == 0 {
		return wordInfo{}, false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return wordInfo{}, false
		}
		buf[i] = c
	}
	info, ok := lexicon[string(buf[:len(w)])]
	return info, ok
}

// mayHaveTime is the fast pre-check: a sentence with no digit and no word
// that can start or head a time expression has none. It allocates nothing.
func mayHaveTime(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			j := i + 1
			for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
				j++
			}
			if n := j - i; n >= 3 && n <= 16 && trigMask[c|0x20-'a']&(1<<n) != 0 {
				if info, ok := lookup(s[i:j]); ok && info.trig {
					return true
				}
			}
			i = j
		default:
			i++
		}
	}
	return false
}

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// tok is one token of the sentence. Offsets are bytes into the text.
type tok struct {
	s, e int
	kind tokKind
	wordInfo
	cap   bool // word starts with an upper-case letter
	val   int  // numbers: value; -1 when too long to matter
	nd    int  // numbers: count of digits
	ord   bool // "8th"
	dec   bool // "90s", "1990s"
	glued bool // part of a larger number or a designation: "7,095", "3.5", "T-72"
	ch    byte // punctuation, dashes folded to '-', curly apostrophes to '\''
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// tokenize splits s into words, numbers and punctuation marks.
func tokenize(s string, toks []tok) []tok {
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		if c < utf8.RuneSelf && !isASCIIAlnum(c) {
			toks = append(toks, tok{s: i, e: i + 1, kind: tPunct, ch: c})
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				switch {
				case r == 0x00A0 || r >= 0x2000 && r <= 0x200B || r == 0x202F || r == 0x3000:
					// spaces
				case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
					toks = append(toks, tok{s: i, e: i + size, kind: tPunct, ch: '-'})
				case r == 0x2018 || r == 0x2019 || r == 0x02BC:
					toks = append(toks, tok{s: i, e: i + size, kind: tPunct, ch: '\''})
				default:
					toks = append(toks, tok{s: i, e: i + size, kind: tPunct, ch: '?'})
				}
				i += size
				continue
			}
		}
		// An alphanumeric run; non-ASCII letters belong to words.
		start := i
		digits := 0 // leading ASCII digits
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
		ascii := true
		for i < len(s) {
			c := s[i]
			if isASCIIAlnum(c) {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			ascii = false
			i += size
		}
		t := tok{s: start, e: i}
		rest := s[start+digits : i]
		switch {
		case digits > 0 && rest == "":
			t.kind = tNum
		case digits > 0 && ascii && isOrdSuffix(rest):
			t.kind, t.ord = tNum, true
		case digits > 0 && (rest == "s" || rest == "S"):
			t.kind, t.dec = tNum, true
		default:
			t.kind = tWord
		}
		if t.kind == tNum {
			t.nd = digits
			t.val = -1
			if digits <= 9 {
				v := 0
				for k := start; k < start+digits; k++ {
					v = v*10 + int(s[k]-'0')
				}
				t.val = v
			}
		} else {
			r, _ := utf8.DecodeRuneInString(s[start:])
			t.cap = unicode.IsUpper(r)
			if ascii && digits == 0 {
				if info, ok := lookup(s[start:i]); ok {
					t.wordInfo = info
				}
			}
		}
		toks = append(toks, t)
	}
	markGlued(toks)
	return toks
}

func isOrdSuffix(r string) bool {
	if len(r) != 2 {
		return false
	}
	a, b := r[0]|0x20, r[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// markGlued flags numbers that are pieces of something larger than a day or a
// year: grouped thousands (7,095), decimals (3.5), designations (T-72, S-300,
// Mi-8), money and percentages.
func markGlued(t []tok) {
	adj := func(a, b int) bool { return t[a].e == t[b].s }
	for k := range t {
		if t[k].kind != tNum {
			continue
		}
		if k+2 < len(t) && adj(k, k+1) && adj(k+1, k+2) && t[k+2].kind == tNum && t[k+1].kind == tPunct {
			switch t[k+1].ch {
			case ',':
				if t[k+2].nd == 3 {
					t[k].glued, t[k+2].glued = true, true
				}
			case '.':
				t[k].glued, t[k+2].glued = true, true
			}
		}
		if k >= 2 && adj(k-2, k-1) && adj(k-1, k) && t[k-1].kind == tPunct && t[k-1].ch == '-' &&
			t[k-2].kind == tWord && t[k-2].id != lxMid && t[k-2].id != lxEarly && t[k-2].id != lxLate {
			t[k].glued = true
		}
		if k >= 1 && adj(k-1, k) && t[k-1].kind == tPunct && (t[k-1].ch == '$' || t[k-1].ch == '#' || t[k-1].ch == '?') {
			t[k].glued = true
		}
		if k+1 < len(t) && adj(k, k+1) && t[k+1].kind == tPunct && t[k+1].ch == '%' {
			t[k].glued = true
		}
	}
}
