package extract

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// want is the part of a claim a table case checks. claimant is
// "side/role/name"; date is "start..end" or "" for null; qty is the
// multiset of item=n; places are canonical names.
type want struct {
	typ, stance, voice, claimant string
	hedged                       bool
	actor, target                claimtrail.Side
	places                       []string
	date, qty                    string
}

func (w want) String() string {
	return fmt.Sprintf("%s %s %s [%s] h=%v %s>%s %v %q %q", w.typ, w.stance, w.voice, w.claimant, w.hedged, w.actor, w.target, w.places, w.date, w.qty)
}

func gotOf(c claimtrail.Claim) want {
	w := want{typ: c.Type, stance: c.Stance, voice: c.Voice, hedged: c.Hedged, actor: c.Actor, target: c.Target,
		claimant: fmt.Sprintf("%s/%s/%s", c.Claimant.Side, c.Claimant.Role, c.Claimant.Name), qty: quantKey(c.Quantities)}
	for _, p := range c.Places {
		w.places = append(w.places, p.Name)
	}
	sort.Strings(w.places)
	if c.Date != nil {
		w.date = c.Date.Start + ".." + c.Date.End
	}
	return w
}

const (
	A, D = claimtrail.StanceAsserts, claimtrail.StanceDenies
	R, U = claimtrail.VoiceReported, claimtrail.VoiceAuthor
)

