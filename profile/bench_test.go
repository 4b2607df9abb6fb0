package profile

import (
	"os"
	"path/filepath"
	"testing"
)

// A 200-byte sentence of the kind the extractor sees.
const benchSentence = "On November 3, the Armenians reportedly repelled an Azerbaijani attack in the Karvachar area near Tagavard, " +
	"killing at least 6 troops, the Armenian Defense Ministry said in Stepanakert."

func BenchmarkFindPlaces(b *testing.B) {
	for _, name := range []string{"karabakh-2020", "ukraine-2022"} {
		b.Run(name, func(b *testing.B) {
			g := mustProfile(b, name).Places
			b.SetBytes(int64(len(benchSentence)))
			for b.Loop() {
				g.Find(benchSentence)
			}
		})
	}
}

func BenchmarkFindSides(b *testing.B) {
	p := mustProfile(b, "karabakh-2020")
	b.SetBytes(int64(len(benchSentence)))
	for b.Loop() {
		p.FindSides(benchSentence)
	}
}

func BenchmarkFindActors(b *testing.B) {
	p := mustProfile(b, "karabakh-2020")
	b.SetBytes(int64(len(benchSentence)))
	for b.Loop() {
		p.FindActors(benchSentence)
	}
}

// BenchmarkMentions is BenchmarkSentence in one call.
func BenchmarkMentions(b *testing.B) {
	p := mustProfile(b, "ukraine-2022")
	b.SetBytes(int64(len(benchSentence)))
	defer reportCPU(b)()
	for b.Loop() {
		p.Mentions(benchSentence)
	}
}

// BenchmarkMentionsBody is Mentions over a whole article, as the extractor
// calls it: the seed bodies one after another.
func BenchmarkMentionsBody(b *testing.B) {
	p := mustProfile(b, "karabakh-2020")
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no seed articles")
	}
	var texts []string
	var n int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		n += len(raw)
	}
	b.SetBytes(int64(n / len(texts)))
	defer reportCPU(b)()
	i := 0
	for b.Loop() {
		p.Mentions(texts[i%len(texts)])
		i++
	}
}

// reportCPU adds the process's CPU time per op to a benchmark's report: on
// a shared, loaded machine it is steadier than wall time. Call it after
// setup as defer reportCPU(b)().
func reportCPU(b *testing.B) func() {
	c0 := cpuTime()
	return func() {
		if c := cpuTime(); c > 0 && b.N > 0 {
			b.ReportMetric(float64(c-c0)/float64(b.N), "cpu-ns/op")
		}
	}
}

// BenchmarkSentence is what the extractor pays per sentence: places, sides,
// actors.
func BenchmarkSentence(b *testing.B) {
	p := mustProfile(b, "ukraine-2022")
	b.SetBytes(int64(len(benchSentence)))
	defer reportCPU(b)()
	for b.Loop() {
		p.Places.Find(benchSentence)
		p.FindSides(benchSentence)
		p.FindActors(benchSentence)
	}
}

func BenchmarkLookup(b *testing.B) {
	g := mustProfile(b, "ukraine-2022").Places
	for b.Loop() {
		g.Lookup("Sievierodonetsk")
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, name := range []string{"karabakh-2020", "ukraine-2022"} {
		b.Run(name, func(b *testing.B) {
			fsys := os.DirFS("../profiles/" + name)
			for b.Loop() {
				if _, err := Load(fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
