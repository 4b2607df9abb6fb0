package clean

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// TestParseHeadLine: the shapes of byline and dateline lines sites print,
// in names of our own.
func TestParseHeadLine(t *testing.T) {
	tests := []struct {
		name, line           string
		ok                   bool
		byline, outlet, date string
	}{
		{"name and date", "Steppe Ledger · 4 April 2022", true, "", "Steppe Ledger", "2022-04-04"},
		{"labelled date", "Steppe Ledger | Published: 4 April 2022", true, "", "Steppe Ledger", "2022-04-04"},
		{"numeric date", "Steppe Ledger · 04.04.2022", true, "", "Steppe Ledger", "2022-04-04"},
		{"weekday and section", "Steppe Ledger · Monday, 4 April 2022 · Dispatches", true, "", "Steppe Ledger", "2022-04-04"},
		{"time and genre", "Volga Evening Post | 04.04.2022, 18:40 | Explainer", true, "", "Volga Evening Post", "2022-04-04"},
		{"desk before date", "Volga Evening Post night desk · Tuesday, 5 April 2022", true, "", "Volga Evening Post", "2022-04-05"},
		{"section word first", "Opinion • 5 April 2022", true, "", "", "2022-04-05"},
		{"last updated", "Volga Evening Post | Tuesday 5 April 2022 | Last updated 21:15", true, "", "Volga Evening Post", "2022-04-05"},
		{"label and value", "Volga Evening Post | 05.04.2022 | Rubric: Front line", true, "", "Volga Evening Post", "2022-04-05"},
		{"posted on by team", "Posted on 5 April 2022 by the Volga Evening Post team", true, "the Volga Evening Post team", "Volga Evening Post", "2022-04-05"},
		{"posted by editors of", "Posted by the editors of Volga Evening Post on April 5, 2022", true, "the editors of Volga Evening Post", "Volga Evening Post", "2022-04-05"},
		{"collective byline", "By Volga Evening Post correspondents", true, "Volga Evening Post correspondents", "Volga Evening Post", ""},
		{"person byline", "By Irina Volkova · 5 April 2022", true, "Irina Volkova", "", "2022-04-05"},
		{"name comma date", "Volga Evening Post, April 5, 2022", true, "", "Volga Evening Post", "2022-04-05"},
		{"city comma date", "Odesa, April 5, 2022", true, "", "", "2022-04-05"},
		{"capital city comma date", "NEW YORK, April 5, 2022", true, "", "", "2022-04-05"},
		{"name and desk, no date", "Caspian Policy Centre | Research team", true, "", "Caspian Policy Centre", ""},
		{"bare date", "5 April 2022", true, "", "", "2022-04-05"},

		{"update stamp alone", "Updated: 5 April 2022, 18:40", true, "", "", ""},
		{"headline with colon", "Kharkiv: overnight shelling damages power station", false, "", "", ""},
		{"headline with dash", "Battle for the bridge – what we know so far", false, "", "", ""},
		{"breadcrumb", "World | Europe", false, "", "", ""},
		{"one name alone", "Volga Evening Post", false, "", "", ""},
		{"sentence with a date", "On 5 April 2022 the army said it had left the town.", false, "", "", ""},
		{"share bar", "Share: Telegram | VK | X", false, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := parseHeadLine(tt.line)
			if ok != tt.ok {
				t.Fatalf("parseHeadLine(%q) ok = %v, want %v (%+v)", tt.line, ok, tt.ok, h)
			}
			if !ok {
				return
			}
			outlet, date := "", ""
			if len(h.orgs) > 0 {
				outlet = h.orgs[0]
			}
			if len(h.dates) > 0 {
				date = h.dates[0].date
			}
			if h.byline != tt.byline || outlet != tt.outlet || date != tt.date {
				t.Errorf("byline %q outlet %q date %q, want %q %q %q", h.byline, outlet, date, tt.byline, tt.outlet, tt.date)
			}
		})
	}
}

