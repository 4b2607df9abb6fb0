package extract

import (
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/profile"
)

// generality3Cases pin the rules added for a civil war told through a
// blackout (the tigray-2020 generality set): claimants named by role,
// institution or short form, harm to civilians of many kinds (detention,
// expulsion, hunger, aid cut off), declarations, and several claims in one
// sentence. "tigray-2020" is the test profile in testdata/profiles; the
// others are shipped. Every sentence is written for the test.
var generality3Cases = []ruleCase{
	{"a side term inside a third party's name names no camp", "tigray-2020", "2021-04-07",
		"The Ethiopian Human Rights Commission said 20 civilians were killed in Adwa.", []string{
			"civilian asserts reported [/media/Ethiopian Human Rights Commission] h=false > [Adwa] \"\" \"killed=20\"",
		}},
	{"the last word of an institution's name refers back to it", "tigray-2020", "2020-11-22",
		"According to the State of Emergency Task Force, federal troops took control of Axum.\n\nThe task force said the TPLF had fired rockets at Gondar.", []string{
			"control asserts reported [ETH/official/State of Emergency Task Force] h=false ETH>TIG [Axum] \"\" \"\"",
			"attack asserts reported [ETH/official/State of Emergency Task Force] h=false TIG>ETH [Gondar] \"\" \"\"",
		}},
	{"a live-blog time stamp before a speaker label", "ukraine-2022", "2022-09-11",
		"15:05 Hanna Maliar: our forces entered Kupiansk overnight.", []string{
			"control asserts reported [UKR/military/Hanna Maliar] h=false UKR>RUS [Kupiansk] \"2022-09-10..2022-09-11\" \"\"",
		}},
	{"told takes its hearer before the adjunct", "ukraine-2022", "2022-09-11",
		"Ukrainian troops entered Kupiansk on Saturday, a Ukrainian commander told Kyiv Independent by phone.", []string{
			"control asserts reported [UKR/military/a Ukrainian commander] h=false UKR>RUS [Kupiansk] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"a verb phrase joined after a medial speaker shares the report", "karabakh-2020", "2020-10-20",
		"Azerbaijani troops have crossed the Araz, Armenian officials said, and have killed six civilians in Martuni.", []string{
			"civilian asserts reported [ARM/official/Armenian officials] h=false AZE>ARM [Martuni] \"\" \"killed=6\"",
		}},
	{"its agrees with a singular antecedent, not with forces", "ukraine-2022", "2022-09-11",
		"The Ukrainian army said Russian forces had shelled its positions and that its troops had retaken Kupiansk.", []string{
			"attack asserts reported [UKR/military/Armed Forces of Ukraine] h=false RUS>UKR [Kupiansk] \"\" \"\"",
			"control asserts reported [UKR/military/Armed Forces of Ukraine] h=false UKR>RUS [Kupiansk] \"\" \"\"",
		}},
	{"detaining civilians is harm", "tigray-2020", "2021-11-24",
		"Federal police have detained hundreds of ethnic Tigrayans in Addis Ababa, lawyers said.", []string{
			"civilian asserts reported [/unnamed/lawyers] h=false ETH>TIG [Addis Ababa] \"\" \"\"",
		}},
	{"detaining soldiers is no harm to civilians", "tigray-2020", "2021-11-24",
		"Federal police have detained 76 army officers, the police said.", nil},
	{"aid cut off from a camp is harm, not a route", "tigray-2020", "2020-11-29",
		"The UN said two camps for refugees near Shire had been cut off from food for weeks.", []string{
			"civilian asserts reported [/media/UN] h=false > [Shire] \"\" \"\"",
		}},
	{"a road cut off stays a route", "tigray-2020", "2020-11-29",
		"Tigrayan forces cut off the road to Mekelle, federal officials said.", []string{
			"route asserts reported [ETH/official/federal officials] h=false TIG>ETH [Mekelle] \"\" \"\"",
		}},
	{"people shot dead are killed", "tigray-2020", "2021-03-25",
		"A priest said Eritrean soldiers had shot dead two worshippers in Axum on Sunday.", []string{
			"civilian asserts reported [/unnamed/A priest] h=false ETH>TIG [Axum] \"2021-03-21..2021-03-21\" \"killed=2\"",
		}},
	{"a state of emergency is a position", "tigray-2020", "2021-11-03",
		"The federal government declared a nationwide state of emergency on Tuesday.", []string{
			"statement asserts reported [ETH/official/federal government] h=false ETH> [] \"2021-11-02..2021-11-02\" \"\"",
		}},
	{"a speaker declares an operation completed", "tigray-2020", "2020-11-29",
		"Abiy Ahmed declared the military operation in the region completed.", []string{
			"statement asserts reported [ETH/official/Abiy Ahmed] h=false ETH> [] \"\" \"\"",
		}},
	{"readiness for talks is a position", "tigray-2020", "2021-11-03",
		"The TPLF said it was ready for talks.", []string{
			"statement asserts reported [TIG/official/TPLF] h=false TIG> [] \"\" \"\"",
		}},
	{"towns that had fallen were taken", "tigray-2020", "2021-11-03",
		"Tigrayan forces reached the outskirts of Dessie. The government denied the town had fallen.", []string{
			"control asserts author [/author/Test Outlet] h=false TIG>ETH [Dessie] \"\" \"\"",
			"control denies reported [ETH/official/government] h=false TIG>ETH [Dessie] \"\" \"\"",
		}},
	{"shooting civilians is harm", "tigray-2020", "2021-04-07",
		"Soldiers were shooting men and boys in Axum, witnesses said.", []string{
			"civilian asserts reported [/unnamed/witnesses] h=false > [Axum] \"\" \"\"",
		}},
	{"a denied role in the killings denies the harm just claimed", "tigray-2020", "2020-11-13",
		"Amnesty International said civilians were hacked to death in Mai Kadra.\n\nThe regional government denied any role in the killings and said federal forces had killed civilians in Dansha.", []string{
			"civilian asserts reported [/media/Amnesty International] h=false > [Mai Kadra] \"\" \"\"",
			"civilian asserts reported [TIG/official/regional government] h=false ETH>TIG [Dansha] \"\" \"\"",
			"civilian denies reported [TIG/official/regional government] h=false > [Mai Kadra] \"\" \"\"",
		}},
	{"a denied part in strikes names no claim of its own", "tigray-2020", "2020-11-13",
		"The regional government denied responsibility for the strikes.", nil},
	{"a blockade that left a region without power is no withdrawal", "tigray-2020", "2020-11-13",
		"The regional government said the federal blockade had left Tigray without power.", nil},
	{"aid trucks that enter a place take nothing", "tigray-2020", "2021-12-10",
		"Only 38 of the trucks that entered Tigray had returned, the government said.", nil},
}

func TestGenerality3Rules(t *testing.T) {
	tig, err := profile.LoadDir(filepath.Join("..", "testdata", "profiles", "tigray-2020"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, generality3Cases, map[string]*profile.Profile{"tigray-2020": tig})
}
