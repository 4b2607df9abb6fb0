package extract

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

var qualifierHeads = set("region", "district", "oblast", "province", "raion", "rayon", "road", "highway", "route", "municipality", "county")

func placeIsArea(p *profile.Place) bool {
	switch p.Kind {
	case "region", "country", "state", "oblast", "province":
		return true
	}
	return false
}

// markPlaces drops the place mentions of a sentence that are not places of
// an event: regions and countries, a qualifier after a named place ("Ulu
// Garabey settlement of the Terter region", "Zarisli on the Lachin-Shusha
// road"), a description in a relative clause ("which is located north of
// Shusha"), and the places a road is said to connect once its ends are named.
// It also notes the road a sentence speaks of, for a later "it".
func (st *state) markPlaces(s *sent) {
	toks := s.toks
	roadNamed := -1
	for k := range s.places {
		p := &s.places[k]
		if placeIsArea(p.place) {
			p.drop = true
			continue
		}
		// a capital standing for its government as a subject ("Kyiv
		// pressed", "Moscow was ready") is no place
		if st.isSideTok(s, p.a) && !(p.a > 0 && prepositions[toks[p.a-1].w]) && p.b < len(toks) && !toks[p.b].punct && !toks[p.b].cap &&
			!prepositions[toks[p.b].w] && !determiners[toks[p.b].w] && toks[p.b].w != "and" && toks[p.b].w != "or" && !roadWords[toks[p.b].w] {
			p.drop = true
			continue
		}
		// a dateline ("KYIV, Sept 12 (Reuters) -") is where the report was
		// filed, not where anything happened
		if p.a < 3 && len(p.text) > 2 && p.text == strings.ToUpper(p.text) {
			p.drop = true
			continue
		}
		if p.place.Kind == "road" && len(p.place.Ends) > 0 {
			roadNamed = p.b
		}
		// X-Y road: two places joined by a hyphen before a road word
		if k+1 < len(s.places) {
			q := s.places[k+1]
			bs := toks[p.a].s + strings.Index(st.body[toks[p.a].s:toks[p.b-1].e], p.text) + len(p.text)
			qs := toks[q.a].s + strings.Index(st.body[toks[q.a].s:toks[q.b-1].e], q.text)
			if bs <= qs && qs-bs <= 3 && strings.Trim(st.body[bs:qs], "-–‑ ") == "" && q.b < len(toks) && roadWords[toks[q.b].w] {
				roadNamed = q.b + 1
			}
		}
	}
	prevKept := -1
	for k := range s.places {
		p := &s.places[k]
		if p.drop {
			continue
		}
		// a distance to a reference point: "Igoeti, 45 kilometres from
		// Tbilisi"
		if p.a > 1 && toks[p.a-1].w == "from" && distanceUnits[toks[p.a-2].w] {
			p.drop = true
		}
		// relative description
		for j := p.a - 1; j >= 0 && j >= p.a-6; j-- {
			w := toks[j].w
			if w == "located" || w == "situated" || w == "lies" || w == "bordering" {
				p.drop = true
			}
			if toks[j].punct && toks[j].w != "," {
				break
			}
		}
		// qualifier of the place before
		if prevKept >= 0 && !p.drop {
			q := s.places[prevKept]
			if q.place != p.place && p.a >= q.b && p.a-q.b <= 6 {
				prep, stop := false, false
				for j := q.b; j < p.a; j++ {
					switch toks[j].w {
					case "of", "on", "in":
						prep = true
					case ",", "and", "or", "to", "from", "between":
						stop = true
					}
				}
				after := p.b < len(toks) && qualifierHeads[toks[p.b].w] || qualifierHeads[strings.ToLower(p.text[strings.LastIndexByte(p.text, ' ')+1:])]
				if prep && !stop && (after || p.place.Kind == "road" || p.place.Kind == "district") {
					p.drop = true
				}
			}
		}
		// places a road with named ends is said to connect
		if roadNamed >= 0 && p.a >= roadNamed && p.a <= roadNamed+5 {
			for j := roadNamed; j < p.a; j++ {
				if toks[j].w == "connecting" || toks[j].w == "linking" || toks[j].w == "connects" || toks[j].w == "links" {
					p.drop = true
				}
			}
		}
		if !p.drop {
			prevKept = k
			// the facility noun ends the name ("Hostomel airfield" in the
			// gazetteer) or follows it ("Kakhovka dam")
			for _, h := range []int{p.b - 1, p.b} {
				if h > p.a && h < len(toks) && facilityNouns[toks[h].w] {
					if st.placeHeads == nil {
						st.placeHeads = map[string]headMention{}
					}
					st.placeHeads[toks[h].w] = headMention{place: p.place, sent: s.idx, tok: h}
				}
			}
		}
	}
	// the road this sentence speaks of
	hasRoad := false
	for _, t := range toks {
		if t.w == "road" || t.w == "highway" || t.w == "route" || t.w == "roads" {
			hasRoad = true
		}
	}
	if hasRoad {
		var road []*profile.Place
		for _, p := range s.places {
			if placeIsArea(p.place) {
				continue
			}
			road = appendPlace(road, st.expandRoad(p.place)...)
		}
		if len(road) > 0 {
			s.road = road
		}
	}
}

