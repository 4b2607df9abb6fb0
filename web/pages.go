package web

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
)

func pathEscape(s string) string { return url.PathEscape(s) }

func profName(p *profile.Profile) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// ---- map ----

type mapPage struct {
	page
	Map      mapView
	Views    []viewOption
	View     string
	Days     []string
	DayIndex int
	Rows     []mapRow
}

type mapRow struct {
	Name, Href, Class, Holders string
	Claims                     int
	Disagree                   bool
}

// mapState reads the map's own parameters: the day and the colouring.
func (s *Server) mapState(r *http.Request) (mapPage, error) {
	sc, err := s.readScope(r)
	if err != nil {
		return mapPage{}, err
	}
	sn, err := s.snapshot(r.Context())
	if err != nil {
		return mapPage{}, err
	}
	p := s.chooseProfile(sn, sc.Profile)
	first, last := span(p, sn)
	dayList := days(first, last, 3660)
	q := r.URL.Query()
	date := q.Get("date")
	if date != "" && !validDate(date) {
		return mapPage{}, claimtrail.Errorf(claimtrail.EInvalid, "date must be YYYY-MM-DD, not %q", date)
	}
	if d := q.Get("d"); d != "" && date == "" {
		// the slider without script sends the day's index
		i, err := strconv.Atoi(d)
		if err != nil || i < 0 || i >= len(dayList) {
			return mapPage{}, claimtrail.Errorf(claimtrail.EInvalid, "d must be a day index from 0 to %d", len(dayList)-1)
		}
		date = dayList[i]
	}
	if date == "" {
		date = sc.To
	}
	if date == "" && len(dayList) > 0 {
		date = dayList[len(dayList)-1]
	}
	if date == "" {
		date = s.cfg.Now().Format("2006-01-02")
	}
	view := q.Get("view")
	views := mapViews(p)
	ok := false
	for i := range views {
		if views[i].Value == view {
			ok = true
		}
	}
	if !ok {
		view = views[0].Value
	}
	for i := range views {
		views[i].Selected = views[i].Value == view
	}
	mv, stats, control, err := s.buildMap(sn, p, sc, date, view)
	if err != nil {
		return mapPage{}, err
	}
	idx := sort.SearchStrings(dayList, date)
	if idx >= len(dayList) {
		idx = len(dayList) - 1
	}
	mp := mapPage{page: s.newPage(r, "Map", "map", sc, p), Map: mv, Views: views, View: view, Days: dayList, DayIndex: idx}
	for _, st := range stats {
		row, has := control[st.place.Name]
		cls, holders := holdClass(p, row, has, view)
		mp.Rows = append(mp.Rows, mapRow{Name: st.place.Name, Href: sc.Link("/places/"+pathEscape(st.place.Name), "date", date),
			Class: cls, Holders: holders, Claims: st.claims, Disagree: has && row.Disagree})
	}
	return mp, nil
}

func (s *Server) pageMap(w http.ResponseWriter, r *http.Request) {
	mp, err := s.mapState(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "map", mp)
}

// pageMapSVG serves the map figure alone, for the slider's script.
func (s *Server) pageMapSVG(w http.ResponseWriter, r *http.Request) {
	mp, err := s.mapState(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	var b strings.Builder
	if err := s.pages["map"].t.ExecuteTemplate(&b, "mapfigure", mp); err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte(b.String()))
}

// ---- place ----

type placePage struct {
	page
	Place   *profile.Place
	Name    string
	Date    string
	Claims  []claimRow
	Events  []eventCard
	Changes []resolve.ControlChange
	Control *resolve.ControlRow
}

// claimRow is a claim as lists show it.
type claimRow struct {
	claimtrail.Claim
	Href, DocHref, Outlet, Published, SideClass string
}

