package profile

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func mustProfile(t testing.TB, name string) *Profile {
	t.Helper()
	ps, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := ByName(ps, name)
	if p == nil {
		t.Fatalf("no builtin profile %q", name)
	}
	return p
}

func TestKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case", "SHUSHA", "shusha"},
		{"turkic letters", "Şuşa", "susa"},
		{"schwa and dotless i", "Cəbrayıl", "cabrayil"},
		{"hyphen", "Karin-Tak", "karintak"},
		{"space", "Karin Tak", "karintak"},
		{"apostrophe inside", "Kup'yans'k", "kupyansk"},
		{"typographic apostrophe", "Mar’inka", "marinka"},
		{"possessive", "Kyiv's", "kyivs"},
		{"cyrillic", "Шуша", "шуша"},
		{"armenian", "Շուշի", "շուշի"},
		{"decomposed diacritic", "Su\u0308leyman", "suleyman"},
		{"punctuation only", "--", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBuiltinSizes(t *testing.T) {
	tests := []struct {
		name                       string
		places, actors, outlets, w int
		start, end                 string
	}{
		{"karabakh-2020", 300, 60, 40, 9, "2020-09-27", "2020-11-10"},
		{"ukraine-2022", 500, 60, 40, 9, "2022-02-24", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustProfile(t, tt.name)
			if p.Places.Len() < tt.places {
				t.Errorf("%d places, want at least %d", p.Places.Len(), tt.places)
			}
			if len(p.Actors) < tt.actors {
				t.Errorf("%d actors, want at least %d", len(p.Actors), tt.actors)
			}
			if len(p.Outlets) < tt.outlets {
				t.Errorf("%d outlets, want at least %d", len(p.Outlets), tt.outlets)
			}
			if len(p.Weapons) != tt.w {
				t.Errorf("%d weapon items, want %d", len(p.Weapons), tt.w)
			}
			if p.Start != tt.start || p.End != tt.end {
				t.Errorf("period %s..%s, want %s..%s", p.Start, p.End, tt.start, tt.end)
			}
			if len(p.Places.All()) != p.Places.Len() {
				t.Errorf("All() has %d places, Len() %d", len(p.Places.All()), p.Places.Len())
			}
		})
	}
}

func TestBuiltinConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([][]*Profile, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ps, err := Builtin()
			if err != nil {
				t.Error(err)
				return
			}
			got[i] = ps
			ps[0].Places.Find("Shelling of Kharkiv and Shusha")
		}()
	}
	wg.Wait()
	for i := 1; i < len(got); i++ {
		if len(got[i]) != len(got[0]) || got[i][0] != got[0][0] {
			t.Fatalf("Builtin returned different profiles on call %d", i)
		}
	}
}

