package profiles_test

import (
	"fmt"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// The data tests below check that the shipped profiles know the phrasings
// real reporting uses for claimants and places: a claimant the profile does
// not know is reported with no side and no role, and a place it does not
// know drops out of the claim. The phrasings are the ones wire services,
// state agencies and monitors use, written into sentences of our own.

func builtin(t *testing.T, name string) *profile.Profile {
	t.Helper()
	ps, err := profile.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := profile.ByName(ps, name)
	if p == nil {
		t.Fatalf("no builtin profile %q", name)
	}
	return p
}

type actorCase struct {
	phrase string          // as it stands in a sentence
	want   string          // canonical actor name
	side   claimtrail.Side // "-" to skip the check
	role   string
}

// checkActors finds each phrase inside a sentence and checks that exactly
// one actor mention covers the whole phrase.
func checkActors(t *testing.T, p *profile.Profile, cases []actorCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.phrase, func(t *testing.T) {
			text := "On Monday " + tt.phrase + " said that the attack had been repelled."
			ms := p.FindActors(text)
			var got []string
			for _, m := range ms {
				got = append(got, fmt.Sprintf("%s=%q", m.Actor.Name, text[m.Start:m.End]))
			}
			if len(ms) != 1 {
				t.Fatalf("FindActors(%q) = %v, want one mention of %s", text, got, tt.want)
			}
			m := ms[0]
			if m.Actor.Name != tt.want {
				t.Errorf("found %s, want %s", m.Actor.Name, tt.want)
			}
			if tt.side != "-" && m.Actor.Side != tt.side {
				t.Errorf("%s: side %q, want %q", m.Actor.Name, m.Actor.Side, tt.side)
			}
			if m.Actor.Role != tt.role {
				t.Errorf("%s: role %q, want %q", m.Actor.Name, m.Actor.Role, tt.role)
			}
			// The mention must cover the phrase, with or without a
			// leading "the" ("the Pentagon" is a name of its own).
			got1 := text[m.Start:m.End]
			if got1 != tt.phrase && "the "+got1 != tt.phrase {
				t.Errorf("mention %q, want %q", got1, tt.phrase)
			}
		})
	}
}

const (
	off = claimtrail.RoleOfficial
	mil = claimtrail.RoleMilitary
	med = claimtrail.RoleMedia
)

