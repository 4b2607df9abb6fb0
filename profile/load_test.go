package profile

import (
	"strings"
	"testing"
	"testing/fstest"
)

const goodProfile = `{
  "name": "test-war",
  "title": "Test war",
  "start": "2020-01-01",
  "end": "",
  "sides": [
    {"code": "AAA", "name": "A", "terms": ["Aland", "Alandic"]},
    {"code": "BBB", "name": "B", "terms": ["Bland"]}
  ],
  "actors": [
    {"name": "Alan Smithee", "aliases": ["Smithee"], "side": "AAA", "role": "official", "kind": "person"}
  ],
  "outlets": [
    {"name": "Daily Test", "aliases": [], "domains": ["dailytest.example"], "country": "", "side": "", "owner": "Test Media"}
  ],
  "weapons": [
    {"item": "tank", "names": ["T-72"]}
  ]
}
`

const goodPlaces = "id\tname\tlat\tlon\tkind\tadmin\taliases\tends\tsource\n" +
	"hand:a\tAlpha\t40\t45\ttown\t\tAlfa|Alpha Town\t\ttest\n" +
	"hand:b\tBeta\t41\t46\ttown\t\t\t\ttest\n" +
	"hand:ab\tAlpha-Beta road\t40.5\t45.5\troad\t\t\tAlpha|Beta\ttest\n"

func load(profileJSON, places string) (*Profile, error) {
	return Load(fstest.MapFS{
		ProfileFile: {Data: []byte(profileJSON)},
		PlacesFile:  {Data: []byte(places)},
	})
}

func TestLoadGood(t *testing.T) {
	p, err := load(goodProfile, goodPlaces)
	if err != nil {
		t.Fatal(err)
	}
	if p.Places.Len() != 3 || p.Places.Lookup("alfa").Name != "Alpha" {
		t.Errorf("places not loaded: %d", p.Places.Len())
	}
	if ms := p.FindSides("pro-Alandic and anti-Bland voices"); len(ms) != 1 || ms[0].Side != "AAA" || ms[0].Term != "pro-Alandic" {
		t.Errorf("FindSides = %+v", ms)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name            string
		profile, places string
		want            string // substring of the error
	}{
		{"syntax error has a line", strings.Replace(goodProfile, `"title": "Test war",`, `"title": "Test war"`, 1), goodPlaces, "profile.json:4"},
		{"unknown field", strings.Replace(goodProfile, `"title"`, `"titel"`, 1), goodPlaces, `unknown field "titel"`},
		{"bad start", strings.Replace(goodProfile, `"2020-01-01"`, `"01/01/2020"`, 1), goodPlaces, "start"},
		{"end before start", strings.Replace(goodProfile, `"end": ""`, `"end": "2019-01-01"`, 1), goodPlaces, "before start"},
		{"duplicate side", strings.Replace(goodProfile, `"code": "BBB"`, `"code": "AAA"`, 1), goodPlaces, "profile.json:8: side \"AAA\" is defined twice"},
		{"lower-case side", strings.Replace(goodProfile, `"code": "BBB"`, `"code": "bbb"`, 1), goodPlaces, "upper-case"},
		{"term of two sides", strings.Replace(goodProfile, `["Bland"]`, `["Bland", "Aland"]`, 1), goodPlaces, `term "Aland" of side BBB is also a term of side AAA`},
		{"actor of unknown side", strings.Replace(goodProfile, `"side": "AAA", "role"`, `"side": "CCC", "role"`, 1), goodPlaces, "profile.json:11: actor \"Alan Smithee\" has side \"CCC\""},
		{"actor role", strings.Replace(goodProfile, `"role": "official"`, `"role": "boss"`, 1), goodPlaces, "role \"boss\""},
		{"weapon item", strings.Replace(goodProfile, `"item": "tank"`, `"item": "tanks"`, 1), goodPlaces, "profile.json:17: weapon item \"tanks\""},
		{"domain with scheme", strings.Replace(goodProfile, `"dailytest.example"`, `"https://dailytest.example"`, 1), goodPlaces, "domain"},
		{"bad header", goodProfile, strings.Replace(goodPlaces, "aliases", "alias", 1), "places.tsv:1: header"},
		{"columns", goodProfile, goodPlaces + "hand:c\tGamma\t1\t2\n", "places.tsv:5: 4 columns"},
		{"latitude range", goodProfile, strings.Replace(goodPlaces, "\t41\t46\t", "\t91\t46\t", 1), "places.tsv:3: place \"Beta\" has coordinates out of range"},
		{"not a number", goodProfile, strings.Replace(goodPlaces, "\t41\t46\t", "\tnorth\t46\t", 1), "places.tsv:3: lat"},
		{"alias of two places", goodProfile, strings.Replace(goodPlaces, "test\nhand:b\tBeta\t41\t46\ttown\t\t\t", "test\nhand:b\tBeta\t41\t46\ttown\t\tAlfa\t", 1),
			"places.tsv:3: name \"Alfa\" of \"Beta\" is also a name of \"Alpha\" (places.tsv:2)"},
		{"alias differing only in spelling", goodProfile, strings.Replace(goodPlaces, "\t41\t46\ttown\t\t\t", "\t41\t46\ttown\t\tALPHA-TOWN\t", 1), "is also a name of \"Alpha\""},
		{"duplicate id", goodProfile, goodPlaces + "hand:a\tGamma\t1\t2\ttown\t\t\t\ttest\n", "duplicate place id"},
		{"road end missing", goodProfile, strings.Replace(goodPlaces, "Alpha|Beta", "Alpha|Gamma", 1), "ends at \"Gamma\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(tt.profile, tt.places)
			if err == nil {
				t.Fatalf("Load succeeded, want an error with %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load(fstest.MapFS{ProfileFile: {Data: []byte(goodProfile)}}); err == nil {
		t.Error("Load without places.tsv succeeded")
	}
	if _, err := LoadDir(t.TempDir()); err == nil {
		t.Error("LoadDir of an empty folder succeeded")
	}
}

func TestLoadDirShipped(t *testing.T) {
	for _, name := range []string{"karabakh-2020", "ukraine-2022"} {
		p, err := LoadDir("../profiles/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != name {
			t.Errorf("profile in %s is named %s", name, p.Name)
		}
	}
}
