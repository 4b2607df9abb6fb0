package timex

import (
	"strings"
	"time"
)

// relItem is a day range counted in days from the publication date.
func (p *parser) relItem(s, e, off1, off2 int) item {
	it := item{s: s, e: e, gran: gDay, rel: true}
	if p.hasPub {
		it.from, it.to, it.ok = p.pub.AddDate(0, 0, off1), p.pub.AddDate(0, 0, off2), true
	}
	return it
}

// relSpan is a range computed from the publication date by f.
func (p *parser) relSpan(s, e int, f func(pub time.Time) (time.Time, time.Time)) item {
	it := item{s: s, e: e, gran: gDay, rel: true}
	if p.hasPub {
		it.from, it.to = f(p.pub)
		it.ok = !it.to.Before(it.from)
	}
	return it
}

func anaphItem(s, e, off int) item {
	return item{s: s, e: e, gran: gDay, anaph: true, off: off}
}

// unitDays is the length in days of a singular unit, 0 for month and year
// (computed with AddDate) and for anything else.
func (p *parser) unit(i int) (lexID, bool) {
	if !p.ok(i) || p.t[i].kind != tWord {
		return lxNone, false
	}
	switch p.t[i].id {
	case lxDay, lxWeek, lxMonthWord, lxYear, lxHour:
		return p.t[i].id, true
	}
	return lxNone, false
}

// count reads a small number: "two", "a", "3".
func (p *parser) count(i int) (int, bool) {
	if !p.ok(i) {
		return 0, false
	}
	t := p.t[i]
	switch {
	case t.kind == tNum && !t.glued && !t.ord && !t.dec && t.nd <= 3 && t.val > 0:
		return t.val, true
	case t.kind == tWord && t.id == lxNumWord:
		return int(t.n), true
	}
	return 0, false
}

// back returns pub moved n units back (n may be negative).
func back(pub time.Time, u lexID, n int) time.Time {
	switch u {
	case lxHour:
		return pub.AddDate(0, 0, -(n+23)/24)
	case lxWeek:
		return pub.AddDate(0, 0, -7*n)
	case lxMonthWord:
		return pub.AddDate(0, -n, 0)
	case lxYear:
		return pub.AddDate(-n, 0, 0)
	}
	return pub.AddDate(0, 0, -n)
}

func unitDays(u lexID) int {
	switch u {
	case lxWeek:
		return 7
	case lxDay:
		return 1
	}
	return 0
}

