package read

import (
	"path/filepath"
	"testing"
)

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, text                    string
		title, published, outlet, url string
		rest                          string
	}{
		{name: "quoted title, ISO date, site",
			text:  "---\ntitle: \"Bridge falls after siege\"\ndate: 2022-03-26T17:02:00+02:00\nauthor: Jane Roe\nsite: Steppe Ledger\ntags: [a, b]\n---\n\nForces advanced.\n",
			title: "Bridge falls after siege", published: "2022-03-26T17:02:00+02:00", outlet: "Steppe Ledger", rest: "\nForces advanced.\n"},
		{name: "published key, nested list, link",
			text:  "---\nlayout: post\ntitle: Power cut in the city\npublished: March 8th, 2022\ncategories:\n  - war\nlink: https://example.org/a\n---\nText.\n",
			title: "Power cut in the city", published: "March 8th, 2022", url: "https://example.org/a", rest: "Text.\n"},
		{name: "escaped quotes in a double-quoted title", text: "---\ntitle: \"\\\"They come at night\\\": a commander\"\noutlet: 'Prut''s Review'\n---\nText.\n",
			title: "\"They come at night\": a commander", outlet: "Prut's Review", rest: "Text.\n"},
		{name: "YAML escapes for non-ASCII letters", text: "---\ntitle: \"\\u041A\\u0438\\u0435\\u0432 under fire, Caf\\xE9 hit, a \\\\ and \\q\"\n---\nText.\n",
			title: "Киев under fire, Café hit, a \\ and \\q", rest: "Text.\n"},
		{name: "a rule, not front matter", text: "---\n\nForces advanced on the town: officials said so.\n\n---\n", rest: "---\n\nForces advanced on the town: officials said so.\n\n---\n"},
		{name: "never closed", text: "---\ntitle: x\n\nText.\n", rest: "---\ntitle: x\n\nText.\n"},
		{name: "a sentence inside", text: "---\nThe army said: we hold it\n---\nText.\n", rest: "---\nThe army said: we hold it\n---\nText.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &Input{Format: "md", Text: tt.text}
			applyFrontMatter(in)
			if in.Title != tt.title || in.Published != tt.published || in.Outlet != tt.outlet || in.URL != tt.url || in.Text != tt.rest {
				t.Errorf("got title %q published %q outlet %q url %q text %q", in.Title, in.Published, in.Outlet, in.URL, in.Text)
			}
		})
	}
	// Container metadata already set is not overwritten, and HTML is left alone.
	in := &Input{Format: "md", Title: "Given", Text: "---\ntitle: Other\n---\nText.\n"}
	applyFrontMatter(in)
	if in.Title != "Given" || in.Text != "Text.\n" {
		t.Errorf("given title overwritten: %+v", in)
	}
	h := &Input{Format: "html", HTML: true, Text: "---\ntitle: Other\n---\n<p>x</p>"}
	applyFrontMatter(h)
	if h.Title != "" {
		t.Errorf("HTML read for front matter: %+v", h)
	}
}

func TestWalkFrontMatter(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.md", []byte("---\ntitle: Kyiv says troops left the town\ndate: 2022-04-02\n---\n\nTroops withdrew.\n"))
	var got []*Input
	if err := Walk(t.Context(), []string{filepath.Join(dir, "a.md")}, Options{}, func(in *Input, rej *Rejected) error {
		if rej != nil {
			t.Errorf("rejected: %v", rej)
			return nil
		}
		got = append(got, in)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Title != "Kyiv says troops left the town" || got[0].Published != "2022-04-02" || got[0].Text != "\nTroops withdrew.\n" {
		t.Fatalf("got %+v", got)
	}
}
