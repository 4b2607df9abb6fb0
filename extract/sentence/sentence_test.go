package sentence

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", []string{}},
		{"only white space", " \t ", []string{}},
		{"no terminal punctuation is one sentence",
			"Fighting continues near the river crossing",
			[]string{"Fighting continues near the river crossing"}},
		{"full stop before a capital splits",
			"The brigade advanced. The bridge was held.",
			[]string{"The brigade advanced.", "The bridge was held."}},
		{"exclamation and question marks split",
			"Was the road cut? Nobody knows! Reports vary.",
			[]string{"Was the road cut?", "Nobody knows!", "Reports vary."}},
		{"run of marks stays with its sentence",
			"Can they hold?! Experts doubt it.",
			[]string{"Can they hold?!", "Experts doubt it."}},
		{"full stop before a digit splits",
			"Shelling resumed at dawn. 14 villages lost power.",
			[]string{"Shelling resumed at dawn.", "14 villages lost power."}},
		{"lowercase after a full stop does not split",
			"The convoy left at 6 a.m. and reached the depot by noon.",
			[]string{"The convoy left at 6 a.m. and reached the depot by noon."}},
		{"leading and trailing space is trimmed",
			"  The front is quiet.   Patrols continue.  ",
			[]string{"The front is quiet.", "Patrols continue."}},
		{"white space inside is kept",
			"The front is quiet.\tPatrols\ncontinue.",
			[]string{"The front is quiet.", "Patrols\ncontinue."}},
		{"military title Gen.",
			"The order came from Gen. Petrov on Monday.",
			[]string{"The order came from Gen. Petrov on Monday."}},
		{"two titles Lt. Col.",
			"Lt. Col. Hardy confirmed the strike. It hit a depot.",
			[]string{"Lt. Col. Hardy confirmed the strike.", "It hit a depot."}},
		{"titles Col. Maj. Sgt.",
			"Col. Brandt, Maj. Ives and Sgt. Moll were decorated.",
			[]string{"Col. Brandt, Maj. Ives and Sgt. Moll were decorated."}},
		{"civil titles Mr. Mrs. Dr. Prof.",
			"Mr. Lee met Mrs. Park, Dr. Novak and Prof. Stein in the capital.",
			[]string{"Mr. Lee met Mrs. Park, Dr. Novak and Prof. Stein in the capital."}},
		{"saint in a place name",
			"Delegates gathered in St. Petersburg for talks.",
			[]string{"Delegates gathered in St. Petersburg for talks."}},
		{"country acronyms mid-sentence",
			"The U.S. State Department and the U.K. Foreign Office welcomed the U.N. resolution backed by the E.U. Council.",
			[]string{"The U.S. State Department and the U.K. Foreign Office welcomed the U.N. resolution backed by the E.U. Council."}},
		{"country acronym at the end of a sentence",
			"Sanctions were announced by the U.S. The Kremlin dismissed them.",
			[]string{"Sanctions were announced by the U.S.", "The Kremlin dismissed them."}},
		{"No. before a number",
			"Checkpoint No. 4 was abandoned overnight.",
			[]string{"Checkpoint No. 4 was abandoned overnight."}},
		{"No. as a word ends a sentence",
			"Asked whether troops withdrew, he said no. The briefing ended.",
			[]string{"Asked whether troops withdrew, he said no.", "The briefing ended."}},
		{"versus",
			"It was artillery vs. drones for most of the week.",
			[]string{"It was artillery vs. drones for most of the week."}},
		{"etc. mid-sentence",
			"Rifles, helmets, radios, etc. were handed out to volunteers.",
			[]string{"Rifles, helmets, radios, etc. were handed out to volunteers."}},
		{"etc. at the end of a sentence",
			"They took rifles, radios, etc. Then they left.",
			[]string{"They took rifles, radios, etc.", "Then they left."}},
		{"e.g. and i.e.",
			"Heavy weapons, e.g. Howitzers, were pulled back, i.e. Behind the river.",
			[]string{"Heavy weapons, e.g. Howitzers, were pulled back, i.e. Behind the river."}},
		{"month abbreviations before a day",
			"Talks on Jan. 5, Feb. 12, Aug. 3, Sept. 8, Oct. 1, Nov. 20 and Dec. 2 failed.",
			[]string{"Talks on Jan. 5, Feb. 12, Aug. 3, Sept. 8, Oct. 1, Nov. 20 and Dec. 2 failed."}},
		{"sentence-final day after a month abbreviation",
			"The offensive began on Nov. 9. Gen. Moreau said it would last weeks.",
			[]string{"The offensive began on Nov. 9.", "Gen. Moreau said it would last weeks."}},
		{"a.m. and p.m. mid-sentence",
			"Sirens sounded at 4 a.m. Kyiv time and again at 9 p.m. Moscow time.",
			[]string{"Sirens sounded at 4 a.m. Kyiv time and again at 9 p.m. Moscow time."}},
		{"p.m. at the end of a sentence",
			"The strike came at 9 p.m. The next one came at dawn.",
			[]string{"The strike came at 9 p.m.", "The next one came at dawn."}},
		{"company suffixes",
			"Orders went to Rheinmetall Ltd. Shipyards, Acme Inc. Holdings and Smith Co. Logistics.",
			[]string{"Orders went to Rheinmetall Ltd. Shipyards, Acme Inc. Holdings and Smith Co. Logistics."}},
		{"company suffix at the end of a sentence",
			"The shells were made by Acme Inc. The firm declined to comment.",
			[]string{"The shells were made by Acme Inc.", "The firm declined to comment."}},
		{"initials of a name",
			"The report by J. R. Smith was cited by M. Zakharova.",
			[]string{"The report by J. R. Smith was cited by M. Zakharova."}},
		{"decimals and units",
			"The column moved 3.5 km. It stopped near the dam.",
			[]string{"The column moved 3.5 km.", "It stopped near the dam."}},
		{"ellipsis before a capital splits",
			"They waited… Then the guns opened up.",
			[]string{"They waited…", "Then the guns opened up."}},
		{"three dots before a capital split",
			"They waited... Then the guns opened up.",
			[]string{"They waited...", "Then the guns opened up."}},
		{"ellipsis before lowercase does not split",
			"They waited... and then the guns opened up.",
			[]string{"They waited... and then the guns opened up."}},
		{"bracketed omission does not split",
			"“Our units […] Destroyed the bridge,” the ministry said.",
			[]string{"“Our units […] Destroyed the bridge,” the ministry said."}},
		{"comma inside a closing quote keeps the speaker",
			"“The depot was destroyed,” he said.",
			[]string{"“The depot was destroyed,” he said."}},
		{"split after a closing curly quote",
			"“We won.” The army said nothing more.",
			[]string{"“We won.”", "The army said nothing more."}},
		{"split after a closing straight quote",
			`"We won." The army said nothing more.`,
			[]string{`"We won."`, "The army said nothing more."}},
		{"split before an opening quote",
			`The spokesman was blunt. "We will not retreat," he said.`,
			[]string{"The spokesman was blunt.", `"We will not retreat," he said.`}},
		{"exclamation inside quote then speaker",
			"“Hold the line!” the commander shouted.",
			[]string{"“Hold the line!” the commander shouted."}},
		{"multi-sentence quote then speaker",
			"“The enemy retreated. Our flag flies over the town,” the minister said.",
			[]string{"“The enemy retreated.", "Our flag flies over the town,” the minister said."}},
		{"multi-sentence straight quote then speaker",
			`"Shelling stopped at noon. It resumed at six. Nobody was hurt," an official said.`,
			[]string{`"Shelling stopped at noon.`, "It resumed at six.", `Nobody was hurt," an official said.`}},
		{"single quotes",
			"‘We are ready.’ That was all she said.",
			[]string{"‘We are ready.’", "That was all she said."}},
		{"parentheses closing after the full stop",
			"The bridge fell. (The ministry denied this.) Fighting went on.",
			[]string{"The bridge fell.", "(The ministry denied this.)", "Fighting went on."}},
		{"abbreviation inside parentheses",
			"The unit (led by Col. Varga) crossed the river.",
			[]string{"The unit (led by Col. Varga) crossed the river."}},
		{"colons do not split",
			"The statement was short: The town is ours.",
			[]string{"The statement was short: The town is ours."}},
		{"web address is not split",
			"Footage was posted on www.example-news.com. Its origin is unclear.",
			[]string{"Footage was posted on www.example-news.com.", "Its origin is unclear."}},
		{"web address with a path and query",
			"See https://example.org/a.b?c=1.2 for the map of the front.",
			[]string{"See https://example.org/a.b?c=1.2 for the map of the front."}},
		{"email address is not split",
			"Send tips to press.office@example.org. Replies are slow.",
			[]string{"Send tips to press.office@example.org.", "Replies are slow."}},
		{"model names are not abbreviations",
			"They fired from a BM-21. Another strike followed.",
			[]string{"They fired from a BM-21.", "Another strike followed."}},
		{"no space after the full stop",
			"The brigade advanced.The bridge held.",
			[]string{"The brigade advanced.The bridge held."}},
		{"stray quote at the end joins the sentence",
			"I will tell your mother. “",
			[]string{"I will tell your mother. “"}},
		{"guillemets",
			"«Positions were held.» The shelling went on.",
			[]string{"«Positions were held.»", "The shelling went on."}},
		{"non-Latin capital starts a sentence",
			"He wrote in Russian. Это конец.",
			[]string{"He wrote in Russian.", "Это конец."}},
		{"no terminal mark at the end",
			"Forces regrouped. Clashes continue",
			[]string{"Forces regrouped.", "Clashes continue"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants every Split result must hold.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or empty (prev end %d, len %d) in %q", i, s, prev, len(text), text)
		}
		if r, _ := utf8.DecodeRuneInString(text[s.Start:]); isSpace(r) {
			t.Fatalf("span %d %v starts with space in %q", i, s, text)
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:s.End]); isSpace(r) {
			t.Fatalf("span %d %v ends with space in %q", i, s, text)
		}
		if gap := text[prev:s.Start]; strings.TrimFunc(gap, isSpace) != "" {
			t.Fatalf("text %q between spans is dropped in %q", gap, text)
		}
		prev = s.End
	}
	if tail := text[prev:]; strings.TrimFunc(tail, isSpace) != "" {
		t.Fatalf("tail %q is dropped in %q", tail, text)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", ".", "...", "…", "a. B", "“We won.” The army said.", "Gen. Smith said. No. 4 fell.",
		"U.S. The", "\xe2\x80", "\xe2\x80\xa6\xe2", "x.\xff A", "( . ) [ … ] ‘’ “”", "a\u00a0. B",
		"on Nov. 9. Gen. Smith said", "e.g. i.e. a.m. p.m. J. R. Smith", "A.\t\"B\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "On the morning of Nov. 8, clashes continued near the town. " +
		"Gen. J. R. Smith of the U.S. Army said the column moved 3.5 km. " +
		"“The enemy retreated. Our flag flies over the town,” the minister said. " +
		"Sirens sounded at 4 a.m. Kyiv time! Were the roads cut? Nobody knows… Reports vary."
	n := len(Split(para))
	b.SetBytes(int64(len(para)))
	b.ReportAllocs()
	for b.Loop() {
		Split(para)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
