package quantity

import "testing"

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "a", "at least 800 Armenian soldiers were killed",
		`two T-72 tanks, three D-30 howitzer-guns, a "Zastava M-55" anti-aircraft gun, a tactical UAV`,
		"the number of militants had reached 2,000", "whose number is approaching two thousand",
		"260-280 soldiers", "between 5 and 3 tanks", "7 095 servicemen", "1.200.000 drones",
		"Tanks – 3,020 (+12)", "14 of 16 drones", "0800-123-456", "killed 9 and wounded 26 others",
		"1.5 million troops", "a\xffdrone", "9\u00a0999\u2009999 tanks", "one hundred and", "half a",
		"999999999999999999999 tanks", "t-72b3s", "—:—2", "of of 1 of 2 of 3 tanks",
	} {
		f.Add(s)
	}
	lex := NewLexicon(profileWeapons)
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, text, lex.Find(text))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"7,095", "7 095", "7.095", "1.5 million", "twenty-two", "a dozen",
		"one hundred and fifty", "half a million", "-1", "1e9", "9.9.9", "\xff1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if n < 0 {
			t.Fatalf("ParseNumber(%q) = %d, negative", s, n)
		}
		if !ok && n != 0 {
			t.Fatalf("ParseNumber(%q) = %d with ok false", s, n)
		}
	})
}

var benchSentences = []string{
	"The Armenian defense in the central part of the region is in a deep crisis.",
	"Intense clashes in the areas of Martuni and Shusha were ongoing for the entire last week.",
	"Pro-Azerbaijani sources immediately declared that at least 800 Armenian soldiers were killed during the clashes there.",
	"251 UAVs, 16 helicopters, 25 planes, 685 armoured vehicles and 6 rocket launchers have allegedly also been destroyed.",
	"In an interview, the minister said that the number of militants in the area had reached 2,000.",
	"Ukraine's General Staff said Russia has lost 1,200 tanks since February 24.",
	"Moscow would intervene into the conflict both politically and militarily, but only as far as necessary.",
	"Tehran has already concentrated a large group of forces on the border with Karabakh.",
}

func BenchmarkFind(b *testing.B) {
	lex := NewLexicon(profileWeapons)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		lex.Find(benchSentences[n%len(benchSentences)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFindNoNumbers measures the common case: a sentence that states
// no quantity.
func BenchmarkFindNoNumbers(b *testing.B) {
	lex := NewLexicon(profileWeapons)
	plain := []string{benchSentences[0], benchSentences[1], benchSentences[6], benchSentences[7],
		"Azerbaijan calls the ongoing advance a counter-offensive needed to protect civilians.",
		"Shusha Remains Out Of Reach But Azerbaijan Keeps Pushing From All Sides"}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		lex.Find(plain[n%len(plain)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkParseNumber(b *testing.B) {
	for b.Loop() {
		ParseNumber("three thousand four hundred and twelve")
	}
}
