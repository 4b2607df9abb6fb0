package basemap

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Point is a longitude, latitude pair in degrees.
type Point [2]float64

// BBox is a box in degrees: west, south, east, north.
type BBox [4]float64

// Contains reports whether lon, lat lies inside b.
func (b BBox) Contains(lon, lat float64) bool {
	return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3]
}

// Intersects reports whether b and o overlap.
func (b BBox) Intersects(o BBox) bool {
	return b[0] <= o[2] && o[0] <= b[2] && b[1] <= o[3] && o[1] <= b[3]
}

// Country is one country's land clipped to a theatre, as closed rings.
type Country struct {
	Name  string    `json:"name"`
	ID    string    `json:"id"` // ISO 3166 numeric code from Natural Earth
	Rings [][]Point `json:"rings"`
}

// Theatre is the base map of one region of war.
type Theatre struct {
	Name      string    `json:"name"`  // file name: "south-caucasus"
	Title     string    `json:"title"` // "South Caucasus"
	BBox      BBox      `json:"bbox"`  // the region of interest
	Clip      BBox      `json:"clip"`  // the rings were clipped to this larger box
	Source    string    `json:"source"`
	Countries []Country `json:"countries"`
}

//go:embed data/*.json
var data embed.FS

var loaded struct {
	once sync.Once
	ts   []*Theatre
	err  error
}

// Theatres returns the embedded theatres sorted by name. They are parsed
// once; callers must not modify them.
func Theatres() ([]*Theatre, error) {
	loaded.once.Do(func() {
		names, err := fs.Glob(data, "data/*.json")
		if err != nil {
			loaded.err = err
			return
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := data.ReadFile(n)
			if err != nil {
				loaded.err = err
				return
			}
			var t Theatre
			if err := json.Unmarshal(b, &t); err != nil {
				loaded.err = fmt.Errorf("basemap %s: %w", n, err)
				return
			}
			loaded.ts = append(loaded.ts, &t)
		}
	})
	return loaded.ts, loaded.err
}

// Best returns the theatre holding most of the given points (lon, lat),
// or the first theatre when none holds any.
func Best(pts []Point) (*Theatre, error) {
	ts, err := Theatres()
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("basemap: no theatre embedded")
	}
	best, bestN := ts[0], -1
	for _, t := range ts {
		n := 0
		for _, p := range pts {
			if t.BBox.Contains(p[0], p[1]) {
				n++
			}
		}
		if n > bestN {
			best, bestN = t, n
		}
	}
	return best, nil
}

// Projection maps degrees to pixels with the spherical (web) Mercator
// projection, scaled and centred to fit a box. Mercator keeps shapes true
// over the few degrees of a theatre and lines up with the usual web map
// tiles, so an optional online base layer can sit behind the drawing.
type Projection struct {
	W, H   float64 // the pixel size of the drawing
	K      float64 // pixels per world unit (the world is 1×1 in Mercator units)
	X0, Y0 float64 // the world position of the drawing's top-left corner
}

// Mercator returns the world position (0..1 each way, y down) of lon, lat.
func Mercator(lon, lat float64) (x, y float64) {
	lat = math.Max(-85.05, math.Min(85.05, lat))
	s := math.Sin(lat * math.Pi / 180)
	return (lon + 180) / 360, 0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)
}

// Fit returns a projection that fits view into w×h pixels, centred, keeping
// the aspect ratio (the drawing may show more than view in one direction).
func Fit(view BBox, w, h float64) Projection {
	x0, y1 := Mercator(view[0], view[1])
	x1, y0 := Mercator(view[2], view[3])
	dx, dy := math.Max(x1-x0, 1e-9), math.Max(y1-y0, 1e-9)
	k := math.Min(w/dx, h/dy)
	cx, cy := (x0+x1)/2, (y0+y1)/2
	return Projection{W: w, H: h, K: k, X0: cx - w/2/k, Y0: cy - h/2/k}
}

// Project returns the pixel position of lon, lat.
func (p Projection) Project(lon, lat float64) (x, y float64) {
	mx, my := Mercator(lon, lat)
	return (mx - p.X0) * p.K, (my - p.Y0) * p.K
}

// Unproject returns the lon, lat at pixel x, y.
func (p Projection) Unproject(x, y float64) (lon, lat float64) {
	mx, my := p.X0+x/p.K, p.Y0+y/p.K
	lon = mx*360 - 180
	lat = math.Atan(math.Sinh(math.Pi*(1-2*my))) * 180 / math.Pi
	return lon, lat
}

