package profile

import (
	"os"
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
	for b.Loop() {
		p.Mentions(benchSentence)
	}
}

// BenchmarkSentence is what the extractor pays per sentence: places, sides,
// actors.
func BenchmarkSentence(b *testing.B) {
	p := mustProfile(b, "ukraine-2022")
	b.SetBytes(int64(len(benchSentence)))
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