var cases = []struct {
	name, profile, published, body string
	want                           []want
}{
	// --- 2022 Russia-Ukraine war ---
	{"wire copy: post-posed ministry, weekday against publication date", "ukraine-2022", "2022-10-03",
		"Russian forces captured the town of Lyman on Saturday, the Russian Defence Ministry said.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "RUS/military/Russian Ministry of Defence", actor: "RUS", target: "UKR", places: []string{"Lyman"}, date: "2022-10-01..2022-10-01"}}},
	{"repel with quantity of attacks and a side's military as claimant", "ukraine-2022", "2022-12-13",
		"Ukraine's military said on Tuesday it had repelled 12 Russian attacks near Bakhmut.",
		[]want{{typ: "repel", stance: A, voice: R, claimant: "UKR/military/Armed Forces of Ukraine", actor: "UKR", target: "RUS", places: []string{"Bakhmut"}, date: "2022-12-13..2022-12-13"}}},
	{"running total since the start of the invasion, lost inverts the roles", "ukraine-2022", "2022-05-10",
		"According to the General Staff of the Armed Forces of Ukraine, Russia has lost 340 tanks and 1,200 armoured vehicles since the start of the invasion.",
		[]want{{typ: "losses", stance: A, voice: R, claimant: "UKR/military/General Staff of the Armed Forces of Ukraine", actor: "UKR", target: "RUS", date: "2022-02-24..2022-05-10", qty: "armored_vehicle=1200,tank=340"}}},
	{"pasted first-person statement belongs to the side opposite the enemy named", "ukraine-2022", "2022-11-20",
		"Russian troops shelled our positions near Avdiivka overnight. Our units destroyed two enemy tanks and an infantry fighting vehicle.",
		[]want{
			{typ: "attack", stance: A, voice: R, claimant: "UKR/military/Ministry of Defence of Ukraine", actor: "RUS", target: "UKR", places: []string{"Avdiivka"}, date: "2022-11-19..2022-11-20"},
			{typ: "losses", stance: A, voice: R, claimant: "UKR/military/Ministry of Defence of Ukraine", actor: "UKR", target: "RUS", date: "2022-11-19..2022-11-20", qty: "armored_vehicle=1,tank=2"},
		}},
	{"denial verb flips the reported withdrawal", "ukraine-2022", "2022-11-09",
		"The Kremlin denied that Russian forces had withdrawn from Kherson.",
		[]want{{typ: "withdrawal", stance: D, voice: R, claimant: "RUS/official/Kremlin", actor: "RUS", places: []string{"Kherson"}}}},
	{"claims called false are denied with the denied event's actor", "ukraine-2022", "2023-01-11",
		"Ukrainian officials said Russian claims about the capture of Soledar were false.",
		[]want{{typ: "control", stance: D, voice: R, claimant: "UKR/official/Ukrainian officials", actor: "RUS", target: "UKR", places: []string{"Soledar"}}}},
	{"reportedly without a source is an unnamed hedged report", "ukraine-2022", "2022-05-30",
		"Russian forces have reportedly entered the outskirts of Sievierodonetsk.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "/unnamed/", hedged: true, actor: "RUS", target: "UKR", places: []string{"Sievierodonetsk"}}}},
	{"forecast is not a claim", "ukraine-2022", "2022-12-01",
		"Russian forces will likely attempt to capture Bakhmut in the coming weeks.", nil},
	{"question is not a claim", "ukraine-2022", "2022-12-01",
		"Has Russia captured Bakhmut?", nil},
	{"a strike on a town that kills civilians is an attack and civilian harm", "ukraine-2022", "2022-04-09",
		"A Russian missile strike on Kramatorsk killed 15 civilians and damaged dozens of houses, the regional governor said.",
		[]want{
			{typ: "attack", stance: A, voice: R, claimant: "/official/regional governor", actor: "RUS", target: "UKR", places: []string{"Kramatorsk"}},
			{typ: "civilian", stance: A, voice: R, claimant: "/official/regional governor", actor: "RUS", target: "UKR", places: []string{"Kramatorsk"}, qty: "killed=15"},
		}},
	{"encirclement reported by the defence ministry", "ukraine-2022", "2022-10-01",
		"Ukrainian forces have encircled Russian troops in Lyman, Ukraine's Defence Ministry said.",
		[]want{{typ: "encircle", stance: A, voice: R, claimant: "UKR/military/Ministry of Defence of Ukraine", actor: "UKR", target: "RUS", places: []string{"Lyman"}}}},
	{"cut road between two towns lists both, partisan bloggers are unnamed", "ukraine-2022", "2023-02-20",
		"Russian forces cut the road between Bakhmut and Kostiantynivka, pro-Russian bloggers claimed.",
		[]want{{typ: "route", stance: A, voice: R, claimant: "RUS/unnamed/pro-Russian bloggers", actor: "RUS", target: "UKR", places: []string{"Bakhmut", "Kostiantynivka"}}}},
	{"declaring martial law is an act the writer reports, not a statement", "ukraine-2022", "2022-10-21",
		"Putin declared martial law in four annexed regions on Wednesday.",
		[]want{{typ: "statement", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "RUS", date: "2022-10-19..2022-10-19"}}},
	{"readiness for talks reported from the president", "ukraine-2022", "2022-03-20",
		"Zelensky said Ukraine was ready to resume peace talks.",
		[]want{{typ: "statement", stance: A, voice: R, claimant: "UKR/official/Volodymyr Zelensky", actor: "UKR"}}},
	{"withdrawal with an infinitive of purpose that is no encirclement claim", "ukraine-2022", "2022-07-04",
		"Ukrainian troops withdrew from Lysychansk to avoid encirclement, Ukraine's General Staff said on July 3.",
		[]want{{typ: "withdrawal", stance: A, voice: R, claimant: "UKR/military/General Staff of the Armed Forces of Ukraine", actor: "UKR", places: []string{"Lysychansk"}, date: "2022-07-03..2022-07-03"}}},
	{"passive loss with the agent after by", "ukraine-2022", "2022-03-05",
		"Two Russian Su-25 jets were shot down by Ukrainian air defence near Kharkiv.",
		[]want{{typ: "losses", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "UKR", target: "RUS", places: []string{"Kharkiv"}, qty: "aircraft=2"}}},
	{"analysis with could is not a claim", "ukraine-2022", "2022-12-01",
		"Analysts believe Russia could run out of precision missiles by spring.", nil},
	{"history before the start date is not a claim", "ukraine-2022", "2022-12-01",
		"Russia annexed Crimea in 2014 after seizing the peninsula.", nil},
	{"for example continues the previous claimant", "ukraine-2022", "2022-12-01",
		"The Russian Defence Ministry said its forces had struck Ukrainian positions across the front. For example, Russian artillery destroyed three Ukrainian howitzers near Kupiansk.",
		[]want{
			{typ: "attack", stance: A, voice: R, claimant: "RUS/military/Russian Ministry of Defence", actor: "RUS", target: "UKR"},
			{typ: "losses", stance: A, voice: R, claimant: "RUS/military/Russian Ministry of Defence", actor: "RUS", target: "UKR", places: []string{"Kupiansk"}, qty: "artillery=3"},
		}},
	{"multi-sentence quote belongs to the speaker named at its end", "ukraine-2022", "2023-09-18",
		"“We liberated Klishchiivka. The enemy suffered heavy losses,” Syrskyi said.",
		[]want{
			{typ: "control", stance: A, voice: R, claimant: "UKR/military/Oleksandr Syrskyi", actor: "UKR", target: "RUS", places: []string{"Klishchiivka"}},
			{typ: "losses", stance: A, voice: R, claimant: "UKR/military/Oleksandr Syrskyi", actor: "UKR", target: "RUS"},
		}},
	{"admission asserts the admitted event", "ukraine-2022", "2022-11-10",
		"Russia's defence ministry acknowledged that its troops had left Kherson.",
		[]want{{typ: "withdrawal", stance: A, voice: R, claimant: "RUS/military/Russian Ministry of Defence", actor: "RUS", places: []string{"Kherson"}}}},
	{"negated capture is a denial by the reporting side", "ukraine-2022", "2023-02-15",
		"Russian forces have not captured Vuhledar despite weeks of assaults, the Ukrainian military said.",
		[]want{{typ: "control", stance: D, voice: R, claimant: "UKR/military/Armed Forces of Ukraine", actor: "RUS", target: "UKR", places: []string{"Vuhledar"}}}},

	{"dateline place is not the event's place; speaker after the clause with an adjunct", "ukraine-2022", "2022-09-12",
		"KYIV, Sept 12 (Reuters) - Ukrainian forces have recaptured Izium, the General Staff of the Armed Forces of Ukraine said on Monday, as Kyiv pressed its counteroffensive.",
		[]want{
			{typ: "control", stance: A, voice: R, claimant: "UKR/military/General Staff of the Armed Forces of Ukraine", actor: "UKR", target: "RUS", places: []string{"Izium"}, date: "2022-09-12..2022-09-12"},
			// the clause after the speaker is the writer's; the capital stands for the government
			{typ: "attack", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "UKR", target: "RUS", date: "2022-09-12..2022-09-12"},
		}},
	{"reports dismissed as fake: the denial takes the reported event", "ukraine-2022", "2023-01-10",
		"Pro-Russian Telegram channels reported that Wagner fighters had entered Bakhmut, but Ukrainian officials dismissed the reports as fake.",
		[]want{
			{typ: "control", stance: A, voice: R, claimant: "RUS/media/Pro-Russian Telegram channels", actor: "RUS", target: "UKR", places: []string{"Bakhmut"}},
			{typ: "control", stance: D, voice: R, claimant: "UKR/official/Ukrainian officials", actor: "RUS", target: "UKR", places: []string{"Bakhmut"}},
		}},
	{"a side reports harm to its own civilians; a bare denial denies the claim before", "ukraine-2022", "2022-08-01",
		"Ukraine says at least 40 civilians were killed in the shelling of Chasiv Yar. Russia denies it.",
		[]want{
			{typ: "civilian", stance: A, voice: R, claimant: "UKR/official/Ukraine", actor: "RUS", target: "UKR", places: []string{"Chasiv Yar"}, qty: "killed=40"},
			{typ: "civilian", stance: D, voice: R, claimant: "RUS/official/Russia", actor: "RUS", target: "UKR", places: []string{"Chasiv Yar"}},
		}},
	{"gerund after a denial verb has the speaker as its subject", "ukraine-2022", "2022-08-01",
		"Moscow has repeatedly denied targeting civilians.",
		[]want{{typ: "civilian", stance: D, voice: R, claimant: "RUS/official/Moscow", actor: "RUS", target: "UKR"}}},
	{"a vow is intention, the occupied territories a presupposition", "ukraine-2022", "2022-08-01",
		"Zelensky vowed to liberate all occupied territories.", nil},
	{"quoted negated infinitive after manage is a denial by the pronoun's person", "ukraine-2022", "2023-05-21",
		"Ukrainian forces have been advancing on the flanks of Bakhmut, according to Colonel General Oleksandr Syrskyi. \"The enemy did not manage to encircle the city,\" he wrote on Telegram.",
		[]want{
			{typ: "attack", stance: A, voice: R, claimant: "UKR/military/Oleksandr Syrskyi", actor: "UKR", target: "RUS", places: []string{"Bakhmut"}},
			{typ: "encircle", stance: D, voice: R, claimant: "UKR/military/Oleksandr Syrskyi", actor: "RUS", target: "UKR", places: []string{"Bakhmut"}},
		}},

	{"under a side's control, reported by a named project (a partisan outlet: media on its side)", "ukraine-2022", "2023-08-23",
		"The DeepState project reported on Wednesday that Robotyne was fully under Ukrainian control.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "UKR/media/DeepState", actor: "UKR", target: "RUS", places: []string{"Robotyne"}, date: "2023-08-23..2023-08-23"}}},
	{"interview prefix names the speaker; a bare 'That is not true' denies the claim before", "ukraine-2022", "2023-02-16",
		"Russian bloggers claim that Wagner has encircled Bakhmut.\n\nCherevatyi: That is not true.",
		[]want{
			{typ: "encircle", stance: A, voice: R, claimant: "RUS/unnamed/Russian bloggers", actor: "RUS", target: "UKR", places: []string{"Bakhmut"}},
			{typ: "encircle", stance: D, voice: R, claimant: "UKR/military/Serhiy Cherevatyi", actor: "RUS", target: "UKR", places: []string{"Bakhmut"}},
		}},
	{"rockets fired from a side's territory make that side the attacker", "karabakh-2020", "2020-10-05",
		"Hajiyev said the rockets had been fired from the territory of Armenia, a claim the Armenian Ministry of Defense rejected as \"an absolute lie\".",
		[]want{
			{typ: "attack", stance: A, voice: R, claimant: "AZE/official/Hikmet Hajiyev", actor: "ARM", target: "AZE"},
			{typ: "attack", stance: D, voice: R, claimant: "ARM/military/Armenian Ministry of Defense", actor: "ARM", target: "AZE"},
		}},
	{"a quotation over two paragraphs keeps the speaker of the heading before it", "karabakh-2020", "2020-10-14",
		"Statement of the Armenian Ministry of Defense\n\n\"The adversary attempted to advance in the southern direction. Our units repelled the attack.\n\nThe enemy lost 3 tanks.\"",
		[]want{
			// an attempted advance is an attack (as corpus k02's gold has it)
			{typ: "attack", stance: A, voice: R, claimant: "ARM/military/Armenian Ministry of Defense", actor: "AZE", target: "ARM"},
			{typ: "repel", stance: A, voice: R, claimant: "ARM/military/Armenian Ministry of Defense", actor: "ARM", target: "AZE"},
			{typ: "losses", stance: A, voice: R, claimant: "ARM/military/Armenian Ministry of Defense", actor: "ARM", target: "AZE", qty: "tank=3"},
		}},
	{"a running total as a table after a colon", "ukraine-2022", "2022-03-20",
		"The total combat losses of the enemy from 24.02 to 20.03 were approximately: personnel – about 14,700, tanks – 476, aircraft – 96.",
		[]want{{typ: "losses", stance: A, voice: U, claimant: "/author/Test Outlet", date: "2022-02-24..2022-03-20", qty: "aircraft=96,casualties=14700,tank=476"}}},

	// --- 2020 Nagorno-Karabakh war ---
	{"shelled residential areas is civilian harm, ombudsman via alias", "karabakh-2020", "2020-10-05",
		"Azerbaijani forces shelled residential areas of Stepanakert on Sunday, the Artsakh Ombudsman said.",
		[]want{{typ: "civilian", stance: A, voice: R, claimant: "ARM/official/Artak Beglaryan", actor: "AZE", target: "ARM", places: []string{"Stepanakert"}, date: "2020-10-04..2020-10-04"}}},
	{"refuted reports that: the reported capture is denied, and stands as the reports' own", "karabakh-2020", "2020-10-10",
		"The Armenian Defense Ministry refuted reports that Azerbaijani troops had entered Hadrut.",
		[]want{{typ: "control", stance: D, voice: R, claimant: "ARM/military/Armenian Ministry of Defense", actor: "AZE", target: "ARM", places: []string{"Hadrut"}},
			{typ: "control", stance: A, voice: R, claimant: "/unnamed/", actor: "AZE", target: "ARM", places: []string{"Hadrut"}}}},
	{"weapon models counted through the profile lexicon", "karabakh-2020", "2020-10-20",
		"Azerbaijan's Defense Ministry said its units had destroyed an Armenian T-72 tank and two BM-21 Grad launchers near Fuzuli.",
		[]want{{typ: "losses", stance: A, voice: R, claimant: "AZE/military/Azerbaijani Ministry of Defense", actor: "AZE", target: "ARM", places: []string{"Fuzuli"}, qty: "mlrs=2,tank=1"}}},
	{"liberated is control, surname resolves through actors", "karabakh-2020", "2020-10-09",
		"Aliyev announced that Azerbaijani troops had liberated Jabrayil.",
		[]want{{typ: "control", stance: A, voice: R, claimant: "AZE/official/Ilham Aliyev", actor: "AZE", target: "ARM", places: []string{"Jabrayil"}}}},
	{"ceasefire readiness is a statement of the speaker's side", "karabakh-2020", "2020-10-30",
		"Pashinyan said Armenia was ready for a ceasefire.",
		[]want{{typ: "statement", stance: A, voice: R, claimant: "ARM/official/Nikol Pashinyan", actor: "ARM"}}},
	{"conditional sentence is not a claim", "karabakh-2020", "2020-11-01",
		"If Azerbaijan captures Lachin, the corridor will be cut.", nil},
	{"dozens give no number; side sources are unnamed with a side", "karabakh-2020", "2020-10-01",
		"Armenian sources said that dozens of Azerbaijani soldiers were killed near Talish.",
		[]want{{typ: "losses", stance: A, voice: R, claimant: "ARM/unnamed/Armenian sources", actor: "ARM", target: "AZE", places: []string{"Talish"}}}},
	{"place anaphor and time carry within a paragraph", "karabakh-2020", "2020-10-18",
		"On October 17, Azerbaijani units attacked Hadrut from the south. The Armenian military said the town remained in the hands of its forces.",
		[]want{
			{typ: "attack", stance: A, voice: U, claimant: "/author/Test Outlet", actor: "AZE", target: "ARM", places: []string{"Hadrut"}, date: "2020-10-17..2020-10-17"},
			{typ: "control", stance: A, voice: R, claimant: "ARM/military/Armenian military", actor: "ARM", target: "AZE", places: []string{"Hadrut"}, date: "2020-10-17..2020-10-17"},
		}},
}

func TestExtractCases(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := New(mustProfile(t, tc.profile))
			got := x.Extract(&claimtrail.Document{ID: "t", Body: tc.body, Published: tc.published, Outlet: "Test Outlet"})
			var g []string
			for _, c := range got {
				g = append(g, gotOf(c).String())
			}
			var w []string
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

// Without a profile, claims are still found; sides and places stay empty.
func TestExtractNoProfile(t *testing.T) {
	x := New(nil)
	got := x.Extract(&claimtrail.Document{ID: "t", Body: "The ministry said its forces had repelled an attack near the village.", Published: "2022-06-01", Outlet: "O"})
	if len(got) != 1 || got[0].Type != claimtrail.TypeRepel || got[0].Actor != "" || len(got[0].Places) != 0 {
		t.Fatalf("got %+v", got)
	}
}

// One Extractor serves many goroutines: the output does not depend on
// what runs beside it.
func TestExtractConcurrent(t *testing.T) {
	x := New(mustProfile(t, "karabakh-2020"))
	docs := seedDocs(t)
	js := func(cs []claimtrail.Claim) string {
		b, err := json.Marshal(cs)
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = js(x.Extract(d))
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 5; k++ {
				i := (g + k) % len(docs)
				if got := js(x.Extract(docs[i])); got != want[i] {
					done <- fmt.Errorf("doc %s differs under concurrency", docs[i].ID)
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
