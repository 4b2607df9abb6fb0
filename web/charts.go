package web

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The charts are drawn in Go as SVG, on fixed view boxes that CSS scales.

// tick is an axis label at a position.
type tick struct {
	Pos   float64
	Label string
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type legendItem struct {
	Class, Label string
}

// barChart is a stacked bar chart with one column per day.
type barChart struct {
	ID             string
	Title          string
	W, H           float64
	X0, X1, Y0, Y1 float64 // the plot area
	Bars           []bar
	XTicks, YTicks []tick
	Legend         []legendItem
	// First and Days let the brush script turn positions into days.
	First   string
	Days    int
	BrushX  float64
	BrushW  float64
	Brushed bool
	Empty   bool
}

// series is one stack layer: a class, a label and a count per day.
type layer struct {
	Class, Label string
	Count        map[string]int
}

// stackedBars draws layers over the days (bottom layer first). from and to,
// when set, mark the brushed range.
func stackedBars(id, title string, dayList []string, layers []layer, from, to string) barChart {
	c := barChart{ID: id, Title: title, W: 960, H: 220, X0: 44, X1: 950, Y0: 10, Y1: 190, Days: len(dayList)}
	if len(dayList) == 0 {
		c.Empty = true
		return c
	}
	c.First = dayList[0]
	max := 0
	for _, d := range dayList {
		t := 0
		for _, l := range layers {
			t += l.Count[d]
		}
		if t > max {
			max = t
		}
	}
	if max == 0 {
		c.Empty = true
	}
	top := niceMax(max)
	bw := (c.X1 - c.X0) / float64(len(dayList))
	k := (c.Y1 - c.Y0) / float64(top)
	for i, d := range dayList {
		y := c.Y1
		for _, l := range layers {
			n := l.Count[d]
			if n == 0 {
				continue
			}
			h := float64(n) * k
			y -= h
			c.Bars = append(c.Bars, bar{X: c.X0 + float64(i)*bw + bw*0.1, Y: y, W: math.Max(bw*0.8, 0.5), H: h, Class: l.Class,
				Title: fmt.Sprintf("%s · %s: %d", d, l.Label, n)})
		}
		if from != "" && d == from || from == "" && i == 0 {
			c.BrushX = c.X0 + float64(i)*bw
		}
		if to != "" && d == to || to == "" && i == len(dayList)-1 {
			c.BrushW = c.X0 + float64(i+1)*bw - c.BrushX
		}
	}
	c.Brushed = from != "" || to != ""
	if c.BrushW < 0 {
		c.BrushW = 0
	}
	c.XTicks = dayTicks(dayList, c.X0, bw)
	for _, v := range []int{0, top / 2, top} {
		c.YTicks = append(c.YTicks, tick{Pos: c.Y1 - float64(v)*k, Label: strconv.Itoa(v)})
	}
	for _, l := range layers {
		c.Legend = append(c.Legend, legendItem{Class: l.Class, Label: l.Label})
	}
	return c
}

// dayTicks labels about eight days spread over the axis.
func dayTicks(dayList []string, x0, bw float64) []tick {
	step := (len(dayList) + 7) / 8
	if step < 1 {
		step = 1
	}
	var out []tick
	for i := 0; i < len(dayList); i += step {
		out = append(out, tick{Pos: x0 + (float64(i)+0.5)*bw, Label: shortDay(dayList[i])})
	}
	return out
}

func shortDay(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 Jan")
}

// niceMax rounds a maximum up to 1, 2 or 5 times a power of ten (at least 1).
func niceMax(n int) int {
	if n <= 1 {
		return 1
	}
	p := 1
	for p*10 < n {
		p *= 10
	}
	for _, m := range []int{1, 2, 5, 10} {
		if m*p >= n {
			return m * p
		}
	}
	return 10 * p
}

// lineChart is one tally: a side's claimed totals against the other
// side's admissions, over time.
type lineChart struct {
	Title          string
	W, H           float64
	X0, X1, Y0, Y1 float64
	Series         []lineSeries
	XTicks, YTicks []tick
}

type lineSeries struct {
	Class, Label string
	Dashed       bool
	Points       string // SVG polyline points
	Dots         []dot
}

type dot struct {
	X, Y  float64
	Title string
	Href  string
}

// linePoint is one value of a series on a day.
type linePoint struct {
	Day   string
	V     int64
	Title string
	Href  string
}

type lineInput struct {
	Class, Label string
	Dashed       bool
	Points       []linePoint
}

// lines draws series over the days from first to last (widened to hold
// every point), as steps: a running total holds until the next claim.
func lines(title, first, last string, in []lineInput) lineChart {
	c := lineChart{Title: title, W: 460, H: 220, X0: 52, X1: 450, Y0: 12, Y1: 190}
	var max int64
	for _, s := range in {
		for _, p := range s.Points {
			if first == "" || p.Day < first {
				first = p.Day
			}
			if p.Day > last {
				last = p.Day
			}
			if p.V > max {
				max = p.V
			}
		}
	}
	t0, err0 := time.Parse("2006-01-02", first)
	t1, err1 := time.Parse("2006-01-02", last)
	if err0 != nil || err1 != nil {
		return c
	}
	n := t1.Sub(t0).Hours()/24 + 1
	top := float64(niceMax(int(max)))
	x := func(day string) float64 {
		t, _ := time.Parse("2006-01-02", day)
		return c.X0 + (t.Sub(t0).Hours()/24+0.5)/n*(c.X1-c.X0)
	}
	y := func(v int64) float64 { return c.Y1 - float64(v)/top*(c.Y1-c.Y0) }
	for _, s := range in {
		ls := lineSeries{Class: s.Class, Label: s.Label, Dashed: s.Dashed}
		pts := append([]linePoint(nil), s.Points...)
		sort.SliceStable(pts, func(i, j int) bool { return pts[i].Day < pts[j].Day })
		var b strings.Builder
		for i, p := range pts {
			px, py := x(p.Day), y(p.V)
			if i > 0 {
				// step: hold the previous total until this day
				fmt.Fprintf(&b, " %.1f,%.1f", px, y(pts[i-1].V))
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%.1f,%.1f", px, py)
			ls.Dots = append(ls.Dots, dot{X: px, Y: py, Title: p.Title, Href: p.Href})
		}
		ls.Points = b.String()
		c.Series = append(c.Series, ls)
	}
	for _, v := range []float64{0, top / 2, top} {
		c.YTicks = append(c.YTicks, tick{Pos: y(int64(v)), Label: strconv.FormatInt(int64(v), 10)})
	}
	dl := days(first, last, 4000)
	step := (len(dl) + 3) / 4
	if step < 1 {
		step = 1
	}
	for i := 0; i < len(dl); i += step {
		c.XTicks = append(c.XTicks, tick{Pos: x(dl[i]), Label: shortDay(dl[i])})
	}
	return c
}
