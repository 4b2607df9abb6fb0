package timex

import (
	"strings"
	"time"
)

// The grammar is a hand-written longest-match parser over tokens. Each
// function takes the index of its first token and returns what it read and
// the index after it; none of them looks further than a few tokens ahead.

type gran uint8

const (
	gDay gran = iota + 1
	gMonth
	gYear
)

// absDate is a calendar span as written: y == 0 means the text gave no year,
// d2 == 0 means the last day of m2.
type absDate struct {
	y1, m1, d1 int
	y2, m2, d2 int
}

// item is one parsed date phrase: tokens [s, e).
type item struct {
	s, e  int
	gran  gran
	abs   bool // calendar date as written (a holds it)
	a     absDate
	rel   bool // resolved against the publication date
	wd    bool // a weekday (pairs of weekdays resolve backwards)
	anaph bool // counts from the narrative's time, never resolved here
	off   int
	vague bool
	multi bool // the text names two ends
	from  time.Time
	to    time.Time
	ok    bool
}

// ctx says where an item stands.
type ctx struct {
	loose   bool // after in/since/of/during...: a bare month or year is a date
	between bool // inside "between ... and ...": "and" joins any two dates
	from    bool // inside "from ... to ..."
}

type parser struct {
	text   string
	t      []tok
	ref    Ref
	pub    time.Time
	hasPub bool
}

func newParser(text string, ref Ref) *parser {
	p := &parser{text: text, ref: ref, pub: midnight(ref.Published), hasPub: !ref.Published.IsZero()}
	p.t = tokenize(text, make([]tok, 0, len(text)/5+4))
	return p
}

// Token predicates. All of them are safe for any index.

func (p *parser) ok(i int) bool { return i >= 0 && i < len(p.t) }

func (p *parser) word(i int, id lexID) bool {
	return p.ok(i) && p.t[i].kind == tWord && p.t[i].id == id
}

func (p *parser) punct(i int, ch byte) bool {
	return p.ok(i) && p.t[i].kind == tPunct && p.t[i].ch == ch
}

func (p *parser) adj(a, b int) bool { return p.ok(a) && p.ok(b) && p.t[a].e == p.t[b].s }

func (p *parser) raw(i int) string { return p.text[p.t[i].s:p.t[i].e] }

// month: a capitalised month name or abbreviation ("march" is a verb).
func (p *parser) month(i int) bool { return p.word(i, lxMonth) && p.t[i].cap }

// weekday: a capitalised full weekday name.
func (p *parser) weekday(i int) bool { return p.word(i, lxWeekday) && p.t[i].cap }

func (p *parser) partOfDay(i int) bool {
	return p.word(i, lxPart) || p.word(i, lxNight) || p.word(i, lxOvernight)
}

// dayNum: a one- or two-digit number 1..31 that is not part of a time
// ("6:30"), a fraction ("3/4"), a larger number or a designation.
func (p *parser) dayNum(i int) bool {
	if !p.ok(i) {
		return false
	}
	t := p.t[i]
	if t.kind != tNum || t.glued || t.dec || t.nd > 2 || t.val < 1 || t.val > 31 {
		return false
	}
	return !p.clockOrFraction(i)
}

// clockOrFraction reports a number glued by ':' or '/' to another number:
// "6:30", "3/4", "24/7".
func (p *parser) clockOrFraction(i int) bool {
	sep := func(k int) bool { return p.punct(k, ':') || p.punct(k, '/') }
	num := func(k int) bool { return p.ok(k) && p.t[k].kind == tNum }
	return p.adj(i, i+1) && sep(i+1) && p.adj(i+1, i+2) && num(i+2) ||
		p.adj(i-1, i) && sep(i-1) && p.adj(i-2, i-1) && num(i-2)
}

// year: a four-digit number 1900..2100 standing alone.
func (p *parser) year(i int) bool {
	if !p.ok(i) {
		return false
	}
	t := p.t[i]
	if t.kind != tNum || t.glued || t.ord || t.dec || t.nd != 4 || t.val < 1900 || t.val > 2100 {
		return false
	}
	return !p.clockOrFraction(i)
}

