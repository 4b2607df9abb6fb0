package web

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
)

// docMeta is what pages show of a document next to its claims.
type docMeta struct {
	ID, Title, Outlet, Published, Profile string
}

// lite is a claim reduced to what the aggregate views count.
type lite struct {
	ID, Doc     string
	Side        claimtrail.Side
	Type        string
	Start, End  string // date, "" when undated
	Places      []string
	Profile     string
	Quantities  int
	Stance      string
	ClaimantKey string
}

// snapshot is the ledger reduced for the aggregate views, rebuilt after
// every ingest (generation) so that pages need no full scan per request.
type snapshot struct {
	gen    int64
	docs   map[string]docMeta
	claims []lite
	// byProfile counts documents per profile.
	byProfile map[string]int
	first     string // the earliest and latest claim dates
	last      string

	mu   sync.Mutex          // guards maps
	maps map[string]*mapBase // by profile name
}

// snapshot returns the current snapshot, building it when the ledger has
// changed since the last one.
func (s *Server) snapshot(ctx context.Context) (*snapshot, error) {
	gen := s.gen.Load()
	s.snapM.Lock()
	defer s.snapM.Unlock()
	if s.snap != nil && s.snap.gen == gen {
		return s.snap, nil
	}
	sn := &snapshot{gen: gen, docs: map[string]docMeta{}, byProfile: map[string]int{}}
	after := ""
	for {
		docs, err := s.cfg.Store.Documents(ctx, claimtrail.DocumentFilter{After: after, Limit: 500})
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			sn.docs[d.ID] = docMeta{ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, Profile: d.Profile}
			sn.byProfile[d.Profile]++
		}
		if len(docs) < 500 {
			break
		}
		after = docs[len(docs)-1].ID
	}
	after = ""
	for {
		cs, err := s.cfg.Store.Claims(ctx, claimtrail.ClaimFilter{After: after, Limit: 2000})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			l := lite{ID: c.ID, Doc: c.Doc, Side: c.Claimant.Side, Type: c.Type, Profile: sn.docs[c.Doc].Profile,
				Quantities: len(c.Quantities), Stance: c.Stance, ClaimantKey: strings.ToLower(c.Claimant.Name)}
			if c.Date != nil {
				l.Start, l.End = c.Date.Start, c.Date.End
				if l.End == "" {
					l.End = l.Start
				}
				if l.Start != "" && (sn.first == "" || l.Start < sn.first) {
					sn.first = l.Start
				}
				if l.End != "" && l.End > sn.last {
					sn.last = l.End
				}
			}
			for _, p := range c.Places {
				l.Places = append(l.Places, p.Name)
			}
			sn.claims = append(sn.claims, l)
		}
		if len(cs) < 2000 {
			break
		}
		after = cs[len(cs)-1].ID
	}
	s.snap = sn
	return sn, nil
}

// in reports whether the claim's date meets [from, to]; undated claims meet
// only an open range, as in the store's filter.
func (l *lite) in(from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if l.Start == "" {
		return false
	}
	return (from == "" || l.End >= from) && (to == "" || l.Start <= to)
}

// scope is the state carried across every page: the conflict shown and the
// brushed date range.
type scope struct {
	Profile  string
	From, To string
}

// values returns the scope as query parameters, extra pairs added.
func (sc scope) values(extra ...string) url.Values {
	v := url.Values{}
	if sc.Profile != "" {
		v.Set("profile", sc.Profile)
	}
	if sc.From != "" {
		v.Set("from", sc.From)
	}
	if sc.To != "" {
		v.Set("to", sc.To)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i+1] == "" {
			v.Del(extra[i])
		} else {
			v.Set(extra[i], extra[i+1])
		}
	}
	return v
}

// Link returns path with the scope's query, for hrefs in templates.
func (sc scope) Link(path string, extra ...string) string {
	q := sc.values(extra...).Encode()
	if q == "" {
		return path
	}
	return path + "?" + q
}

