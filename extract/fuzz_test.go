package extract

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// FuzzExtract checks Extract's promises on any text: it never panics, every
// claim's offsets lie inside the body on its sentence, and the claim's
// sentence is that span with white space folded.
func FuzzExtract(f *testing.F) {
	f.Add("Russian forces captured the town of Lyman on Saturday, the Russian Defence Ministry said.", "2022-10-03")
	f.Add("“We liberated Klishchiivka. The enemy suffered heavy losses,” Syrskyi said.\n\nOur units destroyed two enemy tanks.", "")
	f.Add("All statements from the\n\nArmenian side about the casualties among Azerbaijani forces were denounced as fake news.", "2020-09-28")
	f.Add("According to them, on November 3 and November 4, two T-72 tanks were destroyed. “", "bad-date")
	f.Add("\"\"\" ,,, that that said said according to", "2022-01-01")
	f.Add("The claims of Aliyev are false. It denies it. \xff\xfe the town there", "2020-11-09")
	x := New(mustProfile(f, "ukraine-2022"))
	f.Fuzz(func(t *testing.T, body, published string) {
		doc := &claimtrail.Document{ID: "f", Body: body, Published: published}
		for _, c := range x.Extract(doc) {
			if c.Start < 0 || c.End > len(body) || c.Start >= c.End {
				t.Fatalf("offsets %d..%d outside body of %d bytes", c.Start, c.End, len(body))
			}
			if c.Sentence != fold(body[c.Start:c.End]) {
				t.Fatalf("sentence %q is not body[%d:%d] folded", c.Sentence, c.Start, c.End)
			}
			if c.Kind != "claim" || c.Doc != "f" || !strings.HasPrefix(c.ID, "f:") {
				t.Fatalf("bad record %+v", c)
			}
		}
	})
}