func TestActorsUkraine(t *testing.T) {
	p := builtin(t, "ukraine-2022")
	checkActors(t, p, []actorCase{
		{"the Armed Forces of Ukraine", "Armed Forces of Ukraine", "UKR", mil},
		{"Ukraine's military", "Armed Forces of Ukraine", "UKR", mil},
		{"the Ukrainian military", "Armed Forces of Ukraine", "UKR", mil},
		{"Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UKR", mil},
		{"the Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "UKR", mil},
		{"the General Staff of the Armed Forces of Ukraine", "General Staff of the Armed Forces of Ukraine", "UKR", mil},
		{"Russia's defence ministry", "Russian Ministry of Defence", "RUS", mil},
		{"the Russian Defense Ministry", "Russian Ministry of Defence", "RUS", mil},
		{"the Russian military", "Russian Armed Forces", "RUS", mil},
		{"Russia's armed forces", "Russian Armed Forces", "RUS", mil},
		{"Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RUS", off},
		{"Ramzan Kadyrov", "Ramzan Kadyrov", "RUS", off},
		{"Chechen leader Ramzan Kadyrov", "Ramzan Kadyrov", "RUS", off},
		{"Yevgeny Prigozhin", "Yevgeny Prigozhin", "RUS", mil},
		{"Wagner chief Yevgeny Prigozhin", "Yevgeny Prigozhin", "RUS", mil},
		{"the Wagner Group", "Wagner Group", "RUS", mil},
		{"Denis Pushilin", "Denis Pushilin", "RUS", off},
		{"Leonid Pasechnik", "Leonid Pasechnik", "RUS", off},
		{"Vladimir Saldo", "Vladimir Saldo", "RUS", off},
		{"Yevgeny Balitsky", "Yevgeny Balitsky", "RUS", off},
		{"Vitaly Kim", "Vitaliy Kim", "UKR", off},
		{"Mykolaiv governor Vitaliy Kim", "Vitaliy Kim", "UKR", off},
		{"Oleh Syniehubov", "Oleh Syniehubov", "UKR", off},
		{"Kharkiv governor Oleh Syniehubov", "Oleh Syniehubov", "UKR", off},
		{"Pavlo Kyrylenko", "Pavlo Kyrylenko", "UKR", off},
		{"Serhiy Haidai", "Serhiy Haidai", "UKR", off},
		{"Oleksandr Syrskyi", "Oleksandr Syrskyi", "UKR", mil},
		{"Valerii Zaluzhnyi", "Valerii Zaluzhnyi", "UKR", mil},
		{"Valery Zaluzhny", "Valerii Zaluzhnyi", "UKR", mil},
		{"Serhiy Cherevatyi", "Serhiy Cherevatyi", "UKR", mil},
		{"Natalia Humeniuk", "Nataliya Humeniuk", "UKR", mil},
		{"Andriy Yusov", "Andriy Yusov", "UKR", mil},
		{"Kyrylo Budanov", "Kyrylo Budanov", "UKR", mil},
		{"HUR", "Defence Intelligence of Ukraine", "UKR", mil},
		{"GUR", "Defence Intelligence of Ukraine", "UKR", mil},
		{"the SBU", "Security Service of Ukraine", "UKR", off},
		{"Mykhailo Podolyak", "Mykhailo Podolyak", "UKR", off},
		{"Oleksiy Arestovych", "Oleksiy Arestovych", "UKR", off},
		{"Zelensky", "Volodymyr Zelensky", "UKR", off},
		{"Zelenskyy", "Volodymyr Zelensky", "UKR", off},
		{"Zelenskiy", "Volodymyr Zelensky", "UKR", off},
		{"Volodymyr Zelenskiy", "Volodymyr Zelensky", "UKR", off},
		{"Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "UKR", off},
		{"Sergei Shoigu", "Sergei Shoigu", "RUS", mil},
		{"Valery Gerasimov", "Valery Gerasimov", "RUS", mil},
		{"Maria Zakharova", "Maria Zakharova", "RUS", off},
		{"Rosgvardia", "Rosgvardia", "RUS", mil},
		{"the DPR People's Militia", "DPR People's Militia", "RUS", mil},
		{"the LPR People's Militia", "LPR People's Militia", "RUS", mil},
		{"ISW", "Institute for the Study of War", "", med},
		{"the Institute for the Study of War", "Institute for the Study of War", "", med},
		{"the UK Ministry of Defence", "UK Ministry of Defence", "", mil},
		{"Britain's Ministry of Defence", "UK Ministry of Defence", "", mil},
		{"the Pentagon", "Pentagon", "", mil},
		{"the UN Human Rights Monitoring Mission in Ukraine", "UN Human Rights Monitoring Mission in Ukraine", "", off},
		{"the UN human rights monitoring mission", "UN Human Rights Monitoring Mission in Ukraine", "", off},
	})
}

func TestActorsKarabakh(t *testing.T) {
	p := builtin(t, "karabakh-2020")
	checkActors(t, p, []actorCase{
		{"Artsrun Hovhannisyan", "Artsrun Hovhannisyan", "ARM", mil},
		{"Shushan Stepanyan", "Shushan Stepanyan", "ARM", mil},
		{"Vagif Dargahli", "Vagif Dargahli", "AZE", mil},
		{"Anna Naghdalyan", "Anna Naghdalyan", "ARM", off},
		{"Zohrab Mnatsakanyan", "Zohrab Mnatsakanyan", "ARM", off},
		{"Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", off},
		{"Hikmet Hajiyev", "Hikmet Hajiyev", "AZE", off},
		{"Zakir Hasanov", "Zakir Hasanov", "AZE", mil},
		{"Onik Gasparyan", "Onik Gasparyan", "ARM", mil},
		{"Jalal Harutyunyan", "Jalal Harutyunyan", "ARM", mil},
		{"Artak Beglaryan", "Artak Beglaryan", "ARM", off},
		{"Vahram Poghosyan", "Vahram Poghosyan", "ARM", off},
		{"Nikol Pashinyan", "Nikol Pashinyan", "ARM", off},
		{"Arayik Harutyunyan", "Arayik Harutyunyan", "ARM", off},
		{"Araik Harutyunyan", "Arayik Harutyunyan", "ARM", off},
		{"Armen Sarkissian", "Armen Sarkissian", "ARM", off},
		{"Mevlut Cavusoglu", "Mevlut Cavusoglu", "AZE", off},
		{"Hulusi Akar", "Hulusi Akar", "AZE", mil},
		{"Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "AZE", off},
		{"the Azerbaijani Prosecutor General's Office", "Azerbaijani Prosecutor General's Office", "AZE", off},
		{"Armenia's Unified Infocenter", "Armenian Unified Infocenter", "ARM", off},
		{"the Armenian Defense Ministry", "Armenian Ministry of Defense", "ARM", mil},
		{"Azerbaijan's Defence Ministry", "Azerbaijani Ministry of Defense", "AZE", mil},
		{"the Artsakh Defense Army", "Artsakh Defense Army", "ARM", mil},
	})
}

// TestSideMetonyms checks that capitals used for governments name their
// side.
func TestSideMetonyms(t *testing.T) {
	tests := []struct {
		profile, text string
		want          claimtrail.Side
	}{
		{"ukraine-2022", "Kyiv said", "UKR"},
		{"ukraine-2022", "Kiev said", "UKR"},
		{"ukraine-2022", "Moscow said", "RUS"},
		{"karabakh-2020", "Baku said", "AZE"},
		{"karabakh-2020", "Yerevan said", "ARM"},
	}
	for _, tt := range tests {
		t.Run(tt.profile+"/"+tt.text, func(t *testing.T) {
			ms := builtin(t, tt.profile).FindSides(tt.text)
			if len(ms) != 1 || ms[0].Side != tt.want {
				t.Errorf("FindSides(%q) = %v, want one %s", tt.text, ms, tt.want)
			}
		})
	}
}

type outletCase struct {
	name    string // as written in an attribution
	domain  string // a URL of the outlet
	country string
	side    claimtrail.Side
}

func checkOutlets(t *testing.T, p *profile.Profile, cases []outletCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			o := p.OutletByName(tt.name)
			if o == nil {
				t.Fatalf("OutletByName(%q) = nil", tt.name)
			}
			if o.Country != tt.country || o.Side != tt.side || o.Owner == "" {
				t.Errorf("%s: country %q side %q owner %q, want %q %q and an owner", o.Name, o.Country, o.Side, o.Owner, tt.country, tt.side)
			}
			if d := p.OutletByDomain(tt.domain); d != o {
				t.Errorf("OutletByDomain(%q) = %v, want %s", tt.domain, d, o.Name)
			}
		})
	}
}

