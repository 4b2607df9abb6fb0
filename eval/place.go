package eval

import (
	"math"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// PlaceMatcher tells whether two resolved places are the same place.
type PlaceMatcher interface {
	Same(a, b claimtrail.PlaceRef) bool
}

// MatchRadiusKm is the distance within which two places count as one
// (spec, Scoring).
const MatchRadiusKm = 3.0

// Lookup resolves a place name or alias to its gazetteer entry.
type Lookup func(name string) (canonical string, lat, lon float64, ok bool)

// NewPlaceMatcher returns a PlaceMatcher that resolves both names through
// lookup (nil: no gazetteer), compares canonical names case-insensitively,
// and otherwise accepts places whose coordinates lie within MatchRadiusKm.
// A place without coordinates takes those of its gazetteer entry.
func NewPlaceMatcher(lookup Lookup) PlaceMatcher {
	return &placeMatcher{lookup: lookup}
}

type placeMatcher struct{ lookup Lookup }

type resolvedPlace struct {
	name     string
	lat, lon float64
	hasCoord bool
}

func (m *placeMatcher) resolve(p claimtrail.PlaceRef) resolvedPlace {
	r := resolvedPlace{name: foldName(p.Name), lat: p.Lat, lon: p.Lon, hasCoord: p.Lat != 0 || p.Lon != 0}
	if m.lookup == nil || p.Name == "" {
		return r
	}
	if canon, lat, lon, ok := m.lookup(p.Name); ok {
		if canon != "" {
			r.name = foldName(canon)
		}
		if !r.hasCoord && (lat != 0 || lon != 0) {
			r.lat, r.lon, r.hasCoord = lat, lon, true
		}
	}
	return r
}

func (m *placeMatcher) Same(a, b claimtrail.PlaceRef) bool {
	ra, rb := m.resolve(a), m.resolve(b)
	if ra.name != "" && ra.name == rb.name {
		return true
	}
	return ra.hasCoord && rb.hasCoord && haversineKm(ra.lat, ra.lon, rb.lat, rb.lon) <= MatchRadiusKm
}

func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// haversineKm is the great-circle distance between two points in km.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthRadiusKm = 6371.0
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