func appendPlace(ps []*profile.Place, add ...*profile.Place) []*profile.Place {
	for _, a := range add {
		dup := false
		for _, p := range ps {
			if p == a || p.ID == a.ID && a.ID != "" {
				dup = true
			}
		}
		if !dup {
			ps = append(ps, a)
		}
	}
	return ps
}

// expandRoad lists a road by its two end places, as the spec asks.
func (st *state) expandRoad(p *profile.Place) []*profile.Place {
	if p.Kind != "road" || len(p.Ends) == 0 || st.x.p == nil || st.x.p.Places == nil {
		return []*profile.Place{p}
	}
	var out []*profile.Place
	for _, e := range p.Ends {
		if q := st.x.p.Places.Lookup(e); q != nil {
			out = append(out, q)
		}
	}
	if len(out) == 0 {
		return []*profile.Place{p}
	}
	return out
}

// segment is the part of a clause a trigger's own verb phrase spans:
// coordinated predicates ("captured X and established fire control of Y")
// each keep their own places.
func segment(s *sent, i, ca, cb int) (int, int) {
	a, b := ca, cb
	for k := ca; k < cb; k++ {
		if s.toks[k].w != "and" || k+1 >= len(s.toks) {
			continue
		}
		nx := k + 1
		if s.toks[nx].quote && nx+1 < len(s.toks) {
			nx++
		}
		w := s.toks[nx].w
		// "and that X shelled Axum": a second complement clause; "and is
		// advancing on Mekelle": a second verb phrase after its auxiliary
		clause := w == "that" && !s.toks[nx].punct
		if !clause && auxWords[w] && nx+1 < len(s.toks) {
			v := s.toks[nx+1].w
			clause = triggersByFirst[v] != nil || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing")
		}
		if !clause && (s.toks[nx].punct || determiners[w] || s.toks[nx].cap) {
			continue
		}
		if !clause && triggersByFirst[w] == nil && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			continue
		}
		if k < i {
			a = k + 1
		} else if k > i && k < b {
			b = k
			break
		}
	}
	return a, b
}

// placesFor lists the places of a claim: those named in its verb phrase,
// else in its clause, and the places its anaphors refer to.
func (st *state) placesFor(s *sent, c *pclaim) []claimtrail.PlaceRef {
	var out []claimtrail.PlaceRef
	add := func(p *profile.Place, text string) {
		for _, q := range st.expandRoad(p) {
			for _, o := range out {
				if o.Name == q.Name {
					return
				}
			}
			out = append(out, claimtrail.PlaceRef{Name: q.Name, Text: text, Lat: q.Lat, Lon: q.Lon, ID: q.ID})
		}
	}
	hs := append([]hit{c.h}, c.extra...)
	type span struct{ a, b int }
	var spans []span
	for _, h := range hs {
		a, b := segment(s, h.i, c.ca, c.cb)
		spans = append(spans, span{a, b})
	}
	explicit := func(a, b int) int {
		n := 0
		for _, p := range s.places {
			// a capital that stands for its government ("Moscow was ready
			// to …") is no place of a position
			if c.typ == claimtrail.TypeStatement && st.isSideTok(s, p.a) {
				continue
			}
			if !p.drop && p.a >= a && p.a < b {
				add(p.place, p.text)
				n++
			}
		}
		return n
	}
	found := 0
	for _, sp := range spans {
		found += explicit(sp.a, sp.b)
	}
	if found == 0 {
		spans = []span{{c.ca, c.cb}}
		explicit(c.ca, c.cb)
	}
	if c.typ != claimtrail.TypeStatement {
		for _, sp := range spans {
			for _, r := range st.anaphora(s, sp.a, sp.b) {
				add(r.place, r.text)
			}
		}
	}
	if c.typ == claimtrail.TypeRoute && len(out) == 0 && len(st.lastRoad) > 0 {
		for _, p := range st.lastRoad {
			add(p, "it")
		}
	}
	for _, p := range out {
		if q := st.placeByName(p.Name); q != nil {
			s.placeNames = appendPlace(s.placeNames, q)
		}
	}
	return out
}

func (st *state) placeByName(name string) *profile.Place {
	if st.x.p == nil || st.x.p.Places == nil {
		return nil
	}
	return st.x.p.Places.Lookup(name)
}

