package timex

import "time"

// Kinds of expression.
const (
	KindDate       = "date"        // absolute: a day, a month, a year, a day with a part of it
	KindRelative   = "relative"    // depends on the publication date or on the narrative
	KindRange      = "range"       // absolute range: "November 3 and 4", "since September 27"
	KindAsOf       = "as_of"       // "as of November 4": the state on that day
	KindSinceStart = "since_start" // a running total from the conflict's start
	KindVague      = "vague"       // "early November", "in the early 90s"
)

// Ref is what expressions are resolved against.
type Ref struct {
	Published     time.Time // the (original) publication date of the document; zero when unknown
	Year          int       // fallback year when Published is zero (from the conflict profile's period); 0 = unknown
	ConflictStart time.Time // "since the start of the war/conflict/invasion/hostilities" begins here; zero when unknown
}

// Expr is one temporal expression found in a sentence.
type Expr struct {
	Start, End int    // byte span in the text
	Text       string // text[Start:End]
	From, To   time.Time
	// Kind is one of the Kind constants.
	Kind string
	// Resolved is false when the expression was found but cannot be placed on
	// the calendar (a weekday with no publication date, "a day later"); From
	// and To are zero then.
	Resolved bool
	// Anaphoric marks expressions that count from a time the narrative set
	// earlier, not from the publication date: "the next day" (Offset 1),
	// "the day before" (-1), "that day" (0). They are never Resolved here; a
	// caller that carries a date through a paragraph can add Offset days to it.
	Anaphoric bool
	Offset    int
}

// Find returns the temporal expressions of one sentence, resolved against
// ref: non-overlapping, sorted by Start. Times of day on their own ("in the
// afternoon", "at 6:00 A.M.") are not returned.
func Find(text string, ref Ref) []Expr {
	if !mayHaveTime(text) {
		return nil
	}
	p := newParser(text, ref)
	var out []Expr
	for i := 0; i < len(p.t); {
		e, next, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		e.Text = text[e.Start:e.End]
		if !e.Resolved {
			e.From, e.To = time.Time{}, time.Time{}
		}
		out = append(out, e)
		i = next
	}
	return out
}

// day returns UTC midnight of y-m-d.
func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func midnight(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return day(y, int(m), d)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// maxDays is the longest a month can be, for checks made before the year is
// known.
func maxDays(m int) int {
	if m == 2 {
		return 29
	}
	return daysIn(2001, m)
}