// relative reads expressions counted from the publication date (today,
// yesterday, last week, two days ago, the past 24 hours) and anaphoric ones
// counted from the narrative (the next day, a day later, that night).
func (p *parser) relative(i int) (item, bool) {
	if !p.ok(i) {
		return item{}, false
	}
	t := p.t[i]
	if t.kind == tNum || p.word(i, lxNumWord) {
		return p.countAgo(i)
	}
	if t.kind != tWord {
		return item{}, false
	}
	next := lxNone
	if p.ok(i+1) && p.t[i+1].kind == tWord {
		next = p.t[i+1].id
	}
	singular := p.ok(i+1) && !p.t[i+1].plural
	switch t.id {
	case lxToday, lxTonight:
		return p.relItem(i, i+1, 0, 0), true
	case lxYesterday, lxTomorrow:
		off := -1
		if t.id == lxTomorrow {
			off = 1
		}
		e := i + 1
		if p.partOfDay(e) {
			e++
		}
		return p.relItem(i, e, off, off), true
	case lxThis:
		if p.word(i+1, lxPast) && p.word(i+2, lxWeekend) && !p.t[i+2].plural {
			return p.weekend(i, i+3, true), true
		}
		return p.thisPeriod(i, i+1, false)
	case lxEarlier, lxLater:
		switch next {
		case lxToday:
			return p.relItem(i, i+2, 0, 0), true
		case lxThis:
			return p.thisPeriod(i, i+2, t.id == lxEarlier)
		case lxThat:
			if p.word(i+2, lxDay) || p.partOfDay(i+2) {
				return anaphItem(i, i+3, 0), true
			}
		}
	case lxLast:
		if !singular {
			break
		}
		switch next {
		case lxNight:
			return p.relItem(i, i+2, -1, 0), true
		case lxWeek:
			return p.relItem(i, i+2, -7, -1), true
		case lxMonthWord:
			return p.relSpan(i, i+2, func(pub time.Time) (time.Time, time.Time) {
				first := day(pub.Year(), int(pub.Month()), 1)
				return first.AddDate(0, -1, 0), first.AddDate(0, 0, -1)
			}), true
		case lxYear:
			return p.relSpan(i, i+2, func(pub time.Time) (time.Time, time.Time) {
				return day(pub.Year()-1, 1, 1), day(pub.Year()-1, 12, 31)
			}), true
		case lxWeekend:
			return p.weekend(i, i+2, true), true
		}
	case lxOver:
		if !p.word(i+1, lxThe) {
			break
		}
		switch {
		case p.word(i+2, lxNight) && !p.word(i+3, lxOf):
			return p.relItem(i, i+3, -1, 0), true
		case p.word(i+2, lxWeekend) && !p.t[i+2].plural:
			return p.weekend(i, i+3, false), true
		case p.word(i+2, lxPast) || p.word(i+2, lxLast):
			if p.word(i+3, lxWeekend) && !p.t[i+3].plural {
				return p.weekend(i, i+4, true), true
			}
			if it, ok := p.pastRange(i, i+3); ok {
				return it, true
			}
		}
	case lxPast:
		if p.word(i+1, lxWeekend) && singular {
			return p.weekend(i, i+2, true), true
		}
		return p.pastRange(i, i+1)
	case lxThat:
		if p.word(i+1, lxDay) && singular || p.partOfDay(i+1) && !p.word(i+1, lxOvernight) {
			return anaphItem(i, i+2, 0), true
		}
	case lxThe:
		return p.theRelative(i)
	}
	return item{}, false
}

// theRelative reads relative expressions that start with "the".
func (p *parser) theRelative(i int) (item, bool) {
	w := i + 1
	if !p.ok(w) || p.t[w].kind != tWord {
		return item{}, false
	}
	switch p.t[w].id {
	case lxDay, lxNight, lxPart:
		if p.t[w].plural {
			return item{}, false
		}
		isDay := p.word(w, lxDay)
		switch {
		case isDay && p.word(w+1, lxBefore) && p.word(w+2, lxYesterday):
			return p.relItem(i, w+3, -2, -2), true
		case isDay && p.word(w+1, lxAfter) && p.word(w+2, lxTomorrow):
			return p.relItem(i, w+3, 2, 2), true
		case p.word(w+1, lxBefore):
			return anaphItem(i, w+2, -1), true
		case isDay && p.word(w+1, lxAfter):
			return anaphItem(i, w+2, 1), true
		}
	case lxNext, lxFollowing, lxPrevious, lxSame:
		u := w + 1
		if !(p.word(u, lxDay) || p.word(u, lxWeek) || p.partOfDay(u) && !p.word(u, lxOvernight)) || p.t[u].plural {
			return item{}, false
		}
		off := 1
		switch p.t[w].id {
		case lxPrevious:
			off = -1
		case lxSame:
			off = 0
		}
		if p.word(u, lxWeek) {
			off *= 7
		}
		return anaphItem(i, u+1, off), true
	case lxPast, lxLast:
		if p.word(w+1, lxWeekend) && !p.t[w+1].plural && !p.word(w+2, lxOf) {
			return p.weekend(i, w+2, true), true
		}
		return p.pastRange(i, w+1)
	case lxWeekend:
		if !p.t[w].plural {
			return p.weekend(i, w+1, false), true
		}
	}
	return item{}, false
}

