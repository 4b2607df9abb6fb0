package clean

import (
	"testing"
)

// BenchmarkCleanText cleans seed 000 (6.7 KB of Markdown-ish text).
func BenchmarkCleanText(b *testing.B) {
	_, ins := loadSeeds(b)
	in := ins[0]
	c := New(Options{})
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Clean(in); err != nil {
			b.Fatal(err)
		}
	}
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
	for b.Loop() {
		if _, err := c.Clean(in); err != nil {
			b.Fatal(err)
		}
	}
}
