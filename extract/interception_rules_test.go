package extract

import "testing"

// interceptionCases pin air defence: intercepting or shooting down what
// was fired repels an attack, the firing is an attack by whoever fired it
// (a reduced relative "launched by X towards Y" names both), and a drone
// or aircraft shot down stays materiel lost. Every sentence is written for
// the test. Also: what was fired, as the subject of an attack, names no
// side; "did not strike" is a verb; "no civilians were hurt" denies harm.
var interceptionCases = []ruleCase{
	{"an interception repels, the launch attacks", "ukraine-2022", "2023-01-01",
		"Ukrainian air defence intercepted 30 of 36 cruise missiles fired by Russia at Kyiv overnight, the Ukrainian Air Force said.", []string{
			"repel asserts reported [UKR/military/Ukrainian Air Force] h=false UKR>RUS [Kyiv] \"2022-12-31..2023-01-01\" \"\"",
			"attack asserts reported [UKR/military/Ukrainian Air Force] h=false RUS>UKR [Kyiv] \"2022-12-31..2023-01-01\" \"\"",
		}},
	{"missiles shot down are stopped, not lost", "ukraine-2022", "2023-01-01",
		"The Ukrainian Air Force said air defence had shot down 12 Russian missiles over Kyiv.", []string{
			"repel asserts reported [UKR/military/Ukrainian Air Force] h=false UKR>RUS [Kyiv] \"\" \"\"",
		}},
	{"drones shot down are materiel lost", "ukraine-2022", "2023-01-01",
		"The Ukrainian Air Force said air defence had shot down 12 Russian drones over Kyiv.", []string{
			"losses asserts reported [UKR/military/Ukrainian Air Force] h=false UKR>RUS [Kyiv] \"\" \"uav=12\"",
		}},
	{"a missile launched by a side towards a town", "karabakh-2020", "2020-10-17",
		"Azerbaijani air defence intercepted a missile launched by Armenian forces towards Ganja on Friday, the Azerbaijani Defence Ministry said.", []string{
			"repel asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=false AZE>ARM [Ganja] \"2020-10-16..2020-10-16\" \"\"",
			"attack asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=false ARM>AZE [Ganja] \"2020-10-16..2020-10-16\" \"\"",
		}},
	{"missiles fired by a side, with no aim, only describe them", "karabakh-2020", "2020-10-17",
		"We congratulate the army, which stands firm in the face of the missiles fired by Armenia.", nil},
	{"a fired thing as subject names no side: the claimant's side is hit", "ukraine-2022", "2023-01-01",
		"A missile hit Kharkiv overnight, the Ukrainian Air Force said.", []string{
			"attack asserts reported [UKR/military/Ukrainian Air Force] h=false RUS>UKR [Kharkiv] \"2022-12-31..2023-01-01\" \"\"",
		}},
	{"a noun trigger after a negation is a verb", "ukraine-2022", "2023-01-01",
		"The Russian Defence Ministry said its aircraft did not strike the port of Odesa.", []string{
			"attack denies reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Odesa] \"\" \"\"",
		}},
	{"nobody hurt", "ukraine-2022", "2023-01-01",
		"A missile hit Kharkiv overnight, the Ukrainian Air Force said. No civilians were hurt, the governor said.", []string{
			"attack asserts reported [UKR/military/Ukrainian Air Force] h=false RUS>UKR [Kharkiv] \"2022-12-31..2023-01-01\" \"\"",
			"civilian denies reported [/official/governor] h=false RUS>UKR [] \"2022-12-31..2023-01-01\" \"\"",
		}},
	{"fire on, base form, negated", "karabakh-2020", "2020-10-05",
		"Armenian artillery did not fire on Ganja on Sunday, the Armenian Defence Ministry said.", []string{
			"attack denies reported [ARM/military/Armenian Ministry of Defense] h=false ARM>AZE [Ganja] \"2020-10-04..2020-10-04\" \"\"",
		}},
	{"under fire on a day is one attack, not a second one on the day", "karabakh-2020", "2020-10-05",
		"Ganja came under rocket fire on Sunday, the Azerbaijani Defence Ministry said.", []string{
			"attack asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=false ARM>AZE [Ganja] \"2020-10-04..2020-10-04\" \"\"",
		}},
	{"materiel damaged is a loss", "karabakh-2020", "2020-10-08",
		"The ministry said two Azerbaijani tanks had been damaged near Martakert on Tuesday.", []string{
			"losses asserts reported [/military/ministry] h=false ARM>AZE [Martakert] \"2020-10-06..2020-10-06\" \"tank=2\"",
		}},
	{"suffering heavy losses", "ukraine-2022", "2022-09-09",
		"The Russian Defence Ministry said Ukrainian units were suffering heavy losses near Balakliia.", []string{
			"losses asserts reported [RUS/military/Russian Ministry of Defence] h=false RUS>UKR [Balakliia] \"\" \"\"",
		}},
	{"firing on vehicles on a road cuts the road", "ukraine-2022", "2022-09-09",
		"The governor said Russian troops were firing on vehicles on the road to Lyman.", []string{
			"route asserts reported [/official/governor] h=false RUS>UKR [Lyman] \"\" \"\"",
		}},
	{"fire on the city is fire at a target", "ukraine-2022", "2022-09-11",
		"Russian forces continued to fire on the city of Kharkiv overnight, the governor said.", []string{
			"attack asserts reported [/official/governor] h=false RUS>UKR [Kharkiv] \"2022-09-10..2022-09-11\" \"\"",
		}},
	{"under fire on the night of a day", "karabakh-2020", "2020-10-15",
		"Ganja came under fire on the night of 14 October, the Azerbaijani Defence Ministry said.", []string{
			"attack asserts reported [AZE/military/Azerbaijani Ministry of Defense] h=false ARM>AZE [Ganja] \"2020-10-14..2020-10-14\" \"\"",
		}},
}

func TestInterceptionRules(t *testing.T) { runRuleCases(t, interceptionCases, nil) }