func (s *Server) claimRows(sn *snapshot, p *profile.Profile, sc scope, cs []claimtrail.Claim) []claimRow {
	out := make([]claimRow, 0, len(cs))
	for _, c := range cs {
		d := sn.docs[c.Doc]
		out = append(out, claimRow{Claim: c, Href: sc.Link("/claims/" + pathEscape(c.ID)), DocHref: sc.Link("/documents/" + pathEscape(c.Doc)),
			Outlet: d.Outlet, Published: d.Published, SideClass: sideClass(p, c.Claimant.Side)})
	}
	return out
}

func (s *Server) pagePlace(w http.ResponseWriter, r *http.Request) {
	sc, sn, p, ok := s.pageStart(w, r)
	if !ok {
		return
	}
	name := r.PathValue("name")
	pl, pp := s.lookupPlace(p, name)
	if pl != nil {
		name = pl.Name
		if pp != nil {
			p = pp
		}
	}
	cs, err := s.cfg.Store.Claims(r.Context(), claimtrail.ClaimFilter{Place: name, From: sc.From, To: sc.To})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if pl == nil && len(cs) == 0 {
		s.pageError(w, r, claimtrail.Errorf(claimtrail.ENotFound, "no place %q in the gazetteers or the ledger", name))
		return
	}
	pg := placePage{page: s.newPage(r, name, "map", sc, p), Place: pl, Name: name, Date: r.URL.Query().Get("date")}
	pg.Claims = s.claimRows(sn, p, sc, cs)
	for _, ev := range s.eventsMatching(scope{From: sc.From, To: sc.To}, name, false) {
		pg.Events = append(pg.Events, s.eventCard(sn, p, sc, ev))
	}
	first, last := span(p, sn)
	if sc.From != "" {
		first = sc.From
	}
	if sc.To != "" {
		last = sc.To
	}
	for _, ch := range s.cfg.Resolver.ControlChanges(first, last, "") {
		if ch.Place == name {
			pg.Changes = append(pg.Changes, ch)
		}
	}
	if validDate(pg.Date) {
		for _, row := range s.cfg.Resolver.Control(pg.Date, "") {
			if row.Place == name {
				row := row
				pg.Control = &row
			}
		}
	}
	s.render(w, r, http.StatusOK, "place", pg)
}

// ---- events and disputes ----

// eventCard is an event with each camp's claims side by side.
type eventCard struct {
	resolve.Event
	Href    string
	Columns []campColumn
	History []historyRow
}

type campColumn struct {
	Side        string
	Label       string
	Class       string
	Asserts     int
	Denies      int
	Independent int
	Claims      []claimRow
}

type historyRow struct {
	resolve.StatusChange
	Links []link
}

type link struct{ Href, Text string }

func (s *Server) eventCard(sn *snapshot, p *profile.Profile, sc scope, ev resolve.Event) eventCard {
	card := eventCard{Event: ev, Href: sc.Link("/events/" + pathEscape(ev.ID))}
	if ev.Profile != "" {
		if ep := profile.ByName(s.cfg.Profiles, ev.Profile); ep != nil {
			p = ep
		}
	}
	for _, side := range sortedSides(p, ev.Sides) {
		camp := ev.Sides[side]
		col := campColumn{Side: side, Label: sideName(p, claimtrail.Side(side)), Class: sideClass(p, claimtrail.Side(side)),
			Asserts: camp.Asserts, Denies: camp.Denies, Independent: camp.Independent}
		var cs []claimtrail.Claim
		for _, id := range camp.Claims {
			if c, ok := s.cfg.Resolver.Claim(id); ok {
				cs = append(cs, c)
			}
		}
		col.Claims = s.claimRows(sn, p, sc, cs)
		card.Columns = append(card.Columns, col)
	}
	for _, h := range ev.History {
		hr := historyRow{StatusChange: h}
		for _, id := range h.Claims {
			hr.Links = append(hr.Links, link{Href: sc.Link("/claims/" + pathEscape(id)), Text: id})
		}
		card.History = append(card.History, hr)
	}
	return card
}

