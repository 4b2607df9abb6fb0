package extract

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// generalityCases pin the rules added for reporting from wars and outlets
// the extractor was not written on: each sentence is written for the test.
var generalityCases = []ruleCase{
	{"an epistemic adverb before a past verb hedges a fact", "ukraine-2022", "2022-06-10",
		"Russian forces likely captured Toshkivka in recent days.", []string{
			"control asserts author [/author/Test Outlet] h=true RUS>UKR [Toshkivka] \"\" \"\"",
		}},
	{"an epistemic adverb before a bare verb is a forecast", "ukraine-2022", "2022-06-10",
		"Russian forces will likely attempt to capture Toshkivka in the coming days.", nil},
	{"a report participle before to have reports a past fact", "karabakh-2020", "2020-10-20",
		"Thousands of civilians are believed to have fled Martuni since October 1.", []string{
			"civilian asserts author [/author/Test Outlet] h=true > [Martuni] \"2020-10-01..2020-10-20\" \"\"",
		}},
	{"a sentence that presents a statement names who speaks it", "ukraine-2022", "2022-06-10",
		"Below is the statement released by the Armed Forces of Ukraine on Friday evening, without edits.\n\nOur units repelled an assault near Toshkivka and destroyed two tanks.", []string{
			"repel asserts reported [UKR/military/Armed Forces of Ukraine] h=false UKR>RUS [Toshkivka] \"\" \"\"",
			"losses asserts reported [UKR/military/Armed Forces of Ukraine] h=false UKR>RUS [Toshkivka] \"\" \"tank=2\"",
		}},
	{"the group refers to the body named before", "ukraine-2022", "2022-06-10",
		"The Wagner Group did not answer our questions. The group said on Thursday that its fighters had taken Toshkivka.", []string{
			"control asserts reported [RUS/military/group] h=false RUS>UKR [Toshkivka] \"2022-06-09..2022-06-09\" \"\"",
		}},
	{"a person described by an apposition takes its side", "karabakh-2020", "2020-10-20",
		"Garnik Sahakian, an Armenian field commander, spoke to us by phone.\n\nSahakian said Azerbaijani troops had shelled Martuni on Monday.", []string{
			"attack asserts reported [ARM/military/Garnik Sahakian] h=false AZE>ARM [Martuni] \"2020-10-19..2020-10-19\" \"\"",
		}},
	{"a person described by what he commands takes its side", "karabakh-2020", "2020-10-20",
		"Garnik Sahakian commands Armenian units near Martuni.\n\nSahakian: We repelled three attacks near Martuni on Monday.", []string{
			"repel asserts reported [ARM/military/Garnik Sahakian] h=false ARM>AZE [Martuni] \"2020-10-19..2020-10-19\" \"\"",
		}},
	{"accused of describes a person and reports nothing of its own", "ukraine-2022", "2022-06-10",
		"Local officials said two residents accused of looting had been killed by Russian shelling in Kramatorsk.", []string{
			"civilian asserts reported [/official/Local officials] h=false RUS>UKR [Kramatorsk] \"\" \"killed=2\"",
			"attack asserts reported [/official/Local officials] h=false RUS>UKR [Kramatorsk] \"\" \"\"",
		}},
	{"an appositive charge names who denies it", "ukraine-2022", "2022-06-10",
		"Ukrainian officials said Russian troops had executed civilians in Kramatorsk, a charge Russian officials rejected.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Kramatorsk] \"\" \"\"",
			"civilian denies reported [RUS/official/Russian officials] h=false RUS>UKR [Kramatorsk] \"\" \"\"",
		}},
	{"last week names no day", "ukraine-2022", "2022-06-10",
		"Ukrainian officials said last week that Russian troops had shelled Kramatorsk.", []string{
			"attack asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Kramatorsk] \"\" \"\"",
		}},
	{"a bare month names no day", "ukraine-2022", "2022-06-10",
		"Russian forces shelled Kramatorsk repeatedly in May, Ukrainian officials said.", []string{
			"attack asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Kramatorsk] \"\" \"\"",
		}},
	{"regained control is control", "ukraine-2022", "2022-09-12",
		"Ukrainian troops regained control of Izium on Saturday, the general staff said.", []string{
			"control asserts reported [/military/general staff] h=false UKR>RUS [Izium] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"overran is control", "ukraine-2022", "2022-06-10",
		"Russian forces overran Toshkivka on Thursday, Ukrainian officials admitted.", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Toshkivka] \"2022-06-09..2022-06-09\" \"\"",
		}},
	{"pushed out of is control", "karabakh-2020", "2020-10-20",
		"Azerbaijani officials said their troops had pushed Armenian units out of Hadrut.", []string{
			"control asserts reported [AZE/official/Azerbaijani officials] h=false AZE>ARM [Hadrut] \"\" \"\"",
		}},
	{"a siege of a place is an encirclement", "ukraine-2022", "2022-04-20",
		"The Russian defence ministry said its forces had tightened the siege of Mariupol.", []string{
			"encircle asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Mariupol] \"\" \"\"",
		}},
	{"cutting a road is a route claim", "ukraine-2022", "2022-06-10",
		"The governor said Russian forces were cutting the road between Lysychansk and Bakhmut.", []string{
			"route asserts reported [/official/governor] h=false RUS>UKR [Bakhmut Lysychansk] \"\" \"\"",
		}},
	{"executing civilians is harm to civilians", "ukraine-2022", "2022-04-05",
		"Ukrainian officials accused Russian troops of executing civilians in Bucha.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Bucha] \"\" \"\"",
		}},
	{"patients killed are civilians", "ukraine-2022", "2022-03-10",
		"Ukrainian officials said Russian shelling had killed 12 patients at a hospital in Kharkiv.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Kharkiv] \"\" \"killed=12\"",
		}},
	{"in the group's hands names the body before as holder", "ukraine-2022", "2022-06-10",
		"The Wagner Group held out in Toshkivka. On Thursday the village remained in the group's hands, Ukrainian officials said.", []string{
			"control asserts author [/author/Test Outlet] h=false RUS>UKR [Toshkivka] \"\" \"\"",
			"control asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Toshkivka] \"2022-06-09..2022-06-09\" \"\"",
		}},
	{"were reported killed is reportedly killed, by nobody named", "karabakh-2020", "2020-10-20",
		"Four civilians were reported killed in Martuni on Monday.", []string{
			"civilian asserts reported [/unnamed/] h=true > [Martuni] \"2020-10-19..2020-10-19\" \"killed=4\"",
		}},
	{"a civilian subject before an aside stays the subject", "karabakh-2020", "2020-10-20",
		"Nine civilians, including two children, were killed in Martuni on Monday, Armenian officials said.", []string{
			"civilian asserts reported [ARM/official/Armenian officials] h=false AZE>ARM [Martuni] \"2020-10-19..2020-10-19\" \"killed=9\"",
		}},
	{"an announced statement runs on through paragraphs that report nobody", "karabakh-2020", "2020-10-20",
		"The following statement was issued by the Armenian Ministry of Defense on Monday.\n\nOur units repelled an attack near Martuni.\n\nThe enemy lost two tanks near Martuni.", []string{
			"repel asserts reported [ARM/military/Armenian Ministry of Defense] h=false ARM>AZE [Martuni] \"\" \"\"",
			"losses asserts reported [ARM/military/Armenian Ministry of Defense] h=false ARM>AZE [Martuni] \"\" \"tank=2\"",
		}},
	{"a side in a relative clause after the claimant is not the claimant's", "ukraine-2022", "2022-06-10",
		"Toshkivka was shelled overnight, according to residents, who said Russian artillery fired from the east.", []string{
			"attack asserts reported [/unnamed/residents] h=false > [Toshkivka] \"2022-06-09..2022-06-10\" \"\"",
		}},
	{"recapturing is control", "ukraine-2022", "2022-09-12",
		"Ukrainian officials said their troops were recapturing Izium.", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"a weapon launched at a place is an attack", "ukraine-2022", "2022-06-10",
		"Russian forces launched a dozen drones at Kramatorsk overnight, the governor said.", []string{
			"attack asserts reported [/official/governor] h=false RUS>UKR [Kramatorsk] \"2022-06-09..2022-06-10\" \"\"",
		}},
}

func TestGeneralityRules(t *testing.T) { runRuleCases(t, generalityCases, nil) }

// ruleCase is one sentence-level behaviour of the extractor: a document
// body under a profile, and every claim expected from it.
type ruleCase struct {
	name, profile, published, body string
	want                           []string // gotOf(...).String() of every claim, in order
}

// runRuleCases extracts each case's body with its profile (a shipped one,
// or one of extra by name) and compares every claim.
func runRuleCases(t *testing.T, cases []ruleCase, extra map[string]*profile.Profile) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := extra[tc.profile]
			if p == nil {
				p = mustProfile(t, tc.profile)
			}
			got := New(p).Extract(&claimtrail.Document{ID: "t", Body: tc.body, Published: tc.published, Outlet: "Test Outlet"})
			var g []string
			for _, c := range got {
				g = append(g, gotOf(c).String())
			}
			if strings.Join(g, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("\ngot:\n  %s\nwant:\n  %s", strings.Join(g, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}
