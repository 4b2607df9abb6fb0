package timex

import "testing"

var benchRef = karabakh(kPub)

func benchSentences(b *testing.B, sentences []string) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sentences {
			Find(s, benchRef)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFindNoDate is the common case: most sentences of an article hold
// no time expression and stop at the pre-check.
func BenchmarkFindNoDate(b *testing.B) {
	benchSentences(b, []string{
		"Backed by heavy artillery and attack drones, the Azerbaijani Armed Forces stormed the positions of the Artsakh Defense Army at the southwestern part of the town, in an attempt to crack the defense line.",
		"According to the local sources, the attackers suffered heavy losses at the outskirts of the city, following several attempts to fracture the lines of the defenders.",
		"Ukrainian officials said Russian troops were shelling residential areas of the city and that civilians were sheltering in basements.",
		"The Turkish Foreign Minister was also quite vocal in supporting the offensive, not that it was any secret.",
	})
}

// BenchmarkFindDates measures sentences that hold dates.
func BenchmarkFindDates(b *testing.B) {
	benchSentences(b, []string{
		"On the night of November 8-9, a mortar crew of the 10th mountain rifle division deployed to the firing point.",
		"As of the morning of November 9, the Azerbaijani military has not been able to fully secure the town.",
		"Meanwhile, the number of casualties claimed by Armenia since the start of the war has reached 7,095.",
		"Russian forces shelled Kharkiv on Tuesday night, and two T-72 tanks were destroyed on 27 and 28 February.",
	})
}

// BenchmarkFindNumbersNoDate: sentences with numbers but no date pass the
// pre-check and are fully parsed.
func BenchmarkFindNumbersNoDate(b *testing.B) {
	benchSentences(b, []string{
		"251 UAVs, 16 helicopters, 25 planes, 685 armoured vehicles and 6 rocket launchers have allegedly also been destroyed.",
		"Two T-72 tanks, three D-30 howitzer-guns, a Zastava M-55 anti-aircraft gun and 3 military trucks were destroyed.",
	})
}

func BenchmarkMayHaveTime(b *testing.B) {
	s := "Backed by heavy artillery and attack drones, the Azerbaijani Armed Forces stormed the positions of the Artsakh Defense Army at the southwestern part of the town, in an attempt to crack the defense line."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		mayHaveTime(s)
	}
}
