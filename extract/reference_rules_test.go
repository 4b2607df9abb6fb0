package extract

import (
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/profile"
)

// referenceCases pin what a phrase refers to: "the airfield" is the place
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
	{"plans to is a forecast", "ukraine-2022", "2022-11-10",
		"Russia plans to attack Kharkiv again, the Ukrainian General Staff said.", nil},
}

func TestReferenceRules(t *testing.T) {
	p, err := profile.LoadDir(filepath.Join("..", "testdata", "profiles", "sudan-2023"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, referenceCases, map[string]*profile.Profile{"sudan-2023": p})
}
