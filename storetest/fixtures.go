package storetest

import (
	"fmt"

	"github.com/claimtrail/claimtrail"
)

// fixtureDoc is a document and the claims an extractor gave for it.
type fixtureDoc struct {
	Doc    claimtrail.Document
	Claims []claimtrail.Claim
}

// Places used by the fixtures, as the gazetteer would resolve them.
var (
	shusha      = claimtrail.PlaceRef{Name: "Shusha", Text: "Shusha", Lat: 39.758, Lon: 46.7485, ID: "geonames:147105"}
	stepanakert = claimtrail.PlaceRef{Name: "Stepanakert", Text: "Stepanakert", Lat: 39.8153, Lon: 46.7519, ID: "geonames:174875"}
	hadrut      = claimtrail.PlaceRef{Name: "Hadrut", Text: "Hadrut", Lat: 39.5200, Lon: 47.0317, ID: "geonames:148105"}
	martuni     = claimtrail.PlaceRef{Name: "Martuni", Text: "Martuni", Lat: 39.7950, Lon: 47.1139}
	lachin      = claimtrail.PlaceRef{Name: "Lachin", Text: "the Lachin corridor", Lat: 39.6383, Lon: 46.5461}
	kherson     = claimtrail.PlaceRef{Name: "Kherson", Text: "Kherson", Lat: 46.6354, Lon: 32.6169, ID: "geonames:706448"}
	mykolaiv    = claimtrail.PlaceRef{Name: "Mykolaiv", Text: "Mykolaiv", Lat: 46.9750, Lon: 31.9946}
	kharkiv     = claimtrail.PlaceRef{Name: "Kharkiv", Text: "Kharkiv", Lat: 49.9935, Lon: 36.2304, ID: "geonames:706483"}
	mariupol    = claimtrail.PlaceRef{Name: "Mariupol", Text: "Mariupol", Lat: 47.0971, Lon: 37.5434}
	kyiv        = claimtrail.PlaceRef{Name: "Kyiv", Text: "Київ", Lat: 50.4501, Lon: 30.5234}
)

// with returns p as a text refers to it ("the town").
func with(p claimtrail.PlaceRef, text string) claimtrail.PlaceRef {
	p.Text = text
	return p
}

func day(d, text string) *claimtrail.DateRange {
	return &claimtrail.DateRange{Start: d, End: d, Text: text}
}

func span(start, end, text string) *claimtrail.DateRange {
	return &claimtrail.DateRange{Start: start, End: end, Text: text}
}