type disputesPage struct {
	page
	Place  string
	All    bool
	Events []eventCard
}

func (s *Server) pageDisputes(w http.ResponseWriter, r *http.Request) {
	sc, sn, p, ok := s.pageStart(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	place := strings.TrimSpace(q.Get("place"))
	if place != "" {
		place = s.canonicalPlace(place)
	}
	all := q.Get("all") == "1"
	pg := disputesPage{page: s.newPage(r, "Disputes", "disputes", sc, p), Place: place, All: all}
	for _, ev := range s.eventsMatching(scope{Profile: profName(p), From: sc.From, To: sc.To}, place, !all) {
		pg.Events = append(pg.Events, s.eventCard(sn, p, sc, ev))
	}
	s.render(w, r, http.StatusOK, "disputes", pg)
}

type eventPage struct {
	page
	Card eventCard
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	sc, err := s.readScope(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ev, ok := s.cfg.Resolver.Event(r.PathValue("id"))
	if !ok {
		s.pageError(w, r, claimtrail.Errorf(claimtrail.ENotFound, "event %q not found", r.PathValue("id")))
		return
	}
	sn, err := s.snapshot(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := s.chooseProfile(sn, ev.Profile)
	s.render(w, r, http.StatusOK, "event", eventPage{page: s.newPage(r, "Event "+ev.ID, "disputes", sc, p), Card: s.eventCard(sn, p, sc, ev)})
}

// ---- timeline ----

type timelinePage struct {
	page
	Stack   string
	Claims  barChart
	Events  barChart
	Undated int
}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	sc, sn, p, ok := s.pageStart(w, r)
	if !ok {
		return
	}
	stack := r.URL.Query().Get("stack")
	if stack != "type" {
		stack = "side"
	}
	first, last := span(p, sn)
	dayList := days(first, last, 3660)
	pg := timelinePage{page: s.newPage(r, "Timeline", "timeline", sc, p), Stack: stack}
	// claims per day, on the day their event starts
	var layers []layer
	idx := map[string]int{}
	layerOf := func(key, class, label string) *layer {
		i, ok := idx[key]
		if !ok {
			i = len(layers)
			idx[key] = i
			layers = append(layers, layer{Class: class, Label: label, Count: map[string]int{}})
		}
		return &layers[i]
	}
	if stack == "side" {
		// fixed order: side A, side B, no side
		for i := 0; i < 2; i++ {
			if sd := sideOf(p, i); sd != "" {
				layerOf(string(sd), "fill-"+sideClass(p, sd), string(sd)+"’s claimants")
			}
		}
		layerOf("", "fill-n", "others")
	} else {
		for i, t := range claimtrail.ClaimTypes {
			layerOf(t, "fill-t"+strconv.Itoa(i), t)
		}
	}
	for i := range sn.claims {
		l := &sn.claims[i]
		if p != nil && l.Profile != p.Name {
			continue
		}
		if l.Start == "" {
			pg.Undated++
			continue
		}
		if stack == "side" {
			key := string(l.Side)
			if key != string(sideOf(p, 0)) && key != string(sideOf(p, 1)) {
				key = ""
			}
			layers[idx[key]].Count[l.Start]++
		} else if j, ok := idx[l.Type]; ok {
			layers[j].Count[l.Start]++
		}
	}
	pg.Claims = stackedBars("claims-chart", "Claims per day", dayList, layers, sc.From, sc.To)
	// events per day by status
	statuses := []string{resolve.StatusClaimed, resolve.StatusDisputed, resolve.StatusConfirmed, resolve.StatusRefuted}
	var evLayers []layer
	for _, st := range statuses {
		evLayers = append(evLayers, layer{Class: "fill-" + st, Label: st, Count: map[string]int{}})
	}
	for _, ev := range s.eventsMatching(scope{Profile: profName(p)}, "", false) {
		for i, st := range statuses {
			if ev.Status == st && ev.Start != "" {
				evLayers[i].Count[ev.Start]++
			}
		}
	}
	pg.Events = stackedBars("events-chart", "Events per day, by status now", dayList, evLayers, sc.From, sc.To)
	s.render(w, r, http.StatusOK, "timeline", pg)
}

// ---- tallies ----

type talliesPage struct {
	page
	Charts []lineChart
}

func (s *Server) pageTallies(w http.ResponseWriter, r *http.Request) {
	sc, sn, p, ok := s.pageStart(w, r)
	if !ok {
		return
	}
	pg := talliesPage{page: s.newPage(r, "Tallies", "tallies", sc, p)}
	inProfile := map[claimtrail.Side]bool{}
	if p != nil {
		for _, sd := range p.Sides {
			inProfile[sd.Code] = true
		}
	}
	first, last := span(p, sn)
	if sc.From != "" {
		first = sc.From
	}
	if sc.To != "" {
		last = sc.To
	}
	pts := func(tp []resolve.TallyPoint) []linePoint {
		var out []linePoint
		for _, x := range tp {
			if x.Date < first || x.Date > last {
				continue
			}
			lp := linePoint{Day: x.Date, V: x.Total, Title: x.Date + ": total " + strconv.FormatInt(x.Total, 10) + " (" + x.Kind + " " + strconv.FormatInt(x.Stated, 10) + ")"}
			if len(x.Claims) > 0 {
				lp.Href = sc.Link("/claims/" + pathEscape(x.Claims[0]))
			}
			out = append(out, lp)
		}
		return out
	}
	for _, t := range s.cfg.Resolver.Tallies(resolve.TallyFilter{}) {
		if p != nil && !inProfile[t.ClaimantSide] {
			continue
		}
		claimed := pts(t.Points)
		admitted := pts(t.Admitted)
		if len(claimed) == 0 && len(admitted) == 0 {
			continue
		}
		against := string(t.Against)
		if against == "" {
			against = "the other side"
		}
		in := []lineInput{{Class: "line-" + sideClass(p, t.ClaimantSide), Label: string(t.ClaimantSide) + " claims " + against + " lost", Points: claimed}}
		if len(admitted) > 0 {
			in = append(in, lineInput{Class: "line-" + sideClass(p, t.Against), Label: against + " admits", Dashed: true, Points: admitted})
		}
		pg.Charts = append(pg.Charts, lines(t.Item+": "+string(t.ClaimantSide)+" claims against "+against, first, last, in))
	}
	s.render(w, r, http.StatusOK, "tallies", pg)
}

// ---- search ----

type searchPage struct {
	page
	Form    searchForm
	Types   []string
	Results []claimRow
	Next    string
	Ran     bool
}

type searchForm struct {
	Place, Side, Claimant, Type, Doc, Text string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	sc, sn, p, ok := s.pageStart(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	pg := searchPage{page: s.newPage(r, "Search", "search", sc, p), Types: claimtrail.ClaimTypes,
		Form: searchForm{Place: q.Get("place"), Side: q.Get("side"), Claimant: q.Get("claimant"), Type: q.Get("type"), Doc: q.Get("doc"), Text: q.Get("text")}}
	f, err := s.claimFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.After = q.Get("after")
	pg.Ran = true
	cs, next, err := s.claimPage(r, f, searchPageSize)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	pg.Results = s.claimRows(sn, p, sc, cs)
	if next != "" {
		v := r.URL.Query()
		v.Set("after", next)
		pg.Next = "/search?" + v.Encode()
	}
	s.render(w, r, http.StatusOK, "search", pg)
}

// ---- claim ----

type claimPage struct {
	page
	Claim      claimtrail.Claim
	Doc        *claimtrail.Document
	DocHref    string
	Paragraphs []paragraph
	Event      *eventCard
	Chain      []chainLink
	OriginHref string
	Found      bool // the sentence was found in the body
}

// paragraph is a paragraph of the article; the claim's sentence, when in
// it, is Mark between Before and After. All three are escaped text.
type paragraph struct {
	Before, Mark, After string
	Has                 bool
}

type chainLink struct {
	Direction string // "copied from" or "copied by"
	Doc       string
	Href      string
	Outlet    string
	Published string
	Chars     int
	Text      string
}

func (s *Server) pageClaim(w http.ResponseWriter, r *http.Request) {
	sc, err := s.readScope(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ctx := r.Context()
	c, err := s.cfg.Store.Claim(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	doc, err := s.cfg.Store.Document(ctx, c.Doc)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := s.chooseProfile(sn, doc.Profile)
	pg := claimPage{page: s.newPage(r, "Claim "+c.ID, "search", sc, p), Claim: *c, Doc: doc, DocHref: sc.Link("/documents/" + pathEscape(doc.ID))}
	start, end := sentenceSpan(doc.Body, c)
	pg.Found = start >= 0
	pg.Paragraphs = paragraphs(doc.Body, start, end)
	if ev, ok := s.cfg.Resolver.EventOf(c.ID); ok {
		card := s.eventCard(sn, p, sc, ev)
		pg.Event = &card
	}
	if c.Origin != "" && c.Origin != c.Doc {
		pg.OriginHref = sc.Link("/documents/" + pathEscape(c.Origin))
	}
	chain, err := s.copyChain(r, sn, sc, c.Doc, start, end)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	pg.Chain = chain
	s.render(w, r, http.StatusOK, "claim", pg)
}

// sentenceSpan finds the claim's sentence in the body: by its offsets when
// they hold the sentence, else by searching for it; -1 when absent.
func sentenceSpan(body string, c *claimtrail.Claim) (int, int) {
	if c.Start >= 0 && c.End > c.Start && c.End <= len(body) {
		seg := body[c.Start:c.End]
		if foldSpace(seg) == foldSpace(c.Sentence) || strings.Contains(foldSpace(seg), foldSpace(c.Sentence)) {
			return c.Start, c.End
		}
	}
	if i := strings.Index(body, c.Sentence); i >= 0 && c.Sentence != "" {
		return i, i + len(c.Sentence)
	}
	return -1, -1
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs splits a body on blank lines and marks [start, end).
func paragraphs(body string, start, end int) []paragraph {
	var out []paragraph
	off := 0
	for _, para := range strings.Split(body, "\n\n") {
		ps, pe := off, off+len(para)
		off = pe + 2
		if strings.TrimSpace(para) == "" {
			continue
		}
		pp := paragraph{Before: para}
		if start >= 0 && start < pe && end > ps {
			a, b := max(start, ps)-ps, min(end, pe)-ps
			pp = paragraph{Before: para[:a], Mark: para[a:b], After: para[b:], Has: true}
		}
		out = append(out, pp)
	}
	return out
}

// copyChain follows reuse records whose passages hold the span [start,
// end) of doc: upstream to the documents it was copied from, downstream to
// those that copied it, a few hops each way.
func (s *Server) copyChain(r *http.Request, sn *snapshot, sc scope, doc string, start, end int) ([]chainLink, error) {
	if start < 0 {
		return nil, nil
	}
	type hop struct {
		doc        string
		start, end int
	}
	var out []chainLink
	seen := map[string]bool{doc: true}
	for _, dir := range []string{"copied from", "copied by"} {
		queue := []hop{{doc, start, end}}
		for depth := 0; depth < 6 && len(queue) > 0; depth++ {
			var next []hop
			for _, h := range queue {
				rs, err := s.cfg.Store.Reuses(r.Context(), claimtrail.ReuseFilter{Doc: h.doc})
				if err != nil {
					return nil, err
				}
				for _, re := range rs {
					var other string
					var os, oe int
					switch {
					case dir == "copied from" && re.B == h.doc && re.BStart < h.end && re.BEnd > h.start:
						other, os, oe = re.A, re.AStart, re.AEnd
					case dir == "copied by" && re.A == h.doc && re.AStart < h.end && re.AEnd > h.start:
						other, os, oe = re.B, re.BStart, re.BEnd
					default:
						continue
					}
					if seen[other] {
						continue
					}
					seen[other] = true
					d := sn.docs[other]
					out = append(out, chainLink{Direction: dir, Doc: other, Href: sc.Link("/documents/" + pathEscape(other)),
						Outlet: d.Outlet, Published: d.Published, Chars: re.Chars, Text: re.AText})
					next = append(next, hop{other, os, oe})
				}
			}
			queue = next
		}
	}
	return out, nil
}

// ---- document ----

type documentPage struct {
	page
	Doc        *claimtrail.Document
	Paragraphs []paragraph
	Claims     []claimRow
	Reuse      []claimtrail.Reuse
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	sc, err := s.readScope(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ctx := r.Context()
	doc, err := s.cfg.Store.Document(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	sn, err := s.snapshot(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := s.chooseProfile(sn, doc.Profile)
	cs, err := s.cfg.Store.Claims(ctx, claimtrail.ClaimFilter{Doc: doc.ID})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rs, err := s.cfg.Store.Reuses(ctx, claimtrail.ReuseFilter{Doc: doc.ID})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	title := doc.Title
	if title == "" {
		title = doc.ID
	}
	pg := documentPage{page: s.newPage(r, title, "search", sc, p), Doc: doc, Paragraphs: paragraphs(doc.Body, -1, -1),
		Claims: s.claimRows(sn, p, sc, cs), Reuse: rs}
	s.render(w, r, http.StatusOK, "document", pg)
}

// ---- ingest ----

type ingestPage struct {
	page
	Summary *IngestSummary
	Error   string
	Code    string
	MaxMB   int64
}

func (s *Server) pageIngest(w http.ResponseWriter, r *http.Request) {
	sc, _ := s.readScope(r)
	s.render(w, r, http.StatusOK, "ingest", ingestPage{page: s.newPage(r, "Ingest", "ingest", sc, nil), MaxMB: s.cfg.MaxUpload >> 20})
}

func (s *Server) pageIngestPost(w http.ResponseWriter, r *http.Request) {
	pg := ingestPage{page: s.newPage(r, "Ingest", "ingest", scope{}, nil), MaxMB: s.cfg.MaxUpload >> 20}
	fail := func(err error) {
		err = classify(err)
		s.logIfInternal(r, err)
		pg.Code = claimtrail.ErrorKind(err)
		pg.Error = claimtrail.ErrorMessage(err)
		s.render(w, r, statusOf(pg.Code), "ingest", pg)
	}
	if s.cfg.Token == "" || s.cfg.Engine == nil {
		fail(s.authorize(r, ""))
		return
	}
	ups, token, err := s.readUploads(w, r)
	if aerr := s.authorize(r, token); aerr != nil {
		fail(aerr)
		return
	}
	if err != nil {
		fail(err)
		return
	}
	sum, err := s.ingest(r.Context(), ups)
	if err != nil {
		fail(err)
		return
	}
	pg.Summary = sum
	s.render(w, r, http.StatusOK, "ingest", pg)
}

// pageStart is what every view page does first: read the scope (war, date
// range) from the query, take the ledger snapshot and choose the profile.
// On an error it writes the error page and reports false.
func (s *Server) pageStart(w http.ResponseWriter, r *http.Request) (scope, *snapshot, *profile.Profile, bool) {
	sc, err := s.readScope(r)
	if err != nil {
		s.pageError(w, r, err)
		return scope{}, nil, nil, false
	}
	sn, err := s.snapshot(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return scope{}, nil, nil, false
	}
	return sc, sn, s.chooseProfile(sn, sc.Profile), true
}
