package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/read"
)

func mkUnit(line string) *unit {
	us := splitUnits(line, false)
	if len(us) != 1 {
		panic("one line expected: " + line)
	}
	return us[0]
}

// TestEvidence: each kind of line evidence on lines of our own, and lines
// of article text that must pass every check.
func TestEvidence(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"price counter", "1,450 €", "numbers only"},
		{"clock", "14:05", "numbers only"},
		{"markdown link list", "[World](/w) | [Europe](/e) | [Caucasus](/c)", "link line"},
		{"bare url", "https://example.org/video/clip_01.mp4", "link line"},
		{"autolink donation", "Bitcoin: <https://pay.example.org/btc> or <https://pay.example.org/card>", "link line"},
		{"copyright", "(c) 2022 Eastern Wire LLC", "legal notice"},
		{"rights", "All rights reserved. Reproduction in whole or in part is prohibited.", "legal notice"},
		{"views disclaimer", "The views expressed in this op-ed are the author's own.", "legal notice"},
		{"russian rights", "© 2022 Газета. Все права защищены.", "legal notice"},
		{"share prompt", "Please share this story with your friends on Facebook.", "call to action"},
		{"subscribe", "Subscribe to our newsletter for daily updates!", "call to action"},
		{"donate imperative", "Donate now.", "call to action"},
		{"telegram ru", "Подписывайтесь на наш канал в Telegram!", "call to action"},
		{"support label", "SUPPORT THE EDITORS:", "call to action"},
		{"photo credit", "Photo: Ministry of Defence press service", "caption"},
		{"enlarge", "Click to enlarge the map", "caption"},
		{"credits", "Writing by Peter Graff; Editing by Alex Richardson", "credits"},
		{"share bar", "Share Tweet Email Print", "widget"},
		{"read time", "6 min read", "widget"},
		{"ad label", "Advertisement", "widget"},
		{"tag list", "Tags: Donbas, Mariupol, Azovstal", "label and list"},
		{"author list", "Articles by: Jane Doe", "label and list"},
		{"contact", "Write to us: desk@wire.example", "link line"},
		{"separator", "* * *", "separator"},

		{"article sentence", "Ukrainian forces said they had repelled an attack near Bakhmut on Monday.", ""},
		{"donate in news", "The United States said it would donate 20 more howitzers to Ukraine.", ""},
		{"support in news", "Support for the ceasefire grew in parliament after the vote.", ""},
		{"follow in news", "Follow-up talks are planned for next week in Istanbul.", ""},
		{"comment in news", "The ministry declined to comment on the report.", ""},
		{"colon clause", "Kharkiv: overnight shelling damages power station", ""},
		{"speaker and claim", "Mayor: river crossing destroyed", ""},
		{"speaker and two claims", "Governor: depot burning, Dnipro bridge closed", ""},
		{"headline ending in a date", "Weekly front report: Zaporizhzhia, 4 April 2023", ""},
		{"topics under their label", "Topics: Zaporizhzhia front, Dnipro crossings", "label and list"},
		{"update stamp", "Updated: 4 April 2023, 18:20 GMT", "update stamp"},
		{"update stamp without colon", "Last updated Tuesday 21:15", "update stamp"},
		{"live entry after a stamp label", "Updated at 14:05: troops entered the village, the governor said.", ""},
		{"quote with numbers", "\"We lost 3 tanks,\" he said.", ""},
		{"copyright-free long", strings.Repeat("The convoy moved slowly along the road. ", 3), ""},
		{"subheading", "Civilians flee the city", ""},
		{"lead-in", "The statement read:", ""},

		// Prompts in other words than the corpus's.
		{"support a named site", "Support the Kharkiv Ledger! Every hryvnia keeps this site independent.", "call to action"},
		{"conditional share", "If you enjoy our coverage, please share this page and back us on Patreon.", "call to action"},
		{"reload and clock", "Reload the page for fresh posts. Times are in Moscow time.", "call to action"},
		{"free newsletter", "The Bulletin is free. If it helps you, forward it to a colleague. Unsubscribe whenever you like.", "call to action"},
		{"salutation and bank details", "Dear subscribers! Our chronicle lives only on your donations. Bank details are at the bottom of the page.", "call to action"},
		{"follow named digest", "Follow Steppe Bulletin for morning briefs. Sharing a statement does not mean we endorse it.", "call to action"},
		{"funded by readers", "The Ledger is funded only by its readers.", "call to action"},
		{"live blog ended", "Live updates have ended for tonight.", "call to action"},
		{"comments off", "Comments are closed for this article.", "call to action"},
		{"endorsement disclaimer", "Steppe Bulletin reposts statements of all parties. Publication does not imply endorsement.", "legal notice"},
		{"wire credits in brackets", "(Kharkiv Ledger. Editing by the night desk.)", "credits"},
		{"writing credit", "(Writing by the Kyiv desk)", "credits"},
		{"agency sign-off", "(Kharkiv Ledger)", "credits"},
		{"bracketed image note", "[Image: map of the front line near Izium]", "caption"},

		// News that speaks of support, sharing and the reader's verbs.
		{"allies asked to support", "Ukraine called on its allies to support it with more air defence.", ""},
		{"residents urged to share", "Kyiv urged residents to share information about troop movements via the chat-bot.", ""},
		{"quoted imperative", "\"Support us with air defence,\" the president told the parliament.", ""},
		{"imperative inside a quote", "He added: \"We are grateful. Support us with air defence, and we will hold.\"", ""},
		{"slogan as a modifier", "Support Ukraine rallies were held in twelve European capitals on Saturday.", ""},
		{"share as a noun", "Share prices in Moscow fell by a third after the announcement.", ""},
		{"forward as an adjective", "Forward units of the brigade reached the river on Tuesday.", ""},
		{"conditional order reported", "If the talks fail, send more troops to the border, the general told reporters.", ""},
		{"times in a report", "All times are approximate, the ministry said.", ""},
		{"donations in the news", "Ukrainians have raised more than $50 million in crypto donations for the army.", ""},
		{"bracketed aside", "(The figures could not be verified independently.)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := evidence(mkUnit(tt.line)); got != tt.want {
				t.Errorf("evidence(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// TestWeakPromptPosition: a line that only addresses the reader ("send it
// to us") stays between the article's paragraphs and goes after them.
func TestWeakPromptPosition(t *testing.T) {
	weak := "Saw a claim you want us to check? Send it to us."
	if u := mkUnit(weak); evidence(u) != "" || !u.weakCTA {
		t.Fatalf("evidence %q weak %v, want a weak prompt", evidence(u), u.weakCTA)
	}
	p1 := "Officials said the shelling lasted for three hours and damaged a school."
	p2 := "The army said it had returned fire and destroyed two mortar positions."
	c := New(Options{})
	for _, tt := range []struct {
		name, text string
		kept       bool
	}{
		{"between paragraphs", p1 + "\n\n" + weak + "\n\n" + p2, true},
		{"after the article", p1 + "\n\n" + p2 + "\n\n" + weak, false},
		{"before the article", weak + "\n\n" + p1 + "\n\n" + p2, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := c.Clean(&read.Input{ID: "w", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(doc.Body, weak); got != tt.kept {
				t.Errorf("kept %v, want %v: %q", got, tt.kept, doc.Body)
			}
			if !strings.Contains(doc.Body, p1) || !strings.Contains(doc.Body, p2) {
				t.Errorf("article lost: %q", doc.Body)
			}
		})
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**President Ilham Aliyev** said", "President Ilham Aliyev said"},
		{"By [South Front](#)", "By South Front"},
		{"*On September 27, war broke out.*", "On September 27, war broke out."},
		{"## [Comment on this](https://x.example/c)", "Comment on this"},
		{`\*`, ""},
		{"the file IMR\\_28\\_09.mp4", "the file IMR_28_09.mp4"},
		{"![a map](map.png) The map shows", "The map shows"},
		{"- first item", "first item"},
		{"> quoted words", "quoted words"},
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"snake_case_word stays", "snake_case_word stays"},
		{"a  lot\u00a0of   space", "a lot of space"},
		{"---", ""},
	}
	for _, tt := range tests {
		if got, _, _, _ := stripMarkdown(tt.in); got != tt.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2020-11-09", "2020-11-09"},
		{"2020-10-26T07:15:00+04:00", "2020-10-26"},
		{"Mon, 09 Nov 2020 10:00:00 +0000", "2020-11-09"},
		{"November 10, 2020", "2020-11-10"},
		{"Nov. 9th, 2020", "2020-11-09"},
		{"9 November 2020", "2020-11-09"},
		{"03.03.2022 14:05", "2022-03-03"},
		{"12/25/2021", "2021-12-25"},
		{"5 апреля 2022", "2022-04-05"},
		{"14 березня 2022", "2022-03-14"},
		{"no date here", ""},
		{"2020-13-40", ""},
	}
	for _, tt := range tests {
		if got := NormalizeDate(tt.in); got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMetadata: head lines and reprint notes in small documents of our own.
func TestMetadata(t *testing.T) {
	body := "\n\nForces advanced on the town overnight, officials said on Tuesday.\n\nThe claim could not be verified by independent observers.\n"
	tests := []struct {
		name, text, url, outlet, published               string
		wantTitle, wantByline, wantOutlet, wantPublished string
		wantOrig, wantOrigDate                           string
	}{
		{name: "outlet dateline", text: "Town falls after long siege\n\nBy Jane Roe\n\nDaily Courier, March 5, 2022" + body,
			wantTitle: "Town falls after long siege", wantByline: "Jane Roe", wantOutlet: "Daily Courier", wantPublished: "2022-03-05"},
		{name: "byline and date in one line", text: "# Town falls\n\nBy Jane Roe | 5 March 2022 | 3 min read" + body,
			wantTitle: "Town falls", wantByline: "Jane Roe", wantPublished: "2022-03-05"},
		{name: "labelled date", text: "Published: 2022-03-05 10:12" + body, wantPublished: "2022-03-05"},
		{name: "reprint with dateline", text: "Town falls\n\nBy Kyiv Desk\n\nThe Monitor, 6 March 2022\n\nKyiv Desk 5 March 2022" + body + "\nThis article was first published by Kyiv Desk.\n",
			wantTitle: "Town falls", wantByline: "Kyiv Desk", wantOutlet: "The Monitor", wantPublished: "2022-03-06", wantOrig: "Kyiv Desk", wantOrigDate: "2022-03-05"},
		{name: "reprint note with date", text: "Town falls" + body + "\nOriginally appeared in the Steppe Herald on March 4, 2022.\n",
			wantTitle: "Town falls", wantOrig: "Steppe Herald", wantOrigDate: "2022-03-04"},
		{name: "reprint note as url", text: body + "\nRepublished from https://www.steppeherald.example/news/1\n", wantOrig: "steppeherald.example"},
		{name: "own article is no reprint", text: body + "\nFirst published by Daily Courier.\n", outlet: "Daily Courier", wantOutlet: "Daily Courier"},
		{name: "container wins", text: "Town falls\n\nDaily Courier, March 5, 2022" + body, outlet: "Wire", published: "2022-03-07T08:00:00Z",
			wantTitle: "Town falls", wantOutlet: "Wire", wantPublished: "2022-03-07"},
		{name: "speaker headline", text: "Mayor: river crossing destroyed\n\nRiver Post | 5 March 2022" + body,
			wantTitle: "Mayor: river crossing destroyed", wantOutlet: "River Post", wantPublished: "2022-03-05"},
		{name: "question headline over a byline", text: "Explainer: is the river crossing still open?\n\nBy River Post reporters\n5 March 2022" + body,
			wantTitle: "Explainer: is the river crossing still open?", wantByline: "River Post reporters", wantOutlet: "River Post", wantPublished: "2022-03-05"},
		{name: "dated headline over the publication's name", text: "Front line review: the south, 5 March 2022\n\nSteppe Research Institute" + body,
			wantTitle: "Front line review: the south, 5 March 2022", wantOutlet: "Steppe Research Institute", wantPublished: "2022-03-05"},
		{name: "date inside a headline is the story's", text: "Shelling on 1 March 2022 killed five in the old town\n\nBy Jane Roe" + body,
			wantTitle: "Shelling on 1 March 2022 killed five in the old town", wantByline: "Jane Roe"},
		{name: "update stamp is not the publication date", text: "Town falls\n\nRiver Post | 5 March 2022\n\nUpdated: 6 March 2022, 09:40" + body,
			wantTitle: "Town falls", wantOutlet: "River Post", wantPublished: "2022-03-05"},
		{name: "first posted in a month names no outlet", text: "Town falls\n\nRiver Post | 5 March 2022" + body + "\nThe clip is old: it was first posted in May 2021, when the front was quiet.\n",
			wantTitle: "Town falls", wantOutlet: "River Post", wantPublished: "2022-03-05"},
		{name: "first posted on a weekday names no outlet", text: "Town falls" + body + "\nA longer version of this map was first posted on Monday.\n",
			wantTitle: "Town falls"},
		{name: "first appeared on social media names no outlet", text: "Town falls" + body + "\nThe photograph first appeared on social media in the evening.\n",
			wantTitle: "Town falls"},
		{name: "reprint note with the outlet after the date", text: "Town falls" + body + "\nThis article was originally published on 4 March 2022 by the Steppe Herald.\n",
			wantTitle: "Town falls", wantOrig: "Steppe Herald", wantOrigDate: "2022-03-04"},
		{name: "long first line is no title", text: "Forces advanced on the town overnight after shelling that went on for many hours and left the eastern districts without power and water, officials in the region said on Tuesday" + body},
	}
	c := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := c.Clean(&read.Input{ID: "x", Text: tt.text, URL: tt.url, Outlet: tt.outlet, Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.wantTitle || doc.Byline != tt.wantByline || doc.Outlet != tt.wantOutlet || doc.Published != tt.wantPublished {
				t.Errorf("title=%q byline=%q outlet=%q published=%q; want %q %q %q %q", doc.Title, doc.Byline, doc.Outlet, doc.Published, tt.wantTitle, tt.wantByline, tt.wantOutlet, tt.wantPublished)
			}
			gotOrig, gotDate := "", ""
			if doc.Original != nil {
				gotOrig, gotDate = doc.Original.Outlet, doc.Original.Published
			}
			if gotOrig != tt.wantOrig || gotDate != tt.wantOrigDate {
				t.Errorf("original %q %q, want %q %q", gotOrig, gotDate, tt.wantOrig, tt.wantOrigDate)
			}
			if strings.Contains(doc.Body, "published") || strings.Contains(doc.Body, "Published") {
				t.Errorf("metadata line left in body: %q", doc.Body)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The forces of the republic said that the town was taken on Monday.", "en"},
		{"Российские войска заявили, что город был взят в понедельник, и это также подтвердили.", "ru"},
		{"Українські військові заявили, що місто було звільнене, і це також підтвердили.", "uk"},
		{"Հայաստանի պաշտպանության նախարարությունը հայտնել է, որ մարտերը շարունակվում են։", "hy"},
		{"Azərbaycan Müdafiə Nazirliyi bildirib ki, kənd işğaldan azad edilib və bu daha sonra təsdiqlənib.", "az"},
		{"Türk Silahlı Kuvvetleri bu sabah bir açıklama yaptı ve operasyon için daha fazla asker gönderdi.", "tr"},
		{"Les forces arméniennes ont annoncé que la ville est sous contrôle et que les combats sont terminés.", "fr"},
		{"Die Armee teilte mit, dass die Stadt nicht mehr unter Kontrolle der Regierung ist und auch die Straße gesperrt wurde.", "de"},
		{"El ejército dijo que la ciudad fue tomada por las fuerzas del gobierno y que los combates continúan en la región.", "es"},
		{"ok", ""},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestObserve: a line a site repeats in many documents goes, even one that
// no other evidence would catch; a reprinted article does not.
func TestObserve(t *testing.T) {
	footer := "Our correspondents work in twelve countries across the region."
	mk := func(i int, lead string) *read.Input {
		return &read.Input{ID: string(rune('a' + i)), URL: "https://herald.example/" + string(rune('a'+i)),
			Text: lead + "\n\nOfficials said the shelling lasted for three hours and damaged a school.\n\n" + footer + "\n"}
	}
	c := New(Options{})
	leads := []string{"Troops entered the village of Alpha on Monday, the ministry said.",
		"Troops entered the village of Beta on Tuesday, the ministry said.",
		"Troops entered the village of Gamma on Wednesday, the ministry said."}
	for i, l := range leads {
		c.Observe(mk(i, l))
	}
	doc, err := c.Clean(mk(0, leads[0]))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Body, footer) {
		t.Errorf("recurring footer kept: %q", doc.Body)
	}
	if !strings.Contains(doc.Body, leads[0]) {
		t.Errorf("lead lost: %q", doc.Body)
	}
	// The same article three times (reprints with no URL) stays whole.
	c = New(Options{})
	art := &read.Input{ID: "r", Text: leads[1] + "\n\nOfficials said the shelling lasted for three hours and damaged a school.\n"}
	for i := 0; i < 3; i++ {
		c.Observe(art)
	}
	doc, err = c.Clean(art)
	if err != nil || !strings.Contains(doc.Body, leads[1]) || !strings.Contains(doc.Body, "damaged a school") {
		t.Errorf("reprinted article cut: %v %q", err, doc.Body)
	}
}

func TestRejections(t *testing.T) {
	c := New(Options{})
	for _, in := range []*read.Input{
		{ID: "h", HTML: true, Text: "<html><body><nav><a href=/>Home</a></nav></body></html>"},
		{ID: "t", Text: "Share\n\nPrint\n\n© 2022 Site"},
	} {
		if doc, err := c.Clean(in); err == nil {
			t.Errorf("%s: no rejection, body %q", in.ID, doc.Body)
		}
	}
	_, err := c.Clean(&read.Input{ID: "h", HTML: true, Text: "<html><body></body></html>"})
	if err == nil || err.Error() != "HTML with no main text" {
		t.Errorf("err = %v, want HTML with no main text", err)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("<p>0A0", true) // extraction once emitted this block twice
	for _, s := range []string{"", "a", "# T\n\nBy X\n\nText here is long enough to be prose.", "[x](", "**", "*a*b*", "date 2020-01-01", "\xff\xfe", "Region: [A](#), [B](#)", "<p>x</p>", "line that ends with the\n\nnext", "> a quote\n> goes on\n>\n> and ends", "Para\ncontinues  \nbreak\\\n- item\n  more"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	c := New(Options{})
	f.Fuzz(func(t *testing.T, text string, isHTML bool) {
		if !utf8.ValidString(text) {
			return // read.Decode guarantees valid UTF-8 input
		}
		formats := []string{"html"}
		if !isHTML {
			formats = []string{"txt", "md"} // Markdown has its own paragraphs
		}
		for _, format := range formats {
			doc, err := c.Clean(&read.Input{ID: "f", Text: text, HTML: isHTML, Format: format})
			if err != nil {
				continue
			}
			if !utf8.ValidString(doc.Body) {
				t.Fatalf("%s: invalid UTF-8 body %q", format, doc.Body)
			}
			// Paragraph breaks are the cleaner's own; apart from them the
			// body never outgrows the text.
			if n := len(doc.Body) - strings.Count(doc.Body, "\n\n"); n > len(text) {
				t.Fatalf("%s: body (%d) longer than input (%d): %q -> %q", format, n, len(text), text, doc.Body)
			}
		}
	})
}
