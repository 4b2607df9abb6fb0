package profile

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Gazetteer holds the places of a profile and finds them by name or in
// running text. It is read-only after it is built and safe for concurrent
// use.
type Gazetteer struct {
	places []*Place
	byKey  map[string]*Place // Key of every name and alias
	byID   map[string]*Place
	m      *matcher // names usable in running text
}

// PlacesHeader is the first line of a places.tsv file.
const PlacesHeader = "id\tname\tlat\tlon\tkind\tadmin\taliases\tends\tsource"

// NewGazetteer builds a gazetteer from places. It fails when two places
// share an id, when a name or alias of one place has the same Key as a name
// or alias of another, when coordinates are out of range, or when a road
// names an end place the gazetteer does not hold.
func NewGazetteer(places []Place) (*Gazetteer, error) {
	return newGazetteer(places, nil, "")
}

// newGazetteer is NewGazetteer with the file and line of each place for
// error messages.
func newGazetteer(places []Place, lines []int, file string) (*Gazetteer, error) {
	where := func(i int) string {
		if lines != nil {
			return fmt.Sprintf("%s:%d", file, lines[i])
		}
		return fmt.Sprintf("place %d", i+1)
	}
	g := &Gazetteer{
		places: make([]*Place, len(places)),
		byKey:  make(map[string]*Place, len(places)*4),
		byID:   make(map[string]*Place, len(places)),
		m:      newMatcher(),
	}
	owner := map[string]int{} // key -> index of the place holding it
	var scratch tokens
	for i := range places {
		p := &places[i]
		g.places[i] = p
		if p.Name == "" || Key(p.Name) == "" {
			return nil, fmt.Errorf("%s: place %q has no name", where(i), p.ID)
		}
		if p.ID == "" {
			return nil, fmt.Errorf("%s: place %q has no id", where(i), p.Name)
		}
		if _, dup := g.byID[p.ID]; dup {
			return nil, fmt.Errorf("%s: duplicate place id %q", where(i), p.ID)
		}
		g.byID[p.ID] = p
		if math.IsNaN(p.Lat) || p.Lat < -90 || p.Lat > 90 || math.IsNaN(p.Lon) || p.Lon < -180 || p.Lon > 180 {
			return nil, fmt.Errorf("%s: place %q has coordinates out of range (%v, %v)", where(i), p.Name, p.Lat, p.Lon)
		}
		for _, name := range p.names() {
			k, bounds := scratchKey(&scratch, name)
			if k == "" {
				continue
			}
			if j, ok := owner[k]; ok && j != i {
				return nil, fmt.Errorf("%s: name %q of %q is also a name of %q (%s); an alias must name one place (see profiles/README.md, tie-breaks)",
					where(i), name, p.Name, places[j].Name, where(j))
			}
			owner[k] = i
			g.byKey[k] = p
			if len(k) >= 3 && !isStopWord(k) {
				// a name needs a capital in the text unless the gazetteer
				// writes it without one: "al-Bab", "ar-Raqqa"
				g.m.addKey(name, k, bounds, int32(i), startsUpper(name))
			}
		}
	}
	for i, p := range g.places {
		for _, e := range p.Ends {
			if g.Lookup(e) == nil {
				return nil, fmt.Errorf("%s: %q ends at %q, which is not in the gazetteer", where(i), p.Name, e)
			}
		}
	}
	return g, nil
}

// names returns the canonical name and the aliases.
func (p *Place) names() []string {
	out := make([]string, 0, 1+len(p.Aliases))
	out = append(out, p.Name)
	return append(out, p.Aliases...)
}

// scratchKey is keyTokens reusing t's buffers. A place name is looked for
// in running text only when its key has three letters or more (shorter ones
// are abbreviations of something else) and is not a stop word.
func scratchKey(t *tokens, name string) (string, []int) {
	tokenize(name, t)
	var bounds []int
	for k := 1; k < len(t.toks); k++ {
		bounds = append(bounds, t.toks[k].nb)
	}
	return string(t.buf), bounds
}

