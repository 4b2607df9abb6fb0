package clean

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// BenchmarkCleanText cleans seed 000 (6.7 KB of Markdown-ish text).
func BenchmarkCleanText(b *testing.B) {
	_, ins := loadSeeds(b)
	in := ins[0]
	c := New(Options{})
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := c.Clean(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCleanTextObserved is the same after Observe saw the seeds.
func BenchmarkCleanTextObserved(b *testing.B) {
	_, ins := loadSeeds(b)
	c := New(Options{})
	for _, in := range ins {
		c.Observe(in)
	}
	b.SetBytes(int64(len(ins[0].Text)))
	for b.Loop() {
		c.Clean(ins[0])
	}
}

// BenchmarkCleanHTML cleans a news page with navigation, sidebar, share
// bars, comments and footer.
func BenchmarkCleanHTML(b *testing.B) {
	in := loadFixture(b, "html/frontline_news.html")
	c := New(Options{})
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := c.Clean(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// textCorpus reads every text and Markdown article of the seeds and the
// annotated corpus.
func textCorpus(b *testing.B) []*read.Input {
	var ins []*read.Input
	dirs := []string{"../testdata/seeds", "../testdata/corpus"}
	err := read.Walk(context.Background(), dirs, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if in != nil && !in.HTML {
			ins = append(ins, in)
		}
		return nil
	})
	if err != nil || len(ins) == 0 {
		b.Fatalf("no text corpus: %v", err)
	}
	return ins
}

// BenchmarkCleanCorpus cleans the text articles of the seeds and the
// corpus after Observe saw them, one article per op, as the pipeline's
// clean stage does. It reports the process's CPU time per article
// (cpu-ns/op), which a loaded machine does not inflate as it does wall
// time.
func BenchmarkCleanCorpus(b *testing.B) {
	ins := textCorpus(b)
	c := New(Options{})
	for _, in := range ins {
		c.Observe(in)
	}
	var bytes int64
	for _, in := range ins {
		bytes += int64(len(in.Text))
	}
	b.SetBytes(bytes / int64(len(ins)))
	b.ReportAllocs()
	start := cpuTime()
	i := 0
	for b.Loop() {
		if _, err := c.Clean(ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}
