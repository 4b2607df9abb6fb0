package web

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
	"github.com/claimtrail/claimtrail/reuse"
)

// apiErrorBody is the one shape of every API error.
type apiErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	err = classify(err)
	s.logIfInternal(r, err)
	kind := claimtrail.ErrorKind(err)
	var body apiErrorBody
	body.Error.Code = kind
	body.Error.Message = claimtrail.ErrorMessage(err)
	if kind == claimtrail.EAuth {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimtrail"`)
	}
	writeJSON(w, statusOf(kind), body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // a JSON body opened as HTML by mistake stays inert
	_ = enc.Encode(v)
}

// pageParams reads after and limit, enforcing the page-size limit.
func pageParams(r *http.Request) (after string, limit int, err error) {
	q := r.URL.Query()
	after = q.Get("after")
	limit = defaultPage
	if v := q.Get("limit"); v != "" {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 1 || n > maxPage {
			return "", 0, claimtrail.Errorf(claimtrail.EInvalid, "limit must be a whole number from 1 to %d, not %q", maxPage, v)
		}
		limit = n
	}
	return after, limit, nil
}

// claimFilter reads the filters of 'claimtrail claims' from a query.
func (s *Server) claimFilter(r *http.Request) (claimtrail.ClaimFilter, error) {
	q := r.URL.Query()
	f := claimtrail.ClaimFilter{
		Side:     claimtrail.Side(strings.ToUpper(strings.TrimSpace(q.Get("side")))),
		Claimant: strings.TrimSpace(q.Get("claimant")),
		Type:     strings.TrimSpace(q.Get("type")),
		From:     q.Get("from"),
		To:       q.Get("to"),
		Doc:      strings.TrimSpace(q.Get("doc")),
		Text:     strings.TrimSpace(q.Get("text")),
	}
	if p := strings.TrimSpace(q.Get("place")); p != "" {
		f.Place = s.canonicalPlace(p)
	}
	if f.Type != "" && !contains(claimtrail.ClaimTypes, f.Type) {
		return f, claimtrail.Errorf(claimtrail.EInvalid, "type must be one of %s, not %q", strings.Join(claimtrail.ClaimTypes, ", "), f.Type)
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !validDate(d.v) {
			return f, claimtrail.Errorf(claimtrail.EInvalid, "%s must be a date YYYY-MM-DD, not %q", d.name, d.v)
		}
	}
	return f, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// claimPage fetches one page of claims: limit+1 are asked for so that the
// cursor is set only when there is more.
func (s *Server) claimPage(r *http.Request, f claimtrail.ClaimFilter, limit int) ([]claimtrail.Claim, string, error) {
	f.Limit = limit + 1
	cs, err := s.cfg.Store.Claims(r.Context(), f)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(cs) > limit {
		cs = cs[:limit]
		next = cs[limit-1].ID
	}
	return cs, next, nil
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}

type statsJSON struct {
	Documents  int                     `json:"documents"`
	Claims     int                     `json:"claims"`
	Rejections int                     `json:"rejections"`
	Reuses     int                     `json:"reuses"`
	ByType     map[string]int          `json:"by_type"`
	BySide     map[claimtrail.Side]int `json:"by_side"`
	TopPlaces  []placeCountJSON        `json:"top_places"`
	Events     int                     `json:"events"`
	Disputes   int                     `json:"disputes"`
}

type placeCountJSON struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := statsJSON{Documents: st.Documents, Claims: st.Claims, Rejections: st.Rejections, Reuses: st.Reuses,
		ByType: st.ByType, BySide: st.BySide, TopPlaces: []placeCountJSON{},
		Events: len(s.cfg.Resolver.Events()), Disputes: len(s.cfg.Resolver.Disputes(resolve.DisputeFilter{}))}
	for _, p := range st.TopPlaces {
		out.TopPlaces = append(out.TopPlaces, placeCountJSON{p.Name, p.Count})
	}
	writeJSON(w, http.StatusOK, out)
}

