package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/read"
)

// corpusDocs reads and cleans the seed articles and the test corpus (gold
// folders left out) and pairs each with the profile that fits it, as the
// pipeline does.
func corpusDocs(b *testing.B) ([]*claimtrail.Document, []*extract.Extractor) {
	b.Helper()
	ps, err := profile.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	var ins []*read.Input
	paths := []string{filepath.Join("..", "testdata", "seeds"), filepath.Join("..", "testdata", "corpus")}
	err = read.Walk(context.Background(), paths, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if in != nil && !strings.Contains(filepath.ToSlash(in.Source), "/gold/") && in.Format != "jsonl" {
			ins = append(ins, in)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	c := clean.New(clean.Options{})
	for _, in := range ins {
		c.Observe(in)
	}
	xs := map[*profile.Profile]*extract.Extractor{}
	var docs []*claimtrail.Document
	var exs []*extract.Extractor
	for _, in := range ins {
		d, err := c.Clean(in)
		if err != nil {
			continue
		}
		d.ID = in.ID
		p := profile.Choose(ps, d.Title+"\n"+d.Body)
		if xs[p] == nil {
			xs[p] = extract.New(p)
		}
		docs = append(docs, d)
		exs = append(exs, xs[p])
	}
	if len(docs) == 0 {
		b.Fatal("no documents")
	}
	return docs, exs
}

// BenchmarkExtractCorpus runs the extractor over the seeds and the test
// corpus, one article per op. cpu-ns/op is the process's CPU time (user and
// system, garbage collection included) per article: on a shared, loaded
// machine it is steadier than wall time.
func BenchmarkExtractCorpus(b *testing.B) {
	docs, exs := corpusDocs(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Body))
	}
	b.SetBytes(n / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		k := i % len(docs)
		exs[k].Extract(docs[k])
	}
	if c := cpuTime(); c > 0 {
		b.ReportMetric(float64(c-c0)/float64(b.N), "cpu-ns/op")
	}
}
