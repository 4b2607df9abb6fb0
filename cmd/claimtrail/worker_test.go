package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/postgres/pgtest"
	"github.com/claimtrail/claimtrail/queue"
)

// TestWorkerCommandMatchesIngest: 'ingest --queue' and two 'worker'
// commands store what 'ingest' stores in one process, the cleaner's
// learning pass included (a footer that recurs across one site's articles
// goes in both); 'status' shows the shared ack wait, and a worker asking
// for another one is refused.
func TestWorkerCommandMatchesIngest(t *testing.T) {
	natsURL := os.Getenv("CLAIMTRAIL_TEST_NATS")
	if natsURL == "" {
		if os.Getenv("CLAIMTRAIL_TEST_NOSKIP") == "1" {
			t.Fatal("CLAIMTRAIL_TEST_NATS is not set and CLAIMTRAIL_TEST_NOSKIP=1")
		}
		t.Skip("CLAIMTRAIL_TEST_NATS is not set")
	}
	refURL, distURL := pgtest.URL(t), pgtest.URL(t)
	var b [5]byte
	rand.Read(b[:])
	prefix := "cttest_" + hex.EncodeToString(b[:])
	qurl := strings.TrimSuffix(natsURL, "/") + "/" + prefix
	t.Cleanup(func() {
		q, err := dialQueue(context.Background(), qurl, "test cleanup")
		if err != nil {
			t.Error(err)
			return
		}
		defer q.Close()
		if err := q.Delete(context.Background()); err != nil {
			t.Error(err)
		}
	})

	dir := t.TempDir()
	const footer = "The Valley Courier is printed each week by the Riverside Cooperative Press in Ostrova."
	places := []string{"the northern bridge", "the grain terminal", "the old depot", "the river port", "the hospital"}
	for i := range 5 {
		text := fmt.Sprintf("Valley Courier, 12 March 2022\n\nShelling near %s injured %d people on Friday, the regional administration said.\n\n"+
			"Volunteers from %s brought water to %d families before the curfew, the mayor's office reported.\n\n%s\n",
			places[i], 3+i, places[(i+2)%len(places)], 20+5*i, footer)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
	}
	const docs = 10

	mustCLI(t, "ingest", "--db", refURL, dir)
	if out := mustCLI(t, "ingest", "--queue", qurl, dir); !strings.Contains(out, "queued: 10") {
		t.Fatalf("ingest --queue: %s", out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 2)
	for i := range 2 {
		go func() {
			done <- run(ctx, []string{"worker", "--queue", qurl, "--db", distURL, "--ack-wait", "5s", "--batch", "3",
				"--id", fmt.Sprint("w", i)}, strings.NewReader(""), &strings.Builder{}, &strings.Builder{})
		}()
	}
	dist, err := postgres.Open(context.Background(), distURL)
	if err != nil {
		t.Fatal(err)
	}
	defer dist.Close()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		st, err := dist.Stats(context.Background())
		var qs queue.Status
		if err == nil && st.Documents == docs {
			if err := json.Unmarshal([]byte(mustCLI(t, "status", "--queue", qurl, "--format", "json")), &qs); err != nil {
				t.Fatal(err)
			}
			if qs.Backlog == 0 {
				if qs.AckWait != 5*time.Second {
					t.Errorf("status: ack wait %v, want the workers' 5s", qs.AckWait)
				}
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out: %+v %v, queue %+v", st, err, qs)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if out := mustCLI(t, "status", "--queue", qurl); !strings.Contains(out, "ack wait:      5s") {
		t.Errorf("status does not show the ack wait:\n%s", out)
	}
	_, _, err = cli(t, "worker", "--queue", qurl, "--db", distURL, "--ack-wait", "7s")
	if claimtrail.ErrorKind(err) != claimtrail.EInvalid || !strings.Contains(err.Error(), "--reconfigure") {
		t.Errorf("a worker asking for another ack wait: %v, want it refused", err)
	}
	cancel()
	for range 2 {
		if err := <-done; err != nil {
			t.Errorf("worker: %v", err)
		}
	}

	ref, err := postgres.Open(context.Background(), refURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	rd, err := ref.Documents(context.Background(), claimtrail.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dd, err := dist.Documents(context.Background(), claimtrail.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rd) != docs || len(dd) != docs {
		t.Fatalf("%d and %d documents, want %d", len(rd), len(dd), docs)
	}
	for i := range rd {
		if rd[i].ID != dd[i].ID || rd[i].Body != dd[i].Body || strings.Join(rd[i].Removed, "|") != strings.Join(dd[i].Removed, "|") {
			t.Errorf("document %s: the worker's body or removed lines differ from ingest's:\n%q\n%q", rd[i].ID, dd[i].Body, rd[i].Body)
		}
		if strings.Contains(dd[i].Body, "Riverside Cooperative") {
			t.Errorf("document %s: the site's recurring footer was kept", dd[i].ID)
		}
	}
	if a, b := mustCLI(t, "claims", "--db", refURL, "--format", "jsonl"), mustCLI(t, "claims", "--db", distURL, "--format", "jsonl"); a != b {
		t.Errorf("the claims differ between ingest and the workers")
	}
}
