package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// TestObserveCopiesAreOneInstance: a batch that holds each seed twenty
// times, each copy with a line of its own appended, must clean every copy
// as the seed alone cleans: copies of one article are one template
// instance, so their lines do not recur.
func TestObserveCopiesAreOneInstance(t *testing.T) {
	golds, ins := loadSeeds(t)
	alone := New(Options{})
	want := map[string]string{}
	for _, in := range ins {
		doc, err := alone.Clean(in)
		if err != nil {
			t.Fatal(err)
		}
		want[in.ID] = doc.Body
	}
	var batch []*read.Input
	for k := 0; k < 20; k++ {
		for _, in := range ins {
			cp := *in
			cp.ID = fmt.Sprintf("%s#%d", in.ID, k)
			cp.Text = in.Text + fmt.Sprintf("\n\nCopy %d.\n", k)
			batch = append(batch, &cp)
		}
	}
	c := New(Options{})
	for _, in := range batch {
		c.Observe(in)
	}
	for i, in := range batch {
		g := golds[i%len(golds)]
		doc, err := c.Clean(in)
		if err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		body := norm(doc.Body)
		for _, s := range g.BodyKeeps {
			if !strings.Contains(body, norm(s)) {
				t.Errorf("%s: body lost %q", in.ID, s)
			}
		}
		base := want[g.Doc]
		if !strings.HasPrefix(doc.Body, base) || len(doc.Body) > len(base)+len("\n\nCopy 99.") {
			t.Errorf("%s: body differs from the seed cleaned alone:\n%s", in.ID, doc.Body)
		}
		if t.Failed() {
			break
		}
	}
}

// TestObserveNearDuplicates: on one site, three different articles that
// share a footer, each published five times with small changes. The footer
// stands in three instances and goes; the articles' own lines, though each
// stands in five documents, stay.
func TestObserveNearDuplicates(t *testing.T) {
	footer := "The Steppe Courier is edited in Almaty and read in forty countries."
	articles := [][]string{
		{"Artillery fire hit the eastern edge of the town overnight, the regional governor said.",
			"Two warehouses burned and a road bridge was damaged, according to the emergency service.",
			"The army said its units had returned fire and destroyed a mortar position."},
		{"A convoy carrying food reached the besieged district on Tuesday after a two-day delay.",
			"Aid workers said the trucks had waited at a checkpoint while officials checked papers.",
			"The city council asked for a permanent corridor to be opened for medicine."},
		{"The defence ministry announced that conscripts would not be sent to the front this year.",
			"Officials said the decision followed weeks of protests by families of the conscripts.",
			"Opposition deputies called the announcement a tactical retreat before the elections."},
	}
	var docs []*read.Input
	for v := 0; v < 5; v++ {
		for a, lines := range articles {
			text := strings.Join(lines, "\n\n")
			if v > 0 {
				text += fmt.Sprintf("\n\nThis story was updated %d times since it was first published.", v)
			}
			docs = append(docs, &read.Input{ID: fmt.Sprintf("a%d-v%d", a, v),
				URL:  fmt.Sprintf("https://courier.example/news/%d?v=%d", a, v),
				Text: text + "\n\n" + footer + "\n"})
		}
	}
	c := New(Options{})
	for _, in := range docs {
		c.Observe(in)
	}
	for i, in := range docs {
		doc, err := c.Clean(in)
		if err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		if strings.Contains(doc.Body, footer) {
			t.Errorf("%s: recurring footer kept", in.ID)
		}
		for _, l := range articles[i%len(articles)] {
			if !strings.Contains(doc.Body, l) {
				t.Errorf("%s: lost %q", in.ID, l)
			}
		}
	}
}
