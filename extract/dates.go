package extract

import (
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract/timex"
)

const day = "2006-01-02"

func usable(e timex.Expr) bool { return e.Resolved || e.Anaphoric }

// dateFor picks the time expression that governs a claim: one inside the
// claim's frame first (so "as of September 28, the military said it had
// captured" is not dated by an earlier clause), nearest before the trigger,
// then after it; else the date carried in the paragraph.
func (st *state) dateFor(s *sent, c *pclaim) *claimtrail.DateRange {
	st.syncDates(s)
	st.timesOf(s)
	pos := s.s
	if c.h.i < len(s.toks) {
		pos = s.toks[c.h.i].s
	}
	lo, hi := s.s, s.e
	if c.fr != nil && !c.fr.report && !c.copied && c.fr.a < len(s.toks) && c.fr.b > c.fr.a {
		lo, hi = s.toks[c.fr.a].s, s.toks[minInt(c.fr.b, len(s.toks))-1].e
	}
	// a relative clause after the trigger (", which Ukraine had held since
	// 2014") tells of another time and does not date the claim
	rel := s.e
	if r := relativeEnd(s, c.h.j, len(s.toks)); r < len(s.toks) {
		rel = s.toks[r].s
	}
	pick := func(lo, hi int) int {
		best := -1
		for k, e := range s.times {
			if !usable(e) || e.Start < lo || e.End > hi || e.Start >= rel || comparison(s, e) {
				continue
			}
			if e.Start <= pos {
				best = k
			}
		}
		if best >= 0 {
			return best
		}
		for k, e := range s.times {
			if usable(e) && e.Start >= lo && e.End <= hi && e.Start > pos && e.Start < rel && !comparison(s, e) {
				return k
			}
		}
		return -1
	}
	k := pick(lo, hi)
	if k < 0 {
		k = pick(s.s, s.e)
	}
	if k < 0 {
		if st.paraDate == nil {
			return nil
		}
		d := *st.paraDate
		d.Text = ""
		return &d
	}
	return st.exprDate(s, k)
}

// comparison reports a "since" span that measures a superlative, not the
// event: "the biggest loss since 2014", "for the first time since March".
func comparison(s *sent, e timex.Expr) bool {
	k, _ := tokSpan(s.toks, e.Start, e.End)
	if k < 0 || k >= len(s.toks) || s.toks[k].w != "since" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := s.toks[j].w
		if s.toks[j].punct && w != "-" {
			return false
		}
		if w == "first" || w == "last" || strings.HasSuffix(w, "est") && len(w) > 4 || w == "most" {
			return true
		}
	}
	return false
}

// exprDate converts expression k of s to a date range, joining it with a
// neighbour it is coordinated with ("on November 3 and November 4").
func (st *state) exprDate(s *sent, k int) *claimtrail.DateRange {
	e := s.times[k]
	if e.Anaphoric && !e.Resolved {
		if st.paraDate == nil {
			return nil
		}
		t, err := time.Parse(day, st.paraDate.Start)
		if err != nil {
			return nil
		}
		t = t.AddDate(0, 0, e.Offset)
		return &claimtrail.DateRange{Start: t.Format(day), End: t.Format(day), Text: e.Text}
	}
	if dayless(e) {
		return nil
	}
	from, to, text := e.From, e.To, e.Text
	joined := func(a, b timex.Expr) bool {
		if a.Kind == timex.KindAsOf || b.Kind == timex.KindAsOf || a.Kind == timex.KindSinceStart || b.Kind == timex.KindSinceStart {
			return false
		}
		gap := strings.TrimSpace(st.body[a.End:b.Start])
		switch gap {
		case "and", "-", "–", "to", "through", ",", "and on", "until":
			return true
		}
		return false
	}
	if k+1 < len(s.times) && s.times[k+1].Resolved && joined(e, s.times[k+1]) {
		n := s.times[k+1]
		if n.To.After(to) {
			to = n.To
		}
		if n.From.Before(from) {
			from = n.From
		}
		text = st.body[e.Start:n.End]
	} else if k > 0 && s.times[k-1].Resolved && joined(s.times[k-1], e) {
		p := s.times[k-1]
		if p.From.Before(from) {
			from = p.From
		}
		if p.To.After(to) {
			to = p.To
		}
		text = st.body[p.Start:e.End]
	}
	return &claimtrail.DateRange{Start: from.Format(day), End: to.Format(day), Text: fold(text)}
}

// lastExprDate is the date a sentence passes on to the rest of its
// paragraph: its last expression.
func (st *state) lastExprDate(s *sent) *claimtrail.DateRange {
	for k := len(s.times) - 1; k >= 0; k-- {
		if usable(s.times[k]) {
			if d := st.exprDate(s, k); d != nil {
				d.Text = ""
				return d
			}
		}
	}
	return nil
}

// dayless reports an expression that names no day of the event: a vague
// part of a month ("early November"), a bare month or year ("in July", "in
// 2024"), a calendar week ("last week", "this week"). The spec's
// annotators give such a claim no date rather than a span it merely lies in.
func dayless(e timex.Expr) bool {
	switch e.Kind {
	case timex.KindVague:
		return true
	case timex.KindRange, timex.KindSinceStart, timex.KindAsOf:
		return false
	}
	if e.To.Sub(e.From) >= 27*24*time.Hour {
		return true
	}
	t := strings.ToLower(e.Text)
	return e.Kind == timex.KindRelative && strings.Contains(t, "week") && !strings.Contains(t, "past")
}
