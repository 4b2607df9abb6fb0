package quantity

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// profileWeapons stands in for a conflict profile's weapon names.
var profileWeapons = map[string]string{
	"t-72": "tank", "t-80": "tank", "d-30": "artillery", "osa": "air_defense",
	"zastava m-55": "air_defense", "bayraktar": "uav", "tb2": "uav", "mi-8": "helicopter",
	"su-25": "aircraft", "bm-21": "mlrs", "himars": "mlrs", "s-300": "air_defense",
	"leopard": "tank", "m777": "artillery",
}

// render writes matches as "item n qual", ranges as "item n-max range",
// joined by "; ".
func render(ms []Match) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		if m.Qual == "range" {
			parts[i] = fmt.Sprintf("%s %d-%d range", m.Item, m.N, m.Max)
		} else {
			parts[i] = fmt.Sprintf("%s %d %s", m.Item, m.N, m.Qual)
		}
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	lex := NewLexicon(profileWeapons)
	tests := []struct {
		name string
		text string
		want string
	}{
		// Deaths counted.
		{"the deaths of a count of people",
			"The mission documented the deaths of at least 437 civilians and the death of one soldier.",
			"killed 437 at_least; killed 1 exact"},
		{"gave their lives", "Two soldiers gave their lives in the battle.", "killed 2 exact"},
		// Equipment lists.
		{"list of weapons with models and articles",
			`Officials said two T-80 tanks, four D-30 howitzer-guns, a "Zastava M-55" anti-aircraft gun, a tactical UAV and 5 military trucks were hit near the ridge.`,
			"tank 2 exact; artillery 4 exact; air_defense 1 exact; uav 1 exact; vehicle 5 exact"},
		{"plain list with planes and launchers",
			"By Friday 140 UAVs, 9 helicopters, 31 planes, 412 armoured vehicles and 17 rocket launchers had been claimed.",
			"uav 140 exact; helicopter 9 exact; aircraft 31 exact; armored_vehicle 412 exact; mlrs 17 exact"},
		{"other armored and soft-skinned vehicles",
			"The column lost 7 tanks, 13 other armored vehicles, 8 soft-skinned vehicles, and 3 UAVs.",
			"tank 7 exact; armored_vehicle 13 exact; vehicle 8 exact; uav 3 exact"},
		{"parenthetical gloss is not a second vehicle",
			"Drones knocked out one tank and one IFV (infantry fighting vehicle) west of the bridge.",
			"tank 1 exact; armored_vehicle 1 exact"},
		{"armored personnel carriers and APCs",
			"Satellite images show 12 armored personnel carriers and 4 APCs parked by the depot.",
			"armored_vehicle 12 exact; armored_vehicle 4 exact"},
		{"BMP BTR and MT-LB are armored vehicles",
			"Sappers found three BMPs, two BTR-82As and an MT-LB abandoned in the forest.",
			"armored_vehicle 3 exact; armored_vehicle 2 exact; armored_vehicle 1 exact"},
		{"infantry fighting vehicles spelled out",
			"Six infantry fighting vehicles were captured intact.",
			"armored_vehicle 6 exact"},
		{"main battle tanks",
			"The ministry promised 14 main battle tanks by spring.",
			"tank 14 exact"},
		{"artillery pieces howitzers and mortars",
			"They counted 9 artillery pieces, 6 self-propelled howitzers and 11 mortars.",
			"artillery 9 exact; artillery 6 exact; artillery 11 exact"},
		{"pieces of artillery with a classifier",
			"Retreating units left behind 8 pieces of artillery.",
			"artillery 8 exact"},
		{"multiple rocket launchers and Grad",
			"Two multiple rocket launchers and a Grad were destroyed at night.",
			"mlrs 2 exact; mlrs 1 exact"},
		{"MLRS abbreviation",
			"The battery fired from 4 MLRS before withdrawing.",
			"mlrs 4 exact"},
		{"air defence systems British spelling",
			"Engineers repaired 3 air defence systems and 2 anti-aircraft guns.",
			"air_defense 3 exact; air_defense 2 exact"},
		{"SAM systems",
			"Intelligence located five SAM systems along the coast.",
			"air_defense 5 exact"},
		{"drones and unmanned aerial vehicles",
			"Forty drones and 7 unmanned aerial vehicles were intercepted overnight.",
			"uav 40 exact; uav 7 exact"},
		{"jets and warplanes",
			"Two jets and three warplanes took off from the base.",
			"aircraft 2 exact; aircraft 3 exact"},
		{"unmanned aircraft is a UAV not an aircraft",
			"Radar tracked 6 unmanned aircraft over the bay.",
			"uav 6 exact"},
		{"trucks and cars",
			"A strike burned 14 trucks and 3 cars at the fuel station.",
			"vehicle 14 exact; vehicle 3 exact"},
		{"generic vehicles are vehicles",
			"Ten vehicles of the convoy were hit.",
			"vehicle 10 exact"},
		{"model plural from the profile",
			"Crews destroyed two Bayraktars and four Leopards on Tuesday.",
			"uav 2 exact; tank 4 exact"},
		{"model with a variant suffix",
			"Four T-72B3 and a T-80BVM were seen on the road.",
			"tank 4 exact; tank 1 exact"},
		{"model name before a generic noun",
			"Engineers spotted 3 Osa systems and two BM-21 launchers.",
			"air_defense 3 exact; mlrs 2 exact"},
		{"model name and generic noun that disagree in strength",
			"The unit lost 5 MT-LB vehicles.",
			"armored_vehicle 5 exact"},
		{"howitzer-guns counted once",
			"Three D-30 howitzer-guns opened fire.",
			"artillery 3 exact"},

		// People.
		{"soldiers were killed",
			"Sources claimed that at least 450 enemy soldiers were killed in the assault.",
			"killed 450 at_least"},
		{"killing N troops",
			"The ambush repelled the column, killing at least 9 troops and destroying 3 tanks.",
			"killed 9 at_least; tank 3 exact"},
		{"servicemen died",
			"Two servicemen died of their injuries in hospital.",
			"killed 2 exact"},
		{"servicemen killed after a noun list",
			"The enemy lost 8 tanks, 15 armored combat vehicles and 120 servicemen killed.",
			"tank 8 exact; armored_vehicle 15 exact; killed 120 exact"},
		{"fighters eliminated with up to",
			"Up to 40 Wagner fighters were eliminated near the factory.",
			"killed 40 up_to"},
		{"wounded soldiers",
			"Medics evacuated 35 wounded soldiers from the front.",
			"wounded 35 exact"},
		{"injured civilians",
			"The shelling injured 17 civilians, the mayor said.",
			"wounded 17 exact"},
		{"killed and wounded together are casualties",
			"The brigade said 60 soldiers were killed and wounded in a week.",
			"casualties 60 exact"},
		{"killed and wounded before the number",
			"The raid killed and wounded 25 militants.",
			"casualties 25 exact"},
		{"killed or wounded",
			"Nearly 300 marines were killed or wounded in the landing.",
			"casualties 300 about"},
		{"casualties noun",
			"The army reported 1,100 casualties in the first month.",
			"casualties 1100 exact"},
		{"dead and wounded nouns",
			"The blast left 14 dead and 40 wounded.",
			"killed 14 exact; wounded 40 exact"},
		{"bare number killed and wounded",
			"The missile killed 9 and wounded 26 others in the city centre.",
			"killed 9 exact; wounded 26 exact"},
		{"bare number with a passive verb",
			"Four were killed and eleven were injured when the shell landed.",
			"killed 4 exact; wounded 11 exact"},
		{"lost N soldiers is casualties",
			"Kyiv says Moscow has lost 40,000 soldiers.",
			"casualties 40000 exact"},
		{"list shares its verb",
			"Russia has lost 1,200 tanks and 40,000 soldiers since the invasion.",
			"tank 1200 exact; casualties 40000 exact"},
		{"list shares a verb that follows",
			"Six tanks and 70 militants were destroyed in the strike.",
			"tank 6 exact; killed 70 exact"},
		{"lost their lives",
			"Twelve volunteers lost their lives defending the bridge.",
			"killed 12 exact"},
		{"singular official killed",
			"A senior separatist official was reportedly killed in the explosion.",
			"killed 1 exact"},
		{"singular soldier wounded",
			"A soldier was wounded by shrapnel on Sunday.",
			"wounded 1 exact"},
		{"singular pilot killed in a compound",
			"A helicopter pilot was killed when the aircraft went down.",
			"killed 1 exact"},
		{"count of people present is fighters",
			"An estimated 3,500 mercenaries are now stationed in the province.",
			"fighters 3500 about"},
		{"troops deployed are fighters",
			"Moscow has massed more than 100,000 troops near the border.",
			"fighters 100000 over"},
		{"prisoners are not a quantity",
			"About 1,500 Ukrainian servicemen were taken prisoner, the ministry claimed.",
			""},
		{"captured soldiers are not a quantity",
			"Troops captured 20 enemy soldiers and 2 tanks.",
			"tank 2 exact"},
		{"civilians present are not fighters",
			"Some 4,000 civilians remain in the city.",
			""},
		{"singular soldier without a verb is not counted",
			"A soldier stood guard at the gate.",
			""},
		{"losses earlier in the clause",
			"Russian losses amounted to 1,300 servicemen and 60 tanks.",
			"casualties 1300 exact; tank 60 exact"},

		// The number far from its noun.
		{"number of casualties has reached",
			"Meanwhile, the total number of enemy casualties reported by the ministry since the offensive began has reached 3,412.",
			"casualties 3412 exact"},
		{"number of militants had reached",
			"The foreign minister said the number of foreign militants in the region had reached 1,800.",
			"fighters 1800 exact"},
		{"whose number is approaching",
			"They warned about mercenaries, whose number in the area, according to intelligence, is now approaching three thousand.",
			"fighters 3000 about"},
		{"number of civilians killed rose to",
			"The number of civilians killed in the strikes rose to 48 on Monday.",
			"killed 48 exact"},
		{"number of destroyed tanks exceeded",
			"The number of destroyed enemy tanks has exceeded 500.",
			"tank 500 over"},
		{"death toll",
			"The death toll from the missile strike climbed to 31.",
			"killed 31 exact"},
		{"losses exceeded",
			"Enemy personnel losses have already exceeded 20,000.",
			"casualties 20000 over"},
		{"table line with a dash",
			"Tanks – 3,020 (+12), armoured combat vehicles – 5,950 (+15), artillery systems – 2,100.",
			"tank 3020 exact; armored_vehicle 5950 exact; artillery 2100 exact"},

		// Singular weapons.
		{"the mortar and its crew",
			"Our gunners destroyed the mortar and its crew with a precise strike.",
			"artillery 1 exact"},
		{"a mortar crew is people",
			"A mortar crew of the 4th brigade fired at the village.",
			""},
		{"an infantry fighting vehicle captured",
			"They also captured an infantry fighting vehicle and a truck.",
			"armored_vehicle 1 exact; vehicle 1 exact"},
		{"shot down a helicopter and a plane",
			"Air defence shot down an enemy helicopter and a plane over the lake.",
			"helicopter 1 exact; aircraft 1 exact"},
		{"a drone attack is not a drone",
			"A drone attack set a fuel depot on fire.",
			""},
		{"killed by a drone is an instrument",
			"Three soldiers were killed by a drone near the trench.",
			"killed 3 exact"},
		{"the tank without a loss verb is not counted",
			"The tank moved along the road toward the bridge.",
			""},
		{"the tank was hit",
			"The tank was hit by a missile at dawn.",
			"tank 1 exact"},
		{"artillery as a mass noun",
			"Heavy artillery pounded the town all night.",
			""},

		// Qualifiers.
		{"no fewer than",
			"No fewer than 12 tanks crossed the river.",
			"tank 12 at_least"},
		{"a minimum of",
			"A minimum of 30 drones were launched.",
			"uav 30 at_least"},
		{"more than",
			"More than 200 armored vehicles took part.",
			"armored_vehicle 200 over"},
		{"in excess of",
			"In excess of 70 helicopters were lost.",
			"helicopter 70 over"},
		{"upwards of",
			"Upwards of 5,000 fighters gathered near the city.",
			"fighters 5000 over"},
		{"roughly",
			"Roughly 90 howitzers were delivered.",
			"artillery 90 about"},
		{"approximately",
			"Approximately 2,000 soldiers were wounded.",
			"wounded 2000 about"},
		{"almost",
			"Almost 600 trucks moved supplies.",
			"vehicle 600 about"},
		{"as many as",
			"As many as 15 aircraft were grounded.",
			"aircraft 15 up_to"},
		{"no more than",
			"No more than 10 tanks remain operational.",
			"tank 10 up_to"},
		{"range with a hyphen",
			"Between the two towns 260-280 soldiers were killed.",
			"killed 260-280 range"},
		{"range with to",
			"Officials estimate 40 to 50 drones were launched.",
			"uav 40-50 range"},
		{"range with between and",
			"Between 150 and 200 mercenaries arrived on Friday.",
			"fighters 150-200 range"},
		{"range in words",
			"Two or three tanks were seen near the bridge.",
			"tank 2-3 range"},
		{"rising from one number to another is not a range",
			"The count of destroyed drones rose from 40 to 55 drones.",
			"uav 55 exact"},
		{"or more",
			"Twenty or more tanks were destroyed.",
			"tank 20 at_least"},

		// Numbers.
		{"thousands separator with a space",
			"Officials said 7 095 servicemen had been killed.",
			"killed 7095 exact"},
		{"thousands separator with a no-break space",
			"Officials said 12\u00a0500 soldiers had been killed.",
			"killed 12500 exact"},
		{"thousands separator with a dot",
			"The army said 1.200 tanks were lost.",
			"tank 1200 exact"},
		{"decimal with million",
			"Some 1.5 million soldiers were mobilised.",
			"fighters 1500000 about"},
		{"number words with thousand",
			"Two thousand soldiers crossed the border.",
			"fighters 2000 exact"},
		{"hyphenated number words",
			"Twenty-two tanks and one hundred and five trucks were counted.",
			"tank 22 exact; vehicle 105 exact"},
		{"a dozen",
			"A dozen drones circled the city.",
			"uav 12 exact"},
		{"partitive counts the part",
			"Air defence shot down 14 of 16 drones overnight.",
			"uav 14 exact"},
		{"partitive with a determiner",
			"Air defence shot down 22 of the 25 drones launched overnight.",
			"uav 22 exact"},
		{"partitive with a possessive",
			"The commander said 1,300 of his fighters had died in the siege.",
			"killed 1300 exact"},
		{"one of a number counts the whole",
			"He was one of 12 soldiers who came back.",
			"fighters 12 exact"},

		// Both wars, in the style of their ministries and general staffs.
		{"general staff style list with personnel",
			"Over the past day the enemy lost 540 personnel, 6 tanks and 11 artillery systems.",
			"casualties 540 exact; tank 6 exact; artillery 11 exact"},
		{"defence ministry style destroyed militants",
			"Russian forces destroyed up to 70 militants and three pickup trucks near the village.",
			"killed 70 up_to; vehicle 3 exact"},
		{"since the start of the war total",
			"Kyiv says Russia has lost 2,450 tanks since February 24.",
			"tank 2450 exact"},
		{"conscripts killed by a strike",
			"The strike on the barracks killed 89 conscripts, the ministry admitted.",
			"killed 89 exact"},
		{"aside inside a count of people",
			"At least 20 people, including 4 children, were killed.",
			"killed 20 at_least; killed 4 exact"},
		{"missing people are not a quantity",
			"Seven soldiers were killed, 18 wounded and 5 are missing.",
			"killed 7 exact; wounded 18 exact"},
		{"killed in action",
			"The battalion reported 31 killed in action.",
			"killed 31 exact"},
		{"fighters with an aircraft model are aircraft",
			"Two Su-27 fighters were lost over the sea.",
			"aircraft 2 exact"},
		{"fighters shot down are aircraft",
			"Three enemy fighters were shot down.",
			"aircraft 3 exact"},
		{"a teenager soldier with an age",
			"A 20-year-old conscript was wounded at the checkpoint.",
			"wounded 1 exact"},
		{"time span before a count",
			"In the past 24 hours, 300 soldiers were wounded.",
			"wounded 300 exact"},
		{"missiles are not items",
			"Air defence downed 17 cruise missiles and 9 drones.",
			"uav 9 exact"},

		// Not quantities.
		{"dozens hundreds and scores give no number",
			"Dozens of tanks, hundreds of soldiers and scores of drones were lost.",
			""},
		{"several and many give no number",
			"Several helicopters and many trucks were destroyed.",
			""},
		{"a large number of gives no number",
			"A large number of enemy troops were killed.",
			""},
		{"heavy losses give no number",
			"The enemy suffered heavy losses.",
			""},
		{"years are not counts",
			"In 2014 Russian troops seized the peninsula.",
			""},
		{"year after a comma",
			"In 1994, 30,000 people were killed.",
			"killed 30000 exact"},
		{"dates are not counts",
			"On 24 February tanks crossed the border, and on March 3 soldiers left.",
			""},
		{"month abbreviation and day",
			"By Nov. 9 soldiers had withdrawn.",
			""},
		{"ordinal unit names are not counts",
			"The 58th Army and the 10th mountain rifle division moved south.",
			""},
		{"distances are not counts",
			"The tanks advanced 3 km toward the village.",
			""},
		{"percentages and money are not counts",
			"Prices rose 15% and $2 million was paid for 4 trucks.",
			"vehicle 4 exact"},
		{"clock times are not counts",
			"At 10:30 soldiers left the base.",
			""},
		{"model numbers are not counts",
			"Russia's S-300 batteries and Mi-8 helicopters were seen near the town.",
			""},
		{"model name alone without the profile",
			"Two T-90s were seen on the road.",
			""},
		{"one of the is not a count",
			"One of the tanks was hit, officials said.",
			""},
		{"no soldiers is not a count",
			"No soldiers were killed in the incident.",
			""},
		{"one day and both sides",
			"One day later both sides agreed to talks brokered by the Minsk Group.",
			""},
		{"labels are not counts",
			"Checkpoint No. 4 and Brigade 93 reported no soldiers hurt.",
			""},
		{"phone number is not a count",
			"Call 0800-123-456 if you have seen soldiers.",
			""},
		{"fuel tanks and machine guns are not items",
			"The strike destroyed 3 fuel tanks and 12 machine guns.",
			""},
		{"anti-tank weapons are not tanks",
			"The army received 2,000 anti-tank missiles.",
			""},
		{"tank shells are not tanks",
			"They fired 500 tank shells.",
			""},
		{"daily increments in parentheses are not counts",
			"Personnel losses: about 180,000 (+500).",
			"casualties 180000 about"},
		{"no number no article",
			"Russian drones struck Ukrainian positions overnight.",
			""},
		{"empty sentence",
			"",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lex.Find(tt.text)
			if r := render(got); r != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, r, tt.want)
			}
			checkMatches(t, tt.text, got)
		})
	}
}

