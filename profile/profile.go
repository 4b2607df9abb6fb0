package profile

import (
	"github.com/claimtrail/claimtrail"
)

// Profile is the knowledge of one conflict: its sides, actors, outlets,
// weapons and places. It is loaded from a folder of data files (see
// profiles/README.md) and validated at load time.
type Profile struct {
	Name  string // folder name, e.g. "karabakh-2020"
	Title string // "2020 Nagorno-Karabakh war"
	Start string // YYYY-MM-DD: the conflict's start; running totals "since the start of the war" begin here
	End   string // YYYY-MM-DD or "" while it goes on

	Sides   []SideInfo
	Actors  []Actor
	Outlets []Outlet
	Weapons []Weapon
	Places  *Gazetteer
}

// SideInfo describes one camp.
type SideInfo struct {
	Code claimtrail.Side // "ARM"
	Name string          // "Armenia and the Republic of Artsakh"
	// Terms name the side as a whole or its forces: countries, demonyms and
	// adjectives ("Armenian", "Armenians", "Azeri"), armed forces, blocs
	// ("the Turkish-Azerbaijani bloc"), capitals used as metonyms ("Yerevan").
	Terms []string
}

// Actor is a named claimant or participant: a person, an institution, a unit.
type Actor struct {
	Name    string   // canonical: "Ilham Aliyev", "Armenian Ministry of Defense"
	Aliases []string // "Aliyev", "President Aliyev", "Armenian MoD", "Armenian Defense Ministry"
	Side    claimtrail.Side
	Role    string // claimant role of the spec: official, military, media
	Kind    string // person, organization, unit
}

// Outlet is a publisher. Outlets with the same Owner count as one source.
type Outlet struct {
	Name    string
	Aliases []string
	Domains []string // "southfront.org"
	Country string   // ISO 3166 alpha-2
	Side    claimtrail.Side
	Owner   string
}

// Weapon maps weapon names and models to a quantity item of the spec
// ("T-72" -> "tank", "D-30" -> "artillery", "Osa" -> "air_defense").
type Weapon struct {
	Names []string
	Item  string
}

// Place is a gazetteer entry.
type Place struct {
	ID      string // "geonames:147105" or "hand:karintak"
	Name    string // canonical English name
	Lat     float64
	Lon     float64
	Kind    string   // city, town, village, district, region, height, road, corridor, river, ...
	Aliases []string // every other name: each side's names, transliterations, other scripts
	Admin   string   // district or oblast, when known
	Ends    []string // for roads and corridors: canonical names of the two end places
	Source  string   // where the entry comes from (GeoNames, or the hand source)
}

// PlaceMatch is a whole-word mention of a place in a text.
type PlaceMatch struct {
	Start, End int // byte offsets in the text
	Place      *Place
}

// ActorMatch is a whole-word mention of an actor in a text.
type ActorMatch struct {
	Start, End int
	Actor      *Actor
}

// SideMatch is a whole-word mention of a side term in a text.
type SideMatch struct {
	Start, End int
	Side       claimtrail.Side
	Term       string
}