// pastRange reads "[the] past 24 hours", "the last two weeks", "the past
// week" from k (the token after past/last): the span up to and including the
// publication day.
func (p *parser) pastRange(s, k int) (item, bool) {
	n, hasN := p.count(k)
	if hasN {
		k++
	} else {
		n = 1
	}
	u, ok := p.unit(k)
	if !ok || p.word(k+1, lxOf) {
		return item{}, false
	}
	if !hasN && u == lxDay {
		// "the last day" is usually "the final day of ...".
		return item{}, false
	}
	return p.relSpan(s, k+1, func(pub time.Time) (time.Time, time.Time) {
		return back(pub, u, n), pub
	}), true
}

// countAgo reads "two days ago", "a week ago" (from the publication date)
// and "a day later", "two days earlier" (from the narrative).
func (p *parser) countAgo(i int) (item, bool) {
	n, ok := p.count(i)
	if !ok {
		return item{}, false
	}
	u, ok := p.unit(i + 1)
	if !ok {
		return item{}, false
	}
	switch {
	case p.word(i+2, lxAgo):
		it := p.relSpan(i, i+3, func(pub time.Time) (time.Time, time.Time) {
			d := back(pub, u, n)
			return d, d
		})
		return it, true
	case p.word(i+2, lxLater) || p.word(i+2, lxEarlier):
		d := unitDays(u)
		if d == 0 {
			return item{}, false
		}
		off := n * d
		if p.word(i+2, lxEarlier) {
			off = -off
		}
		return anaphItem(i, i+3, off), true
	}
	return item{}, false
}

// thisPeriod reads "this morning", "this week", "this month", "this year",
// "this weekend" at k (after "this"); earlier ends the span the day before
// publication.
func (p *parser) thisPeriod(s, k int, earlier bool) (item, bool) {
	if !p.ok(k+1) && !p.ok(k) {
		return item{}, false
	}
	if !p.ok(k) || p.t[k].kind != tWord || p.t[k].plural {
		return item{}, false
	}
	end := func(from, pub time.Time) time.Time {
		if !earlier {
			return pub
		}
		if e := pub.AddDate(0, 0, -1); !e.Before(from) {
			return e
		}
		return from
	}
	switch p.t[k].id {
	case lxPart, lxNight:
		return p.relItem(s, k+1, 0, 0), true
	case lxWeek:
		return p.relSpan(s, k+1, func(pub time.Time) (time.Time, time.Time) {
			mon := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
			return mon, end(mon, pub)
		}), true
	case lxMonthWord:
		return p.relSpan(s, k+1, func(pub time.Time) (time.Time, time.Time) {
			first := day(pub.Year(), int(pub.Month()), 1)
			return first, end(first, pub)
		}), true
	case lxYear:
		return p.relSpan(s, k+1, func(pub time.Time) (time.Time, time.Time) {
			first := day(pub.Year(), 1, 1)
			return first, end(first, pub)
		}), true
	case lxWeekend:
		if !earlier {
			return p.weekend(s, k+1, false), true
		}
	}
	return item{}, false
}

// weekend is the latest Saturday-Sunday that began on or before the
// publication date; last is "last weekend" said on a weekend: the one before.
func (p *parser) weekend(s, e int, last bool) item {
	return p.relSpan(s, e, func(pub time.Time) (time.Time, time.Time) {
		pw := int(pub.Weekday())
		sat := pub.AddDate(0, 0, -((pw + 1) % 7))
		if last && (pw == 6 || pw == 0) {
			sat = sat.AddDate(0, 0, -7)
		}
		return sat, sat.AddDate(0, 0, 1)
	})
}

// asOf reads "as of November 4", "as of the morning of November 9", "as of
// Monday", "as of 8 a.m. on November 9", "as of now".
func (p *parser) asOf(i int) (Expr, int, bool) {
	if !p.word(i+1, lxOf) && !p.word(i+1, lxAt) {
		return Expr{}, 0, false
	}
	j := p.skipClock(i + 2)
	var (
		it item
		ok bool
	)
	if p.word(j, lxNow) {
		it, ok = p.relItem(j, j+1, 0, 0), true
	} else if k, intro := p.partIntro(j); intro {
		it, ok = p.itemRange(k, ctx{})
	} else {
		if p.word(j, lxOn) {
			j++
		}
		it, ok = p.itemRange(j, ctx{loose: true})
	}
	if !ok || it.anaph {
		return Expr{}, 0, false
	}
	return p.expr(i, it.e, it, KindAsOf), it.e, true
}

