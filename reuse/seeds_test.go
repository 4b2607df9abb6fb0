package reuse

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

const seedDir = "../testdata/seeds"

// seedAliases stands in for the profile's place aliases: each variant maps
// to the canonical name, as a canonicaliser built from the gazetteer would.
var seedAliases = map[string]string{"shushi": "shusha", "şuşa": "shusha", "shoushi": "shusha"}

func seedCanon(w string) string {
	if c, ok := seedAliases[w]; ok {
		return c
	}
	return w
}

// loadSeeds reads the seed articles with the metadata of gold/docs.jsonl.
// Bodies are the raw files: nothing is cleaned, so the footers the three
// Global Research pages share are all there, as if the cleaner had missed
// them.
func loadSeeds(t testing.TB) []*claimtrail.Document {
	t.Helper()
	f, err := os.Open(filepath.Join(seedDir, "gold", "docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*claimtrail.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d claimtrail.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(seedDir, d.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d.Body = string(raw)
		docs = append(docs, &d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}

type pair struct{ a, b string }

func pairOf(a, b string) pair {
	if b < a {
		a, b = b, a
	}
	return pair{a, b}
}

func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	orders := map[string][]int{
		"in order": {0, 1, 2, 3, 4},
		"reversed": {4, 3, 2, 1, 0},
		"mixed":    {2, 4, 0, 3, 1},
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			d := New(NewMemIndex(), WithCanonical(seedCanon))
			got := map[pair][]claimtrail.Reuse{}
			for _, i := range order {
				rs, err := d.Add(context.Background(), docs[i])
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range rs {
					got[pairOf(r.A, r.B)] = append(got[pairOf(r.A, r.B)], r)
				}
			}
			want := pairOf("001_cdefef70d397972d", "002_b878683120c3a76b")
			if len(got) != 1 || got[want] == nil {
				for p, rs := range got {
					for _, r := range rs {
						t.Errorf("pair %v: %q", p, r.AText)
					}
				}
				t.Fatalf("want exactly the pair %v", want)
			}
			r := got[want][0]
			if len(got[want]) != 1 {
				t.Errorf("want one passage, got %d", len(got[want]))
			}
			if !strings.HasPrefix(r.AText, "Backed by heavy artillery and attack drones") ||
				!strings.HasPrefix(r.BText, "Backed by heavy artillery and attack drones") {
				t.Errorf("passage = %q / %q", r.AText, r.BText)
			}
			for _, x := range []struct {
				id         string
				start, end int
				text       string
			}{{r.A, r.AStart, r.AEnd, r.AText}, {r.B, r.BStart, r.BEnd, r.BText}} {
				body, _ := d.Index().Body(context.Background(), x.id)
				if body[x.start:x.end] != x.text {
					t.Errorf("%s: span [%d,%d) is not the text", x.id, x.start, x.end)
				}
			}
		})
	}
}