// validDate reports whether s is a YYYY-MM-DD date.
func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// readScope reads profile, from and to, checking them.
func (s *Server) readScope(r *http.Request) (scope, error) {
	q := r.URL.Query()
	sc := scope{Profile: q.Get("profile"), From: q.Get("from"), To: q.Get("to")}
	for _, d := range []struct{ name, v string }{{"from", sc.From}, {"to", sc.To}} {
		if d.v != "" && !validDate(d.v) {
			return sc, claimtrail.Errorf(claimtrail.EInvalid, "%s must be a date YYYY-MM-DD, not %q", d.name, d.v)
		}
	}
	if sc.From != "" && sc.To != "" && sc.From > sc.To {
		sc.From, sc.To = sc.To, sc.From
	}
	if sc.Profile != "" && profile.ByName(s.cfg.Profiles, sc.Profile) == nil {
		return sc, claimtrail.Errorf(claimtrail.EInvalid, "no profile %q", sc.Profile)
	}
	return sc, nil
}

// chooseProfile returns the profile named by the scope, or the one with the
// most documents in the ledger, or the first.
func (s *Server) chooseProfile(sn *snapshot, name string) *profile.Profile {
	if p := profile.ByName(s.cfg.Profiles, name); p != nil {
		return p
	}
	var best *profile.Profile
	n := -1
	for _, p := range s.cfg.Profiles {
		if sn.byProfile[p.Name] > n {
			best, n = p, sn.byProfile[p.Name]
		}
	}
	return best
}

// lookupPlace finds a place by name or alias, preferring the given profile.
func (s *Server) lookupPlace(prefer *profile.Profile, name string) (*profile.Place, *profile.Profile) {
	if prefer != nil && prefer.Places != nil {
		if pl := prefer.Places.Lookup(name); pl != nil {
			return pl, prefer
		}
	}
	for _, p := range s.cfg.Profiles {
		if p.Places == nil {
			continue
		}
		if pl := p.Places.Lookup(name); pl != nil {
			return pl, p
		}
	}
	return nil, nil
}

// canonicalPlace resolves an alias to the gazetteer's name, or returns it
// as given.
func (s *Server) canonicalPlace(name string) string {
	if pl, _ := s.lookupPlace(nil, name); pl != nil {
		return pl.Name
	}
	return name
}

// sideClass gives a claimant side its colour class in a profile: the
// first side "a", the second "b", anyone else "n".
func sideClass(p *profile.Profile, side claimtrail.Side) string {
	if p != nil && side != "" {
		for i, sd := range p.Sides {
			if sd.Code == side {
				if i == 0 {
					return "a"
				}
				if i == 1 {
					return "b"
				}
			}
		}
	}
	return "n"
}

// sideName is a side code with its profile's long name.
func sideName(p *profile.Profile, side claimtrail.Side) string {
	if side == "" {
		return "no side"
	}
	if p != nil {
		for _, sd := range p.Sides {
			if sd.Code == side {
				return string(side) + " (" + sd.Name + ")"
			}
		}
	}
	return string(side)
}

// days lists the days from first to last inclusive (at most max).
func days(first, last string, max int) []string {
	a, err1 := time.Parse("2006-01-02", first)
	b, err2 := time.Parse("2006-01-02", last)
	if err1 != nil || err2 != nil || b.Before(a) {
		return nil
	}
	var out []string
	for d := a; !d.After(b) && len(out) < max; d = d.AddDate(0, 0, 1) {
		out = append(out, d.Format("2006-01-02"))
	}
	return out
}

// span returns the days a profile's views run over: from the conflict's
// start (or the first claim) to its end (or the last claim), widened to
// hold every dated claim of the profile.
func span(p *profile.Profile, sn *snapshot) (first, last string) {
	if p != nil {
		first, last = p.Start, p.End
	}
	for i := range sn.claims {
		l := &sn.claims[i]
		if p != nil && l.Profile != p.Name || l.Start == "" {
			continue
		}
		if first == "" || l.Start < first {
			first = l.Start
		}
		if l.End > last {
			last = l.End
		}
	}
	if last == "" {
		last = first
	}
	return first, last
}

// sortedSides returns the keys of a camp map: the profile's sides in order,
// then others, then "" last.
func sortedSides(p *profile.Profile, m map[string]*resolve.Camp) []string {
	var out []string
	seen := map[string]bool{}
	if p != nil {
		for _, sd := range p.Sides {
			if _, ok := m[string(sd.Code)]; ok {
				out = append(out, string(sd.Code))
				seen[string(sd.Code)] = true
			}
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] && k != "" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	out = append(out, rest...)
	if _, ok := m[""]; ok {
		out = append(out, "")
	}
	return out
}