// anaphora resolves the place anaphors in tokens [a,b): "there", "the town",
// "this key stronghold", "that firing point", "its surroundings".
func (st *state) anaphora(s *sent, a, b int) []placeRef {
	var out []placeRef
	toks := s.toks
	for k := a; k < b && k < len(toks); k++ {
		w := toks[k].w
		townLike, recent := false, false
		switch {
		case w == "there":
			if k+1 < len(toks) && (beVerbs[toks[k+1].w] || toks[k+1].w == "have" || toks[k+1].w == "has" || toks[k+1].w == "had") {
				continue
			}
		case k > 0 && (toks[k-1].w == "the" || toks[k-1].w == "this" || toks[k-1].w == "that") && st.headRef(s, k) != nil:
			// "the airfield" after "Hostomel airfield"
			out = append(out, placeRef{a: k, b: k + 1, place: st.headRef(s, k), text: fold(st.body[toks[k-1].s:toks[k].e])})
			continue
		case (w == "surroundings" || w == "outskirts" || w == "vicinity" || w == "countryside") && k > 0 && (toks[k-1].w == "its" || (k > 1 && toks[k-2].w == "its")):
		case toks[k].has(flPlaceWord):
			det := ""
			ok := false
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				t := toks[j]
				if t.w == "the" || t.w == "this" || t.w == "that" {
					det = t.w
					ok = true
					break
				}
				if t.punct || covered(s, j) && !st.isSideTok(s, j) || determiners[t.w] || prepositions[t.w] {
					break
				}
			}
			if !ok {
				continue
			}
			if !placeAnaphors[w] && det == "the" {
				continue
			}
			// explicit: "the town of Shusha", "the area around Shusha"
			explicitAfter := false
			for _, p := range s.places {
				if p.a > k && p.a <= k+3 {
					explicitAfter = true
				}
			}
			if explicitAfter || (k+1 < len(toks) && toks[k+1].w == "of") {
				continue
			}
			recent = det == "this" || det == "that"
			townLike = w == "town" || w == "city" || w == "village" || w == "settlement" || w == "stronghold"
		default:
			continue
		}
		if p := st.salient(s, k, townLike, recent); p != nil {
			out = append(out, placeRef{a: k, b: k + 1, place: p, text: fold(st.body[toks[k].s:toks[k].e])})
		}
	}
	return out
}

// facilityNouns name a site by the place it is at: "Hostomel airfield",
// "the Antonivskyi bridge", "Kakhovka dam".
var facilityNouns = set("airfield", "airport", "airbase", "base", "bridge", "dam", "plant", "station", "refinery",
	"factory", "depot", "crossing", "checkpoint", "harbour", "harbor", "works", "mine", "reservoir")

type headMention struct {
	place     *profile.Place
	sent, tok int
}

// headRef is the place a definite facility noun at k refers to: the last
// place named with that noun after it, earlier in the document.
func (st *state) headRef(s *sent, k int) *profile.Place {
	w := s.toks[k].w
	m, ok := st.placeHeads[w]
	if !ok || m.sent > s.idx || (m.sent == s.idx && m.tok >= k) {
		return nil
	}
	if k+1 < len(s.toks) && s.toks[k+1].w == "of" {
		return nil // "the bridge of …" names its own place
	}
	return m.place
}

// distanceUnits measure how far a place lies from another.
var distanceUnits = set("kilometres", "kilometers", "km", "miles", "metres", "meters", "kilometre", "kilometer", "mile")

func (st *state) isSideTok(s *sent, j int) bool {
	for _, r := range s.sides {
		if r.kind <= refActor && r.a <= j && j < r.b {
			return true
		}
	}
	return false
}

// salient is the place a definite description most likely refers to: the
// one named most often in the last few sentences, the latest on a tie.
func (st *state) salient(s *sent, k int, townLike, recent bool) *profile.Place {
	type score struct {
		n, last int
	}
	sc := map[*profile.Place]*score{}
	order := 0
	note := func(p *profile.Place) {
		if p == nil || placeIsArea(p) || p.Kind == "road" || p.Kind == "corridor" {
			return
		}
		if townLike && (p.Kind == "mountain" || p.Kind == "height" || p.Kind == "river" || p.Kind == "district") {
			return
		}
		order++
		if v := sc[p]; v != nil {
			v.n++
			v.last = order
		} else {
			sc[p] = &score{1, order}
		}
	}
	for _, e := range st.salience {
		if e.sent >= s.idx-4 {
			note(e.p)
		}
	}
	for _, p := range s.places {
		if p.a < k && !p.drop {
			note(p.place)
		}
	}
	var best *profile.Place
	var bs *score
	for p, v := range sc {
		if recent && (bs == nil || v.last > bs.last) {
			best, bs = p, v
			continue
		}
		if !recent && (bs == nil || v.n > bs.n || (v.n == bs.n && v.last > bs.last)) {
			best, bs = p, v
		}
	}
	return best
}

// noteSalience remembers the places a sentence named or referred to.
func (st *state) noteSalience(s *sent) {
	for _, p := range s.places {
		if !p.drop {
			st.salience = append(st.salience, salient{p.place, s.idx})
		}
	}
	for _, p := range s.placeNames {
		explicit := false
		for _, q := range s.places {
			if q.place == p {
				explicit = true
			}
		}
		if !explicit {
			st.salience = append(st.salience, salient{p, s.idx})
		}
	}
	if len(st.salience) > 64 {
		st.salience = append(st.salience[:0], st.salience[len(st.salience)-32:]...)
	}
	if s.road != nil {
		st.lastRoad = s.road
	}
}