func TestOutletsUkraine(t *testing.T) {
	checkOutlets(t, builtin(t, "ukraine-2022"), []outletCase{
		{"Ukrainska Pravda", "https://www.pravda.com.ua/eng/news/2023/09/17/", "UA", ""},
		{"Kyiv Post", "https://www.kyivpost.com/post/1", "UA", ""},
		{"RBC-Ukraine", "https://newsukraine.rbc.ua/news/x", "UA", ""},
		{"Interfax", "https://www.interfax.ru/russia/1", "RU", ""},
		{"Interfax-Ukraine", "https://interfax.com.ua/news/general/1.html", "UA", ""},
		{"Izvestia", "https://iz.ru/1", "RU", ""},
		{"Kommersant", "https://www.kommersant.ru/doc/1", "RU", ""},
		{"Meduza", "https://meduza.io/en/news/1", "LV", ""},
		{"Novaya Gazeta", "https://novayagazeta.eu/articles/1", "RU", ""},
		{"Rybar", "https://rybar.ru/x", "RU", "RUS"}, // a pro-Russian source, as "pro-Azerbaijani sources" are AZE in the spec
		{"WarGonzo", "https://wargonzo.ru/x", "RU", "RUS"},
		{"DeepState", "https://deepstatemap.live/en", "UA", "UKR"},
		{"TASS", "https://tass.com/politics/1", "RU", "RUS"},
		{"Ukrinform", "https://www.ukrinform.net/rubric-ato/1", "UA", "UKR"},
	})
}

func TestOutletsKarabakh(t *testing.T) {
	checkOutlets(t, builtin(t, "karabakh-2020"), []outletCase{
		{"News.am", "https://news.am/eng/news/1.html", "AM", ""},
		{"Armenpress", "https://armenpress.am/eng/news/1", "AM", "ARM"},
		{"APA", "https://apa.az/en/x", "AZ", "AZE"},
		{"Report.az", "https://report.az/en/x", "AZ", "AZE"},
		{"Trend", "https://en.trend.az/azerbaijan/x", "AZ", "AZE"},
		{"Azertac", "https://azertag.az/en/xeber/1", "AZ", "AZE"},
		{"JAMnews", "https://jam-news.net/x", "GE", ""},
		{"OC Media", "https://oc-media.org/x", "GE", ""},
		{"EurasiaNet", "https://eurasianet.org/x", "US", ""},
		{"CivilNet", "https://www.civilnet.am/news/1", "AM", ""},
		{"Hetq", "https://hetq.am/en/article/1", "AM", ""},
	})
}