func TestLookupKarabakh(t *testing.T) {
	g := mustProfile(t, "karabakh-2020").Places
	tests := []struct{ in, want string }{
		{"Shusha", "Shusha"}, {"Shushi", "Shusha"}, {"Şuşa", "Shusha"}, {"SHUSHA", "Shusha"}, {"Шуша", "Shusha"}, {"Շուշի", "Shusha"},
		{"Stepanakert", "Stepanakert"}, {"Khankendi", "Stepanakert"}, {"Xankəndi", "Stepanakert"}, {"Степанакерт", "Stepanakert"},
		{"Martuni", "Martuni"}, {"Khojavend", "Martuni"}, {"Xocavənd", "Martuni"},
		{"Martakert", "Martakert"}, {"Aghdara", "Martakert"}, {"Aghdar", "Martakert"}, {"Ağdərə", "Martakert"},
		{"Kalbajar", "Kalbajar"}, {"Karvachar", "Kalbajar"}, {"Kelbajar", "Kalbajar"}, {"Kəlbəcər", "Kalbajar"},
		{"Lachin", "Lachin"}, {"Berdzor", "Lachin"}, {"Laçın", "Lachin"},
		{"Hadrut", "Hadrut"},
		{"Jabrayil", "Jabrayil"}, {"Jrakan", "Jabrayil"}, {"Jabrail", "Jabrayil"}, {"Cəbrayıl", "Jabrayil"},
		{"Fuzuli", "Fuzuli"}, {"Varanda", "Fuzuli"}, {"Fizuli", "Fuzuli"}, {"Füzuli", "Fuzuli"},
		{"Zangilan", "Zangilan"}, {"Kovsakan", "Zangilan"},
		{"Gubadli", "Gubadli"}, {"Kashunik", "Gubadli"}, {"Qubadli", "Gubadli"}, {"Qubadlı", "Gubadli"},
		{"Sugovushan", "Sugovushan"}, {"Madagiz", "Sugovushan"},
		{"Talish", "Talish"},
		{"Karintak", "Karintak"}, {"Dashalti", "Karintak"}, {"Karin-Tak", "Karintak"}, {"Karin Tak", "Karintak"},
		{"Tartar", "Tartar"}, {"Terter", "Tartar"},
		{"Ganja", "Ganja"}, {"Barda", "Barda"}, {"Goris", "Goris"}, {"Vardenis", "Vardenis"},
		{"Murovdag", "Murovdag"}, {"Murov", "Murovdag"},
		{"Taghavard", "Taghavard"}, {"Tagavard", "Taghavard"},
		{"Zarisli", "Zarisli"}, {"Ulu Garabey", "Ulu Garabey"}, {"Metshen", "Ulu Garabey"},
		{"Aghdam", "Aghdam"}, {"Mingachevir", "Mingachevir"},
		{"Lachin corridor", "Lachin corridor"}, {"the Lachin corridor", "Lachin corridor"},
		{"Vardenis-Martakert road", "Vardenis-Martakert road"}, {"Goris-Stepanakert road", "Goris-Stepanakert road"},
		{"Lachin-Shusha road", "Lachin-Shusha road"},
		{"Nagorno-Karabakh", "Nagorno-Karabakh"},
		{"geonames:147105", "Shusha"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := g.Lookup(tt.in)
			if p == nil {
				t.Fatalf("Lookup(%q) = nil, want %s", tt.in, tt.want)
			}
			if p.Name != tt.want {
				t.Errorf("Lookup(%q) = %s, want %s", tt.in, p.Name, tt.want)
			}
		})
	}
	if p := g.Lookup("Atlantis"); p != nil {
		t.Errorf("Lookup(Atlantis) = %s, want nil", p.Name)
	}
}

func TestKarabakhCoordinates(t *testing.T) {
	g := mustProfile(t, "karabakh-2020").Places
	tests := []struct {
		name     string
		lat, lon float64
	}{
		{"Martuni", 39.7914, 47.1156}, {"Khojavend", 39.7914, 47.1156},
		{"Martakert", 40.21, 46.8158}, {"Aghdara", 40.21, 46.8158},
		{"Kalbajar", 40.1, 46.0372}, {"Lachin", 39.64, 46.5472}, {"Vardenis", 40.1833, 45.7333},
		{"Shusha", 39.758, 46.7485}, {"Stepanakert", 39.8153, 46.7519},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := g.Lookup(tt.name)
			if p == nil {
				t.Fatalf("%s not found", tt.name)
			}
			if d := Distance(p.Lat, p.Lon, tt.lat, tt.lon); d > 0.5 {
				t.Errorf("%s at (%v, %v), %.2f km from (%v, %v)", tt.name, p.Lat, p.Lon, d, tt.lat, tt.lon)
			}
		})
	}
	// The Martuni of Armenia's Gegharkunik keeps its entry under a told-apart name.
	if p := g.Lookup("Martuni (Gegharkunik Province)"); p == nil || p.Lat < 40 {
		t.Errorf("Armenia's Martuni is missing or misplaced: %+v", p)
	}
}

