package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail/profile"
)

// config is gazetteer.json.
type config struct {
	// Select lists the GeoNames rows to keep: a row is kept when any rule
	// takes it.
	Select []rule `json:"select"`
	// Theatre lists boxes [south, west, north, east] of the war's theatre.
	// When two places share a name, one inside the theatre keeps it.
	Theatre [][4]float64 `json:"theatre"`
	// Scripts are the Unicode scripts alternate names may be written in.
	Scripts []string `json:"scripts"`
	// Admin1 names first-level divisions ("UA.07": "Kharkiv Oblast").
	Admin1 map[string]string `json:"admin1"`
	// Admin1Seat names the divisions of a country after their seat, the
	// PPLA place: {"AZ": "{seat} District"}.
	Admin1Seat map[string]string `json:"admin1_seat"`
	// Regions become places of kind "region" at the centroid of their
	// selected places.
	Regions []region `json:"regions"`
	// Drop lists GeoNames ids to leave out.
	Drop []string `json:"drop"`
	// MaxShared drops an alias (not a canonical name) that this many or more
	// places share: it is a generic old name ("Sovetskoye") rather than a
	// name of one place. 0 means 3.
	MaxShared int `json:"max_shared"`
}

type rule struct {
	Countries     []string   `json:"countries"`
	BBox          [4]float64 `json:"bbox"` // south, west, north, east; all zero: anywhere
	MinPopulation int        `json:"min_population"`
	Note          string     `json:"note"`
}

type region struct {
	Admin1  string   `json:"admin1"` // "UA.07"
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

func readConfig(dir string) (*config, error) {
	b, err := os.ReadFile(filepath.Join(dir, "gazetteer.json"))
	if err != nil {
		return nil, err
	}
	var c config
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s/gazetteer.json: %w", dir, err)
	}
	if c.MaxShared == 0 {
		c.MaxShared = 3
	}
	for _, s := range c.Scripts {
		if unicode.Scripts[s] == nil {
			return nil, fmt.Errorf("%s/gazetteer.json: unknown script %q", dir, s)
		}
	}
	return &c, nil
}

// handRow is a row of places-hand.tsv with its line.
type handRow struct {
	profile.Place
	line int
}

