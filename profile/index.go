package profile

import (
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// index holds what Load builds for fast lookups. It is read-only after
// Load, so a Profile is safe for concurrent use.
type index struct {
	sides   *matcher // targets: index into Profile.Sides; -1 swallows ("anti-Russian")
	actors  *matcher // targets: index into Profile.Actors
	outlets *matcher // targets: index into Profile.Outlets

	actorKey  map[string]*Actor
	outletKey map[string]*Outlet
	domain    map[string]*Outlet
	weapons   map[string]string
}

// buildIndex builds the matchers and checks that no name means two things.
func (p *Profile) buildIndex(l *elemLines) error {
	x := &index{
		sides:     newMatcher(),
		actors:    newMatcher(),
		outlets:   newMatcher(),
		actorKey:  map[string]*Actor{},
		outletKey: map[string]*Outlet{},
		domain:    map[string]*Outlet{},
		weapons:   map[string]string{},
	}
	for i, s := range p.Sides {
		for _, t := range s.Terms {
			if prev, ok := x.sides.add(t, int32(i), startsUpper(t)); !ok {
				return fmt.Errorf("%s: term %q of side %s is also a term of side %s", l.at(l.sides, i), t, s.Code, p.Sides[prev].Code)
			}
		}
	}
	// "pro-X" names X's camp ("pro-Azerbaijani sources", "pro-Russian
	// separatists"). "anti-X" names neither X nor reliably its enemy (in a
	// war of more than two parties "anti-Russian" need not mean Ukrainian),
	// so it is swallowed: the X inside it is not reported as a mention.
	// Explicit terms win over these derived ones.
	for i, s := range p.Sides {
		for _, t := range s.Terms {
			if strings.ContainsAny(t, " -") || !startsUpper(t) {
				continue
			}
			x.sides.add("pro-"+t, int32(i), false)
			x.sides.add("anti-"+t, -1, false)
		}
	}
	for i := range p.Actors {
		a := &p.Actors[i]
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if prev, ok := x.actors.add(n, int32(i), startsUpper(n)); !ok {
				return fmt.Errorf("%s: name %q of actor %q is also a name of %q", l.at(l.actors, i), n, a.Name, p.Actors[prev].Name)
			}
			x.actorKey[Key(n)] = a
		}
	}
	for i := range p.Outlets {
		o := &p.Outlets[i]
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if prev, ok := x.outlets.add(n, int32(i), startsUpper(n)); !ok {
				return fmt.Errorf("%s: name %q of outlet %q is also a name of %q", l.at(l.outlets, i), n, o.Name, p.Outlets[prev].Name)
			}
			x.outletKey[Key(n)] = o
		}
		for _, d := range o.Domains {
			if prev, ok := x.domain[d]; ok && prev != o {
				return fmt.Errorf("%s: domain %q of outlet %q is also a domain of %q", l.at(l.outlets, i), d, o.Name, prev.Name)
			}
			x.domain[d] = o
			x.outlets.add(d, int32(i), false)
		}
	}
	for i, w := range p.Weapons {
		for _, n := range w.Names {
			k := lowerASCII(n)
			if prev, ok := x.weapons[k]; ok && prev != w.Item {
				return fmt.Errorf("%s: weapon %q is listed as %s and as %s", l.at(l.weapons, i), n, prev, w.Item)
			}
			x.weapons[k] = w.Item
		}
	}
	p.idx = x
	return nil
}

// Side returns the side with the code, or nil.
func (p *Profile) Side(code claimtrail.Side) *SideInfo {
	for i := range p.Sides {
		if p.Sides[i].Code == code {
			return &p.Sides[i]
		}
	}
	return nil
}

// FindSides returns the mentions of side terms in text: whole words,
// leftmost-longest, non-overlapping, sorted by Start. A term written with a
// capital in the profile ("Turkish", "Armenians") matches only a capitalized
// mention, so "turkey" the bird or a lower-case "armenian" in a URL do not
// count; a term written in lower case ("territorial defence") matches in any
// case. "pro-X" counts for X's side with Term "pro-X"; "anti-X" counts for
// no side.
func (p *Profile) FindSides(text string) []SideMatch {
	return p.sideMatches(p.idx.sides.find(text))
}

func (p *Profile) sideMatches(ms []match) []SideMatch {
	if len(ms) == 0 {
		return nil
	}
	out := make([]SideMatch, len(ms))
	for i, m := range ms {
		out[i] = SideMatch{Start: m.start, End: m.end, Side: p.Sides[m.pat.target].Code, Term: m.pat.text}
	}
	return out
}

// FindActors returns the mentions of actors in text with the same rules as
// FindSides: the longest name wins ("Azerbaijani Defense Ministry" over a
// shorter alias inside it), and a title followed by a name of the same
// actor ("Russian Foreign Minister Sergei Lavrov") is one mention.
func (p *Profile) FindActors(text string) []ActorMatch {
	return p.actorMatches(text, p.idx.actors.find(text))
}

