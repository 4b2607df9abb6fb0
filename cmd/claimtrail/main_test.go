package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// TestMain lets the test binary act as the claimtrail command, so that a
// test can run it as a separate process (and kill it).
func TestMain(m *testing.M) {
	if os.Getenv("CLAIMTRAIL_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// cli runs a command in-process and returns its stdout, stderr and error.
func cli(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := cli(t, args...)
	if err != nil {
		t.Fatalf("claimtrail %s: %v\nstderr: %s", strings.Join(args, " "), err, errOut)
	}
	return out
}

func seedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seed files: %v %v", files, err)
	}
	return files
}

const seedGold = "../../testdata/seeds/gold"

// claimScores are the claims figures of 'claimtrail eval --format json'.
type claimScores struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// evalClaims runs the eval command given by args (with --format json) and
// returns its claims figures.
func evalClaims(t *testing.T, args ...string) claimScores {
	t.Helper()
	out := mustCLI(t, args...)
	var rep struct {
		Claims claimScores `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval output is not JSON: %v\n%s", err, out)
	}
	return rep.Claims
}

// TestSeedEvalGate is the CI gate: claims F1 on the seeds must not fall
// below 0.80.
func TestSeedEvalGate(t *testing.T) {
	rep := evalClaims(t, append([]string{"eval", "--gold", seedGold, "--format", "json"}, seedFiles(t)...)...)
	t.Logf("seed claims P %.3f R %.3f F1 %.3f", rep.Precision, rep.Recall, rep.F1)
	if rep.F1 < 0.80 {
		t.Fatalf("seed claims F1 %.3f < 0.80", rep.F1)
	}
}

func TestEvalTableAndPred(t *testing.T) {
	dir := t.TempDir()
	records := mustCLI(t, append([]string{"extract", "--format", "jsonl"}, seedFiles(t)...)...)
	pred := filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(pred, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustCLI(t, "eval", "--gold", seedGold, "--pred", pred)
	for _, want := range []string{"claims", "stance", "published"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval table lacks %q:\n%s", want, out)
		}
	}
	// Every extracted line is a record of the spec.
	kinds := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(records), "\n") {
		var r struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad record %q: %v", line, err)
		}
		kinds[r.Kind]++
	}
	if kinds["doc"] != 5 || kinds["claim"] == 0 {
		t.Errorf("record kinds %v, want 5 docs and some claims", kinds)
	}
	if _, _, err := cli(t, "eval", "--gold", seedGold); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("eval without input: err %v, want an invalid-input error", err)
	}
}

func TestIngestQueryExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	out := mustCLI(t, append([]string{"ingest", "--quiet", "--db", db}, seedFiles(t)...)...)
	if !strings.Contains(out, "new: 5") {
		t.Fatalf("first ingest summary: %s", out)
	}
	// Re-ingesting the same content is a no-op.
	out = mustCLI(t, append([]string{"ingest", "--quiet", "--db", db}, seedFiles(t)...)...)
	if !strings.Contains(out, "new: 0") || !strings.Contains(out, "unchanged: 5") {
		t.Fatalf("second ingest summary: %s", out)
	}

	all := decodeClaims(t, mustCLI(t, "claims", "--db", db, "--format", "jsonl"))
	if len(all) == 0 {
		t.Fatal("no claims stored")
	}
	ids := map[string]bool{}
	for _, c := range all {
		if ids[c.ID] {
			t.Fatalf("claim %s listed twice", c.ID)
		}
		ids[c.ID] = true
	}

	// --place takes any alias: Shushi finds Shusha.
	shushi := decodeClaims(t, mustCLI(t, "claims", "--db", db, "--place", "Shushi", "--format", "jsonl"))
	if len(shushi) == 0 {
		t.Fatal("--place Shushi found nothing")
	}
	for _, c := range shushi {
		found := false
		for _, p := range c.Places {
			if p.Name == "Shusha" {
				found = true
			}
		}
		if !found {
			t.Errorf("--place Shushi returned a claim without Shusha: %+v", c.Places)
		}
	}

	losses := decodeClaims(t, mustCLI(t, "claims", "--db", db, "--type", "losses", "--side", "arm", "--format", "jsonl"))
	for _, c := range losses {
		if c.Type != "losses" || c.Claimant.Side != "ARM" {
			t.Errorf("--type losses --side arm returned %s by %q", c.Type, c.Claimant.Side)
		}
	}
	text := decodeClaims(t, mustCLI(t, "claims", "--db", db, "--text", "untrue", "--format", "jsonl"))
	for _, c := range text {
		if !strings.Contains(strings.ToLower(c.Sentence), "untrue") {
			t.Errorf("--text untrue returned %q", c.Sentence)
		}
	}
	if len(text) == 0 {
		t.Error("--text untrue found nothing")
	}

	table := mustCLI(t, "claims", "--db", db, "--doc", all[0].Doc)
	if !strings.Contains(table, "SENTENCE") || !strings.Contains(table, all[0].ID) {
		t.Errorf("table output lacks header or id:\n%s", table)
	}
	csvOut := mustCLI(t, "claims", "--db", db, "--format", "csv")
	if lines := strings.Count(csvOut, "\n"); lines < len(all)+1 {
		t.Errorf("csv has %d lines for %d claims", lines, len(all))
	}

	show := mustCLI(t, "show", "--db", db, all[0].ID)
	if !strings.Contains(show, "»") || !strings.Contains(show, all[0].Doc) {
		t.Errorf("show lacks the marked sentence or document:\n%s", show)
	}
	if _, _, err := cli(t, "show", "--db", db, "no-such-claim"); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("show of a missing claim: %v, want not found", err)
	}

	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "export", "--db", db, "--format", "geojson")), &fc); err != nil {
		t.Fatalf("geojson: %v", err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Fatalf("geojson: %d features", len(fc.Features))
	}
	for _, f := range fc.Features {
		lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
		if lat < 38 || lat > 42 || lon < 44 || lon > 48 {
			t.Errorf("a Karabakh claim placed at %v,%v", lat, lon)
		}
	}
	// Three seeds are Global Research reprints; 001 copies a paragraph of 002.
	outlets := mustCLI(t, "outlets", "--db", db)
	if !regexp.MustCompile(`(?m)^Global Research\s+3\s`).MatchString(outlets) {
		t.Errorf("outlets does not count 3 Global Research documents:\n%s", outlets)
	}
	jl := mustCLI(t, "export", "--db", db, "--format", "jsonl")
	if n := strings.Count(jl, `"kind":"claim"`); n != len(all) {
		t.Errorf("jsonl export has %d claims, the ledger %d", n, len(all))
	}
	if _, _, err := cli(t, "claims", "--db", filepath.Join(t.TempDir(), "missing.db")); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("querying a missing ledger: %v, want not found", err)
	}
}

func decodeClaims(t *testing.T, out string) []claimtrail.Claim {
	t.Helper()
	var cs []claimtrail.Claim
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var c claimtrail.Claim
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("bad claim line %q: %v", line, err)
		}
		cs = append(cs, c)
	}
	return cs
}

func TestBadInputsAreReportedAndTheBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFiles(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", seed)
	write("empty.txt", nil)
	write("binary.txt", append([]byte("\x00\x01\x02ELF"), bytes.Repeat([]byte{0, 0xff}, 200)...))
	write("latin1.txt", []byte("Azerbaijani forces shelled Stepanakert on Monday, the ministry said. Caf\xe9 \xe9t\xe9.\n"))
	write("huge.txt", bytes.Repeat([]byte("Armenian forces repelled an attack near Hadrut. "), 30000))
	write("broken.html", []byte("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav><div><script>var a=1;</script></div></body></html>"))
	write("mixed.jsonl", []byte(`{"id":"j1","outlet":"Wire","published":"2022-03-02","title":"Kharkiv shelled","text":"Russian forces shelled Kharkiv on Tuesday, the regional governor said."}
{"id":"j2", this is not json
{"id":"j3","outlet":"Wire","published":"2022-03-03","text":"Ukrainian forces repelled an attack near Izium on Wednesday, the General Staff said."}
`))
	missing := filepath.Join(dir, "does-not-exist.txt")
	db := filepath.Join(t.TempDir(), "l.db")
	out, errOut, err := cli(t, "ingest", "--quiet", "--db", db, "--max-bytes", "1000000", dir, missing)
	if err != nil {
		t.Fatalf("ingest failed on bad input (it must report and go on): %v\n%s", err, errOut)
	}
	for _, want := range []struct{ source, reason string }{
		{"empty.txt", "empty"},
		{"binary.txt", "binary"},
		{"latin1.txt", "UTF-8"},
		{"huge.txt", "bytes"},
		{"broken.html", "no main text"},
		{"mixed.jsonl:2", "JSON"},
		{"does-not-exist.txt", ""},
	} {
		found := false
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "rejected ") && strings.Contains(line, want.source) && strings.Contains(line, want.reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no rejection of %s with %q in:\n%s", want.source, want.reason, out)
		}
	}
	if !strings.Contains(out, "new: 3") {
		t.Errorf("want the good file and the two good JSONL lines stored (new: 3):\n%s", out)
	}
	rej := mustCLI(t, "rejected", "--db", db)
	if !strings.Contains(rej, "empty.txt") || !strings.Contains(rej, "mixed.jsonl:2") {
		t.Errorf("rejected command lacks entries:\n%s", rej)
	}
}

// TestKilledIngestResumes kills an ingest process with SIGKILL part way and
// checks that the database is consistent and a re-run completes it with no
// duplicates: the same documents and claims as an ingest never interrupted.
func TestKilledIngestResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds a corpus and kills a process")
	}
	dir := t.TempDir()
	// Articles mixed from the paragraphs of the seeds and the test corpus,
	// so that they differ as a crawl's articles do.
	var paras []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*", "*.txt"))
	files = append(files, seedFiles(t)...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			if len(p) > 200 {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
	}
	var lines bytes.Buffer
	const n = 200
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		var text []string
		for k := 0; k < 5; k++ {
			text = append(text, paras[rnd.IntN(len(paras))])
		}
		rec := map[string]string{"id": "mix-" + itoa(i), "published": "2020-11-09", "text": strings.Join(text, "\n\n")}
		enc, _ := json.Marshal(rec)
		lines.Write(enc)
		lines.WriteByte('\n')
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(corpus, lines.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "l.db")
	cmd := exec.Command(os.Args[0], "ingest", "--quiet", "--db", db, corpus)
	cmd.Env = append(os.Environ(), "CLAIMTRAIL_AS_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some documents are in, then kill.
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 100_000 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	out := mustCLI(t, "ingest", "--quiet", "--db", db, corpus)
	if !strings.Contains(out, "read: "+itoa(n)) {
		t.Fatalf("re-run summary: %s", out)
	}
	ref := filepath.Join(dir, "ref.db")
	mustCLI(t, "ingest", "--quiet", "--db", ref, corpus)

	got := decodeClaims(t, mustCLI(t, "claims", "--db", db, "--format", "jsonl"))
	want := decodeClaims(t, mustCLI(t, "claims", "--db", ref, "--format", "jsonl"))
	ids := map[string]bool{}
	for _, c := range got {
		if ids[c.ID] {
			t.Fatalf("duplicate claim %s", c.ID)
		}
		ids[c.ID] = true
	}
	if len(got) != len(want) {
		t.Fatalf("%d claims after the kill and resume, %d in an uninterrupted ingest", len(got), len(want))
	}
	for _, c := range want {
		if !ids[c.ID] {
			t.Errorf("claim %s of the uninterrupted ingest is missing after the resume", c.ID)
		}
	}
	docs := func(db string) int {
		var st struct{ n int }
		out := mustCLI(t, "export", "--db", db, "--format", "jsonl")
		st.n = strings.Count(out, `"kind":"doc"`)
		return st.n
	}
	if a, b := docs(db), docs(ref); a != b || a < n-5 {
		t.Errorf("documents: %d after the resume, %d uninterrupted, want the same and about %d", a, b, n)
	}
}

func TestEventsCommandsOnSeeds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	mustCLI(t, append([]string{"ingest", "--quiet", "--db", db}, seedFiles(t)...)...)
	disputes := mustCLI(t, "disputes", "--db", db, "--place", "Shushi")
	if !strings.Contains(disputes, "Shusha") || !strings.Contains(disputes, "disputed") {
		t.Errorf("no Shusha dispute:\n%s", disputes)
	}
	control := mustCLI(t, "control", "--db", db, "--date", "2020-11-09")
	if !strings.Contains(control, "Shusha") {
		t.Errorf("control on 9 Nov lacks Shusha:\n%s", control)
	}
	tallies := mustCLI(t, "tallies", "--db", db, "--claimant-side", "ARM", "--format", "csv")
	if !strings.Contains(tallies, "7095") {
		t.Errorf("ARM tallies lack the 7,095 running total:\n%s", tallies)
	}
	var fc struct {
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "events", "--db", db)), &fc); err != nil || len(fc.Features) == 0 {
		t.Errorf("events geojson: %v, %d features", err, len(fc.Features))
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	out := mustCLI(t, "demo", "--quiet", "--no-serve", "--db", db)
	for _, want := range []string{"Ledger:", "Places most claimed:", "Disputes so far:", "claimant side"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	// The demo ledger is recreated, not appended to; a foreign file is protected.
	other := filepath.Join(dir, "mine.db")
	os.WriteFile(other, []byte("precious"), 0o644)
	if _, _, err := cli(t, "demo", "--quiet", "--no-serve", "--db", other); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
		t.Errorf("demo over an existing file: %v, want refusal", err)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"frobnicate"}},
		{"bad flag", []string{"claims", "--nope"}},
		{"bad format", []string{"claims", "--format", "xml"}},
		{"bad date", []string{"claims", "--from", "yesterday"}},
		{"bad type", []string{"claims", "--type", "rumour"}},
		{"ingest without paths", []string{"ingest"}},
	}
	for _, tc := range cases {
		if _, _, err := cli(t, tc.args...); claimtrail.ErrorKind(err) != claimtrail.EInvalid {
			t.Errorf("%s: err %v, want invalid input", tc.name, err)
		}
	}
	if code := exitCode(claimtrail.Errorf(claimtrail.EInvalid, "x"), &bytes.Buffer{}); code != 2 {
		t.Errorf("exit code for invalid input = %d, want 2", code)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
