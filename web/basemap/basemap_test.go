package basemap

import (
	"math"
	"testing"
)

func TestSimplify(t *testing.T) {
	tests := []struct {
		name string
		in   []Point
		tol  float64
		want int
	}{
		{"straight line collapses", []Point{{0, 0}, {1, 0.001}, {2, 0}, {3, -0.001}, {4, 0}}, 0.01, 2},
		{"corner kept", []Point{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}}, 0.01, 3},
		{"zero tolerance keeps all", []Point{{0, 0}, {1, 0.001}, {2, 0}}, 0, 3},
		{"two points", []Point{{0, 0}, {1, 1}}, 1, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Simplify(tc.in, tc.tol)
			if len(got) != tc.want {
				t.Fatalf("got %d points %v, want %d", len(got), got, tc.want)
			}
			if got[0] != tc.in[0] || got[len(got)-1] != tc.in[len(tc.in)-1] {
				t.Error("end points not kept")
			}
			// every dropped point is within tol of the simplified line
			for _, p := range tc.in {
				best := math.Inf(1)
				for i := 0; i+1 < len(got); i++ {
					best = math.Min(best, math.Sqrt(segDist2(p, got[i], got[i+1])))
				}
				if tc.tol > 0 && best > tc.tol+1e-12 {
					t.Errorf("point %v is %g from the line", p, best)
				}
			}
		})
	}
}

func TestClipRing(t *testing.T) {
	box := BBox{0, 0, 10, 10}
	square := []Point{{-5, -5}, {5, -5}, {5, 5}, {-5, 5}}
	got := ClipRing(square, box)
	if len(got) < 4 {
		t.Fatalf("clipped ring %v", got)
	}
	for _, p := range got {
		if !box.Contains(p[0], p[1]) {
			t.Errorf("point %v outside the box", p)
		}
	}
	if ClipRing([]Point{{20, 20}, {30, 20}, {30, 30}}, box) != nil {
		t.Error("a ring outside the box survived")
	}
}

func TestProjectionRoundTrip(t *testing.T) {
	p := Fit(BBox{44, 38.5, 48, 41}, 960, 640)
	for _, q := range []Point{{44, 38.5}, {46.75, 39.76}, {48, 41}} {
		x, y := p.Project(q[0], q[1])
		if x < -1 || x > 961 || y < -1 || y > 641 {
			t.Errorf("%v projects outside the drawing: %g,%g", q, x, y)
		}
		lon, lat := p.Unproject(x, y)
		if math.Abs(lon-q[0]) > 1e-9 || math.Abs(lat-q[1]) > 1e-9 {
			t.Errorf("round trip of %v gave %g,%g", q, lon, lat)
		}
	}
	// north is up
	_, yN := p.Project(46, 41)
	_, yS := p.Project(46, 38.5)
	if yN >= yS {
		t.Error("north is not up")
	}
}

func TestTheatres(t *testing.T) {
	ts, err := Theatres()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, th := range ts {
		names[th.Name] = true
		if len(th.Countries) == 0 {
			t.Errorf("%s has no countries", th.Name)
		}
	}
	for _, want := range []string{"south-caucasus", "ukraine"} {
		if !names[want] {
			t.Errorf("no theatre %s", want)
		}
	}
	best, err := Best([]Point{{46.75, 39.76}, {46.75, 39.8}})
	if err != nil || best.Name != "south-caucasus" {
		t.Errorf("Best for Shusha: %v %v", best, err)
	}
	best, _ = Best([]Point{{36.23, 49.99}})
	if best.Name != "ukraine" {
		t.Errorf("Best for Kharkiv: %s", best.Name)
	}
	p := Fit(ts[0].BBox, 960, 640)
	if len(ts[0].Paths(p, 0.5)) == 0 {
		t.Error("no paths drawn")
	}
}

func BenchmarkPaths(b *testing.B) {
	ts, _ := Theatres()
	p := Fit(ts[1].BBox, 960, 640)
	for b.Loop() {
		ts[1].Paths(p, 0.6)
	}
}
