package resolve

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// ConflictsOf turns conflict profiles into what the resolver needs of them.
func ConflictsOf(all []*profile.Profile) []Conflict {
	out := make([]Conflict, 0, len(all))
	for _, p := range all {
		c := Conflict{Name: p.Name, Start: p.Start}
		for _, s := range p.Sides {
			c.Sides = append(c.Sides, s.Code)
		}
		for _, o := range p.Outlets {
			if o.Side == "" {
				continue
			}
			if c.OutletSides == nil {
				c.OutletSides = map[string]claimtrail.Side{}
			}
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				c.OutletSides[strings.ToLower(n)] = o.Side
			}
		}
		out = append(out, c)
	}
	return out
}

// DocOf is what the resolver needs of a stored document. A reprint's claims
// were first reported on its original's date, and by its original's outlet
// when the reprint names none of its own.
func DocOf(d *claimtrail.Document) Doc {
	rd := Doc{ID: d.ID, Outlet: d.Outlet, Published: d.Published, Profile: d.Profile}
	if d.Original != nil {
		rd.Original = d.Original.Published
		rd.OriginalOutlet = d.Original.Outlet
		if rd.Outlet == "" {
			rd.Outlet = d.Original.Outlet
		}
	}
	return rd
}