// nounAfter reports a count noun after a number ("2000 soldiers",
// "4 tanks"): then the number is a quantity, not a year or a day.
func (p *parser) nounAfter(i int) bool {
	if !p.ok(i) || p.t[i].kind != tWord || p.t[i].cap || p.t[i].id != lxNone {
		return false
	}
	w := p.raw(i)
	switch w {
	case "people", "personnel", "men", "women", "children", "troops", "police":
		return true
	case "was", "has", "is", "its", "this", "thus", "as", "us", "his", "hers",
		"whereas", "towards", "afterwards", "unless", "across", "alongside",
		"besides", "always", "nevertheless", "perhaps", "respectively", "alone":
		return false
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// looseBefore: words after which a bare month or year is a date.
func (p *parser) looseBefore(i int) bool {
	if !p.ok(i) || p.t[i].kind != tWord {
		return false
	}
	switch p.t[i].id {
	case lxIn, lxDuring, lxSince, lxBy, lxUntil, lxOf, lxFrom, lxThrough, lxBefore, lxAfter:
		return true
	}
	return false
}

// match tries every pattern at token i and returns the longest expression
// starting there.
func (p *parser) match(i int) (Expr, int, bool) {
	if p.t[i].kind == tWord {
		var (
			e  Expr
			j  int
			ok bool
		)
		switch p.t[i].id {
		case lxAs:
			e, j, ok = p.asOf(i)
		case lxSince:
			e, j, ok = p.since(i)
		case lxSo:
			e, j, ok = p.soFar(i)
		case lxThroughout:
			if end, found := p.warPhrase(i + 1); found {
				e, j, ok = p.sinceStart(i, end), end, true
			}
		case lxBetween:
			e, j, ok = p.bounded(i, ctx{loose: true, between: true})
		case lxFrom:
			e, j, ok = p.bounded(i, ctx{loose: true, from: true})
		case lxOvernight:
			e, j, ok = p.overnight(i)
		case lxOver, lxDuring:
			// "over the course of the war", "during the course of the conflict"
			if p.word(i+1, lxThe) && p.word(i+2, lxCourse) && p.word(i+3, lxOf) {
				if end, found := p.warPhrase(i + 4); found {
					e, j, ok = p.sinceStart(i, end), end, true
				}
			}
			if !ok && p.t[i].id == lxDuring {
				e, j, ok = p.core(i+1, i, ctx{loose: true})
			}
		case lxOn, lxIn, lxAt:
			// The preposition belongs to the span ("On the morning of
			// November 8", "in 1994").
			e, j, ok = p.core(i+1, i, ctx{loose: p.t[i].id == lxIn})
			if !ok && p.t[i].id == lxOn {
				e, j, ok = p.onTheNth(i)
			}
		}
		if ok {
			return e, j, true
		}
	}
	return p.core(i, i, ctx{loose: p.looseBefore(i - 1)})
}

// core reads a date phrase at i with an optional part-of-day introduction;
// start is where the span begins (a consumed preposition).
func (p *parser) core(i, start int, c ctx) (Expr, int, bool) {
	if !p.ok(i) {
		return Expr{}, 0, false
	}
	if j, ok := p.partIntro(i); ok {
		if it, ok := p.itemRange(j, ctx{}); ok && it.gran == gDay && !it.anaph {
			return p.expr(start, it.e, it, kindOf(it)), it.e, true
		}
	}
	it, ok := p.itemRange(i, c)
	if !ok {
		return Expr{}, 0, false
	}
	return p.expr(start, it.e, it, kindOf(it)), it.e, true
}

func kindOf(it item) string {
	switch {
	case it.rel || it.anaph:
		return KindRelative
	case it.vague:
		return KindVague
	case it.multi:
		return KindRange
	}
	return KindDate
}

func (p *parser) expr(s, e int, it item, kind string) Expr {
	return Expr{Start: p.t[s].s, End: p.t[e-1].e, From: it.from, To: it.to,
		Kind: kind, Resolved: it.ok, Anaphoric: it.anaph, Offset: it.off}
}

// partIntro reads "the morning of", "the early hours of", "the night of",
// "the night from" and returns the index after it.
func (p *parser) partIntro(i int) (int, bool) {
	j := i
	if !p.word(j, lxThe) {
		return 0, false
	}
	j++
	early := false
	if p.word(j, lxEarly) || p.word(j, lxLate) {
		j++
		early = true
	}
	night := p.word(j, lxNight)
	switch {
	case p.word(j, lxPart) || night:
	case early && p.word(j, lxHour) && p.t[j].plural:
	default:
		return 0, false
	}
	j++
	if p.word(j, lxOf) || p.word(j, lxOn) || night && p.word(j, lxFrom) {
		return j + 1, true
	}
	return 0, false
}

// itemRange reads an item and, when a connector follows, a second item that
// closes a range.
func (p *parser) itemRange(i int, c ctx) (item, bool) {
	a, ok := p.item(i, c)
	if !ok || a.multi || a.vague || a.anaph {
		return a, ok
	}
	k := a.e
	isAnd := p.word(k, lxAnd)
	switch {
	case c.between:
		if !isAnd {
			return a, true
		}
	case c.from:
		if !p.punct(k, '-') && !p.word(k, lxTo) && !p.word(k, lxUntil) && !p.word(k, lxThrough) {
			return a, true
		}
	default:
		if !isAnd && !p.punct(k, '-') && !p.word(k, lxTo) && !p.word(k, lxUntil) && !p.word(k, lxThrough) && !p.word(k, lxInto) {
			return a, true
		}
	}
	b, ok := p.item(k+1, ctx{loose: a.gran != gDay, between: c.between})
	if !ok || b.gran != a.gran || b.anaph || b.vague {
		return a, true
	}
	r, ok := p.combine(a, b, isAnd && !c.between)
	if !ok {
		return a, true
	}
	return r, true
}

// combine joins two items into a range from the start of a to the end of b.
// A range written with "and" outside "between" is a list unless the days
// are close ("November 3 and 4"); far-apart days stay separate.
func (p *parser) combine(a, b item, andList bool) (item, bool) {
	r := item{s: a.s, e: b.e, gran: a.gran, multi: true, rel: a.rel || b.rel, wd: a.wd && b.wd}
	if a.abs && b.abs {
		j := absDate{a.a.y1, a.a.m1, a.a.d1, b.a.y2, b.a.m2, b.a.d2}
		if b.a.y1 != 0 && b.a.y2 == 0 {
			j.y2 = b.a.y1
		}
		df, dt, ok := p.calendar(j, 2000, false)
		if !ok {
			return r, false
		}
		if andList && dt.Sub(df) > 3*24*time.Hour {
			return r, false
		}
		r.abs, r.a = true, j
		r.from, r.to, r.ok = p.resolve(j)
		return r, true
	}
	if !a.ok || !b.ok {
		// Unresolvable (no publication date): keep the range, unresolved.
		return r, true
	}
	from, to := a.from, b.to
	if a.wd && b.wd && from.After(b.from) {
		from = from.AddDate(0, 0, -7)
	}
	if to.Before(from) || andList && to.Sub(from) > 3*24*time.Hour {
		return r, false
	}
	r.from, r.to, r.ok = from, to, true
	return r, true
}

// item reads one date phrase: absolute, weekday, relative, vague.
func (p *parser) item(i int, c ctx) (item, bool) {
	if !p.ok(i) {
		return item{}, false
	}
	t := p.t[i]
	switch t.kind {
	case tNum:
		if it, ok := p.numeric(i); ok {
			return it, true
		}
		if it, ok := p.dayMonth(i, c); ok {
			return it, true
		}
		if it, ok := p.dayFirst(i, c); ok {
			return it, true
		}
		if it, ok := p.relative(i); ok {
			return it, true
		}
		if c.loose && p.year(i) && !p.nounAfter(i+1) {
			return p.absItem(i, i+1, absDate{t.val, 1, 1, t.val, 12, 31}, gYear), true
		}
		if c.loose {
			return p.decade(i, i, 0)
		}
		return item{}, false
	case tPunct:
		if t.ch == '\'' {
			return p.decade(i, i, 0)
		}
		return item{}, false
	}
	switch t.id {
	case lxMonth:
		return p.monthFirst(i, c)
	case lxWeekday, lxLast, lxPast, lxPrevious, lxNext, lxThis:
		if it, ok := p.weekdayItem(i, c); ok {
			return it, true
		}
		return p.relative(i)
	case lxThe:
		if p.word(i+1, lxSeason) {
			return p.season(i + 1)
		}
		if it, ok := p.nthDayOfWar(i); ok {
			return it, true
		}
		if it, ok := p.dayFirst(i, c); ok {
			return it, true
		}
		if it, ok := p.vague(i); ok {
			return it, true
		}
		if it, ok := p.decade(i, i, 0); ok {
			return it, true
		}
		return p.relative(i)
	case lxEarly, lxLate, lxMid, lxMiddle, lxEnd, lxStart:
		return p.vague(i)
	case lxSeason:
		return p.season(i)
	case lxDay:
		if it, ok := p.dayNOfWar(i); ok {
			return it, true
		}
	}
	return p.relative(i)
}

func (p *parser) absItem(s, e int, a absDate, g gran) item {
	it := item{s: s, e: e, gran: g, abs: true, a: a}
	it.from, it.to, it.ok = p.resolve(a)
	return it
}

// numeric reads 2020-11-08, 2020/11/08, 08.11.2020 and 11/08/2020.
func (p *parser) numeric(i int) (item, bool) {
	if !p.ok(i + 4) {
		return item{}, false
	}
	t := p.t
	for k := i; k < i+4; k++ {
		if !p.adj(k, k+1) {
			return item{}, false
		}
	}
	if t[i+1].kind != tPunct || t[i+3].kind != tPunct || t[i+1].ch != t[i+3].ch {
		return item{}, false
	}
	a, b, c := t[i], t[i+2], t[i+4]
	for _, n := range []tok{a, b, c} {
		if n.kind != tNum || n.ord || n.dec || n.val < 1 {
			return item{}, false
		}
	}
	// Part of something longer (a version number, an IP address, a phone).
	if p.adj(i+4, i+5) && (t[i+5].kind == tNum || t[i+5].kind == tPunct && p.ok(i+6) && t[i+6].kind == tNum && p.adj(i+5, i+6)) {
		return item{}, false
	}
	if p.adj(i-1, i) && t[i-1].kind != tPunct {
		return item{}, false
	}
	sep := t[i+1].ch
	var y, m, d int
	switch {
	case (sep == '-' || sep == '/') && a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = a.val, b.val, c.val
	case sep == '.' && a.nd <= 2 && b.nd <= 2 && c.nd == 4:
		y, m, d = c.val, b.val, a.val
	case sep == '/' && a.nd <= 2 && b.nd <= 2 && c.nd == 4:
		y = c.val
		m, d = p.slashOrder(y, a.val, b.val)
	default:
		return item{}, false
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d > daysIn(y, m) {
		return item{}, false
	}
	return p.absItem(i, i+5, absDate{y, m, d, y, m, d}, gDay), true
}

// dmAt reads a yearless day.month written with two digits each ("24.02",
// "05.03"), as bulletins in the European order write them, at token i.
func (p *parser) dmAt(i int) (m, d int, ok bool) {
	if !p.ok(i+2) || !p.adj(i, i+1) || !p.adj(i+1, i+2) || !p.punct(i+1, '.') {
		return 0, 0, false
	}
	a, b := p.t[i], p.t[i+2]
	if a.kind != tNum || b.kind != tNum || a.ord || b.ord || a.dec || b.dec || a.nd != 2 || b.nd != 2 {
		return 0, 0, false
	}
	// part of a longer number or a full date (handled by numeric)
	if p.adj(i+2, i+3) && (p.t[i+3].kind == tNum || p.t[i+3].kind == tPunct && p.ok(i+4) && p.t[i+4].kind == tNum && p.adj(i+3, i+4)) {
		return 0, 0, false
	}
	if p.adj(i-1, i) {
		return 0, 0, false
	}
	d, m = a.val, b.val
	if m < 1 || m > 12 || d < 1 || d > daysIn(2000, m) {
		return 0, 0, false
	}
	return m, d, true
}

// dayMonth reads a yearless day.month ("from 24.02 to 20.03") where only a
// date can stand: after from, between, on, since or until, or as the second
// end of a range whose first end is one. Elsewhere "12.05" is more likely a
// decimal number.
func (p *parser) dayMonth(i int, c ctx) (item, bool) {
	m, d, ok := p.dmAt(i)
	if !ok {
		return item{}, false
	}
	intro := c.from || c.between || p.word(i-1, lxOn) || p.word(i-1, lxSince) || p.word(i-1, lxUntil) || p.word(i-1, lxFrom)
	if !intro && (p.word(i-1, lxTo) || p.word(i-1, lxUntil) || p.word(i-1, lxThrough) || p.word(i-1, lxAnd) || p.punct(i-1, '-')) {
		_, _, intro = p.dmAt(i - 4)
	}
	if !intro {
		return item{}, false
	}
	return p.absItem(i, i+3, absDate{0, m, d, 0, m, d}, gDay), true
}

// slashOrder decides between month/day and day/month for a/b/y. When only
// one reading is a valid date it wins. When both are, the reading closest to
// the publication date without being after it wins (news reports the past);
// with no publication date, the American month/day order.
func (p *parser) slashOrder(y, a, b int) (m, d int) {
	mdOK := a <= 12 && b <= daysIn(y, a)
	dmOK := b <= 12 && a <= daysIn(y, b)
	switch {
	case mdOK && !dmOK:
		return a, b
	case dmOK && !mdOK:
		return b, a
	case !mdOK:
		return 0, 0
	}
	if !p.hasPub || a == b {
		return a, b
	}
	md, dm := day(y, a, b), day(y, b, a)
	score := func(t time.Time) time.Duration {
		d := p.pub.Sub(t)
		if d < 0 {
			return -d + 1000*24*time.Hour // after publication: least likely
		}
		return d
	}
	if score(dm) < score(md) {
		return b, a
	}
	return a, b
}

// monthFirst reads "November 8", "Nov. 8th", "November 8, 2020",
// "November 8-9", "November 3 and 4", "September 2020", "May of 1994" and,
// where the context allows, a bare "November".
func (p *parser) monthFirst(i int, c ctx) (item, bool) {
	if !p.month(i) {
		return item{}, false
	}
	t := p.t
	m := int(t[i].n)
	abbr := t[i].abbr
	j := i + 1
	if abbr && p.punct(j, '.') && p.adj(i, j) {
		j++
	}
	if p.dayNum(j) && int(t[j].val) <= maxDays(m) {
		d := t[j].val
		a := absDate{0, m, d, 0, m, d}
		j++
		multi := false
		if k, d2, ok := p.dayTail(j, d, m, c, true); ok {
			a.d2, j, multi = d2, k, true
		}
		if y, k, ok := p.yearAfter(j); ok {
			a.y1, a.y2, j = y, y, k
		}
		it := p.absItem(i, j, a, gDay)
		it.multi = multi
		return it, true
	}
	if y, k, ok := p.yearAfter(j); ok {
		return p.absItem(i, k, absDate{y, m, 1, y, m, 0}, gMonth), true
	}
	if abbr || !c.loose {
		return item{}, false
	}
	return p.absItem(i, i+1, absDate{0, m, 1, 0, m, 0}, gMonth), true
}

// dayTail reads the second day of "8-9", "3 and 4", "1 to 5", "1 through 5".
// m is the month when known (0 for day-first, checked later).
func (p *parser) dayTail(j, d1, m int, c ctx, monthFirst bool) (int, int, bool) {
	// A list of close days, "6, 7 and 8", ends with "and": its span is
	// the range of the list.
	list := false
	for p.punct(j, ',') && p.dayNum(j+1) && p.t[j+1].val > d1 && p.t[j+1].val-d1 <= 3 {
		d1, j, list = p.t[j+1].val, j+2, true
	}
	if list && p.punct(j, ',') && p.word(j+1, lxAnd) {
		j++
	}
	if list && !p.word(j, lxAnd) {
		return 0, 0, false
	}
	isAnd := p.word(j, lxAnd)
	isTo := p.word(j, lxTo) || p.word(j, lxThrough) || p.word(j, lxUntil)
	switch {
	case c.between:
		if !isAnd {
			return 0, 0, false
		}
	case p.punct(j, '-') || isAnd || isTo:
	default:
		return 0, 0, false
	}
	k := j + 1
	if !p.punct(j, '-') && p.word(k, lxThe) && !monthFirst {
		k++
	}
	if !p.dayNum(k) {
		return 0, 0, false
	}
	d2 := p.t[k].val
	if d2 <= d1 || m != 0 && d2 > maxDays(m) {
		return 0, 0, false
	}
	if isAnd && !c.between && d2-d1 > 3 {
		return 0, 0, false
	}
	if monthFirst && (isAnd || isTo) && p.nounAfter(k+1) {
		return 0, 0, false
	}
	return k + 1, d2, true
}

// yearAfter reads ", 2020", "2020", "of 2020", "of last year" after a month
// or a day.
func (p *parser) yearAfter(j int) (int, int, bool) {
	k := j
	if p.punct(k, ',') || p.word(k, lxOf) {
		k++
	}
	if p.year(k) && !p.nounAfter(k+1) {
		return p.t[k].val, k + 1, true
	}
	if (p.word(k, lxLast) || p.word(k, lxThis)) && p.word(k+1, lxYear) && !p.t[k+1].plural {
		if base := p.baseYear(); base != 0 && p.hasPub {
			if p.word(k, lxLast) {
				base--
			}
			return base, k + 2, true
		}
	}
	return 0, 0, false
}

// dayFirst reads "8 November", "8th of November 2020", "the 8th of
// November", "3 and 4 November", "8-9 November", "1 to 5 November".
func (p *parser) dayFirst(i int, c ctx) (item, bool) {
	j := i
	if p.word(j, lxThe) {
		j++
	}
	if !p.dayNum(j) {
		return item{}, false
	}
	t := p.t
	d := t[j].val
	j++
	if p.word(j, lxOf) && (t[j-1].ord || p.word(i, lxThe)) {
		j++
	}
	d2, multi := d, false
	if k, dd, ok := p.dayTail(j, d, 0, c, false); ok {
		if p.word(k, lxOf) {
			k++
		}
		if p.month(k) {
			d2, j, multi = dd, k, true
		}
	}
	if !p.month(j) {
		return item{}, false
	}
	m := int(t[j].n)
	if d > maxDays(m) || d2 > maxDays(m) {
		return item{}, false
	}
	j++
	if t[j-1].abbr && p.punct(j, '.') && p.adj(j-1, j) {
		j++
	}
	a := absDate{0, m, d, 0, m, d2}
	if y, k, ok := p.yearAfter(j); ok {
		a.y1, a.y2, j = y, y, k
	}
	it := p.absItem(i, j, a, gDay)
	it.multi = multi
	return it, true
}

// weekdayItem reads "Sunday", "on Monday morning" (without "on"),
// "Saturday evening", "last Monday", "next Friday", "Sunday, November 8".
func (p *parser) weekdayItem(i int, c ctx) (item, bool) {
	j := i
	mode := 0
	switch {
	case p.word(j, lxLast) || p.word(j, lxPast) || p.word(j, lxPrevious):
		mode = -1
		j++
	case p.word(j, lxThis) && p.word(j+1, lxPast):
		mode = -1
		j += 2
	case p.word(j, lxNext):
		mode = 1
		j++
	case p.word(j, lxThis):
		j++
	}
	if !p.weekday(j) {
		return item{}, false
	}
	wd := int(p.t[j].n)
	j++
	if p.partOfDay(j) {
		j++
	}
	// A weekday with its date: the date decides.
	if mode == 0 {
		k, paren := j, false
		switch {
		case p.punct(k, ','):
			k++
		case p.punct(k, '('):
			k, paren = k+1, true
		}
		var a item
		ok := false
		if p.month(k) {
			a, ok = p.monthFirst(k, ctx{})
		} else if p.dayNum(k) || p.word(k, lxThe) {
			a, ok = p.dayFirst(k, ctx{})
		}
		if ok && a.gran == gDay {
			if paren {
				if !p.punct(a.e, ')') {
					goto plain
				}
				a.e++
			}
			a.s = i
			return a, true
		}
	}
plain:
	it := item{s: i, e: j, gran: gDay, rel: true, wd: true}
	if p.hasPub {
		d := p.weekdayDate(wd, mode)
		it.from, it.to, it.ok = d, d, true
	}
	return it, true
}

// weekdayDate finds the weekday wd near the publication date: mode 0 the
// latest on or before it (the publication day itself when it matches),
// -1 strictly before ("last Monday"), 1 strictly after ("next Monday").
func (p *parser) weekdayDate(wd, mode int) time.Time {
	pw := int(p.pub.Weekday())
	if mode == 1 {
		diff := (wd - pw + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return p.pub.AddDate(0, 0, diff)
	}
	diff := (pw - wd + 7) % 7
	if diff == 0 && mode == -1 {
		diff = 7
	}
	return p.pub.AddDate(0, 0, -diff)
}

// vague reads "early November", "mid-November", "late 2020", "the end of
// October", "the beginning of 2022", and passes "early Tuesday",
// "late on Sunday", "early November 8" through to the day they name.
func (p *parser) vague(i int) (item, bool) {
	j := i
	the := p.word(j, lxThe)
	if the {
		j++
	}
	part := 0 // 1 first third, 2 middle, 3 last
	if it, ok := p.weekOfMonth(i, j); ok {
		return it, true
	}
	switch {
	case p.word(j, lxEarly) && !the:
		part = 1
		j++
	case p.word(j, lxLate) && !the:
		part = 3
		j++
	case p.word(j, lxMid) && !the:
		part = 2
		j++
		if p.punct(j, '-') && p.adj(j-1, j) {
			j++
		}
	case (p.word(j, lxMiddle) || p.word(j, lxEnd) || p.word(j, lxStart)) && p.word(j+1, lxOf):
		part = 3
		if p.word(j, lxMiddle) {
			part = 2
		} else if p.word(j, lxStart) {
			part = 1
		}
		j += 2
	default:
		return item{}, false
	}
	if (part == 1 || part == 3) && p.word(j, lxOn) && !p.word(i, lxThe) {
		// "early on Tuesday", "late on November 8"
		in, ok := p.item(j+1, ctx{})
		if !ok || in.gran != gDay || in.anaph {
			return item{}, false
		}
		in.s = i
		return in, true
	}
	if p.decadeStart(j) {
		return p.decade(i, j, part)
	}
	in, ok := p.item(j, ctx{loose: true})
	if !ok || in.anaph || in.vague || in.multi {
		return item{}, false
	}
	in.s = i
	switch in.gran {
	case gDay:
		// "early Tuesday", "late Sunday": the day itself.
		return in, true
	case gMonth, gYear:
		in.vague = true
		if in.ok {
			in.from, in.to = third(in.from, in.to, in.gran, part)
		}
		return in, true
	}
	return item{}, false
}

// third narrows a month or a year to its first, middle or last third:
// days 1-10, 11-20, 21-end; January-April, May-August, September-December.
func third(from, to time.Time, g gran, part int) (time.Time, time.Time) {
	y, m, _ := from.Date()
	if g == gMonth {
		last := daysIn(y, int(m))
		switch part {
		case 1:
			return day(y, int(m), 1), day(y, int(m), 10)
		case 2:
			return day(y, int(m), 11), day(y, int(m), 20)
		}
		return day(y, int(m), 21), day(y, int(m), last)
	}
	ty := to.Year()
	switch part {
	case 1:
		return day(y, 1, 1), day(y, 4, 30)
	case 2:
		return day(y, 5, 1), day(y, 8, 31)
	}
	return day(ty, 9, 1), day(ty, 12, 31)
}

// season reads "the spring of 2022", "summer 2021": only with a year.
// Meteorological seasons of the northern hemisphere; winter Y is December Y
// to February Y+1.
func (p *parser) season(i int) (item, bool) {
	j := i + 1
	if p.word(j, lxOf) {
		j++
	}
	if !p.year(j) || !p.t[i].cap && !p.word(i-1, lxThe) {
		return item{}, false
	}
	y := p.t[j].val
	var a absDate
	switch strings.ToLower(p.raw(i)) {
	case "spring":
		a = absDate{y, 3, 1, y, 5, 31}
	case "summer":
		a = absDate{y, 6, 1, y, 8, 31}
	case "autumn", "fall":
		a = absDate{y, 9, 1, y, 11, 30}
	default:
		a = absDate{y, 12, 1, y + 1, 2, 0}
	}
	s := i
	if p.word(i-1, lxThe) {
		s = i - 1
	}
	it := p.absItem(s, j+1, a, gMonth)
	it.vague = true
	return it, true
}

func (p *parser) decadeStart(j int) bool {
	if p.punct(j, '\'') {
		j++
	}
	return p.ok(j) && p.t[j].kind == tNum && p.t[j].dec && !p.t[j].glued
}

// decade reads "the 1990s", "the early 90s", "the late '80s", "1990s"
// (after in/since). s is the span start, j the first token after any
// early/mid/late. A two-digit decade is the latest one that began at least
// five years before the reference year ("the 20s" in 2022 is the 1920s).
func (p *parser) decade(s, j, part int) (item, bool) {
	the := false
	if p.word(j, lxThe) {
		the = true
		j++
		if part == 0 {
			switch {
			case p.word(j, lxEarly):
				part = 1
				j++
			case p.word(j, lxLate):
				part = 3
				j++
			case p.word(j, lxMid):
				part = 2
				j++
				if p.punct(j, '-') {
					j++
				}
			}
		}
	}
	apos := false
	if p.punct(j, '\'') {
		apos = true
		j++
	}
	if !p.ok(j) {
		return item{}, false
	}
	t := p.t[j]
	if t.kind != tNum || !t.dec || t.glued || t.val%10 != 0 {
		return item{}, false
	}
	var y int
	switch t.nd {
	case 2:
		// "in their 90s" is an age: a two-digit decade needs "the" or "'".
		if !the && !apos && part == 0 {
			return item{}, false
		}
		base := p.baseYear()
		if base == 0 {
			base = 2000
		}
		y = base/100*100 + t.val
		if y > base-5 {
			y -= 100
		}
	case 4:
		y = t.val
		if y < 1800 || y > 2100 {
			return item{}, false
		}
	default:
		return item{}, false
	}
	lo, hi := 0, 9
	switch part {
	case 1:
		lo, hi = 0, 3
	case 2:
		lo, hi = 4, 6
	case 3:
		lo, hi = 7, 9
	}
	it := p.absItem(s, j+1, absDate{y + lo, 1, 1, y + hi, 12, 31}, gYear)
	it.vague = true
	return it, true
}

func (p *parser) baseYear() int {
	if p.hasPub {
		return p.pub.Year()
	}
	return p.ref.Year
}

// resolve places a written calendar span on the calendar. A date without a
// year takes the publication year (or Ref.Year); when that puts it more than
// 62 days after the publication date, the year before (a January article's
// "December 28" is last December's).
func (p *parser) resolve(a absDate) (time.Time, time.Time, bool) {
	base := p.baseYear()
	if base == 0 && a.y1 == 0 && a.y2 == 0 {
		return time.Time{}, time.Time{}, false
	}
	return p.calendar(a, base, p.hasPub)
}

// calendar computes the span with base as the year of a yearless date;
// adjust applies the publication-date rule.
func (p *parser) calendar(a absDate, base int, adjust bool) (time.Time, time.Time, bool) {
	end := a.d2
	if end == 0 {
		end = 31
	}
	wraps := a.m2 < a.m1 || a.m2 == a.m1 && end < a.d1
	y1, y2 := a.y1, a.y2
	switch {
	case y1 == 0 && y2 == 0:
		y1 = base
		if adjust && a.d1 <= daysIn(y1, a.m1) && day(y1, a.m1, a.d1).After(p.pub.AddDate(0, 0, 62)) {
			y1--
		}
		y2 = y1
		if wraps {
			y2++
		}
	case y1 == 0:
		y1 = y2
		if wraps {
			y1--
		}
	case y2 == 0:
		y2 = y1
		if wraps {
			y2++
		}
	}
	if a.m1 < 1 || a.m1 > 12 || a.m2 < 1 || a.m2 > 12 || a.d1 < 1 || a.d1 > daysIn(y1, a.m1) {
		return time.Time{}, time.Time{}, false
	}
	d2 := a.d2
	if d2 == 0 {
		d2 = daysIn(y2, a.m2)
	}
	if d2 < 1 || d2 > daysIn(y2, a.m2) {
		return time.Time{}, time.Time{}, false
	}
	from, to := day(y1, a.m1, a.d1), day(y2, a.m2, d2)
	if to.Before(from) {
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

// onTheNth reads "on the 27th": a day of the publication month, or of the
// month before when that day is still to come. A word after the ordinal
// makes it the number of something else ("on the 10th mountain rifle
// division", "on the 27th Brigade"), so only punctuation, the end of the
// sentence or a function word may follow.
func (p *parser) onTheNth(i int) (Expr, int, bool) {
	j := i + 1
	if !p.word(j, lxThe) || !p.ok(j+1) {
		return Expr{}, 0, false
	}
	t := p.t[j+1]
	if t.kind != tNum || !t.ord || t.glued || t.nd > 2 || t.val < 1 || t.val > 31 {
		return Expr{}, 0, false
	}
	k := j + 2
	if p.ok(k) {
		switch n := p.t[k]; {
		case n.kind == tPunct && n.ch == '-', n.kind == tNum:
			return Expr{}, 0, false
		case n.kind == tWord:
			switch strings.ToLower(p.raw(k)) {
			case "and", "at", "in", "on", "when", "as", "after", "before", "the",
				"with", "but", "while", "during", "near", "around", "by", "there":
			default:
				return Expr{}, 0, false
			}
		}
	}
	it := item{s: i, e: k, gran: gDay}
	if p.hasPub {
		y, m, d := p.pub.Date()
		mm := int(m)
		if t.val > d {
			mm--
			if mm == 0 {
				y, mm = y-1, 12
			}
		}
		if t.val <= daysIn(y, mm) {
			it.from = day(y, mm, t.val)
			it.to, it.ok = it.from, true
		}
	}
	return p.expr(i, k, it, KindDate), k, true
}

// nthDayOfWar reads "the first day of the war", "the 8th day of the
// invasion": the conflict's start plus N-1 days.
func (p *parser) nthDayOfWar(i int) (item, bool) {
	j := i + 1
	if !p.ok(j) {
		return item{}, false
	}
	n := 0
	switch t := p.t[j]; {
	case t.kind == tWord && t.id == lxOrdWord:
		n = int(t.n)
	case t.kind == tNum && t.ord && !t.glued && t.nd <= 3:
		n = t.val
	default:
		return item{}, false
	}
	if n < 1 || !p.word(j+1, lxDay) || p.t[j+1].plural || !p.word(j+2, lxOf) {
		return item{}, false
	}
	return p.warDay(i, j+3, n)
}

// dayNOfWar reads "Day 9 of the invasion".
func (p *parser) dayNOfWar(i int) (item, bool) {
	if !p.ok(i+1) || p.t[i].plural {
		return item{}, false
	}
	t := p.t[i+1]
	if t.kind != tNum || t.glued || t.ord || t.dec || t.nd > 3 || t.val < 1 || !p.word(i+2, lxOf) {
		return item{}, false
	}
	return p.warDay(i, i+3, t.val)
}

// warDay is day n of the war whose phrase starts at k.
func (p *parser) warDay(i, k, n int) (item, bool) {
	end, ok := p.warPhrase(k)
	if !ok {
		return item{}, false
	}
	it := item{s: i, e: end, gran: gDay}
	if cs := midnight(p.ref.ConflictStart); !cs.IsZero() {
		it.from = cs.AddDate(0, 0, n-1)
		it.to, it.ok = it.from, true
	}
	return it, true
}

// weekOfMonth reads "the first week of March", "the last week of
// October": days 1-7, 8-14, 15-21, 22-28, or the month's last seven days.
func (p *parser) weekOfMonth(s, j int) (item, bool) {
	if !p.word(s, lxThe) || !p.word(j+1, lxWeek) || p.t[j+1].plural || !p.word(j+2, lxOf) {
		return item{}, false
	}
	n := 0
	switch {
	case p.word(j, lxOrdWord) && p.t[j].n <= 4:
		n = int(p.t[j].n)
	case p.word(j, lxLast):
		n = -1
	default:
		return item{}, false
	}
	in, ok := p.item(j+3, ctx{loose: true})
	if !ok || in.gran != gMonth || in.vague {
		return item{}, false
	}
	in.s, in.vague = s, true
	if in.ok {
		y, m, _ := in.from.Date()
		if n > 0 {
			in.from = day(y, int(m), 7*(n-1)+1)
			in.to = in.from.AddDate(0, 0, 6)
		} else {
			in.from = in.to.AddDate(0, 0, -6)
		}
	}
	return in, true
}
