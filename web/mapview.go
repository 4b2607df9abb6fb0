package web

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
	"github.com/claimtrail/claimtrail/web/basemap"
)

// Map views: whose claims colour the places.
const viewDisagree = "disagree"

type mapView struct {
	W, H        float64
	Title       string
	Countries   []basemap.Path
	Roads       []mapRoad
	Context     []mapDot
	Places      []mapPlace
	Tiles       []mapTile
	Date        string
	Attribution string
}

type mapRoad struct {
	X1, Y1, X2, Y2 float64
	Name, Class    string
}

type mapDot struct {
	X, Y float64
	Name string
}

type mapPlace struct {
	X, Y, R  float64
	Name     string
	Class    string
	Href     string
	Title    string
	Label    bool
	Claims   int
	Holders  string // "ARM says ARM since …; AZE says AZE since …"
	Disagree bool
}

type mapTile struct {
	X, Y, Size float64
	Href       string
}

// placeStat is a place of the map with its claim count in the scope.
type placeStat struct {
	place  *profile.Place
	claims int
}

// mapBase is the part of a map that depends only on the ledger and the
// profile: the frame, the projected outlines, roads and towns. It is built
// once per snapshot and profile; requests only place and colour the marks.
type mapBase struct {
	title   string
	proj    basemap.Projection
	paths   []basemap.Path
	roads   []mapRoad
	context []mapDot
	places  map[string]*profile.Place // every place the profile's claims name, located
}

func (s *Server) mapBase(sn *snapshot, p *profile.Profile) (*mapBase, error) {
	key := profName(p)
	sn.mu.Lock()
	defer sn.mu.Unlock()
	if mb, ok := sn.maps[key]; ok {
		return mb, nil
	}
	mb := &mapBase{places: map[string]*profile.Place{}}
	var pts []basemap.Point
	for i := range sn.claims {
		l := &sn.claims[i]
		if p != nil && l.Profile != p.Name {
			continue
		}
		for _, name := range l.Places {
			if _, done := mb.places[name]; done {
				continue
			}
			pl, _ := s.lookupPlace(p, name)
			if pl == nil || (pl.Lat == 0 && pl.Lon == 0) {
				mb.places[name] = nil
				continue
			}
			mb.places[name] = pl
			pts = append(pts, basemap.Point{pl.Lon, pl.Lat})
		}
	}
	ref := pts
	if len(ref) == 0 && p != nil && p.Places != nil {
		for _, pl := range p.Places.All() {
			ref = append(ref, basemap.Point{pl.Lon, pl.Lat})
		}
	}
	th, err := basemap.Best(ref)
	if err != nil {
		return nil, err
	}
	mb.title = th.Title
	mb.proj = basemap.Fit(frame(pts, th), 960, 640)
	mb.paths = th.Paths(mb.proj, 0.6)
	vis := mb.proj.Visible()
	if p != nil && p.Places != nil {
		for _, pl := range p.Places.All() {
			switch {
			case (pl.Kind == "road" || pl.Kind == "corridor") && len(pl.Ends) == 2:
				a, b := p.Places.Lookup(pl.Ends[0]), p.Places.Lookup(pl.Ends[1])
				if a == nil || b == nil {
					continue
				}
				x1, y1 := mb.proj.Project(a.Lon, a.Lat)
				x2, y2 := mb.proj.Project(b.Lon, b.Lat)
				mb.roads = append(mb.roads, mapRoad{X1: x1, Y1: y1, X2: x2, Y2: y2, Name: pl.Name, Class: "road " + pl.Kind})
			case pl.Kind == "city" && vis.Contains(pl.Lon, pl.Lat):
				x, y := mb.proj.Project(pl.Lon, pl.Lat)
				mb.context = append(mb.context, mapDot{X: x, Y: y, Name: pl.Name})
			}
		}
		sort.Slice(mb.roads, func(i, j int) bool { return mb.roads[i].Name < mb.roads[j].Name })
		sort.Slice(mb.context, func(i, j int) bool { return mb.context[i].Name < mb.context[j].Name })
	}
	if sn.maps == nil {
		sn.maps = map[string]*mapBase{}
	}
	sn.maps[key] = mb
	return mb, nil
}

// buildMap draws the profile's theatre with the places its claims name in
// the scope, coloured by who holds them on date according to view (a side
// code, or "disagree").
func (s *Server) buildMap(sn *snapshot, p *profile.Profile, sc scope, date, view string) (mapView, []placeStat, map[string]resolve.ControlRow, error) {
	mv := mapView{W: 960, H: 640, Date: date}
	mb, err := s.mapBase(sn, p)
	if err != nil {
		return mv, nil, nil, err
	}
	counts := map[string]int{}
	for i := range sn.claims {
		l := &sn.claims[i]
		if p != nil && l.Profile != p.Name || !l.in(sc.From, sc.To) {
			continue
		}
		for _, name := range l.Places {
			counts[name]++
		}
	}
	var stats []placeStat
	for name, n := range counts {
		if pl := mb.places[name]; pl != nil {
			stats = append(stats, placeStat{place: pl, claims: n})
		}
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].claims != stats[j].claims {
			return stats[i].claims > stats[j].claims
		}
		return stats[i].place.Name < stats[j].place.Name
	})
	proj := mb.proj
	mv.Title = mb.title
	mv.Countries = mb.paths
	mv.Context = mb.context
	mv.Attribution = "Borders: Natural Earth (public domain)"
	if s.cfg.Tiles != "" {
		mv.Tiles = tiles(s.cfg.Tiles, proj)
		mv.Attribution += "; base layer: " + tileOrigin(s.cfg.Tiles)
	}
	mv.Roads = make([]mapRoad, len(mb.roads))
	for i, r := range mb.roads {
		if counts[r.Name] > 0 {
			r.Class += " claimed"
		}
		mv.Roads[i] = r
	}

	// control on the day
	control := map[string]resolve.ControlRow{}
	for _, row := range s.cfg.Resolver.Control(date, "") {
		control[row.Place] = row
	}
	for i, st := range stats {
		x, y := proj.Project(st.place.Lon, st.place.Lat)
		row, has := control[st.place.Name]
		mp := mapPlace{X: x, Y: y, R: 4 + 3*math.Sqrt(float64(st.claims)), Name: st.place.Name, Claims: st.claims,
			Href: sc.Link("/places/"+pathEscape(st.place.Name), "date", date), Label: i < 14, Disagree: has && row.Disagree}
		mp.Class, mp.Holders = holdClass(p, row, has, view)
		mp.Title = fmt.Sprintf("%s: %s", st.place.Name, plural(st.claims, "claim", "claims"))
		if mp.Holders != "" {
			mp.Title += "; " + mp.Holders
		}
		mv.Places = append(mv.Places, mp)
	}
	// big marks first so small ones stay clickable on top
	sort.SliceStable(mv.Places, func(i, j int) bool { return mv.Places[i].R > mv.Places[j].R })
	return mv, stats, control, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// holdClass colours a place: by the holder the chosen side's claims name,
