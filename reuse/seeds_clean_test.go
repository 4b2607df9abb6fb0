package reuse_test

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/reuse"
)

// TestSeedsCleaned runs the seeds through the real reader and cleaner, as
// ingest does, with metadata only from the cleaner: exactly one pair,
// 001 and 002.
func TestSeedsCleaned(t *testing.T) {
	ctx := context.Background()
	c := clean.New(clean.Options{})
	var docs []*claimtrail.Document
	err := read.Walk(ctx, []string{"../testdata/seeds"}, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if rej != nil || in.Format != "txt" {
			return nil
		}
		d, err := c.Clean(in)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 {
		t.Fatalf("read %d seed documents; want 5", len(docs))
	}
	canon := func(w string) string { return map[string]string{"shushi": "shusha"}[w] }
	d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(canon))
	var got []string
	for _, doc := range docs {
		rs, err := d.Add(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			got = append(got, r.A+" "+r.B)
		}
	}
	if len(got) != 1 || got[0] != "001_cdefef70d397972d 002_b878683120c3a76b" {
		t.Errorf("reuse pairs = %q; want exactly 001 -> 002", got)
	}
}