func TestLookupUkraine(t *testing.T) {
	g := mustProfile(t, "ukraine-2022").Places
	tests := []struct{ in, want string }{
		{"Kyiv", "Kyiv"}, {"Kiev", "Kyiv"}, {"Kharkiv", "Kharkiv"}, {"Kharkov", "Kharkiv"},
		{"Bakhmut", "Bakhmut"}, {"Artemivsk", "Bakhmut"}, {"Artyomovsk", "Bakhmut"},
		{"Mykolaiv", "Mykolaiv"}, {"Nikolaev", "Mykolaiv"}, {"Kherson", "Kherson"},
		{"Lyman", "Lyman"}, {"Krasny Liman", "Lyman"}, {"Soledar", "Soledar"},
		{"Avdiivka", "Avdiivka"}, {"Avdeevka", "Avdiivka"}, {"Mariupol", "Mariupol"}, {"Azovstal", "Azovstal"},
		{"Zaporizhzhia", "Zaporizhzhia"}, {"Zaporozhye", "Zaporizhzhia"}, {"Donetsk", "Donetsk"},
		{"Luhansk", "Luhansk"}, {"Lugansk", "Luhansk"}, {"Izium", "Izium"}, {"Izyum", "Izium"},
		{"Sievierodonetsk", "Sievierodonetsk"}, {"Severodonetsk", "Sievierodonetsk"},
		{"Lysychansk", "Lysychansk"}, {"Kramatorsk", "Kramatorsk"}, {"Sloviansk", "Sloviansk"}, {"Slavyansk", "Sloviansk"},
		{"Vuhledar", "Vuhledar"}, {"Marinka", "Marinka"}, {"Kupiansk", "Kupiansk"}, {"Melitopol", "Melitopol"},
		{"Bucha", "Bucha"}, {"Irpin", "Irpin"}, {"Hostomel", "Hostomel"}, {"Chernihiv", "Chernihiv"}, {"Sumy", "Sumy"},
		{"Snake Island", "Snake Island"}, {"Crimean Bridge", "Crimean Bridge"}, {"Kerch Bridge", "Crimean Bridge"},
		{"Kharkiv region", "Kharkiv Oblast"}, {"Crimea", "Crimea"}, {"Belgorod", "Belgorod"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := g.Lookup(tt.in)
			if p == nil {
				t.Fatalf("Lookup(%q) = nil, want %s", tt.in, tt.want)
			}
			if p.Name != tt.want {
				t.Errorf("Lookup(%q) = %s (%s), want %s", tt.in, p.Name, p.ID, tt.want)
			}
		})
	}
}

// TestGoldPlaces checks that every place of the seed gold claims resolves,
// and lies within the scorer's 3 km of the gold point where one is given.
func TestGoldPlaces(t *testing.T) {
	f, err := os.Open("../testdata/seeds/gold/claims.jsonl")
	if err != nil {
		t.Skip("no seed gold:", err)
	}
	defer f.Close()
	g := mustProfile(t, "karabakh-2020").Places
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c claimtrail.Claim
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		for _, pr := range c.Places {
			n++
			p := g.Lookup(pr.Name)
			if p == nil {
				t.Errorf("gold place %q does not resolve", pr.Name)
				continue
			}
			if pr.Lat != 0 && Distance(p.Lat, p.Lon, pr.Lat, pr.Lon) > 3 {
				t.Errorf("gold place %q at (%v, %v); gazetteer %s at (%v, %v)", pr.Name, pr.Lat, pr.Lon, p.Name, p.Lat, p.Lon)
			}
		}
	}
	if n == 0 {
		t.Fatal("no gold places read")
	}
}

type span struct{ text, name string }

func placeSpans(text string, ms []PlaceMatch) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span{text[m.Start:m.End], m.Place.Name})
	}
	return out
}

