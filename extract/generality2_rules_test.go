package extract

import (
	"testing"
)

// generality2Cases pin the rules added for recall on wire copy from a war
// the extractor was not written on: one reporting verb over several claims,
// passives, nominalisations, admissions, withdrawals phrased many ways,
// presence, counts attributed with "by X's count". Every sentence is
// written for the test.
var generality2Cases = []ruleCase{
	{"a negation between auxiliary and participle keeps the passive", "ukraine-2022", "2022-06-10",
		"Sievierodonetsk was never taken, Ukrainian officials insisted.", []string{
			"control denies reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Sievierodonetsk] \"\" \"\"",
		}},
	{"a headline drops the auxiliary of a passive", "ukraine-2022", "2022-09-11",
		"Izium retaken by Ukrainian troops, officials say", []string{
			"control asserts reported [/official/officials] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"a live-blog time stamp before a headline passive", "ukraine-2022", "2022-09-11",
		"16:10 Kupiansk taken without a fight, Ukrainian officials say", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false UKR>RUS [Kupiansk] \"\" \"\"",
		}},
	{"troops that flee a place withdraw from it", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said Russian troops fled Izium on Saturday.", []string{
			"withdrawal asserts reported [UKR/official/Ukrainian officials] h=false RUS> [Izium] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"civilians that flee a place stay a civilian claim", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said thousands of civilians fled Izium on Saturday.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Izium] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"troops that evacuate a base withdraw from it", "ukraine-2022", "2022-09-11",
		"Russian units evacuated the base at Kupiansk, a Ukrainian official said.", []string{
			"withdrawal asserts reported [UKR/official/a Ukrainian official] h=false RUS> [Kupiansk] \"\" \"\"",
		}},
	{"rolling into a place is entering it", "ukraine-2022", "2022-09-11",
		"Ukrainian tanks rolled into Kupiansk on Saturday.", []string{
			"control asserts author [/author/Test Outlet] h=false UKR>RUS [Kupiansk] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"checkpoints set up in a place hold it", "ukraine-2022", "2022-09-11",
		"Russian troops set up checkpoints at Kupiansk.", []string{
			"control asserts author [/author/Test Outlet] h=false RUS>UKR [Kupiansk] \"\" \"\"",
		}},
	{"a commission set up is no control", "ukraine-2022", "2022-09-11",
		"Ukrainian officials set up a commission in Kupiansk.", nil},
	{"troops said to be in a place hold it", "ukraine-2022", "2022-03-10",
		"The Russian Ministry of Defence denied that its troops were in Izium.", []string{
			"control denies reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"no troops in a place denies holding it", "ukraine-2022", "2022-03-10",
		"There are no Russian troops in Kherson, the Russian Ministry of Defence said.", []string{
			"control denies reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Kherson] \"\" \"\"",
		}},
	{"soldiers in the streets of a town hold it", "ukraine-2022", "2022-03-10",
		"Local officials admitted that Russian soldiers were in the streets of Kherson.", []string{
			"control asserts reported [/official/Local officials] h=false RUS>UKR [Kherson] \"\" \"\"",
		}},
	{"an epistemic adverb before a present state hedges a fact", "ukraine-2022", "2022-09-11",
		"Russian forces likely still control Kupiansk.", []string{
			"control asserts author [/author/Test Outlet] h=true RUS>UKR [Kupiansk] \"\" \"\"",
		}},
	{"a relative clause about the past does not make the claim history", "ukraine-2022", "2022-07-04",
		"Ukrainian troops pulled back from Lysychansk, which Ukraine had held since 2014.", []string{
			"withdrawal asserts author [/author/Test Outlet] h=false UKR> [Lysychansk] \"\" \"\"",
		}},
	{"destroying barracks is an attack", "ukraine-2022", "2022-09-11",
		"Russian paratroopers destroyed the barracks at Kupiansk.", []string{
			"attack asserts author [/author/Test Outlet] h=false RUS>UKR [Kupiansk] \"\" \"\"",
		}},
	{"killed in a side's assault makes that side the actor", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said six civilians were killed in the Russian assault.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [] \"\" \"killed=6\"",
		}},
	{"a side's offensive mentioned as a topic is no claim", "ukraine-2022", "2022-09-11",
		"The Russian Ministry of Defence did not comment on the Ukrainian counteroffensive.", nil},
	{"an indirect question asserts nothing", "ukraine-2022", "2022-09-11",
		"The Ukrainian government did not say how many of its soldiers had been captured.", nil},
	{"a participle between a verb and its noun is an adjective", "ukraine-2022", "2022-09-11",
		"Only units guarding abandoned ammunition remained near Izium, the Russian Ministry of Defence said.", nil},
	{"a speaker in apposition after the clause it reports", "ukraine-2022", "2022-09-11",
		"Ukrainian police moved into Izium, a regional spokesman, Ivan Petrenko, said.", []string{
			"control asserts reported [/military/Ivan Petrenko] h=false UKR>RUS [Izium] \"\" \"\"",
		}},
	{"the dead and wounded a side lost are one claim", "ukraine-2022", "2022-09-11",
		"\"Our forces have lost 18 servicemen killed and 52 wounded,\" the Russian Ministry of Defence said.", []string{
			"losses asserts reported [RUS/military/Russian Ministry of Defence] h=false UKR>RUS [] \"\" \"killed=18,wounded=52\"",
		}},
	{"by X's count attributes the clause after it", "ukraine-2022", "2022-09-11",
		"Fighting went on for three days in which, by Moscow's count, 74 Ukrainian soldiers were killed near Izium.", []string{
			"losses asserts reported [RUS/official/Moscow] h=false RUS>UKR [Izium] \"\" \"killed=74\"",
		}},
	{"by its count continues the claimant before", "ukraine-2022", "2022-09-11",
		"The Russian Ministry of Defence said on Sunday that its forces had taken Izium. By its count, Russian units destroyed two dozen Ukrainian tanks.", []string{
			"control asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Izium] \"2022-09-11..2022-09-11\" \"\"",
			"losses asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [] \"2022-09-11..2022-09-11\" \"tank=24\"",
		}},
	{"there are casualties asserts harm", "ukraine-2022", "2022-09-11",
		"Russian aircraft bombed Izium overnight; there are casualties among the civilian population.", []string{
			"attack asserts author [/author/Test Outlet] h=false RUS>UKR [Izium] \"2022-09-10..2022-09-11\" \"\"",
			"civilian asserts author [/author/Test Outlet] h=false RUS>UKR [] \"2022-09-10..2022-09-11\" \"\"",
		}},
	{"there were no casualties adds no claim", "ukraine-2022", "2022-09-11",
		"A hospital was damaged in Izium, but there were no casualties.", []string{
			"civilian asserts author [/author/Test Outlet] h=false > [Izium] \"\" \"\"",
		}},
	{"halting an operation is a position", "ukraine-2022", "2022-03-29",
		"Moscow announced it was halting its military operation near Kyiv.", []string{
			"statement asserts reported [RUS/official/Moscow] h=false RUS> [] \"\" \"\"",
		}},
	{"an attempted advance is an attack", "ukraine-2022", "2022-09-11",
		"Russian forces attempted to advance towards Izium, the General Staff of the Armed Forces of Ukraine said.", []string{
			"attack asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"a planned advance is no attack", "ukraine-2022", "2022-09-11",
		"Russian forces plan to advance towards Izium, the General Staff of the Armed Forces of Ukraine said.", nil},
	{"advancing with a direction is an attack", "ukraine-2022", "2022-09-11",
		"Russian forces are reportedly advancing north along the river towards Izium.", []string{
			"attack asserts reported [/unnamed/] h=true RUS>UKR [Izium] \"\" \"\"",
		}},
	{"a place that had been lost is control", "ukraine-2022", "2022-07-04",
		"Ukrainian officials acknowledged that Lysychansk had been lost.", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Lysychansk] \"\" \"\"",
		}},
	{"looting is harm to civilians", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said Russian soldiers were looting houses in Izium.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"sinking boats is a loss", "ukraine-2022", "2022-04-14",
		"Ukrainian forces sank a Russian patrol boat near Odesa on Wednesday.", []string{
			"losses asserts author [/author/Test Outlet] h=false UKR>RUS [Odesa] \"2022-04-13..2022-04-13\" \"\"",
		}},
	{"conceded reports an admission", "ukraine-2022", "2022-09-11",
		"The Russian Ministry of Defence conceded that its units had pulled back from Izium.", []string{
			"withdrawal asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS> [Izium] \"\" \"\"",
		}},
	{"an account someone rejected names the denier", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said Russian troops had shelled Izium, an account Russian officials rejected.", []string{
			"attack asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Izium] \"\" \"\"",
			"attack denies reported [RUS/official/Russian officials] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"a withdrawal confirmed by someone is their claim", "ukraine-2022", "2022-11-11",
		"The Russian withdrawal from Kherson was confirmed by Ukrainian officials on Friday.", []string{
			"withdrawal asserts reported [UKR/official/Ukrainian officials] h=false RUS> [Kherson] \"2022-11-11..2022-11-11\" \"\"",
		}},
	{"putting one's own dead at a number is a loss of that side", "ukraine-2022", "2022-09-11",
		"The Ministry of Defence of Ukraine put its own dead at 40.", []string{
			"losses asserts author [/author/Test Outlet] h=false RUS>UKR [] \"\" \"\"",
		}},
	{"falling back is a withdrawal", "ukraine-2022", "2022-09-11",
		"Russian units fell back from Izium on Saturday, Ukrainian officials said.", []string{
			"withdrawal asserts reported [UKR/official/Ukrainian officials] h=false RUS> [Izium] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"expelling troops from a place takes it", "ukraine-2022", "2022-09-11",
		"Ukrainian forces expelled Russian troops from Kupiansk, the General Staff of the Armed Forces of Ukraine said.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Kupiansk] \"\" \"\"",
		}},
	{"an operation declared over is a position", "ukraine-2022", "2022-03-29",
		"Moscow announced that the operation near Kyiv was over.", []string{
			"statement asserts reported [RUS/official/Moscow] h=false RUS> [] \"\" \"\"",
		}},
	{"troops inside a place hold it", "ukraine-2022", "2022-09-11",
		"Local television showed footage of Russian soldiers inside Izium.", []string{
			"control asserts author [/author/Test Outlet] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"a headquarters overrun is control", "ukraine-2022", "2022-09-11",
		"Ukrainian officials said their troops had overrun the headquarters of a Russian regiment in Kupiansk.", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false UKR>RUS [Kupiansk] \"\" \"\"",
		}},
	{"a side's bombardment launched is an attack", "ukraine-2022", "2022-09-11",
		"Russian forces launched a heavy bombardment of Izium on Saturday.", []string{
			"attack asserts author [/author/Test Outlet] h=false RUS>UKR [Izium] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"forced to abandon a place is a withdrawal that happened", "ukraine-2022", "2022-07-04",
		"Ukrainian troops were forced to abandon Lysychansk on Sunday, officials said.", []string{
			"withdrawal asserts reported [/official/officials] h=false UKR> [Lysychansk] \"2022-07-03..2022-07-03\" \"\"",
		}},
	{"a place that came under a side's control", "ukraine-2022", "2022-09-11",
		"Kupiansk came under Ukrainian control on Saturday.", []string{
			"control asserts author [/author/Test Outlet] h=false UKR>RUS [Kupiansk] \"2022-09-10..2022-09-10\" \"\"",
		}},
	{"troops stationed in a place hold it", "ukraine-2022", "2022-09-11",
		"Russian troops are now stationed in Kupiansk.", []string{
			"control asserts author [/author/Test Outlet] h=false RUS>UKR [Kupiansk] \"\" \"\"",
		}},
	{"two verbs after one subject share it", "ukraine-2022", "2022-09-11",
		"The General Staff of the Armed Forces of Ukraine said its units had shot down four Russian aircraft and killed about 50 soldiers.", []string{
			"losses asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [] \"\" \"aircraft=4,killed=50\"",
		}},
	{"a passive loss joined to an admitted one has the same loser", "ukraine-2022", "2022-09-11",
		"Our forces have lost 18 servicemen killed, and four aircraft were shot down, the Russian Ministry of Defence said.", []string{
			"losses asserts reported [RUS/military/Russian Ministry of Defence] h=false UKR>RUS [] \"\" \"aircraft=4,killed=18\"",
		}},
	{"a foothold gained in a place is control", "ukraine-2022", "2022-09-11",
		"Ukrainian forces gained a foothold in Kupiansk, the General Staff of the Armed Forces of Ukraine said.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Kupiansk] \"\" \"\"",
		}},
	{"an event noun whose clause says it began", "ukraine-2022", "2022-11-11",
		"The Russian withdrawal from Kherson began on Wednesday.", []string{
			"withdrawal asserts author [/author/Test Outlet] h=false RUS> [Kherson] \"2022-11-09..2022-11-09\" \"\"",
		}},
	{"an operation that continued is no new claim", "karabakh-2020", "2020-11-08",
		"The operation to clear the forests near Shusha continued.", nil},
}

func TestGenerality2Rules(t *testing.T) { runRuleCases(t, generality2Cases, nil) }
