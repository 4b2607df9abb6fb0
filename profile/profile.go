package profile

import (
	"github.com/claimtrail/claimtrail"
)

// Profile is the knowledge of one conflict: its sides, actors, outlets,
// weapons and places. It is loaded from a folder of data files (see
// profiles/README.md) and validated at load time.
type Profile struct {
	Name  string `json:"name"`  // folder name, e.g. "karabakh-2020"
	Title string `json:"title"` // "2020 Nagorno-Karabakh war"
	Start string `json:"start"` // YYYY-MM-DD: the conflict's start; running totals "since the start of the war" begin here
	End   string `json:"end"`   // YYYY-MM-DD or "" while it goes on

	Sides   []SideInfo `json:"sides"`
	Actors  []Actor    `json:"actors"`
	Outlets []Outlet   `json:"outlets"`
	Weapons []Weapon   `json:"weapons"`
	Places  *Gazetteer `json:"-"`

	idx *index // matchers and maps built at load time
}

// SideInfo describes one camp.
type SideInfo struct {
	Code claimtrail.Side `json:"code"` // "ARM"
	Name string          `json:"name"` // "Armenia and the Republic of Artsakh"
	// Terms name the side as a whole or its forces: countries, demonyms and
	// adjectives ("Armenian", "Armenians", "Azeri"), armed forces, blocs
	// ("the Turkish-Azerbaijani bloc"), capitals used as metonyms ("Yerevan").
	Terms []string `json:"terms"`
}

// Actor is a named claimant or participant: a person, an institution, a unit.
type Actor struct {
	Name    string          `json:"name"`    // canonical: "Ilham Aliyev", "Armenian Ministry of Defense"
	Aliases []string        `json:"aliases"` // "Aliyev", "President Aliyev", "Armenian MoD", "Armenian Defense Ministry"
	Side    claimtrail.Side `json:"side"`
	Role    string          `json:"role"` // claimant role of the spec: official, military, media
	Kind    string          `json:"kind"` // person, organization, unit
	// Title is the office or description, for people reading the ledger
	// ("President of Azerbaijan"); optional.
	Title string `json:"title,omitempty"`
}

// Outlet is a publisher. Outlets with the same Owner count as one source.
type Outlet struct {
	Name    string          `json:"name"`
	Aliases []string        `json:"aliases"`
	Domains []string        `json:"domains"` // "southfront.org"
	Country string          `json:"country"` // ISO 3166 alpha-2
	Side    claimtrail.Side `json:"side"`
	Owner   string          `json:"owner"`
}

// Weapon maps weapon names and models to a quantity item of the spec
// ("T-72" -> "tank", "D-30" -> "artillery", "Osa" -> "air_defense").
type Weapon struct {
	Names []string `json:"names"`
	Item  string   `json:"item"`
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
