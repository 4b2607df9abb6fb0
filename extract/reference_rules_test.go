package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// referenceCases pin what a phrase refers to: in a war of more than two
// camps the target is the other camp the text is about, a gazetteer name
// written without a capital ("al-Bab") matches without one, "the monitor"
// speaks as media; "the airfield" is the place
// last named "X airfield"; "the accusation" denied is
// the claim last made as one, not the last claim; "according to a plan"
// names a plan, not a source; a subject shared by two verbs ends before
// the first; "a plan" is a noun, not a forecast. "sudan-2023" is the test
// profile in testdata/profiles. Every sentence is written for the test.
var referenceCases = []ruleCase{
	{"a denied accusation is the claim made as one", "sudan-2023", "2024-06-30",
		"The RSF accused the army of executing civilians in Singa and said it had withdrawn from Sennar.\n\nArmy officers denied the accusation.", []string{
			"civilian asserts reported [RSF/official/RSF] h=false SAF>RSF [Singa] \"\" \"\"",
			"withdrawal asserts reported [RSF/official/RSF] h=false RSF> [Sennar] \"\" \"\"",
			"civilian denies reported [SAF/military/Army officers] h=false SAF>RSF [Singa] \"\" \"\"",
		}},
	{"according to a plan is no source", "sudan-2023", "2024-06-30",
		"The RSF said it had withdrawn according to a plan and accused the army of executing civilians in Singa.", []string{
			"withdrawal asserts reported [RSF/official/RSF] h=false RSF> [] \"\" \"\"",
			"civilian asserts reported [RSF/official/RSF] h=false SAF>RSF [Singa] \"\" \"\"",
		}},
	{"a shared subject ends before its first verb", "ukraine-2022", "2022-11-10",
		"Russian troops withdrew from Kherson and said they had killed 20 Ukrainian soldiers.", []string{
			"withdrawal asserts author [/author/Test Outlet] h=false RUS> [Kherson] \"\" \"\"",
			"losses asserts reported [RUS/military/Russian troops] h=false RUS>UKR [] \"\" \"killed=20\"",
		}},
	{"the airfield is the place named with airfield before", "ukraine-2022", "2022-02-25",
		"Russian paratroopers landed at Hostomel airfield on Thursday.\n\nUkraine's armed forces said they had retaken the airfield by the evening.", []string{
			"control asserts reported [UKR/military/Armed Forces of Ukraine] h=false UKR>RUS [Hostomel Airport] \"\" \"\"",
		}},
	{"a facility noun before its first mention refers to nothing", "ukraine-2022", "2022-02-25",
		"Ukraine's armed forces said they had retaken the airfield by the evening.\n\nRussian paratroopers had landed at Hostomel airfield on Thursday.", []string{
			"control asserts reported [UKR/military/Armed Forces of Ukraine] h=false UKR>RUS [] \"\" \"\"",
		}},
	{"with four camps, the target is the other camp the text is about", "syria-2016", "2016-12-20",
		"Islamic State fighters still hold the town of al-Bab, the monitor said.\n\nTurkish-backed rebels shelled al-Bab on Monday, the Turkish army said.", []string{
			"control asserts reported [/media/monitor] h=false ISIS> [al-Bab] \"\" \"\"",
			"attack asserts reported [OPP/military/Turkish army] h=false OPP>ISIS [al-Bab] \"2016-12-19..2016-12-19\" \"\"",
		}},
	{"an outlet named as the source is media, on the profile's side for it", "ukraine-2022", "2023-08-24",
		"According to TASS, Russian troops entered Robotyne.\n\nReuters said Ukrainian troops held Robotyne.", []string{
			"control asserts reported [RUS/media/TASS] h=false RUS>UKR [Robotyne] \"\" \"\"",
			"control asserts reported [/media/Reuters] h=false UKR>RUS [Robotyne] \"\" \"\"",
		}},
	{"each of two coordinated clauses keeps its own places", "ukraine-2022", "2022-09-12",
		"The Ukrainian General Staff said Ukrainian troops had retaken Izium and that Russian forces had shelled Kharkiv.\n\nUkrainian troops have taken Kupiansk and are advancing on Lyman, the General Staff said.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Izium] \"\" \"\"",
			"attack asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Kharkiv] \"\" \"\"",
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Kupiansk] \"\" \"\"",
			"attack asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Lyman] \"\" \"\"",
		}},
	{"since a year reaches the present: no history", "ukraine-2022", "2022-09-12",
		"The Ukrainian General Staff said its forces had taken control of Izium, the biggest Russian loss since 2014.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"a 'since' clause after the claim measures it, it does not date it", "ukraine-2022", "2022-09-12",
		"The Ukrainian General Staff said its forces had taken Izium, the biggest Russian loss since they seized Crimea in 2014.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"a year before the war is history", "ukraine-2022", "2022-09-12",
		"Russian-backed forces took control of Izium in 2014, the Ukrainian General Staff said.", nil},
	{"a monitoring group speaks as media", "ukraine-2022", "2022-09-12",
		"Ukrainian forces entered Izium overnight, a monitoring group said, as Russian troops abandoned positions along the river.", []string{
			"control asserts reported [/media/a monitoring group] h=false UKR>RUS [Izium] \"2022-09-11..2022-09-12\" \"\"",
			"withdrawal asserts reported [/media/a monitoring group] h=false RUS> [Izium] \"2022-09-11..2022-09-12\" \"\"",
		}},
	{"a place that is ours is held by the speaker's side", "karabakh-2020", "2020-10-20",
		"\"Taghavard is ours, and so is every height around it,\" the Armenian commander said.", []string{
			"control asserts reported [ARM/military/Armenian commander] h=false ARM>AZE [Taghavard] \"\" \"\"",
		}},
	{"a flag flying over a town", "karabakh-2020", "2020-10-25",
		"\"The Azerbaijani flag is flying over Gubadli,\" Aliyev wrote on Twitter.", []string{
			"control asserts reported [AZE/official/Ilham Aliyev] h=false AZE>ARM [Gubadli] \"\" \"\"",
		}},
	{"leaving a town is a withdrawal, moved to new positions too", "ukraine-2022", "2022-09-10",
		"The Ukrainian General Staff said Russian units were leaving Balakliia in a hurry.\n\nThe Russian Defence Ministry said its units had moved to new positions near Izium.", []string{
			"withdrawal asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS> [Balakliia] \"\" \"\"",
			"withdrawal asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS> [Izium] \"\" \"\"",
		}},
	{"leaving a town without medicine is a result", "ukraine-2022", "2022-09-10",
		"Officials said soldiers had looted the hospital in Izium, leaving it without medicine.", []string{
			"civilian asserts reported [/official/Officials] h=false > [Izium] \"\" \"\"",
		}},
	{"a fairy tale denies", "karabakh-2020", "2020-10-20",
		"Azerbaijani officials claimed that Armenian forces had shelled Tartar.\n\nSahakyan: That is a fairy tale.", []string{
			"attack asserts reported [AZE/official/Azerbaijani officials] h=false ARM>AZE [Tartar] \"\" \"\"",
			"attack denies reported [/official/Sahakyan] h=false ARM>AZE [Tartar] \"\" \"\"",
		}},
	{"ground counted is ground taken", "ukraine-2022", "2022-09-10",
		"Zelensky said the army had liberated about 2,000 square kilometres this month.", []string{
			"control asserts reported [UKR/official/Volodymyr Zelensky] h=false UKR>RUS [] \"2022-09-01..2022-09-10\" \"\"",
		}},
	{"an infinitive governs only its own verb phrase", "ukraine-2022", "2022-09-10",
		"The Ukrainian General Staff said the enemy tried to break into Izium at dawn and was thrown back.", []string{
			"repel asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"men a battalion lost are soldiers", "karabakh-2020", "2020-10-20",
		"Sahakyan, an Armenian commander, said his battalion had lost 11 men killed near Hadrut.", []string{
			"losses asserts reported [ARM/military/Sahakyan] h=false AZE>ARM [Hadrut] \"\" \"killed=11\"",
		}},
	{"denied statements of a named side about an event stand as that side's", "karabakh-2020", "2020-11-05",
		"We deny the statements of the Azerbaijani Ministry of Defense about the capture of Karin Tak, the Armenian Ministry of Defense said.", []string{
			"control denies reported [ARM/military/Armenian Ministry of Defense] h=false AZE>ARM [Karintak] \"\" \"\"",
			"control asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=false AZE>ARM [Karintak] \"\" \"\"",
		}},
	{"statements called false after them add no second claimant", "karabakh-2020", "2020-11-05",
		"The statements of the Azerbaijani Ministry of Defense about the capture of Karin Tak are false, the Armenian Ministry of Defense said.", []string{
			"control denies reported [ARM/military/Armenian Ministry of Defense] h=false AZE>ARM [Karintak] \"\" \"\"",
		}},
	{"materiel left behind is lost by who left it", "karabakh-2020", "2020-11-05",
		"Azerbaijani officials claimed that Armenian units had abandoned positions around Gubadli, leaving behind two T-72 tanks.", []string{
			"withdrawal asserts reported [AZE/official/Azerbaijani officials] h=false ARM> [Gubadli] \"\" \"\"",
			"losses asserts reported [AZE/official/Azerbaijani officials] h=false AZE>ARM [Gubadli] \"\" \"tank=2\"",
		}},
	{"a digest's label with its camp speaks the whole post, and again without the camp", "ukraine-2022", "2022-09-11",
		"08:12 – Prut Trench (pro-Russian): Our guys are holding Kupiansk. The enemy tried to break into Izium at dawn and was thrown back.\n\n09:40 – Prut Trench: The enemy lost up to 400 men near Balakliia.", []string{
			"control asserts reported [RUS/official/Prut Trench] h=false RUS>UKR [Kupiansk] \"\" \"\"",
			"repel asserts reported [RUS/official/Prut Trench] h=false RUS>UKR [Izium] \"\" \"\"",
			"losses asserts reported [RUS/official/Prut Trench] h=false RUS>UKR [Balakliia] \"\" \"casualties=400\"",
		}},
	{"footage that appears to show a loss is a hedged loss", "karabakh-2020", "2020-10-07",
		"The Azerbaijani Defence Ministry released a video that appears to show a T-72 tank being destroyed near Talish.", []string{
			"losses asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=true AZE>ARM [Talish] \"\" \"tank=1\"",
		}},
	{"a year in the clause a 'when' opens is history", "ukraine-2022", "2024-02-20",
		"Avdiivka had been on the front line since 2014, when Russian-backed separatists first seized nearby Donetsk.", nil},
	{"since a year in a clause of its own before the claim dates nothing", "ukraine-2022", "2024-02-20",
		"Twelve weeks after the talks it had held since 2022 collapsed, the Ukrainian General Staff said on Monday that Russian forces controlled Avdiivka.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Avdiivka] \"2024-02-19..2024-02-19\" \"\"",
		}},
	{"a distance to a reference point names no place of the claim", "ukraine-2022", "2022-03-10",
		"The Ukrainian General Staff said Russian troops had entered Irpin, 20 kilometres from Kyiv.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Irpin] \"\" \"\"",
		}},
	{"plans to is a forecast", "ukraine-2022", "2022-11-10",
		"Russia plans to attack Kharkiv again, the Ukrainian General Staff said.", nil},
}