// skipClock skips a clock time and what follows it ("8 a.m. local time on",
// "06:00,") so that the day after it can be read. It returns j unchanged when
// there is no clock time.
func (p *parser) skipClock(j int) int {
	if !p.ok(j) || p.t[j].kind != tNum || p.t[j].glued || p.t[j].nd > 2 {
		return j
	}
	k := j + 1
	switch {
	case p.adj(j, k) && p.punct(k, ':') && p.ok(k+1) && p.t[k+1].kind == tNum:
		k += 2
	case p.ampm(k) > 0:
	default:
		return j
	}
	k += p.ampm(k)
	if p.word(k+1, lxTime) && p.t[k].kind == tWord {
		k += 2
	}
	if p.word(k, lxOn) || p.word(k, lxOf) || p.punct(k, ',') {
		k++
	}
	return k
}

// ampm returns how many tokens "am", "a.m.", "P.M", "GMT" take at k.
func (p *parser) ampm(k int) int {
	if p.word(k, lxAMPM) {
		return 1
	}
	if !p.ok(k+2) || p.t[k].kind != tWord {
		return 0
	}
	w := p.raw(k)
	if !strings.EqualFold(w, "a") && !strings.EqualFold(w, "p") {
		return 0
	}
	if !p.punct(k+1, '.') || !p.adj(k, k+1) || !p.adj(k+1, k+2) || !strings.EqualFold(p.raw(k+2), "m") {
		return 0
	}
	if p.punct(k+3, '.') && p.adj(k+2, k+3) {
		return 4
	}
	return 3
}

// since reads running totals: "since the start of the war", "since the war
// began", "since the invasion" (Kind since_start) and "since September 27",
// "since Sunday" (Kind range up to the publication date).
func (p *parser) since(i int) (Expr, int, bool) {
	j := i + 1
	k := j
	if p.word(k, lxThe) {
		k++
	}
	if p.word(k, lxStart) && p.word(k+1, lxOf) {
		if end, ok := p.warPhrase(k + 2); ok {
			return p.sinceStart(i, end), end, true
		}
		m := k + 2
		if p.word(m, lxThe) || p.word(m, lxThis) {
			m++
		}
		if u, ok := p.unit(m); ok && !p.t[m].plural && (u == lxYear || u == lxMonthWord || u == lxWeek) {
			it := p.relSpan(i, m+1, func(pub time.Time) (time.Time, time.Time) {
				switch u {
				case lxYear:
					return day(pub.Year(), 1, 1), pub
				case lxMonthWord:
					return day(pub.Year(), int(pub.Month()), 1), pub
				}
				return pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7)), pub
			})
			return p.expr(i, m+1, it, KindRange), m + 1, true
		}
	}
	if end, ok := p.warPhrase(j); ok && !p.clauseVerb(end) {
		if p.word(end, lxBegan) {
			end++
			if p.word(end, lxOut) {
				end++
			}
		}
		return p.sinceStart(i, end), end, true
	}
	var (
		it item
		ok bool
	)
	if k, intro := p.partIntro(j); intro {
		it, ok = p.itemRange(k, ctx{})
	}
	if !ok {
		it, ok = p.itemRange(j, ctx{loose: true})
	}
	if !ok || it.anaph {
		return Expr{}, 0, false
	}
	e := p.expr(i, it.e, it, KindRange)
	e.To = p.pub
	e.Resolved = it.ok && p.hasPub && !p.pub.Before(it.from)
	return e, it.e, true
}

// clauseVerb reports a finite verb after a noun phrase: "since the war is
// not over" is causal "since", not a running total.
func (p *parser) clauseVerb(i int) bool {
	if !p.ok(i) || p.t[i].kind != tWord {
		return false
	}
	switch strings.ToLower(p.raw(i)) {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
		"could", "may", "might", "must", "should", "remains", "continues", "cannot",
		"does", "did", "shows", "seems", "makes":
		return true
	}
	return false
}