// TestHeadMetadata: whole documents whose head carries the outlet and date
// in the shapes above; the head lines leave the body.
func TestHeadMetadata(t *testing.T) {
	lead := "Forces advanced on the town overnight, officials said on Tuesday."
	body := "\n\n" + lead + "\n\nThe claim could not be verified by independent observers.\n"
	tests := []struct {
		name, text                           string
		wantTitle, wantOutlet, wantPublished string
		gone                                 []string // head lines that must leave the body
	}{
		{name: "segmented line", text: "Bridge falls after long siege\n\nSteppe Ledger · 4 April 2022" + body,
			wantTitle: "Bridge falls after long siege", wantOutlet: "Steppe Ledger", wantPublished: "2022-04-04", gone: []string{"Steppe Ledger"}},
		{name: "emphasised line with weekday", text: "# Bridge falls\n\n*Steppe Ledger · Monday, 4 April 2022 · Dispatches*" + body,
			wantTitle: "Bridge falls", wantOutlet: "Steppe Ledger", wantPublished: "2022-04-04", gone: []string{"Dispatches"}},
		{name: "bold desk and dash", text: "# Live: the battle for the bridge\n\n**Steppe Ledger live team** – Monday, 4 April 2022" + body,
			wantTitle: "Live: the battle for the bridge", wantOutlet: "Steppe Ledger", wantPublished: "2022-04-04", gone: []string{"live team"}},
		{name: "name over date", text: "Bridge falls after long siege\n\nVolga Evening Post\n04.04.2022" + body,
			wantTitle: "Bridge falls after long siege", wantOutlet: "Volga Evening Post", wantPublished: "2022-04-04", gone: []string{"Volga Evening Post", "04.04.2022"}},
		{name: "headline ending in a function word", text: "Soldiers describe the town they fought for\n\nSteppe Ledger | 04.04.2022" + body,
			wantTitle: "Soldiers describe the town they fought for", wantOutlet: "Steppe Ledger", wantPublished: "2022-04-04", gone: []string{"04.04.2022"}},
		{name: "dated headline over a desk line", text: "Front Line Assessment, April 4, 2022\n\nCaspian Policy Centre | Research team" + body,
			wantTitle: "Front Line Assessment, April 4, 2022", wantOutlet: "Caspian Policy Centre", wantPublished: "2022-04-04", gone: []string{"Research team"}},
		{name: "collective byline", text: "Bridge falls\n\nBy Volga Evening Post correspondents\n5 April 2022" + body,
			wantTitle: "Bridge falls", wantOutlet: "Volga Evening Post", wantPublished: "2022-04-05", gone: []string{"correspondents"}},
		{name: "wire dateline takes the year from the text", text: "Bridge falls\n\nODESA, April 5 (Steppe) – " + lead + "\n\nThe bridge was built in 1954 and repaired after shelling on 1 March 2022.\n",
			wantTitle: "Bridge falls", wantOutlet: "Steppe", wantPublished: "2022-04-05"},
		{name: "wire dateline in January after a December date", text: "Bridge falls\n\nODESA, Jan 3 (Steppe) – " + lead + "\n\nThe bridge was first hit on 28 December 2022.\n",
			wantTitle: "Bridge falls", wantOutlet: "Steppe", wantPublished: "2023-01-03"},
		{name: "wire dateline with the country", text: "Bridge falls\n\nODESA, Ukraine, April 5 (Steppe) – " + lead + "\n\nThe bridge was first hit on 1 March 2022.\n",
			wantTitle: "Bridge falls", wantOutlet: "Steppe", wantPublished: "2022-04-05"},
		{name: "wire dateline with the day first", text: "Bridge falls\n\nODESA, 5 April (Steppe) - " + lead + "\n\nThe bridge was first hit on 1 March 2022.\n",
			wantTitle: "Bridge falls", wantOutlet: "Steppe", wantPublished: "2022-04-05"},
		{name: "wire dateline alone gives no year", text: "Bridge falls\n\nODESA, April 5 (Steppe) – " + lead + "\n",
			wantTitle: "Bridge falls", wantOutlet: "Steppe"},
		{name: "city dateline is no outlet", text: "Bridge falls\n\nOdesa, April 5, 2022 — " + lead + "\n",
			wantTitle: "Bridge falls", wantPublished: "2022-04-05"},
		{name: "agency signs off", text: "Bridge falls\n\nPublished: 5 April 2022" + body + "\nVolga Evening Post\n",
			wantTitle: "Bridge falls", wantOutlet: "Volga Evening Post", wantPublished: "2022-04-05"},
	}
	c := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := c.Clean(&read.Input{ID: "x", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.wantTitle || doc.Outlet != tt.wantOutlet || doc.Published != tt.wantPublished {
				t.Errorf("title=%q outlet=%q published=%q; want %q %q %q", doc.Title, doc.Outlet, doc.Published, tt.wantTitle, tt.wantOutlet, tt.wantPublished)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Body, g) {
					t.Errorf("head line %q left in body: %q", g, doc.Body)
				}
			}
			if !strings.Contains(doc.Body, lead) {
				t.Errorf("lead lost: %q", doc.Body)
			}
		})
	}
}

