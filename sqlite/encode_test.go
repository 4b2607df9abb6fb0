package sqlite

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestAppendJSON checks the hand-written encoders against encoding/json:
// the same bytes for the same values, and NaN refused as json.Marshal
// refuses it.
func TestAppendJSON(t *testing.T) {
	for _, tc := range []struct {
		name   string
		places []claimtrail.PlaceRef
		qs     []claimtrail.Quantity
	}{
		{name: "empty"},
		{name: "full place", places: []claimtrail.PlaceRef{{Name: "Shusha", Text: "the town", Lat: 39.758, Lon: 46.7485, ID: "geonames:147105"}}},
		{name: "name only", places: []claimtrail.PlaceRef{{Name: "Kyiv"}, {Name: "Київ", Text: "Києві"}}},
		{name: "extreme floats", places: []claimtrail.PlaceRef{{Name: "x", Lat: 1e-7, Lon: -1e21}, {Name: "y", Lat: math.SmallestNonzeroFloat64, Lon: math.MaxFloat64}}},
		{name: "escapes", places: []claimtrail.PlaceRef{{Name: "a\"b\\c\n\t\r\x00\x1f", Text: "<&>\u2028\u2029", ID: "bad \xff utf8 \xe2\x82"}}},
		{name: "quantities", qs: []claimtrail.Quantity{{Item: "killed", N: 40, Qual: "about"}, {Item: "tanks", N: 3, Max: 5, Qual: "range", Text: "three to five tanks"}, {Item: "x", N: -1 << 63, Max: 1<<63 - 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPlaces(t, tc.places)
			checkQuantities(t, tc.qs)
		})
	}
	if _, err := appendPlaces(nil, []claimtrail.PlaceRef{{Name: "x", Lat: math.NaN()}}); err == nil {
		t.Error("appendPlaces encoded NaN")
	}
	if _, err := appendPlaces(nil, []claimtrail.PlaceRef{{Name: "x", Lon: math.Inf(1)}}); err == nil {
		t.Error("appendPlaces encoded +Inf")
	}
}

func checkPlaces(t *testing.T, places []claimtrail.PlaceRef) {
	t.Helper()
	got, err := appendPlaces(nil, places)
	if err != nil {
		t.Fatalf("appendPlaces: %v", err)
	}
	want := "[]"
	if len(places) > 0 {
		b, err := json.Marshal(places)
		if err != nil {
			t.Fatal(err)
		}
		want = string(b)
	}
	sameJSON(t, got, want, &[]claimtrail.PlaceRef{})
}

func checkQuantities(t *testing.T, qs []claimtrail.Quantity) {
	t.Helper()
	got := appendQuantities(nil, qs)
	want := "[]"
	if len(qs) > 0 {
		b, err := json.Marshal(qs)
		if err != nil {
			t.Fatal(err)
		}
		want = string(b)
	}
	sameJSON(t, got, want, &[]claimtrail.Quantity{})
}

// sameJSON requires got to decode as want does. Bytes may differ only
// where encoding/json escapes HTML characters, which the store does not.
func sameJSON(t *testing.T, got []byte, want string, v any) {
	t.Helper()
	if !json.Valid(got) {
		t.Fatalf("invalid JSON %s", got)
	}
	w := reflect.New(reflect.TypeOf(v).Elem()).Interface()
	if err := json.Unmarshal([]byte(want), w); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, v); err != nil {
		t.Fatalf("decode %s: %v", got, err)
	}
	if !reflect.DeepEqual(v, w) {
		t.Errorf("%s decodes to %+v, encoding/json's %s to %+v", got, v, want, w)
	}
}

// FuzzAppendJSON: any place and quantity reads back as encoding/json
// would read its own encoding of them.
func FuzzAppendJSON(f *testing.F) {
	f.Add("Shusha", "the town", 39.758, 46.7485, "geonames:1", "killed", int64(40), int64(0), "about")
	f.Add("a\"\\\n\x00", "\xff\xfe", -0.0, 1e300, "", "", int64(-1), int64(1), "\u2028")
	f.Fuzz(func(t *testing.T, name, text string, lat, lon float64, id, item string, n, max int64, qual string) {
		places := []claimtrail.PlaceRef{{Name: name, Text: text, Lat: lat, Lon: lon, ID: id}}
		if math.IsNaN(lat) || math.IsInf(lat, 0) || math.IsNaN(lon) || math.IsInf(lon, 0) {
			if _, err := appendPlaces(nil, places); err == nil {
				t.Errorf("appendPlaces(%v, %v) did not fail", lat, lon)
			}
		} else {
			checkPlaces(t, places)
		}
		checkQuantities(t, []claimtrail.Quantity{{Item: item, N: n, Max: max, Qual: qual, Text: text}})
	})
}
