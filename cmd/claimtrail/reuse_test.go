package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReuseWindowFlag: --reuse-window reaches the detector of ingest. A
// shortened copy that shares one sketch key with its original is found
// when the original is among the latest documents of the window, and
// missed when four unrelated documents stored after it push it out of a
// window of three.
func TestReuseWindowFlag(t *testing.T) {
	dir := t.TempDir()
	write := func(name, outlet, date, body string) string {
		p := filepath.Join(dir, name+".md")
		text := fmt.Sprintf("---\ntitle: %s report\noutlet: %s\ndate: %s\n---\n\n%s\n", name, outlet, date, body)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	earlier := []string{
		write("orig", "Alpha News", "2022-05-01",
			"Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday, the regional military administration said in a statement.\n\n"+
				"According to the governor, at least twelve residential buildings were damaged by shelling overnight, and power lines were cut in three districts."),
		write("f1", "Gamma Daily", "2022-05-01", "The weather turned cold as the first snow fell on the hills above the river valley."),
		write("f2", "Delta Post", "2022-05-02", "Markets in the capital stayed open and prices of bread and fuel held steady for a second week."),
		write("f3", "Epsilon Times", "2022-05-02", "A new bridge over the canal is expected to open to traffic before the end of next spring."),
		write("f4", "Zeta Wire", "2022-05-03", "Local officials said the evacuation of civilians from the eastern suburbs of Kharkiv would continue through the weekend despite the fighting."),
	}
	copyDoc := write("copy", "Beta Herald", "2022-05-03",
		"Talks between the two delegations were postponed until later in the month.\n\n"+
			"Ukrainian forces repelled an attack near the village of Bilohorivka on Tuesday.")

	found := func(window string) bool {
		db := filepath.Join(t.TempDir(), "ledger.db")
		for _, p := range earlier {
			mustCLI(t, "ingest", "--quiet", "--db", db, "--reuse-window", window, p)
		}
		mustCLI(t, "ingest", "--quiet", "--db", db, "--reuse-window", window, copyDoc)
		out := mustCLI(t, "reuse", "--db", db, "--format", "jsonl")
		return strings.Contains(out, "Bilohorivka")
	}
	if !found("10") {
		t.Error("with --reuse-window 10 the shortened copy was not found")
	}
	if found("3") {
		t.Error("with --reuse-window 3 the shortened copy of a document five back was found")
	}
}

// TestProfileDirFollowsLinks: a symbolic link to a profile folder inside
// --profile-dir loads like the folder itself.
func TestProfileDirFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	target, err := filepath.Abs(filepath.Join("..", "..", "testdata", "profiles", "sudan-2023"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "sudan-2023")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	out := mustCLI(t, "profiles", "--profile-dir", dir)
	if !strings.Contains(out, "sudan-2023") {
		t.Errorf("profiles --profile-dir with a linked folder:\n%s", out)
	}
}

// TestReuseWindowRefused: a negative --reuse-window and a malformed
// CLAIMTRAIL_REUSE_WINDOW are refused, not silently replaced.
func TestReuseWindowRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	if _, _, err := cli(t, "ingest", "--quiet", "--db", db, "--reuse-window", "-5", "x.txt"); err == nil || !strings.Contains(err.Error(), "reuse-window") {
		t.Errorf("--reuse-window -5: err = %v", err)
	}
	t.Setenv("CLAIMTRAIL_REUSE_WINDOW", "8k")
	if _, _, err := cli(t, "ingest", "--quiet", "--db", db, "x.txt"); err == nil || !strings.Contains(err.Error(), "CLAIMTRAIL_REUSE_WINDOW") {
		t.Errorf("CLAIMTRAIL_REUSE_WINDOW=8k: err = %v", err)
	}
}
