// Command basemap derives the web UI's base maps from Natural Earth country
// outlines as shipped by the npm package world-atlas (TopoJSON, public
// domain): for each theatre of war it keeps the countries that reach into
// the theatre, clips them to a margin around it, simplifies them with
// Douglas-Peucker and writes one JSON file that package web/basemap embeds.
//
//	cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
//	go run ./tools/basemap -in /tmp/package/countries-10m.json -out web/basemap/data
//
// The output is committed; the UI never downloads map data.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/claimtrail/claimtrail/web/basemap"
)

// theatre is one region to derive, with the simplification tolerance in
// degrees that suits its zoom (a theatre a few degrees across needs finer
// outlines than one twenty degrees across).
type theatre struct {
	name, title string
	bbox        basemap.BBox
	margin      float64
	tol         float64
}

var theatres = []theatre{
	{"south-caucasus", "South Caucasus", basemap.BBox{43.0, 37.6, 51.0, 42.4}, 3, 0.003},
	{"ukraine", "Ukraine and its neighbours", basemap.BBox{20.5, 43.3, 41.5, 53.5}, 4, 0.01},
}

// topology is the part of a TopoJSON file this tool reads.
type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			ID         string          `json:"id"`
			Arcs       json.RawMessage `json:"arcs"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

func main() {
	in := flag.String("in", "countries-10m.json", "world-atlas countries TopoJSON")
	out := flag.String("out", "web/basemap/data", "folder to write theatre JSON files to")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "basemap:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var topo topology
	if err := json.Unmarshal(b, &topo); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	arcs := decodeArcs(topo)
	countries, ok := topo.Objects["countries"]
	if !ok {
		return fmt.Errorf("%s: no countries object", in)
	}
	for _, th := range theatres {
		clip := basemap.BBox{th.bbox[0] - th.margin, th.bbox[1] - th.margin, th.bbox[2] + th.margin, th.bbox[3] + th.margin}
		t := basemap.Theatre{
			Name: th.name, Title: th.title, BBox: th.bbox, Clip: clip,
			Source: "Natural Earth 1:10m admin 0 countries (public domain), via the npm package world-atlas 2.x; clipped and simplified by tools/basemap",
		}
		for _, g := range countries.Geometries {
			var polys [][][]int
			switch g.Type {
			case "Polygon":
				var p [][]int
				if err := json.Unmarshal(g.Arcs, &p); err != nil {
					return err
				}
				polys = [][][]int{p}
			case "MultiPolygon":
				if err := json.Unmarshal(g.Arcs, &polys); err != nil {
					return err
				}
			default:
				continue
			}
			c := basemap.Country{Name: g.Properties.Name, ID: g.ID}
			for _, poly := range polys {
				for _, ringArcs := range poly {
					ring := stitch(arcs, ringArcs)
					ring = basemap.ClipRing(ring, clip)
					if ring == nil {
						continue
					}
					ring = basemap.Simplify(append(ring, ring[0]), th.tol)
					if len(ring) < 4 {
						continue
					}
					c.Rings = append(c.Rings, round(ring[:len(ring)-1]))
				}
			}
			if len(c.Rings) > 0 {
				t.Countries = append(t.Countries, c)
			}
		}
		sort.Slice(t.Countries, func(i, j int) bool { return t.Countries[i].Name < t.Countries[j].Name })
		ob, err := json.Marshal(t)
		if err != nil {
			return err
		}
		path := filepath.Join(out, th.name+".json")
		if err := os.WriteFile(path, append(ob, '\n'), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d countries, %d bytes\n", path, len(t.Countries), len(ob))
	}
	return nil
}

// decodeArcs undoes TopoJSON's quantisation and delta encoding.
func decodeArcs(t topology) [][]basemap.Point {
	out := make([][]basemap.Point, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([]basemap.Point, len(arc))
		var x, y float64
		for j, d := range arc {
			if t.Transform != nil {
				x += d[0]
				y += d[1]
				pts[j] = basemap.Point{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = basemap.Point{d[0], d[1]}
			}
		}
		out[i] = pts
	}
	return out
}

// stitch joins a ring's arcs; a negative index ~i means arc i reversed, and
// each arc after the first repeats the previous arc's last point.
func stitch(arcs [][]basemap.Point, idx []int) []basemap.Point {
	var ring []basemap.Point
	for _, i := range idx {
		var a []basemap.Point
		if i < 0 {
			src := arcs[^i]
			a = make([]basemap.Point, len(src))
			for k := range src {
				a[k] = src[len(src)-1-k]
			}
		} else {
			a = arcs[i]
		}
		if len(ring) > 0 && len(a) > 0 {
			a = a[1:]
		}
		ring = append(ring, a...)
	}
	if n := len(ring); n > 1 && ring[0] == ring[n-1] {
		ring = ring[:n-1]
	}
	return ring
}

// round keeps four decimals (about 10 m), plenty for a map of a theatre.
func round(ring []basemap.Point) []basemap.Point {
	out := make([]basemap.Point, 0, len(ring))
	for _, q := range ring {
		p := basemap.Point{math.Round(q[0]*1e4) / 1e4, math.Round(q[1]*1e4) / 1e4}
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	return out
}