func TestFindSpans(t *testing.T) {
	lex := NewLexicon(profileWeapons)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"qualifier number and noun",
			"Sources said at least 800 Armenian soldiers were killed.",
			[]string{"at least 800 Armenian soldiers"}},
		{"article and quoted model",
			`They destroyed a "Zastava M-55" anti-aircraft gun.`,
			[]string{`a "Zastava M-55" anti-aircraft gun`}},
		{"range between and",
			"Between 150 and 200 mercenaries arrived.",
			[]string{"Between 150 and 200 mercenaries"}},
		{"number of construction",
			"The number of militants had reached 2,000.",
			[]string{"number of militants had reached 2,000"}},
		{"curly quotes and non-ASCII before the number",
			"“Our units destroyed 5 tanks,” the ministry said.",
			[]string{"5 tanks"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lex.Find(tt.text)
			var texts []string
			for _, m := range got {
				texts = append(texts, m.Text)
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q) texts %q, want %q", tt.text, texts, tt.want)
			}
		})
	}
}

func TestLexiconExtra(t *testing.T) {
	text := "Two T-72 tanks and a TB2 were destroyed."
	if got, want := render(NewLexicon(nil).Find(text)), "tank 2 exact"; got != want {
		t.Errorf("without profile: got %q, want %q", got, want)
	}
	if got, want := render(NewLexicon(profileWeapons).Find(text)), "tank 2 exact; uav 1 exact"; got != want {
		t.Errorf("with profile: got %q, want %q", got, want)
	}
	// An unknown item in the profile is ignored rather than returned.
	bad := NewLexicon(map[string]string{"wunderwaffe": "spaceship"})
	if got := render(bad.Find("Three wunderwaffes were seen.")); got != "" {
		t.Errorf("unknown item: got %q, want none", got)
	}
	// A nil *Lexicon uses the built-in one.
	var nilLex *Lexicon
	if got, want := render(nilLex.Find("Four drones fell.")), "uav 4 exact"; got != want {
		t.Errorf("nil lexicon: got %q, want %q", got, want)
	}
}

