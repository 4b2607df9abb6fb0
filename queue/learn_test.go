package queue_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/read"
)

// siteFooter is a line that one site prints under its articles and that
// only the cleaner's learning pass recognises as boilerplate: no phrase
// list knows it, it is prose of its own.
const siteFooter = "The Valley Courier is printed each week by the Riverside Cooperative Press in Ostrova."

// siteArticles writes n different articles of one site, each ending with
// siteFooter, into a folder.
func siteArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	places := []string{"the northern bridge", "the grain terminal", "the old depot", "the river port", "the hospital", "the power station"}
	for i := range n {
		text := fmt.Sprintf(`Valley Courier, 12 March 2022

Shelling near %s injured %d people on Friday, the regional administration said.

Volunteers from %s brought water and blankets to %d families before the evening curfew, the mayor's office reported.

%s
`, places[i%len(places)], 3+i, places[(i+2)%len(places)], 20+5*i, siteFooter)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestWorkersLearnLikeIngest: documents queued with PublishPaths are
// cleaned by the workers as 'claimtrail ingest' cleans them in one process,
// learning pass included: a footer recurring across the site's articles is
// removed by both, and the two ledgers are the same, field by field.
func TestWorkersLearnLikeIngest(t *testing.T) {
	ctx := context.Background()
	dir := siteArticles(t, 6)
	all, err := profile.Builtin()
	if err != nil {
		t.Fatal(err)
	}

	// The fixture needs learning: without it the footer stays.
	var first *read.Input
	read.Walk(ctx, []string{dir}, read.Options{}, func(in *read.Input, _ *read.Rejected) error {
		if first == nil {
			first = in
		}
		return nil
	})
	if r := pipeline.New(pipeline.Options{Profiles: all}).Process(first); r.Doc == nil || !strings.Contains(r.Doc.Body, "Riverside Cooperative") {
		t.Fatalf("fixture problem: the footer goes without learning: %+v", r.Doc)
	}

	// The single-process run, with its learning pass.
	ref := freshDB(t)
	learning := pipeline.New(pipeline.Options{Profiles: all, Learn: true})
	if _, err := learning.Ingest(ctx, []string{dir}, pipeline.IngestOptions{Store: ref, Reuser: ref.NewReuser()}); err != nil {
		t.Fatal(err)
	}

	// The queue: two workers, each learning the run from the queue.
	q := dial(t, natsURL(t), testPrefix(t))
	sum, err := q.PublishPaths(ctx, []string{dir}, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Published != 6 || sum.Learned != 6 {
		t.Fatalf("publish: %+v, want 6 published and 6 learnt", sum)
	}
	db := freshDB(t)
	stop := startWorkers(t, q, db, 2, func(o *queue.WorkerOptions) { o.Batch = 2 })
	waitFor(t, "the documents to be stored", time.Minute, func() bool {
		st, err := db.Stats(ctx)
		return err == nil && st.Documents == 6 && drained(t, q)
	})
	stop()

	docs, err := db.Documents(ctx, claimtrail.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if strings.Contains(d.Body, "Riverside Cooperative") {
			t.Errorf("%s: the site's footer was kept by the worker:\n%s", d.ID, d.Body)
		}
	}
	sameLedger(t, db, ref)
}