func readHand(dir string) ([]handRow, error) {
	name := filepath.Join(dir, "places-hand.tsv")
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Hand rows may leave lat and lon empty when they correct a GeoNames
	// entry; ReadPlaces wants numbers, so parse here.
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var rows []handRow
	line, header := 0, false
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		if !header {
			if s != profile.PlacesHeader {
				return nil, fmt.Errorf("%s:%d: header must be %q", name, line, profile.PlacesHeader)
			}
			header = true
			continue
		}
		c := strings.Split(s, "\t")
		if len(c) != 9 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 9", name, line, len(c))
		}
		r := handRow{line: line}
		r.ID, r.Name, r.Kind, r.Admin, r.Source = c[0], c[1], c[4], c[5], c[8]
		r.Aliases, r.Ends = split(c[6]), split(c[7])
		r.Lat, r.Lon = math.NaN(), math.NaN()
		if c[2] != "" || c[3] != "" {
			if r.Lat, err = strconv.ParseFloat(c[2], 64); err != nil {
				return nil, fmt.Errorf("%s:%d: lat %q", name, line, c[2])
			}
			if r.Lon, err = strconv.ParseFloat(c[3], 64); err != nil {
				return nil, fmt.Errorf("%s:%d: lon %q", name, line, c[3])
			}
		}
		if r.Source == "" {
			return nil, fmt.Errorf("%s:%d: %s has no source", name, line, r.ID)
		}
		switch {
		case strings.HasPrefix(r.ID, "hand:"):
			if r.Name == "" || math.IsNaN(r.Lat) || r.Kind == "" {
				return nil, fmt.Errorf("%s:%d: a new place needs a name, coordinates and a kind", name, line)
			}
		case strings.HasPrefix(r.ID, "geonames:"):
		default:
			return nil, fmt.Errorf("%s:%d: id %q must start with hand: or geonames:", name, line, r.ID)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

func split(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// geo is a GeoNames row.
type geo struct {
	id       int
	name     string
	ascii    string
	alts     []string
	lat, lon string
	fcode    string
	country  string
	admin1   string
	pop      int
}

// readGeoNames reads the rows of the dump that a rule selects or a hand row
// names. The dump's columns are those of GeoNames' "geoname" table.
func readGeoNames(r io.Reader, c *config, hand []handRow) ([]geo, error) {
	wanted := map[int]bool{}
	for _, h := range hand {
		if id, ok := strings.CutPrefix(h.ID, "geonames:"); ok {
			n, err := strconv.Atoi(id)
			if err != nil {
				return nil, fmt.Errorf("places-hand.tsv:%d: bad id %q", h.line, h.ID)
			}
			wanted[n] = true
		}
	}
	drop := map[int]bool{}
	for _, d := range c.Drop {
		n, err := strconv.Atoi(strings.TrimPrefix(d, "geonames:"))
		if err != nil {
			return nil, fmt.Errorf("gazetteer.json: drop %q", d)
		}
		drop[n] = true
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	var out []geo
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("geonames:%d: %d columns, want 19", line, len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("geonames:%d: id %q", line, f[0])
		}
		pop, _ := strconv.Atoi(f[14])
		g := geo{id: id, name: f[1], ascii: f[2], lat: f[4], lon: f[5], fcode: f[7],
			country: f[8], admin1: f[10], pop: pop}
		if f[3] != "" {
			g.alts = strings.Split(f[3], ",")
		}
		if drop[id] || !(wanted[id] || selected(c, &g)) {
			continue
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

func selected(c *config, g *geo) bool {
	lat, _ := strconv.ParseFloat(g.lat, 64)
	lon, _ := strconv.ParseFloat(g.lon, 64)
	for _, r := range c.Select {
		if len(r.Countries) > 0 && !contains(r.Countries, g.country) {
			continue
		}
		if r.BBox != [4]float64{} && !inBox(r.BBox, lat, lon) {
			continue
		}
		if g.pop < r.MinPopulation {
			continue
		}
		return true
	}
	return false
}

func inBox(b [4]float64, lat, lon float64) bool {
	return lat >= b[0] && lat <= b[2] && lon >= b[1] && lon <= b[3]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// entry is a place being built, with what the tie-breaks need.
type entry struct {
	profile.Place
	pop      int
	theatre  bool
	hand     bool            // a hand row made or corrected it
	stated   map[string]bool // keys of names a hand row gave it
	order    int
	fromGeo  bool
	country  string
	admin1   string
	isRegion bool
}

type report struct {
	geonames, regions, hand           int
	droppedShared, tieBroken, renamed int
}

func (r report) String() string {
	return fmt.Sprintf("%d shared aliases dropped, %d aliases lost a tie-break, %d places renamed to be told apart",
		r.droppedShared, r.tieBroken, r.renamed)
}

const geonamesSource = "GeoNames cities500 (CC BY 4.0)"

func build(c *config, rows []geo, hand []handRow) ([]profile.Place, report, error) {
	var rep report
	// Admin names.
	admin := map[string]string{}
	for k, v := range c.Admin1 {
		admin[k] = v
	}
	for _, r := range c.Regions {
		admin[r.Admin1] = r.Name
	}
	handByID := map[string]*handRow{}
	for i := range hand {
		if _, dup := handByID[hand[i].ID]; dup {
			return nil, rep, fmt.Errorf("places-hand.tsv:%d: %s is listed twice", hand[i].line, hand[i].ID)
		}
		handByID[hand[i].ID] = &hand[i]
	}
	// Seats name their division; the seat's name is its corrected one.
	for _, g := range rows {
		tmpl, ok := c.Admin1Seat[g.country]
		if !ok || g.fcode != "PPLA" {
			continue
		}
		name := g.name
		if h := handByID[fmt.Sprintf("geonames:%d", g.id)]; h != nil && h.Name != "" {
			name = h.Name
		}
		if _, set := admin[g.country+"."+g.admin1]; !set {
			admin[g.country+"."+g.admin1] = strings.ReplaceAll(tmpl, "{seat}", name)
		}
	}

	var es []*entry
	for _, g := range rows {
		e := &entry{fromGeo: true, pop: g.pop, country: g.country, admin1: g.admin1, stated: map[string]bool{}}
		e.ID = fmt.Sprintf("geonames:%d", g.id)
		e.Name = g.name
		e.Lat, _ = strconv.ParseFloat(g.lat, 64)
		e.Lon, _ = strconv.ParseFloat(g.lon, 64)
		e.Kind = kindOf(g)
		e.Admin = admin[g.country+"."+g.admin1]
		e.Source = geonamesSource
		names := append([]string{g.ascii}, g.alts...)
		for _, n := range names {
			if keepAlias(n, c.Scripts) {
				e.Aliases = append(e.Aliases, n)
			}
		}
		es = append(es, e)
		rep.geonames++
	}
	// Regions at the centroid of their places.
	for _, r := range c.Regions {
		var lat, lon float64
		n := 0
		for _, e := range es {
			if e.country+"."+e.admin1 == r.Admin1 {
				lat += e.Lat
				lon += e.Lon
				n++
			}
		}
		if n == 0 {
			return nil, rep, fmt.Errorf("region %s (%s) has no selected places", r.Name, r.Admin1)
		}
		e := &entry{isRegion: true, stated: map[string]bool{}}
		e.ID = "admin1:" + r.Admin1
		e.Name = r.Name
		e.Lat = math.Round(lat/float64(n)*1e4) / 1e4
		e.Lon = math.Round(lon/float64(n)*1e4) / 1e4
		e.Kind = "region"
		e.Aliases = append([]string(nil), r.Aliases...)
		e.Source = geonamesSource + ": centroid of its places; names: gazetteer.json"
		e.stated[profile.Key(r.Name)] = true
		for _, a := range r.Aliases {
			e.stated[profile.Key(a)] = true
		}
		es = append(es, e)
		rep.regions++
	}
	// Hand rows: corrections, then new places.
	byID := map[string]*entry{}
	for _, e := range es {
		byID[e.ID] = e
	}
	for i := range hand {
		h := &hand[i]
		e := byID[h.ID]
		if e == nil {
			if strings.HasPrefix(h.ID, "geonames:") {
				return nil, rep, fmt.Errorf("places-hand.tsv:%d: %s is not in the GeoNames dump", h.line, h.ID)
			}
			e = &entry{stated: map[string]bool{}}
			e.ID, e.Name, e.Lat, e.Lon, e.Kind, e.Admin = h.ID, h.Name, h.Lat, h.Lon, h.Kind, h.Admin
			e.Source = h.Source
			es = append(es, e)
			byID[e.ID] = e
			rep.hand++
		} else {
			if h.Name != "" && h.Name != e.Name {
				e.Aliases = append([]string{e.Name}, e.Aliases...)
				e.Name = h.Name
			}
			if !math.IsNaN(h.Lat) {
				e.Lat, e.Lon = h.Lat, h.Lon
			}
			if h.Kind != "" {
				e.Kind = h.Kind
			}
			if h.Admin != "" {
				e.Admin = h.Admin
			}
			e.Source += "; " + h.Source
		}
		e.hand = true
		e.stated[profile.Key(e.Name)] = true
		for _, a := range h.Aliases {
			if rest, ok := strings.CutPrefix(a, "-"); ok {
				e.Aliases = removeKey(e.Aliases, profile.Key(rest))
				continue
			}
			e.Aliases = append(e.Aliases, a)
			e.stated[profile.Key(a)] = true
		}
		e.Ends = h.Ends
	}
	for i, e := range es {
		e.order = i
		for _, b := range c.Theatre {
			if inBox(b, e.Lat, e.Lon) {
				e.theatre = true
			}
		}
		e.Aliases = dedupe(e.Name, e.Aliases)
	}

	// An alias many places share is an old generic name: drop it unless a
	// hand row gave it.
	holders := map[string][]*entry{}
	for _, e := range es {
		for _, a := range e.Aliases {
			holders[profile.Key(a)] = append(holders[profile.Key(a)], e)
		}
	}
	for k, hs := range holders {
		if len(hs) < c.MaxShared {
			continue
		}
		named := false
		for _, e := range es {
			if profile.Key(e.Name) == k {
				named = true
			}
		}
		if named {
			continue
		}
		for _, e := range hs {
			if !e.stated[k] {
				e.Aliases = removeKey(e.Aliases, k)
				rep.droppedShared++
			}
		}
	}

	// Tie-breaks: each key goes to one place.
	for round := 0; ; round++ {
		if round > 5 {
			return nil, rep, fmt.Errorf("tie-breaks do not settle")
		}
		owners := map[string][]*entry{}
		for _, e := range es {
			seen := map[string]bool{}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				k := profile.Key(n)
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				owners[k] = append(owners[k], e)
			}
		}
		keys := make([]string, 0, len(owners))
		for k, hs := range owners {
			if len(hs) > 1 {
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			break
		}
		sort.Strings(keys)
		for _, k := range keys {
			hs := owners[k]
			sort.SliceStable(hs, func(i, j int) bool { return better(hs[i], hs[j], k) })
			if hs[0].stated[k] && hs[1].stated[k] {
				return nil, rep, fmt.Errorf("hand entries %s and %s both claim the name %q", hs[0].ID, hs[1].ID, k)
			}
			// Losers that lose their own name are told apart by their
			// admin division; where two losers share one (Ukraine has
			// several Vasylivkas in Odesa Oblast), or the qualified name
			// is already taken, by their id. Qualifying them one at a
			// time would stack qualifiers round after round:
			// "Vasylivka (Odesa Oblast) (Odesa Oblast)".
			byAdmin := map[string]int{}
			for _, e := range hs[1:] {
				if profile.Key(e.Name) == k {
					byAdmin[e.Admin]++
				}
			}
			for _, e := range hs[1:] {
				if profile.Key(e.Name) == k {
					old := e.Name
					q := e.Admin
					if _, taken := owners[profile.Key(old+" "+q)]; q == "" || taken || byAdmin[q] > 1 || profile.Key(old+" "+q) == k {
						q = e.ID
					}
					e.Name = old + " (" + q + ")"
					rep.renamed++
				}
				e.Aliases = removeKey(e.Aliases, k)
				rep.tieBroken++
			}
		}
	}

	out := make([]profile.Place, len(es))
	for i, e := range es {
		out[i] = e.Place
	}
	// The result must load.
	if _, err := profile.NewGazetteer(out); err != nil {
		return nil, rep, err
	}
	return out, rep, nil
}

// better orders the holders of a shared key: the first keeps it. A hand
// row's word is final; then a place ten times larger than the other; then a
// place whose own name it is; then a place in the theatre; then the larger
// place; then the one listed first.
func better(a, b *entry, k string) bool {
	if a.stated[k] != b.stated[k] {
		return a.stated[k]
	}
	// A name shared by a city and a village means the city in the news:
	// ten times the population outweighs owning the name.
	if a.pop >= 10*b.pop && a.pop > 0 {
		return true
	}
	if b.pop >= 10*a.pop && b.pop > 0 {
		return false
	}
	an, bn := profile.Key(a.Name) == k, profile.Key(b.Name) == k
	if an != bn {
		return an
	}
	if a.theatre != b.theatre {
		return a.theatre
	}
	if a.isRegion != b.isRegion {
		return !a.isRegion
	}
	if a.pop != b.pop {
		return a.pop > b.pop
	}
	return a.order < b.order
}

func kindOf(g geo) string {
	switch {
	case g.fcode == "PPLC" || g.pop >= 100000:
		return "city"
	case g.pop >= 10000 || g.fcode == "PPLA" || g.fcode == "PPLA2":
		return "town"
	}
	return "village"
}

// keepAlias filters GeoNames alternate names: written in the profile's
// scripts, capitalized (GeoNames lists romanizations of Chinese and Arabic
// spellings in lower case, "ku ba te lei"), without digits, and not a code.
func keepAlias(n string, scripts []string) bool {
	n = strings.TrimSpace(n)
	if n == "" || len(profile.Key(n)) < 3 || len(n) > 60 {
		return false
	}
	letters, upper := 0, 0
	first := true
	for _, r := range n {
		if unicode.IsDigit(r) {
			return false
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if first && unicode.IsLower(r) {
			return false
		}
		first = false
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
		ok := false
		for _, s := range scripts {
			if unicode.Is(unicode.Scripts[s], r) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if letters <= 4 && upper == letters {
		return false // IATA and other codes
	}
	return true
}

// dedupe keeps one alias per Key, the one with most word boundaries (so
// that "Karin Tak" serves "Karintak" too), and none with the name's Key.
func dedupe(name string, aliases []string) []string {
	nk := profile.Key(name)
	best := map[string]string{}
	var order []string
	for _, a := range aliases {
		k := profile.Key(a)
		if k == "" {
			continue
		}
		prev, ok := best[k]
		if !ok {
			order = append(order, k)
			best[k] = a
			continue
		}
		if bounds(a) > bounds(prev) {
			best[k] = a
		}
	}
	var out []string
	for _, k := range order {
		if k == nk && bounds(best[k]) <= bounds(name) {
			continue
		}
		out = append(out, best[k])
	}
	return out
}

func bounds(s string) int { return strings.Count(s, " ") + strings.Count(s, "-") }

func removeKey(list []string, k string) []string {
	out := list[:0]
	for _, a := range list {
		if profile.Key(a) != k {
			out = append(out, a)
		}
	}
	return out
}

func writeOut(dst string, places []profile.Place, stdout io.Writer) error {
	if dst == "-" {
		return profile.WritePlaces(stdout, places)
	}
	tmp := dst + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := profile.WritePlaces(f, places); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, dst)
}