func TestReferenceRules(t *testing.T) {
	extra := map[string]*profile.Profile{}
	for _, name := range []string{"sudan-2023", "syria-2016"} {
		p, err := profile.LoadDir(filepath.Join("..", "testdata", "profiles", name))
		if err != nil {
			t.Fatal(err)
		}
		extra[name] = p
	}
	runRuleCases(t, referenceCases, extra)
}

// TestOutletOwnWe: a side's own outlet writing "we" and "our" speaks in
// its own voice, and its "our" is its side.
func TestOutletOwnWe(t *testing.T) {
	x := New(mustProfile(t, "ukraine-2022"))
	got := x.Extract(&claimtrail.Document{ID: "t", Outlet: "ArmyInform", Published: "2023-02-14",
		Body: "Our units destroyed two Russian tanks near Vuhledar on Monday.\n\nTwo of our soldiers were wounded near Vuhledar."})
	var g []string
	for _, c := range got {
		g = append(g, gotOf(c).String())
	}
	want := []string{
		"losses asserts author [/author/ArmyInform] h=false UKR>RUS [Vuhledar] \"2023-02-13..2023-02-13\" \"tank=2\"",
		"losses asserts author [/author/ArmyInform] h=false RUS>UKR [Vuhledar] \"\" \"wounded=2\"",
	}
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("\ngot:\n  %s\nwant:\n  %s", strings.Join(g, "\n  "), strings.Join(want, "\n  "))
	}
}