// ReadPlaces parses a places.tsv stream (see profiles/README.md). file names
// the stream in errors.
func ReadPlaces(r io.Reader, file string) ([]Place, []int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	var places []Place
	var lines []int
	line := 0
	header := false
	for sc.Scan() {
		line++
		b := sc.Bytes()
		b = bytes.TrimSuffix(b, []byte{'\r'})
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		if !header {
			if string(b) != PlacesHeader {
				return nil, nil, fmt.Errorf("%s:%d: header must be %q", file, line, PlacesHeader)
			}
			header = true
			continue
		}
		f := strings.Split(string(b), "\t")
		if len(f) != 9 {
			return nil, nil, fmt.Errorf("%s:%d: %d columns, want 9 (%s)", file, line, len(f), PlacesHeader)
		}
		lat, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: lat %q: not a number", file, line, f[2])
		}
		lon, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: lon %q: not a number", file, line, f[3])
		}
		places = append(places, Place{
			ID: f[0], Name: f[1], Lat: lat, Lon: lon, Kind: f[4], Admin: f[5],
			Aliases: splitList(f[6]), Ends: splitList(f[7]), Source: f[8],
		})
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	if !header {
		return nil, nil, fmt.Errorf("%s: empty file, want the header %q", file, PlacesHeader)
	}
	return places, lines, nil
}

// WritePlaces writes places in the places.tsv format.
func WritePlaces(w io.Writer, places []Place) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, PlacesHeader)
	for _, p := range places {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.Name,
			strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64),
			p.Kind, p.Admin, strings.Join(p.Aliases, "|"), strings.Join(p.Ends, "|"), p.Source)
	}
	return bw.Flush()
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// Lookup returns the place a name names, or nil. The name is compared by
// Key: case, diacritics, apostrophes, hyphens and spaces do not matter, so
// "Shushi", "Şuşa" and "SHUSHA" all find Shusha. A leading "the" is ignored,
// and an id ("geonames:147105") finds its place too.
func (g *Gazetteer) Lookup(name string) *Place {
	if g == nil {
		return nil
	}
	if p := g.byKey[Key(name)]; p != nil {
		return p
	}
	if p := g.byID[name]; p != nil {
		return p
	}
	if rest, ok := cutPrefixFold(strings.TrimSpace(name), "the "); ok {
		return g.byKey[Key(rest)]
	}
	return nil
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// ByID returns the place with the id, or nil.
func (g *Gazetteer) ByID(id string) *Place {
	if g == nil {
		return nil
	}
	return g.byID[id]
}

// Find returns the mentions of places in running text: whole words, each
// starting with a capital letter, leftmost-longest ("Lachin corridor" over
// "Lachin"), not overlapping, sorted by Start. Names that are also common
// English words or first names are not looked for.
func (g *Gazetteer) Find(text string) []PlaceMatch {
	if g == nil {
		return nil
	}
	return g.placeMatches(g.m.find(text))
}

func (g *Gazetteer) placeMatches(ms []match) []PlaceMatch {
	if len(ms) == 0 {
		return nil
	}
	out := make([]PlaceMatch, len(ms))
	for i, m := range ms {
		out[i] = PlaceMatch{Start: m.start, End: m.end, Place: g.places[m.pat.target]}
	}
	return out
}

// All returns the places in file order. The slice is shared: do not modify.
func (g *Gazetteer) All() []*Place {
	if g == nil {
		return nil
	}
	return g.places
}

// Len returns the number of places.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.places)
}

// Near returns the places within km kilometres of a point, nearest first.
func (g *Gazetteer) Near(lat, lon, km float64) []*Place {
	if g == nil {
		return nil
	}
	type pd struct {
		p *Place
		d float64
	}
	var found []pd
	for _, p := range g.places {
		if d := Distance(lat, lon, p.Lat, p.Lon); d <= km {
			found = append(found, pd{p, d})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].d < found[j].d })
	out := make([]*Place, len(found))
	for i, f := range found {
		out[i] = f.p
	}
	return out
}

// Distance returns the great-circle distance between two points in km.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