// TestHTMLHeadMetadata: the byline block extraction leaves out, and the
// site's name in the page title, still give outlet and date.
func TestHTMLHeadMetadata(t *testing.T) {
	page := `<html><head><title>Bridge falls after long siege | Volga Evening Post</title></head><body>
<nav><a href="/">Volga Evening Post</a> <a href="/war">War</a></nav>
<article><h1>Bridge falls after long siege</h1>
<div class="meta">By Irina Volkova<br>Volga Evening Post, April 5, 2022</div>
<p>Forces advanced on the town overnight and took the bridge, officials said on Tuesday.</p>
<p>The claim could not be verified by independent observers, who were kept away from the area.</p>
<p>Residents said the shelling had stopped by the morning and that shops had opened again.</p>
</article></body></html>`
	doc, err := New(Options{}).Clean(&read.Input{ID: "h", HTML: true, Format: "html", Text: page})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Bridge falls after long siege" || doc.Outlet != "Volga Evening Post" || doc.Published != "2022-04-05" {
		t.Errorf("title=%q outlet=%q published=%q", doc.Title, doc.Outlet, doc.Published)
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ title, outlet, want string }{
		{"Town falls | Steppe Ledger | 04.04.2022", "Steppe Ledger", "Town falls"},
		{"Steppe Ledger – Town falls", "Steppe Ledger", "Town falls"},
		{"Town falls – what we know", "Steppe Ledger", "Town falls – what we know"},
		{"Live: Town falls", "", "Live: Town falls"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.title, tt.outlet); got != tt.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

// TestMarkdownParagraphs: in Markdown, consecutive lines are one
// paragraph, inside a block quote too; a blank line or an empty quote
// line ends one, and headings, list items and byline lines stand alone.
func TestMarkdownParagraphs(t *testing.T) {
	text := "# Bridge falls\n" +
		"*Steppe Ledger | 4 April 2022*\n\n" +
		"The ministry issued the following statement on Monday:\n\n" +
		"> Our units repelled an attack near the bridge on Monday morning.\n" +
		"> The enemy lost two tanks.\n" +
		">\n" +
		"> Shelling of the old town went on overnight.\n\n" +
		"Losses claimed:\n" +
		"- tanks – 2;\n" +
		"- trucks – 5.\n\n" +
		"Officials said the report\n" +
		"could not be verified.\n"
	doc, err := New(Options{}).Clean(&read.Input{ID: "m", Format: "md", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(doc.Body, "\n\n")
	want := []string{
		"The ministry issued the following statement on Monday:",
		"Our units repelled an attack near the bridge on Monday morning. The enemy lost two tanks.",
		"Shelling of the old town went on overnight.",
		"Losses claimed:",
		"tanks – 2;",
		"trucks – 5.",
		"Officials said the report could not be verified.",
	}
	if strings.Join(paras, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%q\nwant\n%q", paras, want)
	}
	if doc.Title != "Bridge falls" || doc.Outlet != "Steppe Ledger" || doc.Published != "2022-04-04" {
		t.Errorf("title=%q outlet=%q published=%q", doc.Title, doc.Outlet, doc.Published)
	}
	// The same lines as plain text keep their line structure.
	plain, err := New(Options{}).Clean(&read.Input{ID: "p", Format: "txt", Text: "Bridge falls\n\nOur units repelled an attack near the bridge on Monday morning.\nThe enemy lost two tanks.\n"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.Body, "morning.\n\nThe enemy") {
		t.Errorf("text lines joined: %q", plain.Body)
	}
}

func TestSplitMarkdownHardBreak(t *testing.T) {
	us := splitMarkdown("First line of a verse  \nsecond line\\\nthird line\n")
	var got []string
	for _, u := range us {
		got = append(got, u.text)
	}
	if len(got) != 3 || got[0] != "First line of a verse" || got[2] != "third line" {
		t.Errorf("a hard break ends a line: units %q", got)
	}
}

// TestCleanTitleDates: a date after a separator leaves the headline, unless
// it ends a range of days that starts before the separator.
func TestCleanTitleDates(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Thousands join peace march - 5 March 2022", "Thousands join peace march"},
		{"Death toll in Odesa rises to 21 | 5 March 2022", "Death toll in Odesa rises to 21"},
		{"Day 12 - 7 March 2022", "Day 12"},
		{"Weekly conflict brief: 29 July - 4 August 2024", "Weekly conflict brief: 29 July - 4 August 2024"},
		{"Weekly brief: July 29 - August 4, 2024", "Weekly brief: July 29 - August 4, 2024"},
	} {
		if got := cleanTitle(c.in, ""); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
