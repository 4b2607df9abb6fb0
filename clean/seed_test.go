package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// goldDoc is a line of testdata/seeds/gold/docs.jsonl.
type goldDoc struct {
	Doc       string  `json:"doc"`
	Title     *string `json:"title"`
	Outlet    string  `json:"outlet"`
	Published *string `json:"published"`
	Original  *struct {
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
	} `json:"original"`
	Boilerplate []string `json:"boilerplate"`
	BodyKeeps   []string `json:"body_keeps"`
}

const seedDir = "../testdata/seeds"

func loadSeeds(t testing.TB) ([]goldDoc, []*read.Input) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, "gold", "docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var golds []goldDoc
	var ins []*read.Input
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var g goldDoc
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join(seedDir, g.Doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, g)
		ins = append(ins, &read.Input{Source: g.Doc + ".txt", ID: g.Doc, Format: "txt", Text: string(text)})
	}
	return golds, ins
}

// norm folds white space so that gold substrings match across line joins.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestSeeds scores the cleaner on the seeds' gold: boilerplate removed,
// body kept, and exact metadata.
func TestSeeds(t *testing.T) {
	golds, ins := loadSeeds(t)
	for _, observe := range []bool{false, true} {
		c := New(Options{})
		if observe {
			for _, in := range ins {
				c.Observe(in)
			}
		}
		removed, bp, kept, keeps := 0, 0, 0, 0
		for i, g := range golds {
			doc, err := c.Clean(ins[i])
			if err != nil {
				t.Fatalf("%s: %v", g.Doc, err)
			}
			body := norm(doc.Body)
			for _, s := range g.Boilerplate {
				bp++
				if !strings.Contains(body, norm(s)) {
					removed++
				} else {
					t.Logf("observe=%v %s: boilerplate left: %q", observe, g.Doc, s)
				}
			}
			for _, s := range g.BodyKeeps {
				keeps++
				if strings.Contains(body, norm(s)) {
					kept++
				} else {
					t.Errorf("observe=%v %s: body lost %q", observe, g.Doc, s)
				}
			}
			wantTitle, wantPub := "", ""
			if g.Title != nil {
				wantTitle = *g.Title
			}
			if g.Published != nil {
				wantPub = *g.Published
			}
			if doc.Title != wantTitle || doc.Outlet != g.Outlet || doc.Published != wantPub {
				t.Errorf("%s: title=%q outlet=%q published=%q; want %q %q %q", g.Doc, doc.Title, doc.Outlet, doc.Published, wantTitle, g.Outlet, wantPub)
			}
			switch {
			case g.Original == nil && doc.Original != nil:
				t.Errorf("%s: original %+v, want none", g.Doc, *doc.Original)
			case g.Original != nil && (doc.Original == nil || doc.Original.Outlet != g.Original.Outlet || doc.Original.Published != g.Original.Published):
				t.Errorf("%s: original %+v, want %+v", g.Doc, doc.Original, *g.Original)
			}
			if doc.Lang != "en" {
				t.Errorf("%s: lang %q", g.Doc, doc.Lang)
			}
		}
		share := float64(removed) / float64(bp)
		t.Logf("observe=%v: boilerplate removed %d/%d = %.3f, body kept %d/%d", observe, removed, bp, share, kept, keeps)
		if share < 0.95 {
			t.Errorf("observe=%v: boilerplate removed %.3f, want >= 0.95", observe, share)
		}
	}
}
