package sqlite

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// synth makes article i of a synthetic corpus: a ~3 kB body and
// claimsPerDoc claims, each with two places and one quantity, spread over
// 300 places, 60 claimants, every type and two years of dates.
func synth(i, claimsPerDoc int) DocWithClaims {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	id := fmt.Sprintf("bench_%07d", i)
	sides := []claimtrail.Side{"RUS", "UKR", ""}
	verbs := []string{"captured", "shelled", "repelled an attack on", "withdrew from", "encircled units near", "struck"}
	day0 := time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC)
	doc := &claimtrail.Document{
		ID: id, Title: "Fighting continues in the east", Outlet: fmt.Sprintf("Outlet %02d", i%40),
		Published: day0.AddDate(0, 0, i%700).Format("2006-01-02"), Lang: "en",
		Body:   strings.Repeat("Ukrainian and Russian forces exchanged fire along the front line overnight. ", 40),
		Source: "bench/" + id + ".html", Format: "html", Profile: "ukraine-2022",
		Hash: claimtrail.ContentHash([]byte(id)),
	}
	cs := make([]claimtrail.Claim, claimsPerDoc)
	for j := range cs {
		p1, p2 := r.IntN(300), r.IntN(300)
		side := sides[r.IntN(len(sides))]
		d := day0.AddDate(0, 0, r.IntN(700))
		cs[j] = claimtrail.Claim{
			ID: fmt.Sprintf("%s/%02d", id, j),
			Sentence: fmt.Sprintf("Forces %s Place%03d and Place%03d on day %d, killing %d soldiers, spokesman %d said.",
				verbs[r.IntN(len(verbs))], p1, p2, r.IntN(700), r.IntN(500), r.IntN(60)),
			Claimant: claimtrail.Claimant{Name: fmt.Sprintf("Spokesman %02d", r.IntN(60)), Side: side, Role: claimtrail.RoleOfficial},
			Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
			Type:       claimtrail.ClaimTypes[r.IntN(len(claimtrail.ClaimTypes))],
			Actor:      side,
			Places:     []claimtrail.PlaceRef{{Name: fmt.Sprintf("Place%03d", p1), Lat: 48, Lon: 37}, {Name: fmt.Sprintf("Place%03d", p2), Lat: 47, Lon: 36}},
			Date:       &claimtrail.DateRange{Start: d.Format("2006-01-02"), End: d.AddDate(0, 0, r.IntN(3)).Format("2006-01-02")},
			Quantities: []claimtrail.Quantity{{Item: "killed", N: int64(r.IntN(500)), Qual: claimtrail.QualAbout}},
			Start:      j * 80, End: j*80 + 79, Paragraph: j / 4,
		}
	}
	return DocWithClaims{Doc: doc, Claims: cs}
}

// article makes article i of the ingest benchmark, shaped like what the
// extractor finds in a news article: synth's body and claims, but 15
// claims naming 2 places and 1 quantity between them (not each), and 2 in
// 5 claims dated (as in the seed articles' gold claims).
func article(i int) DocWithClaims {
	dc := synth(i, benchClaims)
	for j := range dc.Claims {
		c := &dc.Claims[j]
		if j < 2 {
			c.Places = c.Places[:1]
		} else {
			c.Places = nil
		}
		if j != 0 {
			c.Quantities = nil
		}
		if j%5 >= 2 {
			c.Date = nil
		}
	}
	return dc
}

func articles(first, n int) []DocWithClaims {
	out := make([]DocWithClaims, n)
	for i := range out {
		out[i] = article(first + i)
	}
	return out
}

func synthBatch(first, n, claimsPerDoc int) []DocWithClaims {
	out := make([]DocWithClaims, n)
	for i := range out {
		out[i] = synth(first+i, claimsPerDoc)
	}
	return out
}

// benchClaims is the claims per article in BenchmarkPutDocuments.
const benchClaims = 15

// BenchmarkPutDocuments stores batches of articles (see article);
// articles/s is the ingest rate, articles/cpu-s the rate per core, which
// moves less on a shared machine. 64 is the pipeline's batch size.
func BenchmarkPutDocuments(b *testing.B) {
	for _, size := range []int{1, 64, 500} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			db, err := Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			batches := make([][]DocWithClaims, 0, 64)
			for i := range 64 {
				batches = append(batches, articles(i*size, size))
			}
			next := 64 * size
			runtime.GC()
			b.ResetTimer()
			docs := 0
			var cpu time.Duration
			for i := 0; b.Loop(); i++ {
				batch := batches[i%len(batches)]
				if i >= len(batches) {
					b.StopTimer()
					batch = articles(next, size)
					next += size
					b.StartTimer()
				}
				c0 := cpuTime()
				if _, err := db.PutDocuments(b.Context(), batch); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - c0
				docs += size
			}
			b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "articles/s")
			if cpu > 0 {
				b.ReportMetric(float64(docs)/cpu.Seconds(), "articles/cpu-s")
			}
		})
	}
}

// BenchmarkClaims reads a ledger of 10,000 articles (200,000 claims).
func BenchmarkClaims(b *testing.B) {
	db, err := Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const docs = 10000
	for i := 0; i < docs; i += 500 {
		if _, err := db.PutDocuments(b.Context(), synthBatch(i, 500, 20)); err != nil {
			b.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		f    claimtrail.ClaimFilter
	}{
		{"doc", claimtrail.ClaimFilter{Doc: "bench_0004242"}},
		{"place", claimtrail.ClaimFilter{Place: "Place123"}},
		{"place+type", claimtrail.ClaimFilter{Place: "place123", Type: claimtrail.TypeAttack}},
		{"text", claimtrail.ClaimFilter{Text: "Place123 repelled"}},
		{"claimant+dates", claimtrail.ClaimFilter{Claimant: "spokesman 07", From: "2022-06-01", To: "2022-06-30"}},
		{"dates week", claimtrail.ClaimFilter{From: "2022-06-01", To: "2022-06-07"}},
		{"type page", claimtrail.ClaimFilter{Type: claimtrail.TypeControl, Limit: 100}},
		{"side page after", claimtrail.ClaimFilter{Side: "UKR", After: "bench_0005000", Limit: 100}},
		{"all page", claimtrail.ClaimFilter{Limit: 100, After: "bench_0009000"}},
		{"type all", claimtrail.ClaimFilter{Type: claimtrail.TypeControl}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			n, ops := 0, 0
			c0 := cpuTime()
			for b.Loop() {
				cs, err := db.Claims(b.Context(), tc.f)
				if err != nil {
					b.Fatal(err)
				}
				n = len(cs)
				ops++
			}
			b.ReportMetric(float64(n), "claims")
			b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(ops), "cpu-ms/op")
		})
	}
	b.Run("stats", func(b *testing.B) {
		ops := 0
		c0 := cpuTime()
		for b.Loop() {
			if _, err := db.Stats(b.Context()); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(ops), "cpu-ms/op")
	})
}
