package extract

import "testing"

// BenchmarkExtract runs the extractor over the seed articles; bytes/s is
// body text per second.
func BenchmarkExtract(b *testing.B) {
	x := New(mustProfile(b, "karabakh-2020"))
	docs := seedDocs(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Body))
	}
	b.SetBytes(n / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(docs[i%len(docs)])
	}
}

// BenchmarkExtractParallel measures throughput with all cores, as the
// pipeline runs it.
func BenchmarkExtractParallel(b *testing.B) {
	x := New(mustProfile(b, "karabakh-2020"))
	docs := seedDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			x.Extract(docs[i%len(docs)])
			i++
		}
	})
}
