package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// fixture is a case of testdata/cases.json: a small realistic article of
// our own, with what must go and what must stay.
type fixture struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Original  *struct {
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
	} `json:"original"`
	Lang        string   `json:"lang"`
	Boilerplate []string `json:"boilerplate"`
	Keeps       []string `json:"keeps"`
}

func loadFixture(t testing.TB, file string) *read.Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	ext := strings.TrimPrefix(filepath.Ext(file), ".")
	return &read.Input{Source: file, ID: strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)),
		Format: ext, Text: string(b), HTML: ext == "html"}
}

func TestFixtures(t *testing.T) {
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []fixture
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	c := New(Options{})
	for _, fx := range cases {
		t.Run(fx.File, func(t *testing.T) {
			doc, err := c.Clean(loadFixture(t, fx.File))
			if err != nil {
				t.Fatal(err)
			}
			body := norm(doc.Body)
			for _, s := range fx.Boilerplate {
				if strings.Contains(body, norm(s)) {
					t.Errorf("boilerplate left: %q", s)
				}
			}
			for _, s := range fx.Keeps {
				if !strings.Contains(body, norm(s)) {
					t.Errorf("body lost: %q", s)
				}
			}
			if doc.Title != fx.Title || doc.Outlet != fx.Outlet || doc.Published != fx.Published || doc.Lang != fx.Lang {
				t.Errorf("title=%q outlet=%q published=%q lang=%q; want %q %q %q %q", doc.Title, doc.Outlet, doc.Published, doc.Lang, fx.Title, fx.Outlet, fx.Published, fx.Lang)
			}
			if fx.Byline != "" && doc.Byline != fx.Byline {
				t.Errorf("byline %q, want %q", doc.Byline, fx.Byline)
			}
			switch {
			case fx.Original == nil && doc.Original != nil:
				t.Errorf("original %+v, want none", *doc.Original)
			case fx.Original != nil && (doc.Original == nil || doc.Original.Outlet != fx.Original.Outlet || doc.Original.Published != fx.Original.Published):
				t.Errorf("original %+v, want %+v", doc.Original, *fx.Original)
			}
			if t.Failed() {
				t.Logf("body:\n%s", doc.Body)
			}
		})
	}
}

// TestGolden compares whole cleaned bodies with testdata/golden; run with
// -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	c := New(Options{})
	for _, file := range []string{"txt/agency_report.txt", "txt/broken_lines.txt", "md/blog_post.md", "html/frontline_news.html", "../../testdata/seeds/000_0d9f5835d9a73478.txt"} {
		t.Run(file, func(t *testing.T) {
			doc, err := c.Clean(loadFixture(t, file))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".body.txt")
			if *update {
				if err := os.WriteFile(golden, []byte(doc.Body+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if doc.Body+"\n" != string(want) {
				t.Errorf("body differs from %s:\n%s", golden, doc.Body)
			}
		})
	}
}