// fixtures are four articles of two wars with claims that between them use
// every field: given and empty claim IDs, several places, ranges and
// qualifiers, nil and non-nil dates, hedges, denials, extension fields,
// non-ASCII text, and claimant names with LIKE wildcards in them.
//
// Claim ids are chosen so that id order differs from document order: the
// TASS claims ("u-01…") sort before the Kyiv Independent ones ("ua-…"),
// whose ids run against their positions.
func fixtures() []fixtureDoc {
	sf := claimtrail.Claimant{Name: "South Front", Role: claimtrail.RoleAuthor}
	azMoD := claimtrail.Claimant{Name: "Azerbaijani Ministry of Defense", Side: "AZE", Role: claimtrail.RoleMilitary}
	amMoD := claimtrail.Claimant{Name: "Armenian Ministry of Defense", Side: "ARM", Role: claimtrail.RoleMilitary}
	uaGS := claimtrail.Claimant{Name: "General Staff of the Armed Forces of Ukraine", Side: "UKR", Role: claimtrail.RoleMilitary}
	ruMoD := claimtrail.Claimant{Name: "Russian Ministry of Defense", Side: "RUS", Role: claimtrail.RoleMilitary}

	return []fixtureDoc{
		{
			Doc: claimtrail.Document{
				ID: "k20201109_sf", Title: "Shusha Is in the Hands of Azerbaijan",
				Byline: "South Front", Outlet: "South Front", Published: "2020-11-09", Lang: "en",
				Body:   "On the morning of November 8, Azerbaijani President Ilham Aliyev announced that Azerbaijani forces had captured Shusha.\n\nThe Armenian side denied it.",
				URL:    "https://southfront.example/shusha-is-in-the-hands-of-azerbaijan/",
				Source: "in/k20201109_sf.html", Format: "html", Profile: "karabakh-2020",
				Hash:    claimtrail.ContentHash([]byte("k20201109_sf v1")),
				Removed: []string{"SUPPORT SOUTHFRONT:", "Click to see full-size image"},
			},
			Claims: []claimtrail.Claim{
				{
					ID: "k20201109_sf/c01", Sentence: "On the morning of November 8, Azerbaijani President Ilham Aliyev announced that Azerbaijani forces had captured Shusha.",
					Claimant: claimtrail.Claimant{Name: "Ilham Aliyev", Side: "AZE", Role: claimtrail.RoleOfficial},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeControl, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{shusha}, Date: day("2020-11-08", "On the morning of November 8"),
					Quantities: []claimtrail.Quantity{}, Start: 0, End: 118, Paragraph: 0,
					Origin: "k20201109_sf", Independent: 3,
				},
				{
					ID: "k20201109_sf/c02", Sentence: "The Armenian Ministry of Defense denied that the town had fallen.",
					Claimant: amMoD, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceDenies,
					Type: claimtrail.TypeControl, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{with(shusha, "the town")}, Date: day("2020-11-08", ""),
					Start: 120, End: 185, Paragraph: 1,
				},
				{
					ID: "k20201109_sf/c03", Sentence: "Azerbaijani units reportedly cut the road between Shusha and Stepanakert.",
					Claimant: claimtrail.Claimant{Name: "", Role: claimtrail.RoleUnnamed},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts, Hedged: true,
					Type: claimtrail.TypeRoute, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{shusha, stepanakert}, Date: nil,
				},
				{
					ID: "k20201109_sf/c04", Sentence: "According to Baku, 4 tanks and up to 12 armored vehicles of the Artsakh Defense Army were destroyed near Hadrut.",
					Claimant: azMoD, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeLosses, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{hadrut}, Date: day("2020-11-07", "on Saturday"),
					Quantities: []claimtrail.Quantity{
						{Item: "tank", N: 4, Qual: claimtrail.QualExact, Text: "4 tanks"},
						{Item: "armored_vehicle", N: 12, Qual: claimtrail.QualUpTo, Text: "up to 12 armored vehicles"},
					},
				},
				{
					ID: "k20201109_sf/c05", Sentence: "Between 260 and 280 Armenian servicemen were killed in the fighting for the Lachin corridor since September 27, the Azerbaijani side claimed.",
					Claimant: azMoD, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeLosses, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{lachin}, Date: span("2020-09-27", "2020-11-09", "since September 27"),
					Quantities: []claimtrail.Quantity{{Item: "killed", N: 260, Max: 280, Qual: claimtrail.QualRange, Text: "Between 260 and 280"}},
				},
				{
					ID: "k20201109_sf/c06", Sentence: "Armenian Prime Minister Nikol Pashinyan said Armenia was ready for a ceasefire.",
					Claimant: claimtrail.Claimant{Name: "Nikol Pashinyan", Side: "ARM", Role: claimtrail.RoleOfficial},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeStatement, Optional: true,
				},
			},
		},
		{
			Doc: claimtrail.Document{
				ID: "k20201110_gr", Title: "Armenian Defense Collapsed in Central Nagorno-Karabakh",
				Outlet: "Global Research", Published: "2020-11-10", Lang: "en",
				Original: &claimtrail.Original{Outlet: "South Front", Published: "2020-11-09", URL: "https://southfront.example/collapse/"},
				Body:     "Backed by heavy artillery and attack drones, the Azerbaijani Armed Forces stormed Armenian positions in the southwestern part of Shusha.",
				Source:   "in/k20201110_gr.txt", Format: "txt", Profile: "karabakh-2020",
				Hash: claimtrail.ContentHash([]byte("k20201110_gr v1")),
			},
			Claims: []claimtrail.Claim{
				// Empty IDs: the store assigns them.
				{
					Sentence: "Backed by heavy artillery and attack drones, the Azerbaijani Armed Forces stormed Armenian positions in the southwestern part of Shusha.",
					Claimant: claimtrail.Claimant{Name: "Global Research", Role: claimtrail.RoleAuthor},
					Voice:    claimtrail.VoiceAuthor, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeAttack, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{shusha}, Date: day("2020-11-07", "on Saturday"),
					Origin: "k20201109_sf", Independent: 1,
				},
				{
					Sentence: "Stepanakert came under shelling overnight, local sources said.",
					Claimant: claimtrail.Claimant{Name: "local sources", Role: claimtrail.RoleUnnamed},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeCivilian, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{stepanakert}, Date: span("2020-11-08", "2020-11-09", "overnight"),
				},
				{
					Sentence: "The Artsakh Defense Army allegedly repelled an attack near Martuni, killing dozens of militants.",
					Claimant: claimtrail.Claimant{Name: "Artsakh Defense Army", Side: "ARM", Role: claimtrail.RoleMilitary},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts, Hedged: true,
					Type: claimtrail.TypeRepel, Actor: "ARM", Target: "AZE",
					Places: []claimtrail.PlaceRef{martuni}, Date: day("2020-11-09", "on Monday"),
				},
				{
					Sentence: "South Front says the fighting around Shusha continued.",
					Claimant: sf, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeAttack, Actor: "AZE", Target: "ARM",
					Places: []claimtrail.PlaceRef{shusha}, Date: day("2020-11-09", ""),
				},
			},
		},
		{
			Doc: claimtrail.Document{
				ID: "u20220302_kyiv", Title: "Russian troops enter Kherson; Kharkiv shelled (Київ)",
				Outlet: "Kyiv Independent", Published: "2022-03-02", Lang: "en",
				Body:   "Ukraine's General Staff said Russian forces had lost more than 5,700 soldiers and 30 tanks since February 24.",
				Source: "in/u20220302_kyiv.md", Format: "md", Profile: "ukraine-2022",
				Hash: claimtrail.ContentHash([]byte("u20220302_kyiv v1")),
			},
			Claims: []claimtrail.Claim{
				{
					ID: "ua-0005", Sentence: "Ukraine's General Staff said Russian forces had lost more than 5,700 soldiers and 30 tanks since February 24.",
					Claimant: uaGS, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeLosses, Actor: "UKR", Target: "RUS",
					Date: span("2022-02-24", "2022-03-02", "since February 24"),
					Quantities: []claimtrail.Quantity{
						{Item: "killed", N: 5700, Qual: claimtrail.QualOver, Text: "more than 5,700 soldiers"},
						{Item: "tank", N: 30, Qual: claimtrail.QualExact, Text: "30 tanks"},
					},
				},
				{
					ID: "ua-0004", Sentence: "Russian troops entered Kherson on March 1, Mayor Ihor Kolykhayev said.",
					Claimant: claimtrail.Claimant{Name: "Ihor Kolykhayev", Side: "UKR", Role: claimtrail.RoleOfficial},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeControl, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{kherson}, Date: day("2022-03-01", "on March 1"),
				},
				{
					ID: "ua-0003", Sentence: "Ukrainian forces repelled an assault on Mykolaiv.",
					Claimant: claimtrail.Claimant{Name: "Kyiv Independent", Role: claimtrail.RoleAuthor},
					Voice:    claimtrail.VoiceAuthor, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeRepel, Actor: "UKR", Target: "RUS",
					Places: []claimtrail.PlaceRef{mykolaiv}, Date: day("2022-03-02", ""),
				},
				{
					ID: "ua-0002", Sentence: "Shelling of a residential district in Kharkiv killed at least 21 civilians, governor Oleh Syniehubov said.",
					Claimant: claimtrail.Claimant{Name: "Oleh Syniehubov", Side: "UKR", Role: claimtrail.RoleOfficial},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeCivilian, Actor: "RUS", Target: "UKR",
					Places:     []claimtrail.PlaceRef{kharkiv},
					Quantities: []claimtrail.Quantity{{Item: "killed", N: 21, Qual: claimtrail.QualAtLeast, Text: "at least 21 civilians"}},
					Date:       day("2022-03-01", ""),
				},
				{
					ID: "ua-0001", Sentence: "Air raid sirens sounded in Київ (Kyiv) overnight, the 100% Ukraine channel reported.",
					Claimant: claimtrail.Claimant{Name: "100% Ukraine channel", Role: claimtrail.RoleMedia},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeCivilian, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{kyiv}, Date: span("2022-03-01", "2022-03-02", "overnight"),
				},
			},
		},
		{
			Doc: claimtrail.Document{
				ID: "u20220303_tass", Title: "Russian forces take Kherson",
				Outlet: "TASS", Published: "", Lang: "en",
				Body:   "The Russian Defense Ministry said its forces had taken full control of Kherson.",
				Source: "-", Format: "jsonl",
				Hash: claimtrail.ContentHash([]byte("u20220303_tass v1")),
			},
			Claims: []claimtrail.Claim{
				{
					ID: "u-0101", Sentence: "The Russian Defense Ministry said its forces had taken full control of Kherson.",
					Claimant: ruMoD, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeControl, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{kherson}, Date: day("2022-03-02", "on Wednesday"),
				},
				{
					ID: "u-0102", Sentence: "Russian forces encircled Ukrainian units near Mariupol, Igor Konashenkov said.",
					Claimant: claimtrail.Claimant{Name: "Igor Konashenkov", Side: "RUS", Role: claimtrail.RoleMilitary},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeEncircle, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{mariupol}, Date: span("2022-03-02", "2022-03-03", "in the past two days"),
				},
				{
					ID: "u-0103", Sentence: "Russia did not strike residential areas of Kharkiv, the ministry said.",
					Claimant: ruMoD, Voice: claimtrail.VoiceReported, Stance: claimtrail.StanceDenies,
					Type: claimtrail.TypeCivilian, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{with(kharkiv, "Kharkiv")},
				},
				{
					ID: "u-0104", Sentence: "Kremlin spokesman Dmitry Peskov said Moscow was ready for talks in Belarus.",
					Claimant: claimtrail.Claimant{Name: "Dmitry Peskov", Side: "RUS", Role: claimtrail.RoleOfficial},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeStatement, Date: day("2022-03-03", "today"),
				},
				{
					ID: "u-0105", Sentence: "Russian units shelled Mariupol and Kharkiv, the rybar_ru channel wrote.",
					Claimant: claimtrail.Claimant{Name: "rybar_ru channel", Side: "RUS", Role: claimtrail.RoleMedia},
					Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
					Type: claimtrail.TypeAttack, Actor: "RUS", Target: "UKR",
					Places: []claimtrail.PlaceRef{mariupol, kharkiv}, Date: day("2022-03-03", ""),
				},
			},
		},
	}
}

