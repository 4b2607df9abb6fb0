package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/profile"
)

// geonamesRow builds a line of the GeoNames dump.
func geonamesRow(id, name, alts, lat, lon, fcode, cc, admin1, pop string) string {
	f := make([]string, 19)
	f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[10], f[14] = id, name, name, alts, lat, lon, "P", fcode, cc, admin1, pop
	return strings.Join(f, "\t")
}

func writeFixture(t *testing.T) (dump, dir string) {
	t.Helper()
	root := t.TempDir()
	dump = filepath.Join(root, "cities500.txt")
	rows := []string{
		geonamesRow("1", "Martuni", "Martuni,Мартуни", "40.13892", "45.30548", "PPL", "AM", "04", "11037"),
		geonamesRow("2", "Novyy Karanlug", "Martuni,Xocavənd,ku ba te lei,قوبادلی,KRN", "39.79496", "47.1117", "PPLA", "AZ", "65", "5079"),
		geonamesRow("3", "Bigtown", "Oldname,Sovetskoye", "48.0", "38.0", "PPLA", "AZ", "10", "200000"),
		geonamesRow("4", "Oldname", "Sovetskoye", "48.1", "38.1", "PPL", "AZ", "10", "100"),
		geonamesRow("5", "Third", "Sovetskoye", "48.2", "38.2", "PPL", "AZ", "10", "900"),
		geonamesRow("6", "Faraway", "", "10.0", "10.0", "PPL", "FR", "01", "50000"),
		geonamesRow("7", "Twin", "", "40.2", "45.2", "PPL", "AM", "04", "700"),
		geonamesRow("8", "Twin", "", "40.3", "45.3", "PPL", "AM", "04", "800"),
	}
	if err := os.WriteFile(dump, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir = filepath.Join(root, "war")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := `{"select": [{"countries": ["AZ", "AM"]}],
	 "theatre": [[39.0, 46.0, 40.5, 47.5]],
	 "scripts": ["Latin", "Cyrillic", "Armenian"],
	 "admin1": {"AM.04": "Gegharkunik Province"},
	 "admin1_seat": {"AZ": "{seat} District"},
	 "regions": [{"admin1": "AZ.10", "name": "Ten Region", "aliases": ["Region Ten"]}]}`
	hand := profile.PlacesHeader + "\n" +
		"geonames:2\tMartuni\t39.7914\t47.1156\t\t\tKhojavend\t\tWikipedia: Martuni\n" +
		"hand:hill\tHill 5\t39.5\t46.5\theight\t\tHeight Five\t\tmap\n" +
		"hand:twin\tTwin\t39.6\t46.6\tvillage\t\t\t\tmap\n"
	if err := os.WriteFile(filepath.Join(dir, "gazetteer.json"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "places-hand.tsv"), []byte(hand), 0o644); err != nil {
		t.Fatal(err)
	}
	return dump, dir
}

func TestBuild(t *testing.T) {
	dump, dir := writeFixture(t)
	var stderr bytes.Buffer
	if err := run([]string{"-geonames", dump, dir}, &bytes.Buffer{}, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	first, err := os.ReadFile(filepath.Join(dir, "places.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-geonames", dump, dir}, &bytes.Buffer{}, &stderr); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(filepath.Join(dir, "places.tsv"))
	if !bytes.Equal(first, second) {
		t.Error("two runs wrote different files")
	}
	places, _, err := profile.ReadPlaces(bytes.NewReader(first), "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g, err := profile.NewGazetteer(places)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, wantID, wantName string }{
		{"Martuni", "geonames:2", "Martuni"},                                               // the hand row's word is final
		{"Khojavend", "geonames:2", "Martuni"},                                             // hand alias
		{"Novyy Karanlug", "geonames:2", "Martuni"},                                        // the old GeoNames name stays an alias
		{"Martuni (Gegharkunik Province)", "geonames:1", "Martuni (Gegharkunik Province)"}, // the loser is told apart
		{"Oldname", "geonames:3", "Bigtown"},                                               // ten times larger beats owning the name
		{"Ten Region", "admin1:AZ.10", "Ten Region"},
		{"Hill 5", "hand:hill", "Hill 5"},
		{"Twin", "hand:twin", "Twin"},
		// Two losers in one division are told apart by id, not by
		// stacking the division's name twice.
		{"Twin (geonames:7)", "geonames:7", "Twin (geonames:7)"},
		{"Twin (geonames:8)", "geonames:8", "Twin (geonames:8)"},
	}
	for _, tt := range tests {
		p := g.Lookup(tt.name)
		if p == nil || p.ID != tt.wantID || p.Name != tt.wantName {
			t.Errorf("Lookup(%q) = %+v, want %s %s", tt.name, p, tt.wantID, tt.wantName)
		}
	}
	for _, gone := range []string{"Sovetskoye", "ku ba te lei", "KRN", "قوبادلی", "Faraway"} {
		if p := g.Lookup(gone); p != nil {
			t.Errorf("Lookup(%q) = %s, want nil", gone, p.Name)
		}
	}
	if p := g.Lookup("Martuni"); p.Lat != 39.7914 || !strings.Contains(p.Source, "Wikipedia: Martuni") || !strings.Contains(p.Source, "GeoNames") {
		t.Errorf("hand correction not applied: %+v", p)
	}
	if p := g.Lookup("Bigtown"); p.Admin != "Ten Region" || p.Kind != "city" {
		t.Errorf("Bigtown admin/kind = %q/%q", p.Admin, p.Kind)
	}
	if p := g.Lookup("Ten Region"); p.Lat != 48.1 || p.Lon != 38.1 {
		t.Errorf("region centroid = %v,%v, want 48.1,38.1", p.Lat, p.Lon)
	}
}

func TestHandErrors(t *testing.T) {
	dump, dir := writeFixture(t)
	bad := profile.PlacesHeader + "\nhand:x\tX\t\t\t\t\t\t\tsrc\n"
	if err := os.WriteFile(filepath.Join(dir, "places-hand.tsv"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"-geonames", dump, dir}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "places-hand.tsv:2") {
		t.Errorf("err = %v, want one naming places-hand.tsv:2", err)
	}
	if err := run(nil, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("run without arguments succeeded")
	}
}
