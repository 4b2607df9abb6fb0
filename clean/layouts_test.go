package clean

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// TestPageLayouts: head and tail shapes copied from pages of outlets we
// have not seen, in names of our own. Each case gives the fields the
// document must get and lines that must leave (gone) or stay (kept) in
// its body.
func TestPageLayouts(t *testing.T) {
	body := "\n\nForces advanced on the village overnight, officials said on Tuesday.\n\nThe claim could not be verified by independent observers.\n"
	tests := []struct {
		name, text                               string
		outlets                                  []string
		title, outlet, published, originalOutlet string
		gone, kept                               []string
	}{
		{name: "outlet over the headline", text: "Dnister Courier\nVillage retaken near the river, army says\n4 April 2022, 10:15" + body,
			title: "Village retaken near the river, army says", outlet: "Dnister Courier", published: "2022-04-04", gone: []string{"Dnister Courier"}},
		{name: "breadcrumb over the headline", text: "Home > News > Regions\nVillage retaken near the river, army says\nDnister Courier\n04.04.2022" + body,
			title: "Village retaken near the river, army says", outlet: "Dnister Courier", published: "2022-04-04", gone: []string{"Home > News"}},
		{name: "outlet, breadcrumb, capitals", text: "Dnister Evening News\nWorld / Europe\nVILLAGE RETAKEN NEAR THE RIVER\nBy Jane Roe | 4 April 2022" + body,
			title: "VILLAGE RETAKEN NEAR THE RIVER", outlet: "Dnister Evening News", published: "2022-04-04", gone: []string{"World / Europe"}},
		{name: "site after a bar", text: "LIVE: Village retaken near the river | Prut Evening Times\nBy Jane Roe" + body,
			title: "LIVE: Village retaken near the river", outlet: "Prut Evening Times"},
		{name: "site after a dash, kicker kept", text: "Analysis | What the river crossing means - Prut Review\n5 Apr 2022 14:05 UTC" + body,
			title: "Analysis | What the river crossing means", outlet: "Prut Review", published: "2022-04-05"},
		{name: "feed item copied as text", text: "Title: Village retaken near the river\nLink: https://prut.example/a\npubDate: Tue, 05 Apr 2022 14:05:00 GMT" + body,
			title: "Village retaken near the river", published: "2022-04-05"},
		{name: "messenger post", text: "Prut Operative, [05.04.2022 14:05]\nForces advanced on the village overnight, officials said on Tuesday.\n\nThe claim could not be verified by independent observers.\n",
			outlet: "Prut Operative", published: "2022-04-05", gone: []string{"[05.04.2022"}},
		{name: "messenger post, channel in Cyrillic", text: "Военная хроника Прута, [05.04.2022 14:05]\nForces advanced on the village overnight, officials said on Tuesday.\n",
			outlet: "Военная хроника Прута", published: "2022-04-05", gone: []string{"Военная хроника"}},
		{name: "date line ending in p.m.", text: "Village retaken near the river\n\nBy Jane Roe\nMarch 8th, 2022 at 2:05 p.m." + body,
			title: "Village retaken near the river", published: "2022-03-08", gone: []string{"p.m."}},
		{name: "about the author", text: "Village retaken near the river" + body + "\nAbout the author: Jane Roe covers the south for the Prut Review.\n",
			title: "Village retaken near the river", gone: []string{"About the author"}},
		{name: "reprint note naming the outlet with an article", text: "Village retaken near the river\nPrut Review, 2022-03-08" + body + "\nFirst published by the Steppe Wire on 7 March 2022.\n",
			title: "Village retaken near the river", outlet: "Prut Review", published: "2022-03-08", originalOutlet: "Steppe Wire"},
		{name: "transliterated month", text: "Village retaken near the river\nNovosti Pruta\n5 aprelya 2022, 10:12" + body,
			title: "Village retaken near the river", outlet: "Novosti Pruta", published: "2022-04-05", gone: []string{"aprelya"}},
		{name: "Ukrainian transliterated month", text: "Village retaken near the river\n12 bereznya 2022" + body,
			title: "Village retaken near the river", published: "2022-03-12"},
		{name: "posted line after the article", text: "Village retaken near the river" + body + "\nPosted 05.04.2022 08:15\n",
			title: "Village retaken near the river", published: "2022-04-05", gone: []string{"Posted"}},
		{name: "a reprint note's date is not the page's", text: "Village retaken near the river" + body + "\nFirst published by Steppe Wire on 05.04.2022.\n",
			title: "Village retaken near the river", published: "", originalOutlet: "Steppe Wire"},
		{name: "relative stamp and the page's date", text: "Village retaken near the river\n3 days ago" + body + "\nPage generated 20 September 2022\n",
			title: "Village retaken near the river", published: "2022-09-17", gone: []string{"3 days ago"}},
		{name: "relative stamp, no page date", text: "Village retaken near the river\n2 hours ago" + body,
			title: "Village retaken near the river", published: "", gone: []string{"2 hours ago"}},
		{name: "credit and author bio at the end", text: "Village retaken near the river" + body + "\nJohn Doe contributed reporting from Odesa.\n\nJane Roe is a senior correspondent at Prut Review.\n",
			title: "Village retaken near the river", gone: []string{"contributed reporting", "senior correspondent"}},
		{name: "press release label and the organisation's description", text: "FOR IMMEDIATE RELEASE\nVillage retaken near the river, relief group says" + body + "\nAbout the Prut Relief Alliance\n\nThe Prut Relief Alliance is an independent humanitarian organisation that has run water programmes in the valley since 2009.\n",
			title: "Village retaken near the river, relief group says", gone: []string{"FOR IMMEDIATE RELEASE", "About the Prut Relief Alliance", "independent humanitarian organisation"}},
		{name: "editorial notes after the article", text: "Village retaken near the river" + body + "\nThis interview has been edited for length and clarity.\n",
			title: "Village retaken near the river", gone: []string{"edited for length"}},
		{name: "a live page closes", text: "Village retaken near the river" + body + "\nThis live page is closed. Our coverage continues tomorrow.\n",
			title: "Village retaken near the river", gone: []string{"live page is closed"}},
		{name: "filed-from credit and series note", text: "Village retaken near the river" + body + "\nJane Roe reported from Odesa. This feature is part of our series \"Towns at war\".\n",
			title: "Village retaken near the river", gone: []string{"reported from Odesa"}},
		{name: "reported from inside the article stays", text: "Village retaken near the river\n\nJane Roe reported from Odesa that shelling had resumed overnight, citing residents." + body,
			title: "Village retaken near the river", kept: []string{"reported from Odesa that shelling"}},
		{name: "labelled lists side by side", text: "Village retaken near the river" + body + "\nRegion: Eastern Europe | Theme: Media Disinformation, Ukraine\n",
			title: "Village retaken near the river", gone: []string{"Region: Eastern Europe"}},
		{name: "a headline with a colon and one item is a title", text: "River crossing: Situation Report No. 4\n\nPrut Relief Alliance | 19 December 2022\n\nKEY FIGURES" + body,
			title: "River crossing: Situation Report No. 4", outlet: "Prut Relief Alliance", published: "2022-12-19", kept: []string{"KEY FIGURES"}},
		{name: "a headline in sentences over a blog's posted line", text: "The river town has fallen. The next one must follow.\n\nSpring Notes\nPosted by Jane Roe on 8 January 2024" + body,
			title: "The river town has fallen. The next one must follow.", outlet: "Spring Notes", published: "2024-01-08", gone: []string{"Posted by Jane Roe"}},
		{name: "a headline in sentences over an outlet, section and date", text: "Opinion: The army has lost the north. It has not lost the war.\n\nThe Prut Review | Opinion | 22 January 2024\n\nBy Jane Roe" + body,
			title: "Opinion: The army has lost the north. It has not lost the war.", outlet: "The Prut Review", published: "2024-01-22", gone: []string{"| Opinion |", "By Jane Roe"}},
		{name: "a first sentence with no head line after it is the article", text: "Forces advanced on the village overnight, officials said on Tuesday.\n\nThe claim could not be verified by independent observers.\n",
			title: "", kept: []string{"Forces advanced on the village overnight"}},
		{name: "a date range ends the headline", text: "Weekly conflict brief: 29 July - 4 August 2024" + body,
			title: "Weekly conflict brief: 29 July - 4 August 2024", published: "2024-08-04"},
		{name: "a social page's header: the page, the time, the audience", text: "Prut Volunteer Battalion\nOfficial page · 19 February 2024 at 08:15 · Public\n\nStatement on the operation at the river" + body,
			title: "Statement on the operation at the river", outlet: "Prut Volunteer Battalion", published: "2024-02-19", gone: []string{"Official page"}},
		{name: "an editor's note in brackets over a transcript", text: "Village retaken near the river\n4 April 2022\n\n[Transcript prepared by the news desk. Check against the broadcast before quoting.]" + body,
			title: "Village retaken near the river", published: "2022-04-04", gone: []string{"Transcript prepared"}},
		{name: "a column's and a report's end matter", text: "Village retaken near the river" + body + "\nJane Roe writes about security in the region. The opinions in this column are her own.\n\nContact: cluster coordination team. Next update: 20 May 2024.\n\nPrut Review · Since 2009 · Republishing requires written permission.\n",
			title: "Village retaken near the river", gone: []string{"writes about security", "Contact: cluster", "Republishing requires"}},
		{name: "a digest compiled by a desk, and an issued date", text: "Village retaken near the river\n\nPrut Daily · Sunday, 11 September 2022 · compiled by the weekend desk" + body,
			title: "Village retaken near the river", outlet: "Prut Daily", published: "2022-09-11", gone: []string{"weekend desk"}},
		{name: "issued on a date", text: "Village retaken near the river\n\nIssued: 20 October 2020" + body,
			title: "Village retaken near the river", published: "2020-10-20", gone: []string{"Issued:"}},
		{name: "a last paragraph reporting a post stays", text: "Village retaken near the river" + body + "\nGovernor Ivan Petrenko writes on Telegram that two people were wounded in the shelling.\n",
			title: "Village retaken near the river", kept: []string{"writes on Telegram that two people"}},
		{name: "a series of attacks is news, not a series note", text: "Village retaken near the river" + body + "\nKyiv says the strike is part of a series of attacks on the power grid this week.\n",
			title: "Village retaken near the river", kept: []string{"part of a series of attacks"}},
		{name: "a video edited for clarity is news", text: "Village retaken near the river" + body + "\nThe video, which the army said had been edited for clarity, shows two tanks burning.\n",
			title: "Village retaken near the river", kept: []string{"edited for clarity, shows two tanks"}},
		{name: "About a town is a section, not an organisation's description", text: "Village retaken near the river" + body + "\nAbout Bakhmut\n\nThe town had about 70,000 residents before the war.\n\nIt is now almost empty.\n",
			title: "Village retaken near the river", kept: []string{"70,000 residents", "almost empty"}},
		{name: "a bracketed update carries news", text: "Village retaken near the river" + body + "\n[The governor later said the number of wounded had risen to five.]\n",
			title: "Village retaken near the river", kept: []string{"risen to five"}},
		{name: "a messenger thread's first post is no headline", text: "Forces advanced on the village overnight, officials said on Tuesday.\n\nPrut Operative, [05.04.2022 15:10]\nThe claim could not be verified by independent observers.\n",
			title: "", kept: []string{"Forces advanced on the village overnight"}},
		{name: "date of issue", text: "Village retaken near the river\n\nDate of issue: 20 October 2020" + body,
			title: "Village retaken near the river", published: "2020-10-20", gone: []string{"Date of issue"}},
		{name: "a labelled claim in the head is not a list", text: "Village retaken near the river\n\nShelled by: Russian artillery, Ukrainian officials say" + body,
			title: "Village retaken near the river", kept: []string{"Shelled by: Russian artillery"}},
		{name: "a source's role is not a bio", text: "Village retaken near the river" + body + "\nIvan Petrenko is the head of the regional administration.\n",
			title: "Village retaken near the river", kept: []string{"Ivan Petrenko is the head"}},
		{name: "typo prompt", text: "Village retaken near the river" + body + "\nЯкщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.\n",
			title: "Village retaken near the river", gone: []string{"Ctrl+Enter"}},
		{name: "source line naming a known outlet", outlets: []string{"Steppe Wire"}, text: "Village retaken near the river" + body + "\nSource: Steppe Wire\n",
			title: "Village retaken near the river", originalOutlet: "Steppe Wire", gone: []string{"Source:"}},
		{name: "site name first, year-first date", text: "Dnister Evening News - Village retaken near the river\n2022/04/05" + body,
			title: "Village retaken near the river", outlet: "Dnister Evening News", published: "2022-04-05", gone: []string{"2022/04/05"}},
		{name: "standfirst over byline and date", text: "Village retaken near the river\n\nOfficials say the column has barely moved in three days.\n\nBy Jane Roe and John Doe\n\nPublished 3:14 PM EST, Tue March 8, 2022" + body,
			title: "Village retaken near the river", published: "2022-03-08", gone: []string{"By Jane Roe", "Published 3:14"}, kept: []string{"Officials say the column has barely moved"}},
		{name: "e-mail subject", text: "From: Dnister Evening News <news@dnister.example>\nDate: Tue, 8 Mar 2022 09:00:00 +0200\nSubject: Village retaken near the river" + body,
			title: "Village retaken near the river", published: "2022-03-08"},
		{name: "known outlet after a dash", outlets: []string{"Steppe Wire"}, text: "Village retaken near the river, army says - Steppe Wire" + body,
			title: "Village retaken near the river, army says", outlet: "Steppe Wire"},
		{name: "source line naming an office", outlets: []string{"Steppe Wire"}, text: "Village retaken near the river" + body + "\nSource: Regional Administration\n",
			title: "Village retaken near the river"},
		{name: "source line with a web address", text: "Village retaken near the river" + body + "\nSource: steppewire.example\n",
			title: "Village retaken near the river", originalOutlet: "steppewire.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := New(Options{Outlets: tt.outlets}).Clean(&read.Input{ID: "x", Format: "txt", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			orig := ""
			if doc.Original != nil {
				orig = doc.Original.Outlet
			}
			if doc.Title != tt.title || doc.Outlet != tt.outlet || doc.Published != tt.published || orig != tt.originalOutlet {
				t.Errorf("title %q outlet %q published %q original %q, want %q %q %q %q",
					doc.Title, doc.Outlet, doc.Published, orig, tt.title, tt.outlet, tt.published, tt.originalOutlet)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Body, g) {
					t.Errorf("%q kept in body:\n%s", g, doc.Body)
				}
			}
			for _, k := range append(tt.kept, "Forces advanced on the village overnight") {
				if !strings.Contains(doc.Body, k) {
					t.Errorf("%q missing from body:\n%s", k, doc.Body)
				}
			}
		})
	}
}