// storedClaims returns what the store must hold for fx: Kind and Doc set,
// empty IDs replaced by doc + ":" + position, nil slices made empty.
func storedClaims(fx fixtureDoc) []claimtrail.Claim {
	out := make([]claimtrail.Claim, len(fx.Claims))
	for i, c := range fx.Claims {
		c.Kind = "claim"
		c.Doc = fx.Doc.ID
		if c.ID == "" {
			c.ID = fmt.Sprintf("%s:%d", fx.Doc.ID, i)
		}
		out[i] = normalizeClaim(c)
	}
	return out
}

// allStored is storedClaims of every fixture, in document order then
// position: the order Claims returns without After or Limit.
func allStored(fxs []fixtureDoc) []claimtrail.Claim {
	var out []claimtrail.Claim
	for _, fx := range sortedFixtures(fxs) {
		out = append(out, storedClaims(fx)...)
	}
	return out
}

// normalizeClaim makes equal claims compare equal whatever nil-versus-empty
// choice a store makes for slices.
func normalizeClaim(c claimtrail.Claim) claimtrail.Claim {
	c.Kind = "claim"
	if c.Places == nil {
		c.Places = []claimtrail.PlaceRef{}
	}
	if c.Quantities == nil {
		c.Quantities = []claimtrail.Quantity{}
	}
	return c
}

func normalizeDoc(d claimtrail.Document) claimtrail.Document {
	d.Kind = "doc"
	if len(d.Removed) == 0 {
		d.Removed = nil
	}
	return d
}
