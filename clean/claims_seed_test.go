package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedClaimSentencesKept: every sentence the gold claims quote must
// stand in the cleaned body, markup removed and white space folded.
func TestSeedClaimSentencesKept(t *testing.T) {
	golds, ins := loadSeeds(t)
	c := New(Options{})
	bodies := map[string]string{}
	for i, g := range golds {
		doc, err := c.Clean(ins[i])
		if err != nil {
			t.Fatal(err)
		}
		bodies[g.Doc] = norm(doc.Body)
	}
	b, err := os.ReadFile(filepath.Join(seedDir, "gold", "claims.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var cl struct{ Doc, Sentence string }
		if err := json.Unmarshal([]byte(l), &cl); err != nil {
			t.Fatal(err)
		}
		n++
		if !strings.Contains(bodies[cl.Doc], norm(cl.Sentence)) {
			t.Errorf("%s: sentence not in body: %q", cl.Doc, cl.Sentence)
		}
	}
	if n == 0 {
		t.Fatal("no gold claims read")
	}
}