type documentsJSON struct {
	Documents []claimtrail.Document `json:"documents"`
	Next      string                `json:"next,omitempty"`
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	after, limit, err := pageParams(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	docs, err := s.cfg.Store.Documents(r.Context(), claimtrail.DocumentFilter{Outlet: r.URL.Query().Get("outlet"), After: after, Limit: limit + 1})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := documentsJSON{Documents: []claimtrail.Document{}}
	if len(docs) > limit {
		docs = docs[:limit]
		out.Next = docs[limit-1].ID
	}
	for _, d := range docs {
		// Lists leave out the bodies; /api/documents/{id} has them.
		d.Kind, d.Body, d.Removed = "doc", "", nil
		out.Documents = append(out.Documents, d)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	d.Kind = "doc"
	writeJSON(w, http.StatusOK, d)
}

type claimsJSON struct {
	Claims []claimtrail.Claim `json:"claims"`
	Next   string             `json:"next,omitempty"`
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	f, err := s.claimFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	after, limit, err := pageParams(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	f.After = after
	cs, next, err := s.claimPage(r, f, limit)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	for i := range cs {
		cs[i].Kind = "claim"
	}
	if cs == nil {
		cs = []claimtrail.Claim{}
	}
	writeJSON(w, http.StatusOK, claimsJSON{Claims: cs, Next: next})
}

// claimJSON is a claim with the event it belongs to.
type claimJSON struct {
	claimtrail.Claim
	Event string `json:"event,omitempty"`
}

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) {
	c, err := s.cfg.Store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	c.Kind = "claim"
	out := claimJSON{Claim: *c}
	if ev, ok := s.cfg.Resolver.EventOf(c.ID); ok {
		out.Event = ev.ID
	}
	writeJSON(w, http.StatusOK, out)
}

type placeJSON struct {
	Name    string   `json:"name"`
	ID      string   `json:"id,omitempty"`
	Lat     float64  `json:"lat"`
	Lon     float64  `json:"lon"`
	Kind    string   `json:"kind,omitempty"`
	Ends    []string `json:"ends,omitempty"`
	Profile string   `json:"profile,omitempty"`
	Claims  int      `json:"claims"`
}

func (s *Server) apiPlaces(w http.ResponseWriter, r *http.Request) {
	sc, err := s.readScope(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	sn, err := s.snapshot(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	counts := map[string]int{}
	for i := range sn.claims {
		l := &sn.claims[i]
		if (sc.Profile == "" || l.Profile == sc.Profile) && l.in(sc.From, sc.To) {
			for _, p := range l.Places {
				counts[p]++
			}
		}
	}
	out := []placeJSON{}
	if r.URL.Query().Get("all") == "true" {
		for _, p := range s.cfg.Profiles {
			if p.Places == nil || (sc.Profile != "" && p.Name != sc.Profile) {
				continue
			}
			for _, pl := range p.Places.All() {
				out = append(out, placeJSON{Name: pl.Name, ID: pl.ID, Lat: pl.Lat, Lon: pl.Lon, Kind: pl.Kind, Ends: pl.Ends, Profile: p.Name, Claims: counts[pl.Name]})
			}
		}
	} else {
		prefer := profile.ByName(s.cfg.Profiles, sc.Profile)
		for name, n := range counts {
			pj := placeJSON{Name: name, Claims: n}
			if pl, p := s.lookupPlace(prefer, name); pl != nil {
				pj.ID, pj.Lat, pj.Lon, pj.Kind, pj.Ends, pj.Profile = pl.ID, pl.Lat, pl.Lon, pl.Kind, pl.Ends, p.Name
			}
			out = append(out, pj)
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].Claims != out[j].Claims {
				return out[i].Claims > out[j].Claims
			}
			return out[i].Name < out[j].Name
		})
	}
	writeJSON(w, http.StatusOK, struct {
		Places []placeJSON `json:"places"`
	}{out})
}

// eventsMatching lists the resolver's events in the scope, optionally at a
// place.
func (s *Server) eventsMatching(sc scope, place string, disputedOnly bool) []resolve.Event {
	var evs []resolve.Event
	if disputedOnly {
		evs = s.cfg.Resolver.Disputes(resolve.DisputeFilter{Place: place, From: sc.From, To: sc.To})
	} else {
		for _, ev := range s.cfg.Resolver.Events() {
			if place != "" && !containsFold(ev.Places, place) {
				continue
			}
			if !eventIn(&ev, sc.From, sc.To) {
				continue
			}
			evs = append(evs, ev)
		}
	}
	if sc.Profile == "" {
		return evs
	}
	out := evs[:0]
	for _, ev := range evs {
		if ev.Profile == sc.Profile {
			out = append(out, ev)
		}
	}
	return out
}

func eventIn(ev *resolve.Event, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if ev.Start == "" {
		return false
	}
	end := ev.End
	if end == "" {
		end = ev.Start
	}
	return (from == "" || end >= from) && (to == "" || ev.Start <= to)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

type eventsJSON struct {
	Events []resolve.Event `json:"events"`
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	s.apiEventList(w, r, false)
}

func (s *Server) apiDisputes(w http.ResponseWriter, r *http.Request) {
	s.apiEventList(w, r, true)
}

func (s *Server) apiEventList(w http.ResponseWriter, r *http.Request, disputed bool) {
	sc, err := s.readScope(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	place := r.URL.Query().Get("place")
	if place != "" {
		place = s.canonicalPlace(place)
	}
	evs := s.eventsMatching(sc, place, disputed)
	if evs == nil {
		evs = []resolve.Event{}
	}
	writeJSON(w, http.StatusOK, eventsJSON{Events: evs})
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := s.cfg.Resolver.Event(r.PathValue("id"))
	if !ok {
		s.apiError(w, r, claimtrail.Errorf(claimtrail.ENotFound, "event %q not found", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, ev)
}

func (s *Server) apiControl(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	date := q.Get("date")
	if !validDate(date) {
		s.apiError(w, r, claimtrail.Errorf(claimtrail.EInvalid, "control needs date=YYYY-MM-DD"))
		return
	}
	rows := s.cfg.Resolver.Control(date, claimtrail.Side(strings.ToUpper(q.Get("side"))))
	if rows == nil {
		rows = []resolve.ControlRow{}
	}
	writeJSON(w, http.StatusOK, struct {
		Date    string               `json:"date"`
		Control []resolve.ControlRow `json:"control"`
	}{date, rows})
}

func (s *Server) apiTallies(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	item := q.Get("item")
	if item != "" && !contains(claimtrail.QuantityItems, item) {
		s.apiError(w, r, claimtrail.Errorf(claimtrail.EInvalid, "item must be one of %s, not %q", strings.Join(claimtrail.QuantityItems, ", "), item))
		return
	}
	ts := s.cfg.Resolver.Tallies(resolve.TallyFilter{ClaimantSide: claimtrail.Side(strings.ToUpper(q.Get("claimant_side"))), Item: item})
	if ts == nil {
		ts = []resolve.Tally{}
	}
	writeJSON(w, http.StatusOK, struct {
		Tallies []resolve.Tally `json:"tallies"`
	}{ts})
}

func (s *Server) apiReuse(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rs, err := s.cfg.Store.Reuses(r.Context(), claimtrail.ReuseFilter{Doc: q.Get("doc"), Outlet: q.Get("outlet")})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	for i := range rs {
		rs[i].Kind = "reuse"
	}
	if rs == nil {
		rs = []claimtrail.Reuse{}
	}
	writeJSON(w, http.StatusOK, struct {
		Reuse []claimtrail.Reuse `json:"reuse"`
	}{rs})
}

// outletJSON is one outlet's part in the copying (see reuse.OutletStat).
type outletJSON = reuse.OutletStat

func (s *Server) apiOutlets(w http.ResponseWriter, r *http.Request) {
	rows, err := s.outlets(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Outlets []*outletJSON `json:"outlets"`
	}{rows})
}

func (s *Server) outlets(r *http.Request) ([]*outletJSON, error) {
	return reuse.Outlets(r.Context(), s.cfg.Store)
}