func (p *Profile) actorMatches(text string, ms []match) []ActorMatch {
	if len(ms) == 0 {
		return nil
	}
	out := make([]ActorMatch, 0, len(ms))
	for _, m := range ms {
		a := &p.Actors[m.pat.target]
		// A title and a name of the same actor side by side are one
		// mention: "Azerbaijani President Ilham Aliyev".
		if n := len(out); n > 0 && out[n-1].Actor == a && strings.TrimSpace(text[out[n-1].End:m.start]) == "" {
			out[n-1].End = m.end
			continue
		}
		out = append(out, ActorMatch{Start: m.start, End: m.end, Actor: a})
	}
	return out
}

// ActorByName returns the actor with the name or alias (compared by Key),
// or nil.
func (p *Profile) ActorByName(name string) *Actor {
	return p.idx.actorKey[Key(name)]
}

// OutletMatch is a whole-word mention of an outlet (a name, an alias or a
// domain) in a text.
type OutletMatch struct {
	Start, End int
	Outlet     *Outlet
}

// FindOutlet returns the mentions of outlets in text, by name, alias or
// domain, with the same rules as FindSides.
func (p *Profile) FindOutlet(text string) []OutletMatch {
	ms := p.idx.outlets.find(text)
	if len(ms) == 0 {
		return nil
	}
	out := make([]OutletMatch, len(ms))
	for i, m := range ms {
		out[i] = OutletMatch{Start: m.start, End: m.end, Outlet: &p.Outlets[m.pat.target]}
	}
	return out
}

// OutletByName returns the outlet with the name or alias (compared by Key),
// or nil.
func (p *Profile) OutletByName(name string) *Outlet {
	return p.idx.outletKey[Key(name)]
}

// OutletByDomain returns the outlet of a host name or URL ("www.reuters.com",
// "https://southfront.org/x", "uk.reuters.com:443"): the longest listed
// domain the host ends with, or nil.
func (p *Profile) OutletByDomain(host string) *Outlet {
	h := lowerASCII(strings.TrimSpace(host))
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
	}
	if i := strings.IndexAny(h, "/?#"); i >= 0 {
		h = h[:i]
	}
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	h = strings.TrimSuffix(h, ".")
	for h != "" {
		if o := p.idx.domain[h]; o != nil {
			return o
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return nil
}

// WeaponItems returns a new map from each lower-cased weapon name or model
// to its quantity item ("t-72" -> "tank").
func (p *Profile) WeaponItems() map[string]string {
	out := make(map[string]string, len(p.idx.weapons))
	for k, v := range p.idx.weapons {
		out[k] = v
	}
	return out
}

// Fit scores how well a text fits the profile: the number of distinct names
// (by Key) of its places, side terms and actors that belong to a side found
// in the text. Actors without a side (the UN, mediators) appear in the
// reporting of many wars and do not count.
func (p *Profile) Fit(text string) int {
	seen := map[string]bool{}
	for _, m := range p.Places.Find(text) {
		seen[Key(text[m.Start:m.End])] = true
	}
	for _, m := range p.FindSides(text) {
		seen[Key(text[m.Start:m.End])] = true
	}
	for _, m := range p.FindActors(text) {
		if m.Actor.Side != "" {
			seen[Key(text[m.Start:m.End])] = true
		}
	}
	return len(seen)
}

// MinFit is the fewest distinct names a text must share with a profile for
// Choose to pick it: one name is too often a coincidence.
const MinFit = 2

// Choose returns the profile that fits text best, or nil when none reaches
// MinFit or two profiles fit equally well.
func Choose(ps []*Profile, text string) *Profile {
	var best *Profile
	bestFit, second := 0, 0
	for _, p := range ps {
		f := p.Fit(text)
		switch {
		case f > bestFit:
			best, second, bestFit = p, bestFit, f
		case f > second:
			second = f
		}
	}
	if bestFit < MinFit || bestFit == second {
		return nil
	}
	return best
}

// ByName returns the profile with the name, or nil.
func ByName(ps []*Profile, name string) *Profile {
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Mentions are the places, side terms and actors of one text.
type Mentions struct {
	Places []PlaceMatch
	Sides  []SideMatch
	Actors []ActorMatch
}

// Mentions returns what Places.Find, FindSides and FindActors return, for
// the cost of splitting the text into words once: the call to make per
// sentence.
func (p *Profile) Mentions(text string) Mentions {
	t := tokenPool.Get().(*tokens)
	defer tokenPool.Put(t)
	tokenize(text, t)
	var out Mentions
	if p.Places != nil {
		out.Places = p.Places.placeMatches(p.Places.m.findTokens(text, t, nil))
	}
	out.Sides = p.sideMatches(p.idx.sides.findTokens(text, t, nil))
	out.Actors = p.actorMatches(text, p.idx.actors.findTokens(text, t, nil))
	return out
}
