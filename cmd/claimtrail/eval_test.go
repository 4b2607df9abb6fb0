package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEvents: with an events.jsonl in the gold folder, eval prints the
// events table (both modes) and puts the same figures in its JSON.
func TestEvalEvents(t *testing.T) {
	for _, war := range []string{"karabakh-2020", "ukraine-2022"} {
		t.Run(war, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "events", war)
			files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
			if err != nil || len(files) < 8 {
				t.Fatalf("event articles: %v %v", files, err)
			}
			gold := filepath.Join(dir, "gold")
			out := mustCLI(t, append([]string{"eval", "--gold", gold, "--format", "json"}, files...)...)
			var rep struct {
				Claims struct {
					F1 float64 `json:"f1"`
				} `json:"claims"`
				Events *struct {
					GoldClaims struct {
						Claims   int `json:"claims"`
						Pairwise struct {
							Precision, Recall, F1 float64
						} `json:"pairwise"`
						Status struct {
							Correct, Total int
						} `json:"status"`
					} `json:"gold_claims"`
					Pipeline *struct {
						Claims   int `json:"claims"`
						Pairwise struct {
							F1 float64
						} `json:"pairwise"`
						Status struct {
							Correct, Total int
						} `json:"status"`
					} `json:"pipeline"`
				} `json:"events"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("eval output is not JSON: %v\n%s", err, out)
			}
			if rep.Events == nil || rep.Events.Pipeline == nil {
				t.Fatalf("no events scores (both modes) in\n%s", out)
			}
			g, p := rep.Events.GoldClaims, rep.Events.Pipeline
			t.Logf("claims F1 %.3f; events gold-claims pairwise P %.3f R %.3f F1 %.3f status %d/%d; pipeline (%d matched) F1 %.3f status %d/%d",
				rep.Claims.F1, g.Pairwise.Precision, g.Pairwise.Recall, g.Pairwise.F1, g.Status.Correct, g.Status.Total,
				p.Claims, p.Pairwise.F1, p.Status.Correct, p.Status.Total)
			if g.Claims < 30 || g.Status.Total < 25 {
				t.Errorf("gold-claims mode scored %d claims and %d status steps, want all of them", g.Claims, g.Status.Total)
			}
			if g.Pairwise.F1 < 0.95 {
				t.Errorf("gold-claims pairwise F1 %.3f below the 0.95 floor", g.Pairwise.F1)
			}
			if p.Claims == 0 || p.Claims > g.Claims || p.Status.Total != g.Status.Total {
				t.Errorf("pipeline mode: %d matched claims of %d, %d status steps of %d", p.Claims, g.Claims, p.Status.Total, g.Status.Total)
			}

			table := mustCLI(t, append([]string{"eval", "--gold", gold, "--verbose"}, files...)...)
			for _, want := range []string{"events", "pair F1", "gold claims", "pipeline (matched)"} {
				if !strings.Contains(table, want) {
					t.Errorf("eval table lacks %q:\n%s", want, table)
				}
			}
		})
	}
}

// TestEvalWithoutEvents: a gold folder without events.jsonl scores no
// events; a malformed one is an error naming it.
func TestEvalWithoutEvents(t *testing.T) {
	out := mustCLI(t, append([]string{"eval", "--gold", seedGold, "--format", "json"}, seedFiles(t)...)...)
	if strings.Contains(out, `"events"`) {
		t.Errorf("events scores without events.jsonl:\n%s", out)
	}
	if table := mustCLI(t, append([]string{"eval", "--gold", seedGold}, seedFiles(t)...)...); strings.Contains(table, "pair F1") {
		t.Errorf("events table without events.jsonl:\n%s", table)
	}
	dir := t.TempDir()
	for _, name := range []string{"claims.jsonl", "docs.jsonl"} {
		b, err := os.ReadFile(filepath.Join(seedGold, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "events.jsonl"), []byte(`{"id":"e1","claims":[{"doc":"x","sentence":"Not in the gold."}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := cli(t, append([]string{"eval", "--gold", dir}, seedFiles(t)...)...)
	if err == nil || !strings.Contains(err.Error(), "no gold claim") {
		t.Errorf("inconsistent events.jsonl: err %v, want one naming the missing claim", err)
	}
}
