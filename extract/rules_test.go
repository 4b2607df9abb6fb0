package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// ruleCases pin the general rules added for gaps the corpus showed, each
// with sentences written for the test (none from the seeds or the corpus).
var ruleCases = []struct {
	name, profile, published, body string
	want                           []want
}{
	// Combat nouns name fighting, not who attacks.
	{"combat noun with its agent after by", "karabakh-2020", "2020-10-20",
		"Armenian officials said clashes initiated by Azerbaijani units continued near Hadrut.",
		[]want{{typ: "attack", stance: A, voice: R, claimant: "ARM/official/Armenian officials", actor: "AZE", target: "ARM", places: []string{"Hadrut"}}}},
	{"combat noun with a side as modifier", "karabakh-2020", "2020-10-20",
		"Heavy Azerbaijani fighting was reported near Hadrut, Armenian officials said.",
		[]want{{typ: "attack", stance: A, voice: R, claimant: "ARM/official/Armenian officials", actor: "AZE", target: "ARM", places: []string{"Hadrut"}}}},
	{"fighting between the two sides names no attacker", "karabakh-2020", "2020-10-20",
		"Fighting between Armenian and Azerbaijani troops went on near Hadrut.", nil},
	{"clashes with no side named are no claim", "ukraine-2022", "2022-06-10",
		"Clashes continued in the industrial zone of Sievierodonetsk on Friday.", nil},
	{"a participle after its noun is no combat noun", "karabakh-2020", "2020-10-20",
		"The presence of volunteers fighting near Hadrut worries the mediators.", nil},
	{"a combat noun modifying a noun is no event", "ukraine-2022", "2022-06-10",
		"The brigade received new infantry fighting vehicles last week.", nil},

	// Reaching a place's centre or edge.
	{"reaching the centre of a named town is control", "ukraine-2022", "2022-06-10",
		"The governor of the region said Russian units had reached the centre of Lysychansk.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "/official/governor of the region", actor: "RUS", target: "UKR", places: []string{"Lysychansk"}}}},
	{"reaching the outskirts of an anaphoric town is control", "karabakh-2020", "2020-11-05",
		"Azerbaijani forces attacked Shusha on Wednesday. By the evening Azerbaijani units had reached the outskirts of the town.",
		[]want{
			{typ: "attack", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "AZE", target: "ARM", places: []string{"Shusha"}, date: "2020-11-04..2020-11-04"},
			{typ: "control", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "AZE", target: "ARM", places: []string{"Shusha"}, date: "2020-11-04..2020-11-04"},
		}},
	{"a toll that reaches a number is no control", "ukraine-2022", "2022-06-10",
		"The number of refugees reached six million, the agency said.", nil},
	{"fighting that reaches a place names nobody who arrived", "karabakh-2020", "2020-11-05",
		"The fighting reached the outskirts of Shusha.", nil},

	// Generic clauses.
	{"a free relative subject makes a generic clause", "ukraine-2022", "2022-06-10",
		"Whoever holds the heights above the river controls the crossing at Bilohorivka.", nil},
	{"whatever is captured is no event", "karabakh-2020", "2020-11-05",
		"Whatever the army captures in the mountains must still be supplied by road.", nil},

	// An attack told by a side without its agent hits that side.
	{"agentless passive attack reported by a side hits the side", "ukraine-2022", "2022-06-10",
		"Ukraine's defence ministry said Kramatorsk was shelled twice during the night.",
		[]want{{typ: "attack", stance: A, voice: R, claimant: "UKR/military/Ministry of Defence of Ukraine", actor: "RUS", target: "UKR", places: []string{"Kramatorsk"}}}},
	{"a verb that launches the attack makes its subject the agent", "ukraine-2022", "2022-06-10",
		"Ukraine's defence ministry said it had conducted strikes near Izium.",
		[]want{{typ: "attack", stance: A, voice: R, claimant: "UKR/military/Ministry of Defence of Ukraine", actor: "UKR", target: "RUS", places: []string{"Izium"}}}},

	// Officials outside the profile: the side comes from what the text
	// says of the office, not from the place it governs.
	{"a mayor named only by his town has no side", "ukraine-2022", "2022-03-02",
		"Kherson Mayor Petro Ivanenko said Russian troops had entered the city centre.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "/official/Petro Ivanenko", actor: "RUS", target: "UKR", places: []string{"Kherson"}}}},
	{"an office said to be a side's takes that side", "ukraine-2022", "2022-03-02",
		"The Ukrainian-appointed governor of the region said Russian troops had entered Kherson.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "UKR/official/Ukrainian-appointed governor of the region", actor: "RUS", target: "UKR", places: []string{"Kherson"}}}},
	{"the head of a side's entity speaks for the side", "ukraine-2022", "2022-05-20",
		"The head of the Donetsk People's Republic said his forces had captured Popasna.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "RUS/official/head of the Donetsk People's Republic", actor: "RUS", target: "UKR", places: []string{"Popasna"}}}},

	// Weapons come from the profile, not from the code.
	{"a profile weapon model as object makes a loss", "karabakh-2020", "2020-10-20",
		"Azerbaijani drones struck an Osa system near Martuni, the ministry in Baku said.",
		[]want{{typ: "losses", stance: A, voice: R, claimant: "AZE/military/ministry", actor: "AZE", target: "ARM", places: []string{"Martuni"}, qty: "air_defense=1"}}},
}

func TestRuleCases(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range ruleCases {
		if seen[tc.name] {
			t.Fatalf("duplicate case %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			x := New(mustProfile(t, tc.profile))
			got := x.Extract(&claimtrail.Document{ID: "t", Body: tc.body, Published: tc.published, Outlet: "Test Outlet"})
			var g, w []string
			for _, c := range got {
				g = append(g, gotOf(c).String())
			}
			for _, c := range tc.want {
				sort.Strings(c.places)
				w = append(w, c.String())
			}
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("\ngot:\n  %s\nwant:\n  %s", strings.Join(g, "\n  "), strings.Join(w, "\n  "))
			}
		})
	}
}