func (p *parser) sinceStart(i, end int) Expr {
	e := Expr{Start: p.t[i].s, End: p.t[end-1].e, Kind: KindSinceStart}
	cs := midnight(p.ref.ConflictStart)
	if p.hasPub && !cs.IsZero() && !p.pub.Before(cs) {
		e.From, e.To, e.Resolved = cs, p.pub, true
	}
	return e
}

// warPhrase reads a noun phrase headed by war, conflict, invasion,
// hostilities, fighting ... or "special military operation", with a few
// modifiers before the head ("the Russian full-scale invasion", "Russia's
// war"). It returns the index after the head.
func (p *parser) warPhrase(k int) (int, bool) {
	special := false
	for n := 0; n < 7 && p.ok(k); n, k = n+1, k+1 {
		t := p.t[k]
		switch t.kind {
		case tPunct:
			if t.ch == '-' && k > 0 && strings.EqualFold(p.raw(k-1), "counter") {
				// "the counter-offensive" started later than the war.
				return 0, false
			}
			if t.ch == '\'' || t.ch == '-' {
				continue
			}
			return 0, false
		case tNum:
			return 0, false
		}
		switch t.id {
		case lxWar:
			if t.plural {
				return 0, false
			}
			return k + 1, true
		case lxOperation:
			if special {
				return k + 1, true
			}
			return 0, false
		case lxSpecial:
			special = true
		case lxThe, lxThis:
		case lxNone:
			switch strings.ToLower(p.raw(k)) {
			case "which", "when", "where", "who", "or", "but", "with", "is", "was",
				"were", "are", "has", "have", "had", "not", "been", "be", "will", "would":
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return 0, false
}

// soFar reads "so far in the war", "so far this year".
func (p *parser) soFar(i int) (Expr, int, bool) {
	if !p.word(i+1, lxFar) {
		return Expr{}, 0, false
	}
	k := i + 2
	if p.word(k, lxThis) && p.word(k+1, lxYear) && !p.t[k+1].plural {
		it := p.relSpan(i, k+2, func(pub time.Time) (time.Time, time.Time) {
			return day(pub.Year(), 1, 1), pub
		})
		return p.expr(i, k+2, it, KindRange), k + 2, true
	}
	if p.word(k, lxIn) || p.word(k, lxInto) || p.word(k, lxDuring) || p.word(k, lxOf) {
		if end, ok := p.warPhrase(k + 1); ok {
			return p.sinceStart(i, end), end, true
		}
	}
	return Expr{}, 0, false
}

// bounded reads "between X and Y", "from X to Y": only a real range counts;
// "from November 1" alone is left to the plain date reader.
func (p *parser) bounded(i int, c ctx) (Expr, int, bool) {
	it, ok := p.itemRange(i+1, c)
	if !ok || !it.multi || it.anaph {
		return Expr{}, 0, false
	}
	return p.expr(i, it.e, it, kindOf(it)), it.e, true
}

// overnight reads "overnight on November 8-9", "overnight into Tuesday"
// (the night ending that day) and bare "overnight": the night before the
// publication date.
func (p *parser) overnight(i int) (Expr, int, bool) {
	j := i + 1
	into := false
	switch {
	case p.word(j, lxOn):
		j++
	case p.word(j, lxInto) || p.word(j, lxTo):
		into = true
		j++
	}
	if it, ok := p.itemRange(j, ctx{}); ok && it.gran == gDay && !it.anaph {
		if into && !it.multi {
			it.multi = true
			if it.ok {
				it.from = it.from.AddDate(0, 0, -1)
			}
		}
		return p.expr(i, it.e, it, kindOf(it)), it.e, true
	}
	it := p.relItem(i, i+1, -1, 0)
	return p.expr(i, i+1, it, KindRelative), i + 1, true
}