// checkMatches asserts the invariants every Find result must hold.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	valid := map[string]bool{}
	for _, it := range Items {
		valid[it] = true
	}
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("match %d %+v out of order or outside text (len %d) %q", i, m, len(text), text)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("match %d Text %q != text[%d:%d] %q", i, m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if !valid[m.Item] {
			t.Fatalf("match %d has unknown item %q", i, m.Item)
		}
		if m.N < 0 {
			t.Fatalf("match %d has negative N %d", i, m.N)
		}
		switch m.Qual {
		case "range":
			if m.Max <= m.N {
				t.Fatalf("match %d range Max %d <= N %d", i, m.Max, m.N)
			}
		case "exact", "at_least", "over", "about", "up_to":
			if m.Max != 0 {
				t.Fatalf("match %d Max %d set for qual %q", i, m.Max, m.Qual)
			}
		default:
			t.Fatalf("match %d has unknown qual %q", i, m.Qual)
		}
		prev = m.End
	}
}

// TestFindConcurrent checks that the pooled scratch space of Find is not
// shared between goroutines: each must see the same matches as a lone call.
func TestFindConcurrent(t *testing.T) {
	lex := NewLexicon(profileWeapons)
	want := make([]string, len(benchSentences))
	for i, s := range benchSentences {
		want[i] = render(lex.Find(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(benchSentences)
				if got := render(lex.Find(benchSentences[i])); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d: Find(%q) = %q, want %q", g, benchSentences[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestNegatedSingleCountsNothing(t *testing.T) {
	lex := NewLexicon(profileWeapons)
	for _, tc := range []struct{ text, want string }{
		{"The brigade did not lose a single tank during the night.", ""},
		{"Not a single helicopter was shot down over the valley.", ""},
		{"They advanced without a single armoured vehicle.", ""},
		{"A single tank was destroyed near the bridge.", "tank 1 exact"},
		{"The unit lost a tank and two trucks.", "tank 1 exact; vehicle 2 exact"},
	} {
		if got := render(lex.Find(tc.text)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestProfileNameOverridesGenericItem(t *testing.T) {
	generic := render(NewLexicon(nil).Find("The patrol destroyed 14 combat vehicles."))
	withProfile := render(NewLexicon(map[string]string{"combat vehicle": "vehicle"}).Find("The patrol destroyed 14 combat vehicles."))
	if withProfile != "vehicle 14 exact" {
		t.Errorf("with the profile's name: %q, want vehicle 14 exact (generic reading: %q)", withProfile, generic)
	}
}