func TestFindPlaces(t *testing.T) {
	kar := mustProfile(t, "karabakh-2020").Places
	ukr := mustProfile(t, "ukraine-2022").Places
	tests := []struct {
		name string
		g    *Gazetteer
		text string
		want []span
	}{
		{"two towns", kar, "Fighting raged between Shusha and Stepanakert on Sunday.",
			[]span{{"Shusha", "Shusha"}, {"Stepanakert", "Stepanakert"}}},
		{"longest wins", kar, "They shelled the Lachin corridor near Lachin.",
			[]span{{"Lachin corridor", "Lachin corridor"}, {"Lachin", "Lachin"}}},
		{"road names both ends", kar, "The Goris-Stepanakert road was cut.",
			[]span{{"Goris-Stepanakert road", "Goris-Stepanakert road"}}},
		{"hyphen spelling", kar, "Troops entered Karin-Tak below the cliffs.",
			[]span{{"Karin-Tak", "Karintak"}}},
		{"other side's name", kar, "Azerbaijan said it took Khojavend and Aghdara.",
			[]span{{"Khojavend", "Martuni"}, {"Aghdara", "Martakert"}}},
		{"diacritics in text", kar, "Forces near Şuşa and Füzuli.",
			[]span{{"Şuşa", "Shusha"}, {"Füzuli", "Fuzuli"}}},
		{"possessive", ukr, "Kyiv's mayor said Kharkiv’s metro was shut.",
			[]span{{"Kyiv", "Kyiv"}, {"Kharkiv", "Kharkiv"}}},
		{"region over city", ukr, "Strikes hit the Donetsk region and Donetsk itself.",
			[]span{{"Donetsk region", "Donetsk Oblast"}, {"Donetsk", "Donetsk"}}},
		{"lower case is not a mention", kar, "the shusha of the talish people", nil},
		{"punctuation breaks a name", kar, "Karin. Tak", nil},
		{"inside a word", kar, "Shushaville and Stepanakertian", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placeSpans(tt.text, tt.g.Find(tt.text))
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Find(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

// ordinaryEnglish is text about nothing in either war, full of capitalized
// words that are also the names of villages somewhere.
const ordinaryEnglish = `Victory Day is a holiday. May brought rain, and Peace and Hope were the names of two
horses on the Lion farm. Ivan and Maria met Peter at the Bank of England. Lenin wrote books; Mayak means
lighthouse. Sovetskoye is an old name. The Union Station clock struck noon. Rose, Star and Glory are
common names. Red Square, Green Park and White House appear in guides. Harmony Hall hosted a Pioneer
camp. On Monday, October rains fell on Orange County. Victor and Roman played chess with Boris.
The first day of spring, the Sun rose over the Sea. Freedom of speech matters. Friendship is key.
Chocolate cake needs butter, sugar, flour and eggs. Preheat the oven to 180 degrees. Mix well.`

func TestFindNoFalseHits(t *testing.T) {
	for _, name := range []string{"karabakh-2020", "ukraine-2022"} {
		t.Run(name, func(t *testing.T) {
			p := mustProfile(t, name)
			if got := placeSpans(ordinaryEnglish, p.Places.Find(ordinaryEnglish)); len(got) != 0 {
				t.Errorf("places in ordinary English: %v", got)
			}
			if got := p.FindSides(ordinaryEnglish); len(got) != 0 {
				t.Errorf("sides in ordinary English: %v", got)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	g := mustProfile(t, "karabakh-2020").Places
	text := "«Şuşa» — and then, in Stepanakert; Hadrut."
	for _, m := range g.Find(text) {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %d:%d", m.Start, m.End)
		}
		if g.Lookup(text[m.Start:m.End]) != m.Place {
			t.Errorf("span %q does not look up to %s", text[m.Start:m.End], m.Place.Name)
		}
	}
	if n := len(g.Find(text)); n != 3 {
		t.Errorf("found %d places, want 3", n)
	}
}

func TestFindSides(t *testing.T) {
	kar := mustProfile(t, "karabakh-2020")
	ukr := mustProfile(t, "ukraine-2022")
	type hit struct {
		text string
		side claimtrail.Side
	}
	tests := []struct {
		name string
		p    *Profile
		text string
		want []hit
	}{
		{"demonyms", kar, "Armenian and Azerbaijani forces clashed.", []hit{{"Armenian", "ARM"}, {"Azerbaijani forces", "AZE"}}},
		{"bloc", kar, "the Turkish-Azerbaijani bloc keeps the initiative", []hit{{"Turkish-Azerbaijani bloc", "AZE"}}},
		{"pro-X names X's side", kar, "pro-Azerbaijani sources vow; pro-Armenian bloggers deny", []hit{{"pro-Azerbaijani sources", "AZE"}, {"pro-Armenian", "ARM"}}},
		{"anti-X names no side", kar, "an anti-Armenian campaign in Baku", []hit{{"Baku", "AZE"}}},
		{"turkey the bird", kar, "roast the turkey; Turkey backs Baku", []hit{{"Turkey", "AZE"}, {"Baku", "AZE"}}},
		{"metonym", kar, "Yerevan denied it.", []hit{{"Yerevan", "ARM"}}},
		{"third parties have no side", kar, "Russia, Iran and France called for calm.", nil},
		{"lower-case term in any case", ukr, "Territorial defence units and territorial defence fighters", []hit{{"Territorial defence", "UKR"}, {"territorial defence", "UKR"}}},
		{"wagner and chechens", ukr, "Wagner fighters and Chechen units advanced on positions of the AFU",
			[]hit{{"Wagner fighters", "RUS"}, {"Chechen units", "RUS"}, {"AFU", "UKR"}}},
		{"pro-Russian", ukr, "pro-Russian separatists shelled Kyiv-held areas", []hit{{"pro-Russian separatists", "RUS"}, {"Kyiv", "UKR"}}},
		{"possessive", ukr, "Russia's army and Ukraine's", []hit{{"Russia", "RUS"}, {"Ukraine", "UKR"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []hit
			for _, m := range tt.p.FindSides(tt.text) {
				got = append(got, hit{tt.text[m.Start:m.End], m.Side})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("FindSides(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("FindSides(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
	if s := kar.Side("ARM"); s == nil || s.Code != "ARM" {
		t.Errorf("Side(ARM) = %v", s)
	}
	if s := kar.Side("RUS"); s != nil {
		t.Errorf("Side(RUS) in karabakh = %v, want nil", s)
	}
}

func TestFindActors(t *testing.T) {
	kar := mustProfile(t, "karabakh-2020")
	ukr := mustProfile(t, "ukraine-2022")
	tests := []struct {
		name string
		p    *Profile
		text string
		want []string // actor names
		side []claimtrail.Side
	}{
		{"longest wins", kar, "The Azerbaijani Defense Ministry confirmed it.", []string{"Azerbaijani Ministry of Defense"}, []claimtrail.Side{"AZE"}},
		{"spellings", kar, "The MoD of Armenia and the Armenian MoD and Armenia's Defense Ministry",
			[]string{"Armenian Ministry of Defense", "Armenian Ministry of Defense", "Armenian Ministry of Defense"}, []claimtrail.Side{"ARM", "ARM", "ARM"}},
		{"person", kar, "Azerbaijani President Ilham Aliyev announced", []string{"Ilham Aliyev"}, []claimtrail.Side{"AZE"}},
		{"third party", kar, "Russian Foreign Minister Sergei Lavrov said", []string{"Sergei Lavrov"}, []claimtrail.Side{""}},
		{"putin has a side in ukraine", ukr, "Putin said", []string{"Vladimir Putin"}, []claimtrail.Side{"RUS"}},
		{"general staff", ukr, "the General Staff of the Armed Forces of Ukraine reported", []string{"General Staff of the Armed Forces of Ukraine"}, []claimtrail.Side{"UKR"}},
		{"spokesman", ukr, "Igor Konashenkov told reporters", []string{"Igor Konashenkov"}, []claimtrail.Side{"RUS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tt.p.FindActors(tt.text)
			if len(ms) != len(tt.want) {
				var got []string
				for _, m := range ms {
					got = append(got, tt.text[m.Start:m.End])
				}
				t.Fatalf("FindActors(%q) = %q, want %v", tt.text, got, tt.want)
			}
			for i, m := range ms {
				if m.Actor.Name != tt.want[i] || m.Actor.Side != tt.side[i] {
					t.Errorf("[%d] %q = %s (%s), want %s (%s)", i, tt.text[m.Start:m.End], m.Actor.Name, m.Actor.Side, tt.want[i], tt.side[i])
				}
			}
		})
	}
	if a := kar.ActorByName("vagif dargahli"); a == nil || a.Role != claimtrail.RoleMilitary {
		t.Errorf("ActorByName(vagif dargahli) = %+v", a)
	}
	if a := kar.ActorByName("nobody at all"); a != nil {
		t.Errorf("ActorByName(nobody) = %+v", a)
	}
}

func TestOutlets(t *testing.T) {
	p := mustProfile(t, "ukraine-2022")
	tests := []struct{ in, want string }{
		{"Centre for Research on Globalization", "Global Research"},
		{"SouthFront", "South Front"},
		{"al masdar news", "Al-Masdar News"},
		{"The Kyiv Independent", "Kyiv Independent"},
	}
	for _, tt := range tests {
		if o := p.OutletByName(tt.in); o == nil || o.Name != tt.want {
			t.Errorf("OutletByName(%q) = %+v, want %s", tt.in, o, tt.want)
		}
	}
	domains := []struct{ in, want string }{
		{"southfront.org", "South Front"},
		{"https://www.globalresearch.ca/video-armenian/5728", "Global Research"},
		{"uk.reuters.com:443", "Reuters"},
		{"WWW.TASS.COM", "TASS"},
		{"example.com", ""},
	}
	for _, tt := range domains {
		o := p.OutletByDomain(tt.in)
		got := ""
		if o != nil {
			got = o.Name
		}
		if got != tt.want {
			t.Errorf("OutletByDomain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if rt, sp := p.OutletByName("RT"), p.OutletByName("Sputnik"); rt == nil || sp == nil || rt.Owner != sp.Owner {
		t.Errorf("RT and Sputnik should share an owner: %+v %+v", rt, sp)
	}
	if o := p.OutletByName("TASS"); o == nil || o.Side != "RUS" {
		t.Errorf("TASS = %+v, want side RUS", o)
	}
	if o := mustProfile(t, "karabakh-2020").OutletByName("TASS"); o == nil || o.Side != "" {
		t.Errorf("TASS in karabakh = %+v, want no side", o)
	}
	text := "By South Front, via globalresearch.ca, citing Reuters."
	var got []string
	for _, m := range p.FindOutlet(text) {
		got = append(got, m.Outlet.Name)
	}
	if strings.Join(got, ",") != "South Front,Global Research,Reuters" {
		t.Errorf("FindOutlet = %v", got)
	}
}

func TestWeaponItems(t *testing.T) {
	w := mustProfile(t, "karabakh-2020").WeaponItems()
	tests := map[string]string{"t-72": "tank", "d-30": "artillery", "zastava m-55": "air_defense", "osa": "air_defense",
		"bm-21": "mlrs", "bayraktar tb2": "uav", "mi-24": "helicopter", "su-25": "aircraft", "kamaz": "vehicle", "bmp-2": "armored_vehicle"}
	for k, v := range tests {
		if w[k] != v {
			t.Errorf("WeaponItems[%q] = %q, want %q", k, w[k], v)
		}
	}
	w["t-72"] = "changed"
	if mustProfile(t, "karabakh-2020").WeaponItems()["t-72"] != "tank" {
		t.Error("WeaponItems returns a shared map")
	}
}

func TestChoose(t *testing.T) {
	ps, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"karabakh", "Azerbaijani forces shelled positions near Hadrut while the Armenian Defense Ministry reported fighting around Martakert.", "karabakh-2020"},
		{"ukraine", "Ukrainian troops pushed toward Kupiansk as Russian artillery hit Kramatorsk, the General Staff said.", "ukraine-2022"},
		{"cooking", "Preheat the oven. Roast the turkey with butter and sage for three hours, then rest it under foil.", ""},
		{"one word is not enough", "Turkey", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if p := Choose(ps, tt.text); p != nil {
				got = p.Name
			}
			if got != tt.want {
				t.Errorf("Choose = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNear(t *testing.T) {
	g := mustProfile(t, "karabakh-2020").Places
	near := g.Near(39.758, 46.7485, 10)
	if len(near) == 0 || near[0].Name != "Shusha" {
		t.Fatalf("Near(Shusha) = %v", near)
	}
	found := map[string]bool{}
	for i, p := range near {
		found[p.Name] = true
		if i > 0 && Distance(39.758, 46.7485, p.Lat, p.Lon) < Distance(39.758, 46.7485, near[i-1].Lat, near[i-1].Lon) {
			t.Errorf("Near not sorted at %d", i)
		}
	}
	if !found["Stepanakert"] || !found["Karintak"] {
		t.Errorf("Near(Shusha, 10 km) lacks Stepanakert or Karintak: %v", found)
	}
	if found["Ganja"] {
		t.Error("Near(Shusha, 10 km) has Ganja")
	}
}

func TestMentionsEqualsFinds(t *testing.T) {
	p := mustProfile(t, "karabakh-2020")
	text := "Azerbaijani President Ilham Aliyev said Azerbaijani forces took Hadrut; the Armenian MoD denied it from Stepanakert."
	m := p.Mentions(text)
	if fmt.Sprint(m.Places) != fmt.Sprint(p.Places.Find(text)) ||
		fmt.Sprint(m.Sides) != fmt.Sprint(p.FindSides(text)) ||
		fmt.Sprint(m.Actors) != fmt.Sprint(p.FindActors(text)) {
		t.Errorf("Mentions differs from the Find calls: %+v", m)
	}
	if len(m.Places) != 2 || len(m.Actors) != 2 || len(m.Sides) < 3 {
		t.Errorf("Mentions = %+v", m)
	}
}

func TestPossessiveIsNotPartOfAName(t *testing.T) {
	g, err := NewGazetteer([]Place{{ID: "x", Name: "Gos", Lat: 1, Lon: 1}, {ID: "y", Name: "Alpha", Lat: 1, Lon: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Find("Go's rules and Alpha's"); len(got) != 1 || got[0].Place.Name != "Alpha" {
		t.Errorf("Find = %+v, want only Alpha", got)
	}
}

// TestFindLowerCaseNames: a name the gazetteer writes without a capital
// ("al-Bab") matches as written; a capitalised name needs its capital.
func TestFindLowerCaseNames(t *testing.T) {
	g, err := NewGazetteer([]Place{
		{ID: "t:al-bab", Name: "al-Bab", Lat: 36.37, Lon: 37.515, Aliases: []string{"Al Bab"}},
		{ID: "t:manbij", Name: "Manbij", Lat: 36.53, Lon: 37.95},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Rebels shelled al-Bab on Monday.", []string{"al-Bab"}},
		{"Rebels shelled Al-Bab and Al Bab.", []string{"al-Bab", "al-Bab"}},
		{"the manbij road", nil},
		{"Forces entered Manbij.", []string{"Manbij"}},
	} {
		var got []string
		for _, m := range g.Find(c.text) {
			got = append(got, m.Place.Name)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("Find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