// TestFrontLinePlaces checks that places prominent in the news of each war
// resolve, under each side's spelling, to one entry in the war's theatre,
// and that a village sharing its name with others elsewhere resolves to the
// front-line one.
func TestFrontLinePlaces(t *testing.T) {
	tests := []struct {
		profile, name, want string
		lat, lon            float64 // the expected entry lies within 15 km
	}{
		{"ukraine-2022", "Klishchiivka", "Klishchiivka", 48.53, 37.96},
		{"ukraine-2022", "Andriivka", "Andriivka", 48.50, 37.97},
		{"ukraine-2022", "Andreyevka", "Andriivka", 48.50, 37.97},
		{"ukraine-2022", "Rabotino", "Robotyne", 47.44, 35.84},
		{"ukraine-2022", "Verbove", "Verbove", 47.45, 35.91},
		{"ukraine-2022", "Pisky", "Pisky", 48.07, 37.66},
		{"ukraine-2022", "Vodiane", "Vodiane", 48.10, 37.68},
		{"ukraine-2022", "Novhorodske", "Niu-York", 48.33, 37.84},
		{"ukraine-2022", "New York", "Niu-York", 48.33, 37.84},
		{"ukraine-2022", "Krasnoarmeysk", "Pokrovsk", 48.28, 37.18},
		{"ukraine-2022", "Dzerzhynsk", "Toretsk", 48.39, 37.85},
		{"ukraine-2022", "Svyatogorsk", "Sviatohirsk", 49.04, 37.57},
		{"ukraine-2022", "Sviatohirsk", "Sviatohirsk", 49.04, 37.57},
		{"ukraine-2022", "Kupyansk-Uzlovoy", "Kupiansk-Vuzlovyi", 49.69, 37.68},
		{"ukraine-2022", "Staromayorskoye", "Staromaiorske", 47.69, 36.75},
		{"ukraine-2022", "Krynki", "Krynky", 46.73, 33.09},
		{"ukraine-2022", "Antonivka Bridge", "Antonivskyi Bridge", 46.68, 32.72},
		{"ukraine-2022", "Kozacha Lopan", "Kozacha Lopan", 50.34, 36.21},
		{"ukraine-2022", "Graivoron", "Grayvoron", 50.48, 35.68},
		{"ukraine-2022", "Sudzha", "Sudzha", 51.20, 35.27},
		{"ukraine-2022", "Kamyanka-Dniprovska", "Kamianka-Dniprovska", 47.50, 34.41},
		{"ukraine-2022", "Kurakhovo", "Kurakhove", 47.98, 37.28},
		{"karabakh-2020", "Khojavend", "Martuni", 39.79, 47.12},
		{"karabakh-2020", "Martuni", "Martuni", 39.79, 47.12},
		{"karabakh-2020", "Chanakhchi", "Avetaranots", 39.80, 46.90},
		{"karabakh-2020", "Boyuk Taghlar", "Mets Taghlar", 39.62, 47.04},
		{"karabakh-2020", "Tugh", "Togh", 39.57, 46.95},
		{"karabakh-2020", "Mataghis", "Sugovushan", 40.33, 46.73},
		{"karabakh-2020", "Agdzhabedy", "Aghjabadi", 40.05, 47.46},
		{"karabakh-2020", "Aghjabadi", "Aghjabadi", 40.05, 47.46},
		{"karabakh-2020", "Kedabek", "Gadabay", 40.57, 45.81},
		{"karabakh-2020", "Sisian", "Sisian", 39.52, 46.03},
		{"karabakh-2020", "Jabrayil District", "Jabrayil", 39.40, 47.03},
		{"karabakh-2020", "Kashatagh", "Lachin", 39.64, 46.55},
		{"karabakh-2020", "Khudafarin bridge", "Khudafarin Bridges", 39.14, 46.94},
	}
	for _, tt := range tests {
		t.Run(tt.profile+"/"+tt.name, func(t *testing.T) {
			pl := builtin(t, tt.profile).Places.Lookup(tt.name)
			if pl == nil {
				t.Fatalf("Lookup(%q) = nil, want %s", tt.name, tt.want)
			}
			if pl.Name != tt.want {
				t.Errorf("Lookup(%q) = %s (%s), want %s", tt.name, pl.Name, pl.ID, tt.want)
			}
			if d := profile.Distance(pl.Lat, pl.Lon, tt.lat, tt.lon); d > 15 {
				t.Errorf("Lookup(%q) = %s at %.4f,%.4f: %.0f km from the front-line place", tt.name, pl.Name, pl.Lat, pl.Lon, d)
			}
		})
	}
}

// TestNotPlacesInRunningText checks that names that mean something else in
// English news are not found as places in running text.
func TestNotPlacesInRunningText(t *testing.T) {
	p := builtin(t, "ukraine-2022")
	text := "The New York Times and the UN in New York said so."
	for _, m := range p.Places.Find(text) {
		t.Errorf("Find found %q (%s) in %q", text[m.Start:m.End], m.Place.Name, text)
	}
}