// Visible returns the box of degrees the drawing shows.
func (p Projection) Visible() BBox {
	w, n := p.Unproject(0, 0)
	e, s := p.Unproject(p.W, p.H)
	return BBox{w, s, e, n}
}

// Simplify reduces a line with the Douglas-Peucker algorithm: points closer
// than tol to the chord of their span are dropped. The first and last
// points are kept. It uses an explicit stack so long rings cannot overflow
// the goroutine stack.
func Simplify(pts []Point, tol float64) []Point {
	if len(pts) < 3 || tol <= 0 {
		return append([]Point(nil), pts...)
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	tol2 := tol * tol
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, farD := -1, tol2
		for i := s.a + 1; i < s.b; i++ {
			if d := segDist2(pts[i], pts[s.a], pts[s.b]); d > farD {
				far, farD = i, d
			}
		}
		if far >= 0 {
			keep[far] = true
			stack = append(stack, span{s.a, far}, span{far, s.b})
		}
	}
	out := make([]Point, 0, len(pts)/4+2)
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// segDist2 is the squared distance from p to the segment a-b.
func segDist2(p, a, b Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	if dx == 0 && dy == 0 {
		ex, ey := p[0]-a[0], p[1]-a[1]
		return ex*ex + ey*ey
	}
	t := ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	ex, ey := p[0]-(a[0]+t*dx), p[1]-(a[1]+t*dy)
	return ex*ex + ey*ey
}

// ClipRing clips a closed ring to box b (Sutherland-Hodgman). The result
// may run along the box's edges; nil means the ring lies outside.
func ClipRing(ring []Point, b BBox) []Point {
	out := ring
	edges := []struct {
		inside func(Point) bool
		cross  func(p, q Point) Point
	}{
		{func(p Point) bool { return p[0] >= b[0] }, func(p, q Point) Point { return atX(p, q, b[0]) }},
		{func(p Point) bool { return p[0] <= b[2] }, func(p, q Point) Point { return atX(p, q, b[2]) }},
		{func(p Point) bool { return p[1] >= b[1] }, func(p, q Point) Point { return atY(p, q, b[1]) }},
		{func(p Point) bool { return p[1] <= b[3] }, func(p, q Point) Point { return atY(p, q, b[3]) }},
	}
	for _, e := range edges {
		if len(out) == 0 {
			return nil
		}
		in := out
		out = nil
		prev := in[len(in)-1]
		for _, cur := range in {
			switch {
			case e.inside(cur) && e.inside(prev):
				out = append(out, cur)
			case e.inside(cur):
				out = append(out, e.cross(prev, cur), cur)
			case e.inside(prev):
				out = append(out, e.cross(prev, cur))
			}
			prev = cur
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

func atX(p, q Point, x float64) Point {
	t := (x - p[0]) / (q[0] - p[0])
	return Point{x, p[1] + t*(q[1]-p[1])}
}

func atY(p, q Point, y float64) Point {
	t := (y - p[1]) / (q[1] - p[1])
	return Point{p[0] + t*(q[0]-p[0]), y}
}

// Path is one country drawn: its name and an SVG path.
type Path struct {
	Name string
	D    string
}

// Paths projects the theatre's countries, simplifies them again to tolPx
// pixels (detail finer than a pixel is invisible and costs bytes), drops
// rings that fall outside the drawing, and returns SVG path data.
func (t *Theatre) Paths(p Projection, tolPx float64) []Path {
	vis := p.Visible()
	var out []Path
	var sb strings.Builder
	for _, c := range t.Countries {
		sb.Reset()
		for _, ring := range c.Rings {
			if !ringBox(ring).Intersects(vis) {
				continue
			}
			px := make([]Point, len(ring))
			for i, q := range ring {
				x, y := p.Project(q[0], q[1])
				px[i] = Point{x, y}
			}
			px = Simplify(px, tolPx)
			if len(px) < 3 {
				continue
			}
			for i, q := range px {
				if i == 0 {
					sb.WriteByte('M')
				} else {
					sb.WriteByte('L')
				}
				sb.WriteString(strconv.FormatFloat(q[0], 'f', 1, 64))
				sb.WriteByte(' ')
				sb.WriteString(strconv.FormatFloat(q[1], 'f', 1, 64))
			}
			sb.WriteByte('Z')
		}
		if sb.Len() > 0 {
			out = append(out, Path{Name: c.Name, D: sb.String()})
		}
	}
	return out
}

func ringBox(ring []Point) BBox {
	b := BBox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, q := range ring {
		b[0] = math.Min(b[0], q[0])
		b[1] = math.Min(b[1], q[1])
		b[2] = math.Max(b[2], q[0])
		b[3] = math.Max(b[3], q[1])
	}
	return b
}