// or, in the disagreement view, contested places stand out and agreed ones
// keep their holder's colour.
func holdClass(p *profile.Profile, row resolve.ControlRow, has bool, view string) (class, holders string) {
	if !has {
		return "hold-u", ""
	}
	camps := make([]string, 0, len(row.Holder))
	for c := range row.Holder {
		camps = append(camps, c)
	}
	sort.Strings(camps)
	var parts []string
	for _, c := range camps {
		who := c
		if who == "" {
			who = "sources of no side"
		}
		parts = append(parts, fmt.Sprintf("%s say %s holds it (since %s)", who, row.Holder[c], row.Since[c]))
	}
	holders = strings.Join(parts, "; ")
	if view == viewDisagree {
		if row.Disagree {
			return "hold-x", holders
		}
		for _, c := range camps {
			return "hold-" + sideClass(p, row.Holder[c]) + " agreed", holders
		}
		return "hold-u", holders
	}
	h, ok := row.Holder[view]
	if !ok {
		return "hold-u", holders
	}
	return "hold-" + sideClass(p, h), holders
}

// frame chooses the part of the theatre to draw: the claimed places with a
// margin, at least about 1.5° tall, inside the theatre's clip box.
func frame(pts []basemap.Point, th *basemap.Theatre) basemap.BBox {
	if len(pts) == 0 {
		return th.BBox
	}
	b := basemap.BBox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, q := range pts {
		if !th.Clip.Contains(q[0], q[1]) {
			continue // a far-off place (an embassy, a capital) would zoom the map out to nothing
		}
		b[0], b[1] = math.Min(b[0], q[0]), math.Min(b[1], q[1])
		b[2], b[3] = math.Max(b[2], q[0]), math.Max(b[3], q[1])
	}
	if math.IsInf(b[0], 0) {
		return th.BBox
	}
	padX, padY := (b[2]-b[0])*0.15+0.3, (b[3]-b[1])*0.15+0.3
	b = basemap.BBox{b[0] - padX, b[1] - padY, b[2] + padX, b[3] + padY}
	if h := b[3] - b[1]; h < 1.5 {
		b[1] -= (1.5 - h) / 2
		b[3] += (1.5 - h) / 2
	}
	if w := b[2] - b[0]; w < 2 {
		b[0] -= (2 - w) / 2
		b[2] += (2 - w) / 2
	}
	c := th.Clip
	return basemap.BBox{math.Max(b[0], c[0]), math.Max(b[1], c[1]), math.Min(b[2], c[2]), math.Min(b[3], c[3])}
}

// tiles lists the web-map tiles behind the drawing at the zoom whose
// tiles are closest to 256 pixels.
func tiles(tmpl string, p basemap.Projection) []mapTile {
	z := int(math.Round(math.Log2(p.K / 256)))
	z = max(0, min(z, 18))
	n := float64(int(1) << z)
	size := p.K / n
	var out []mapTile
	for tx := int(math.Floor(p.X0 * n)); float64(tx) < (p.X0+p.W/p.K)*n && len(out) < 64; tx++ {
		for ty := int(math.Floor(p.Y0 * n)); float64(ty) < (p.Y0+p.H/p.K)*n && len(out) < 64; ty++ {
			if tx < 0 || ty < 0 || float64(tx) >= n || float64(ty) >= n {
				continue
			}
			href := strings.NewReplacer("{z}", fmt.Sprint(z), "{x}", fmt.Sprint(tx), "{y}", fmt.Sprint(ty), "{s}", "a").Replace(tmpl)
			out = append(out, mapTile{X: (float64(tx)/n - p.X0) * p.K, Y: (float64(ty)/n - p.Y0) * p.K, Size: size, Href: href})
		}
	}
	return out
}

// mapViews are the colourings the toggle offers for a profile.
func mapViews(p *profile.Profile) []viewOption {
	var out []viewOption
	if p != nil {
		for _, sd := range p.Sides {
			out = append(out, viewOption{Value: string(sd.Code), Label: string(sd.Code) + "’s claims"})
		}
	}
	out = append(out, viewOption{Value: viewDisagree, Label: "disagreements"})
	return out
}

type viewOption struct {
	Value, Label string
	Selected     bool
}

func sideOf(p *profile.Profile, i int) claimtrail.Side {
	if p != nil && i < len(p.Sides) {
		return p.Sides[i].Code
	}
	return ""
}
