package main

import (
	"path/filepath"
	"testing"
)

// generalitySets are articles about wars no shipped profile covers, each
// with its profile in testdata/profiles, and a floor a little under the
// claims F1 measured when the rules were last changed: a rule that fits the
// shipped wars but breaks an unseen one fails here.
var generalitySets = []struct {
	name  string
	floor float64
}{
	{"sudan-2023", 0.91},   // 0.892 when set, 0.929 after session 3
	{"georgia-2008", 0.93}, // 0.768 before its rules, 0.944 after session 3
	{"tigray-2020", 0.87},  // 0.704 before its rules, 0.884 after session 3
	{"syria-2016", 0.79},   // 0.760 when written, 0.805 after session 3's rules
	{"yemen-2015", 0.87},   // 0.797 when written, 0.885 after session 3's rules
	{"myanmar-2023", 0.89}, // 0.814 when written, 0.851 before its own rules, 0.904 after
}

// articles lists the articles of a gold folder's documents folder.
func articles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.txt", "*.md", "*.html"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// shippedDevSets are the dev sets of the shipped wars, with floors a little
// under the claims F1 measured at the end of session 3: a rule that helps a
// new war but breaks the shipped ones fails here.
var shippedDevSets = []struct {
	dir   string
	floor float64
}{
	{"corpus/karabakh-2020", 0.89},    // 0.902
	{"corpus/ukraine-2022", 0.89},     // 0.908
	{"devround3/karabakh-2020", 0.81}, // 0.753 when written, 0.824 after session 3
	{"devround3/ukraine-2022", 0.83},  // 0.777 when written, 0.851 after session 3
}

// TestShippedDevEvalGate scores the extractor on the shipped wars' dev sets.
func TestShippedDevEvalGate(t *testing.T) {
	for _, set := range shippedDevSets {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", set.dir)
			files := articles(t, dir)
			if len(files) < 10 {
				t.Fatalf("found %d articles in %s, want at least 10", len(files), set.dir)
			}
			rep := evalClaims(t, append([]string{"eval", "--gold", filepath.Join(dir, "gold"), "--format", "json"}, files...)...)
			t.Logf("%s claims P %.3f R %.3f F1 %.3f", set.dir, rep.Precision, rep.Recall, rep.F1)
			if rep.F1 < set.floor {
				t.Fatalf("%s claims F1 %.3f < %.2f", set.dir, rep.F1, set.floor)
			}
		})
	}
}

// TestGeneralityEvalGate scores the extractor on each generality set, loaded
// the way a user adds a war: --profile-dir.
func TestGeneralityEvalGate(t *testing.T) {
	for _, set := range generalitySets {
		t.Run(set.name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "generality", set.name)
			files := articles(t, dir)
			if len(files) < 12 {
				t.Fatalf("found %d %s articles, want at least 12", len(files), set.name)
			}
			args := []string{"eval", "--profile-dir", filepath.Join("..", "..", "testdata", "profiles"),
				"--gold", filepath.Join(dir, "gold"), "--format", "json"}
			rep := evalClaims(t, append(args, files...)...)
			t.Logf("%s claims P %.3f R %.3f F1 %.3f", set.name, rep.Precision, rep.Recall, rep.F1)
			if rep.F1 < set.floor {
				t.Fatalf("%s claims F1 %.3f < %.2f", set.name, rep.F1, set.floor)
			}
		})
	}
}
