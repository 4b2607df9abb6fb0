package clean

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// corpusScore is how the cleaner does on one gold folder.
type corpusScore struct {
	docs, published, outlet, title, original int
	bp, removed, keeps, kept                 int
}

// scoreGoldFolder reads a gold folder's documents the way the pipeline
// does (read, Observe every input, then Clean) and scores the document
// fields its docs.jsonl states.
func scoreGoldFolder(t *testing.T, dir string) corpusScore {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold", "docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	golds := map[string]goldDoc{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var g goldDoc
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatal(err)
		}
		golds[g.Doc] = g
	}
	var ins []*read.Input
	err = read.Walk(context.Background(), []string{dir}, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if in != nil {
			if _, ok := golds[in.ID]; ok {
				ins = append(ins, in)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c := New(Options{})
	for _, in := range ins {
		c.Observe(in)
	}
	var s corpusScore
	for _, in := range ins {
		g := golds[in.ID]
		s.docs++
		doc, err := c.Clean(in)
		if err != nil {
			t.Errorf("%s: rejected: %v", in.ID, err)
			continue
		}
		str := func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		}
		if doc.Published == str(g.Published) {
			s.published++
		} else {
			t.Logf("%s: published %q, gold %q", in.ID, doc.Published, str(g.Published))
		}
		if doc.Outlet == g.Outlet {
			s.outlet++
		} else {
			t.Logf("%s: outlet %q, gold %q", in.ID, doc.Outlet, g.Outlet)
		}
		if norm(doc.Title) == norm(str(g.Title)) {
			s.title++
		} else {
			t.Logf("%s: title %q, gold %q", in.ID, doc.Title, str(g.Title))
		}
		gotOrig, wantOrig := "", ""
		if doc.Original != nil {
			gotOrig = doc.Original.Outlet
		}
		if g.Original != nil {
			wantOrig = g.Original.Outlet
		}
		if gotOrig == wantOrig {
			s.original++
		} else {
			t.Logf("%s: original %q, gold %q", in.ID, gotOrig, wantOrig)
		}
		body := norm(doc.Body)
		for _, l := range g.Boilerplate {
			s.bp++
			if strings.Contains(body, norm(l)) {
				t.Logf("%s: boilerplate kept: %q", in.ID, l)
			} else {
				s.removed++
			}
		}
		for _, l := range g.BodyKeeps {
			s.keeps++
			if strings.Contains(body, norm(l)) {
				s.kept++
			} else {
				t.Logf("%s: body lost: %q", in.ID, l)
			}
		}
	}
	return s
}

// TestGoldFolders scores document metadata and boilerplate removal on the
// annotated corpus folders. The floors are what the cleaner reached when
// the test was written; a change that lowers one is a regression to look
// at, not a number to edit.
func TestGoldFolders(t *testing.T) {
	tests := []struct {
		dir                                 string
		published, outlet, title, bp, keeps float64
	}{
		{"../testdata/corpus/ukraine-2022", 0.95, 0.95, 0.95, 0.95, 0.97},
		{"../testdata/corpus/karabakh-2020", 0.95, 0.95, 0.95, 0.95, 0.94},
		{"../testdata/seeds", 1, 1, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.dir), func(t *testing.T) {
			if _, err := os.Stat(tt.dir); err != nil {
				t.Skipf("no gold folder: %v", err)
			}
			s := scoreGoldFolder(t, tt.dir)
			ratio := func(a, b int) float64 {
				if b == 0 {
					return 1
				}
				return float64(a) / float64(b)
			}
			t.Logf("docs %d: published %d, outlet %d, title %d, original %d; boilerplate removed %d/%d; body kept %d/%d",
				s.docs, s.published, s.outlet, s.title, s.original, s.removed, s.bp, s.kept, s.keeps)
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"published", ratio(s.published, s.docs), tt.published},
				{"outlet", ratio(s.outlet, s.docs), tt.outlet},
				{"title", ratio(s.title, s.docs), tt.title},
				{"original", ratio(s.original, s.docs), 1},
				{"boilerplate removed", ratio(s.removed, s.bp), tt.bp},
				{"body kept", ratio(s.kept, s.keeps), tt.keeps},
			} {
				if c.got < c.want {
					t.Errorf("%s %.3f, want >= %.3f", c.name, c.got, c.want)
				}
			}
		})
	}
}
