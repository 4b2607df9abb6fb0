package eval

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Gold folders shipped with the repository. Each test below checks that
// the gold is consistent with its documents, so that an annotation typo
// fails here rather than skewing every later evaluation.
var goldFolders = []struct {
	dir   string // folder holding the documents; gold/ beneath it
	sides []claimtrail.Side
}{
	{"../testdata/seeds", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/corpus/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/corpus/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
	{"../testdata/events/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/events/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
	{"../testdata/devround3/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/devround3/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
	// Document-level dev set for the cleaner (layouts, dates, reprints); no claims.
	{"../testdata/cleandev", []claimtrail.Side{"RUS", "UKR"}},
	// Generality dev sets: wars no shipped profile covers (profiles in testdata/profiles).
	{"../testdata/generality/sudan-2023", []claimtrail.Side{"SAF", "RSF"}},
	{"../testdata/generality/georgia-2008", []claimtrail.Side{"GEO", "RUS"}},
	{"../testdata/generality/tigray-2020", []claimtrail.Side{"ETH", "TIG"}},
	{"../testdata/generality/syria-2016", []claimtrail.Side{"SYR", "OPP", "SDF", "ISIS"}},
	{"../testdata/generality/yemen-2015", []claimtrail.Side{"GOV", "HTH"}},
	{"../testdata/generality/myanmar-2023", []claimtrail.Side{"SAC", "RES"}},
	// The held-out set is checked for consistency only: nothing tunes on it.
	{"../testdata/heldout/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/heldout/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
	// A second held-out claim set (session 3), consistency only.
	{"../testdata/heldout2/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/heldout2/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
	// Held-out event gold (issue 4), consistency only: nothing tunes on it.
	{"../testdata/events-heldout/karabakh-2020", []claimtrail.Side{"ARM", "AZE"}},
	{"../testdata/events-heldout/ukraine-2022", []claimtrail.Side{"RUS", "UKR"}},
}

var (
	reScriptStyle = regexp.MustCompile(`(?is)<(script|style)\b[^>]*>.*?</(script|style)>`)
	reComment     = regexp.MustCompile(`(?s)<!--.*?-->`)
	reBlockTag    = regexp.MustCompile(`(?i)</?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|header|footer|nav|aside|section|article|main|title|head|body|html|figure|figcaption|blockquote|form|button)\b[^>]*>`)
	reAnyTag      = regexp.MustCompile(`<[^>]+>`)
	reMdHeading   = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s*`)
	reMdBullet    = regexp.MustCompile(`(?m)^\s*(?:[-+]|\d+\.)\s+`)
	reMdQuote     = regexp.MustCompile(`(?m)^\s*>\s?`)
	reMdItalic    = regexp.MustCompile(`(^|[^\w*])\*([^*\s][^*\n]*?)\*`)
)

// readableText is what a reader sees of a raw document: tags or Markdown
// markup removed, entities decoded, white space folded (which also joins
// broken paragraphs). Seed .txt files carry Markdown links and emphasis, so
// text files are treated as Markdown too.
func readableText(raw, ext string) string {
	t := raw
	if ext == "html" {
		t = reScriptStyle.ReplaceAllString(t, " ")
		t = reComment.ReplaceAllString(t, " ")
		t = reBlockTag.ReplaceAllString(t, " ")
		t = reAnyTag.ReplaceAllString(t, "")
		t = html.UnescapeString(t)
	} else {
		t = mdLink.ReplaceAllString(t, "$1")
		t = reMdHeading.ReplaceAllString(t, "")
		t = reMdBullet.ReplaceAllString(t, "")
		t = reMdQuote.ReplaceAllString(t, "")
		t = strings.ReplaceAll(t, "**", "")
		t = reMdItalic.ReplaceAllString(t, "$1$2")
	}
	return foldSpace(t)
}

func loadDocTexts(t *testing.T, dir string) (texts, raws map[string]string) {
	t.Helper()
	texts, raws = map[string]string{}, map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		ext := strings.TrimPrefix(filepath.Ext(e.Name()), ".")
		if e.IsDir() || !slices.Contains([]string{"txt", "md", "html"}, ext) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(e.Name(), "."+ext)
		if _, dup := texts[id]; dup {
			t.Errorf("%s: two documents with id %s", dir, id)
		}
		texts[id] = readableText(string(b), ext)
		raws[id] = foldSpace(string(b))
	}
	return texts, raws
}

func validDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func TestGoldFoldersConsistent(t *testing.T) {
	roles := []string{claimtrail.RoleOfficial, claimtrail.RoleMilitary, claimtrail.RoleMedia, claimtrail.RoleUnnamed, claimtrail.RoleAuthor}
	quals := []string{claimtrail.QualExact, claimtrail.QualAtLeast, claimtrail.QualOver, claimtrail.QualAbout, claimtrail.QualUpTo, claimtrail.QualRange}
	for _, f := range goldFolders {
		t.Run(filepath.Base(f.dir), func(t *testing.T) {
			g, err := LoadGold(filepath.Join(f.dir, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			texts, raws := loadDocTexts(t, f.dir)
			sides := append([]claimtrail.Side{""}, f.sides...)

			for _, d := range g.Docs {
				text, ok := texts[d.ID]
				if !ok {
					t.Errorf("doc %s: no file %s.{txt,md,html}", d.ID, d.ID)
					continue
				}
				if d.Published != nil && !validDay(*d.Published) {
					t.Errorf("doc %s: published %q is not a day", d.ID, *d.Published)
				}
				if d.Original != nil && d.Original.Outlet == "" {
					t.Errorf("doc %s: original without outlet", d.ID)
				}
				for _, k := range d.BodyKeeps {
					if !strings.Contains(text, foldSpace(k)) {
						t.Errorf("doc %s: body_keeps %q not in the text", d.ID, k)
					}
				}
				for _, b := range d.Boilerplate {
					if fb := foldSpace(b); !strings.Contains(text, fb) && !strings.Contains(raws[d.ID], fb) {
						t.Errorf("doc %s: boilerplate %q not in the document", d.ID, b)
					}
				}
			}
			for i, c := range g.Claims {
				text, ok := texts[c.Doc]
				if !ok {
					t.Errorf("claim %d: no document %s", i+1, c.Doc)
					continue
				}
				if !strings.Contains(text, foldSpace(c.Sentence)) {
					t.Errorf("claim %d (%s): sentence not in the document: %q", i+1, c.Doc, c.Sentence)
				}
				if !slices.Contains([]string{claimtrail.StanceAsserts, claimtrail.StanceDenies}, c.Stance) ||
					!slices.Contains([]string{claimtrail.VoiceAuthor, claimtrail.VoiceReported}, c.Voice) ||
					!slices.Contains(roles, c.Claimant.Role) {
					t.Errorf("claim %d (%s): stance %q voice %q role %q", i+1, c.Doc, c.Stance, c.Voice, c.Claimant.Role)
				}
				if (c.Voice == claimtrail.VoiceAuthor) != (c.Claimant.Role == claimtrail.RoleAuthor) {
					t.Errorf("claim %d (%s): voice %q with claimant role %q", i+1, c.Doc, c.Voice, c.Claimant.Role)
				}
				for _, s := range []claimtrail.Side{c.Claimant.Side, c.Actor, c.Target} {
					if !slices.Contains(sides, s) {
						t.Errorf("claim %d (%s): side %q is not one of %v", i+1, c.Doc, s, sides)
					}
				}
				for _, p := range c.Places {
					if p.Name == "" {
						t.Errorf("claim %d (%s): place without name", i+1, c.Doc)
					}
				}
				if c.Date != nil && (!validDay(c.Date.Start) || !validDay(c.Date.End) || c.Date.End < c.Date.Start) {
					t.Errorf("claim %d (%s): bad date %+v", i+1, c.Doc, *c.Date)
				}
				for _, q := range c.Quantities {
					if !slices.Contains(claimtrail.QuantityItems, q.Item) || !slices.Contains(quals, q.Qual) || q.N <= 0 ||
						(q.Qual == claimtrail.QualRange) != (q.Max > 0) {
						t.Errorf("claim %d (%s): bad quantity %+v", i+1, c.Doc, q)
					}
				}
			}
			for i, r := range g.Reuse {
				if _, ok := texts[r.B]; !ok {
					t.Errorf("reuse %d: no document %s", i+1, r.B)
				}
				if a, ok := texts[r.A]; !ok || !strings.Contains(a, foldSpace(r.AText)) {
					t.Errorf("reuse %d: a_text not in document %s", i+1, r.A)
				}
			}
			// A perfect prediction scores 1 everywhere.
			assertPerfect(t, Score(g, selfPrediction(g), NewPlaceMatcher(nil)))
		})
	}
}

func TestReadableText(t *testing.T) {
	tests := []struct{ name, raw, ext, want string }{
		{"html tags, entities and blocks", "<p>Hello <b>Kyiv</b>&rsquo;s</p><p>next</p><script>x()</script>", "html", "Hello Kyiv’s next"},
		{"markdown link and bold", "By [South Front](#)\n\n**President Aliyev** said", "txt", "By South Front President Aliyev said"},
		{"markdown heading, quote and italics", "# Title\n\n> *Our units* held.\n", "md", "Title Our units held."},
		{"broken paragraph joined", "evacuation of civilians\n\nfrom Stepanakert", "txt", "evacuation of civilians from Stepanakert"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := readableText(tc.raw, tc.ext); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
