package extract

import "testing"

// negationCases pin the scope of negation, retraction and implicative
// verbs ("had to", "managed to": the infinitive happened): a negative
// determiner on the object denies the event ("lost no tanks"), a negation
// outside a prepositional phrase leaves the event named inside it standing
// ("no one was hurt in the strike"), comparisons with "no" assert a number,
// and taking back a statement denies what it said. Every sentence is
// written for the test.
var negationCases = []ruleCase{
	{"a negative determiner on the object denies the losses", "ukraine-2022", "2023-02-14",
		"The Ukrainian General Staff said its forces lost no tanks near Vuhledar.", []string{
			"losses denies reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Vuhledar] \"\" \"\"",
		}},
	{"not a single, after the verb", "karabakh-2020", "2020-10-12",
		"The Armenian Defence Ministry said Azerbaijani forces captured not a single village near Hadrut.", []string{
			"control denies reported [ARM/military/Armenian Ministry of Defense] h=false AZE>ARM [Hadrut] \"\" \"\"",
		}},
	{"no fewer than asserts a number", "ukraine-2022", "2023-02-14",
		"The Ukrainian General Staff said its forces destroyed no fewer than 12 Russian tanks near Vuhledar.", []string{
			"losses asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Vuhledar] \"\" \"tank=12\"",
		}},
	{"the negated subject of the harm leaves the strike in the phrase standing", "ukraine-2022", "2023-02-14",
		"No civilians were killed in the overnight strike on Kramatorsk, the regional governor said.", []string{
			"civilian denies reported [/official/regional governor] h=false > [Kramatorsk] \"2023-02-13..2023-02-14\" \"\"",
			"attack asserts reported [/official/regional governor] h=false > [Kramatorsk] \"2023-02-13..2023-02-14\" \"\"",
		}},
	{"a negation before an of-phrase still reaches the noun", "ukraine-2022", "2023-02-14",
		"Local officials said they found no evidence of shelling in Kramatorsk on Monday.", []string{
			"attack denies reported [/official/Local officials] h=false > [Kramatorsk] \"2023-02-13..2023-02-13\" \"\"",
		}},
	{"withdrawing a statement denies what it said", "ukraine-2022", "2022-05-20",
		"Russia's defence ministry later withdrew its statement about the capture of Bilohorivka.", []string{
			"control denies reported [RUS/military/Russian Ministry of Defence] h=false UKR>RUS [Bilohorivka] \"\" \"\"",
		}},
	{"troops withdrawing is still a withdrawal", "ukraine-2022", "2022-05-20",
		"Russia's defence ministry said its troops withdrew from Bilohorivka.", []string{
			"withdrawal asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS> [Bilohorivka] \"\" \"\"",
		}},
	{"a retracted claim is denied by who retracts it", "karabakh-2020", "2020-10-20",
		"The Azerbaijani Defence Ministry retracted its earlier claim that its troops had entered Martuni.", []string{
			"control denies reported [AZE/military/Azerbaijani Ministry of Defense] h=false AZE>ARM [Martuni] \"\" \"\"",
		}},
	{"denied reports nobody owns: the reports stand as an unnamed source's", "ukraine-2022", "2022-10-03",
		"The Russian Defence Ministry denied reports that Ukrainian troops had entered Lyman.", []string{
			"control denies reported [RUS/military/Russian Ministry of Defence] h=false UKR>RUS [Lyman] \"\" \"\"",
			"control asserts reported [/unnamed/] h=false UKR>RUS [Lyman] \"\" \"\"",
		}},
	{"withdrawing its own report adds no second claimant", "karabakh-2020", "2020-10-12",
		"The Armenian Defence Ministry withdrew its report that Armenian forces had recaptured Hadrut.", []string{
			"control denies reported [ARM/military/Armenian Ministry of Defense] h=false ARM>AZE [Hadrut] \"\" \"\"",
		}},
	{"the base form lose, negated, with a weapon object", "karabakh-2020", "2020-10-15",
		"The Azerbaijani Defence Ministry said its army did not lose a single tank on Wednesday.", []string{
			"losses denies reported [AZE/military/Azerbaijani Ministry of Defense] h=false ARM>AZE [] \"2020-10-14..2020-10-14\" \"\"",
		}},
	{"a passive lost names the loss before it", "ukraine-2022", "2022-07-20",
		"The Ukrainian General Staff said no HIMARS launcher had been lost in the past week.", []string{
			"losses denies reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [] \"2022-07-13..2022-07-20\" \"\"",
		}},
	{"losing a place is still control", "ukraine-2022", "2022-07-04",
		"The Ukrainian General Staff said its forces were losing ground near Lysychansk.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Lysychansk] \"\" \"\"",
		}},
	{"a named side's claim called false after its that-clause", "karabakh-2020", "2020-10-15",
		"The Azerbaijani Defence Ministry said the claim of the Armenian side that Azerbaijani aircraft bombed Kapan is false.", []string{
			"attack denies reported [AZE/military/Azerbaijani Ministry of Defense] h=false AZE>ARM [Kapan] \"\" \"\"",
			"attack asserts reported [ARM/official/Armenian side] h=false AZE>ARM [Kapan] \"\" \"\"",
		}},
	{"the claim that … is false refers back: no second claimant", "karabakh-2020", "2020-10-15",
		"The Azerbaijani Defence Ministry said the claim that Azerbaijani aircraft bombed Kapan is false.", []string{
			"attack denies reported [AZE/military/Azerbaijani Ministry of Defense] h=false AZE>ARM [Kapan] \"\" \"\"",
		}},
	{"past necessity happened: had to pull back", "ukraine-2022", "2022-05-30",
		"Ukrainian troops had to pull back from Lyman, the Ukrainian General Staff said.", []string{
			"withdrawal asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR> [Lyman] \"\" \"\"",
		}},
	{"present necessity is no event: will have to pull back", "ukraine-2022", "2022-05-30",
		"Ukrainian troops will have to pull back from Lyman, the Ukrainian General Staff said.", nil},
	{"managed to enter happened", "ukraine-2022", "2022-05-30",
		"Russian troops managed to enter Lyman on Sunday, the Ukrainian General Staff said.", []string{
			"control asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false RUS>UKR [Lyman] \"2022-05-29..2022-05-29\" \"\"",
		}},
	{"the deaths of civilians are harm to civilians", "ukraine-2022", "2022-06-30",
		"The UN monitoring mission said it had documented the deaths of at least 437 civilians in Mariupol.", []string{
			"civilian asserts reported [/official/UN Human Rights Monitoring Mission in Ukraine] h=false > [Mariupol] \"\" \"killed=437\"",
		}},
	{"the deaths of soldiers are losses", "ukraine-2022", "2022-06-30",
		"The Ukrainian General Staff said it had counted the deaths of 120 Russian soldiers near Izium.", []string{
			"losses asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Izium] \"\" \"killed=120\"",
		}},
	{"deaths of nobody named are no claim", "ukraine-2022", "2022-06-30",
		"The report examined deaths in road accidents near Izium.", nil},
	{"a section heading names a topic, not a claim", "ukraine-2022", "2022-06-30",
		"Shelling and missile strikes\n\nRussian forces shelled Kharkiv on Monday, the governor said.", []string{
			"attack asserts reported [/official/governor] h=false RUS>UKR [Kharkiv] \"2022-06-27..2022-06-27\" \"\"",
		}},
	{"a nominal event called unlikely is a forecast", "ukraine-2022", "2022-06-30",
		"A full assault on Kharkiv is unlikely before the autumn, analysts said.", nil},
	{"take part, take civilians: nothing captured", "ukraine-2022", "2022-06-30",
		"Ukrainian officials said Russian troops took part in the battle for Izium and took 200 civilians from the town.", nil},
	{"took a town is still control", "ukraine-2022", "2022-06-30",
		"Ukrainian officials said Russian troops took Izium.", []string{
			"control asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Izium] \"\" \"\"",
		}},
	{"a position said with a modal is taken now", "karabakh-2020", "2020-10-01",
		"Turkish President Recep Tayyip Erdogan said Turkey would stand by Azerbaijan with all its means.", []string{
			"statement asserts reported [AZE/official/Recep Tayyip Erdogan] h=false AZE> [] \"\" \"\"",
		}},
	{"refusing a ceasefire is a position asserted", "ukraine-2022", "2022-09-08",
		"Zelensky said Ukraine would not agree to a ceasefire while Russian troops remained on its territory.", []string{
			"statement asserts reported [UKR/official/Volodymyr Zelensky] h=false UKR> [] \"\" \"\"",
		}},
	{"an unreported modal stays a forecast", "karabakh-2020", "2020-10-01",
		"Turkey would probably stand by Azerbaijan in a longer war.", nil},
	{"an aside inside a modal verb group keeps the modal", "ukraine-2022", "2022-09-08",
		"The Ukrainian General Staff said its troops would not, for now, advance on Lyman.", nil},
	{"an aside after a speaker keeps the claim", "ukraine-2022", "2022-09-08",
		"Ukrainian troops, the General Staff said, had entered Lyman.", []string{
			"control asserts reported [/military/General Staff] h=false UKR>RUS [Lyman] \"\" \"\"",
		}},
	{"units relocated from a place withdrew from it", "ukraine-2022", "2022-11-10",
		"Russian units were relocated from Kherson to the left bank, the Russian Defence Ministry said.", []string{
			"withdrawal asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS> [Kherson] \"\" \"\"",
		}},
	{"civilians relocated are no withdrawal", "ukraine-2022", "2022-11-10",
		"About 500 civilians were relocated from Kherson to safer areas, officials said.", nil},
	{"did not bomb a village: the attack denied", "ukraine-2022", "2022-11-10",
		"The Russian Defence Ministry said its aircraft did not bomb any village near Kherson.", []string{
			"attack denies reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Kherson] \"\" \"\"",
		}},
	{"setting fire to houses harms civilians", "ukraine-2022", "2022-11-10",
		"Ukrainian officials said Russian troops set fire to houses in Kherson before they left.", []string{
			"civilian asserts reported [UKR/official/Ukrainian officials] h=false RUS>UKR [Kherson] \"\" \"\"",
		}},
	{"materiel seized is materiel lost", "ukraine-2022", "2022-11-10",
		"The Ukrainian General Staff said its troops had seized four tanks and two trucks near Kherson.", []string{
			"losses asserts reported [UKR/military/General Staff of the Armed Forces of Ukraine] h=false UKR>RUS [Kherson] \"\" \"tank=4,vehicle=2\"",
		}},
	{"lost control of towns is control, not losses", "ukraine-2022", "2022-11-10",
		"Russian officials conceded that their forces had lost control of several towns near Kherson.", []string{
			"control asserts reported [RUS/official/Russian officials] h=false UKR>RUS [Kherson] \"\" \"\"",
		}},
	{"a negated reporting verb claims nothing", "karabakh-2020", "2020-11-05",
		"The Azerbaijani Ministry of Defense has not claimed the capture of Lachin.", nil},
	{"an expectation is a forecast", "ukraine-2022", "2022-11-05",
		"We expect air strikes on Kharkiv to intensify, the Ukrainian General Staff said.", nil},
	{"displaced families are a description", "ukraine-2022", "2022-11-05",
		"Aid groups distributed food to 9,400 displaced people in Kharkiv.", nil},
	{"people displaced from a town are harmed civilians", "ukraine-2022", "2022-11-05",
		"About 9,400 people were displaced from Kharkiv, aid groups said.", []string{
			"civilian asserts reported [/unnamed/aid groups] h=false > [Kharkiv] \"\" \"\"",
		}},
	{"rounds fired at nothing named are no attack", "ukraine-2022", "2022-11-05",
		"The enemy fired more than 300 artillery rounds over the past day, the Ukrainian General Staff said.", nil},
	{"targeting only military objects is a policy, not a strike", "karabakh-2020", "2020-10-05",
		"Azerbaijan's Defence Ministry said it targeted only military objects.", nil},
	{"an event noun naming a kind of report reports no event", "ukraine-2022", "2022-11-05",
		"This is not the first false capture claim of the offensive, ProofDesk wrote.", nil},
	{"a capture reported is still a capture", "ukraine-2022", "2022-11-05",
		"Russian bloggers claimed the capture of Kupiansk on Monday.", []string{
			"control asserts reported [RUS/unnamed/Russian bloggers] h=false RUS>UKR [Kupiansk] \"2022-10-31..2022-10-31\" \"\"",
		}},
}

func TestNegationRules(t *testing.T) { runRuleCases(t, negationCases, nil) }