func TestBreadcrumb(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Home > World > Europe", true},
		{"News › Donetsk region", true},
		{"Home » Ukraine", true},
		{"World / Europe / Ukraine", true},
		{"Armenia/Azerbaijan", false},
		{"Prices rose > 10% in March, the ministry said.", false},
		{"Kharkiv > the city most shelled since the start of the war and its suburbs", false},
		{"Village retaken near the river", false},
	} {
		u := unit{text: tt.line, lower: strings.ToLower(tt.line), words: countWords(tt.line)}
		if got := breadcrumb(&u) != ""; got != tt.want {
			t.Errorf("breadcrumb(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestRelativeStamp(t *testing.T) {
	for _, tt := range []struct {
		s    string
		days int
		ok   bool
	}{
		{"2 hours ago", 0, true},
		{"Posted 3 days ago", 3, true},
		{"an hour ago", 0, true},
		{"yesterday, 14:05", 1, true},
		{"Today at 09:10", 0, true},
		{"Two days ago the army said it held the town.", 0, false},
		{"ago", 0, false},
	} {
		d, ok := relativeStamp(tt.s)
		if ok != tt.ok || d != tt.days {
			t.Errorf("relativeStamp(%q) = %d, %v; want %d, %v", tt.s, d, ok, tt.days, tt.ok)
		}
	}
}

// TestShortHTMLPages: extraction's fallback on short pages runs blocks
// together; the page's own blocks come back, and a kicker in its own
// element does not stay in the title the page's <title> gives.
func TestShortHTMLPages(t *testing.T) {
	paras := "<p>Forces advanced on the village overnight, officials said on Tuesday.</p>\n<p>The claim could not be verified by independent observers.</p>"
	tests := []struct {
		name, page, title, published string
		gone                         []string
	}{
		{"relative time element", `<html><head><title>Village retaken near the river</title></head><body><article><h1>Village retaken near the river</h1><p class="meta"><time datetime="2022-04-05T10:00:00Z">2 hours ago</time></p>` + paras + `</article></body></html>`,
			"Village retaken near the river", "2022-04-05", []string{"2 hours ago", "river2"}},
		{"kicker element", `<html><head><title>Village retaken near the river | Dnister Evening News</title></head><body><article><h1><span>Exclusive</span> Village retaken near the river</h1>` + paras + `</article></body></html>`,
			"Village retaken near the river", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := New(Options{}).Clean(&read.Input{ID: "x", Format: "html", HTML: true, Text: tt.page})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Published != tt.published {
				t.Errorf("title %q published %q, want %q %q", doc.Title, doc.Published, tt.title, tt.published)
			}
			if !strings.Contains(doc.Body, "officials said on Tuesday.\n\nThe claim") {
				t.Errorf("paragraphs not apart:\n%q", doc.Body)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Body, g) {
					t.Errorf("%q kept in body:\n%s", g, doc.Body)
				}
			}
		})
	}
}

func TestSplitMerged(t *testing.T) {
	all := []string{"# Bridge hit", "2 hours ago", "A missile struck the bridge.", "Nobody was hurt.", "[Home](#)"}
	got := splitMerged("Bridge hit2 hours ago A missile struck the bridge. Nobody was hurt.", all)
	if strings.Join(got, "|") != "# Bridge hit|2 hours ago|A missile struck the bridge.|Nobody was hurt." {
		t.Errorf("got %q", got)
	}
	// A paragraph the page's blocks do not make up stays as it is.
	if got := splitMerged("A missile struck the bridge and a school nearby.", all); len(got) != 1 {
		t.Errorf("got %q", got)
	}
}

func TestMoreDateShapes(t *testing.T) {
	for in, want := range map[string]string{
		"2022/03/08":           "2022-03-08",
		"2022.03.08":           "2022-03-08",
		"2022/03.08":           "",
		"14 marta 2022, 10:12": "2022-03-14",
		"16 bereznya 2022":     "2022-03-16",
		"16 березня 2022":      "2022-03-16",
		"3 sentyabrya 2022":    "2022-09-03",
		"March 8th, 2022":      "2022-03-08",
		"8 Mar 2022 14:05 UTC": "2022-03-08",
	} {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}
