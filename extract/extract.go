package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract/quantity"
	"github.com/claimtrail/claimtrail/extract/sentence"
	"github.com/claimtrail/claimtrail/extract/timex"
	"github.com/claimtrail/claimtrail/profile"
)

// Extractor turns a cleaned document into claims. It holds only read-only
// data after New, so one Extractor serves any number of goroutines.
type Extractor struct {
	p     *profile.Profile
	lex   *quantity.Lexicon
	start time.Time
	year  int
	codes []claimtrail.Side
	// inst is the institution that speaks for a side in military register
	// (its defence ministry), used for pasted first-person statements.
	inst    map[claimtrail.Side]*profile.Actor
	weapons map[string]string
	// equip and fired are equipmentWords and firedWords with the
	// profile's weapon names: a model ("S-300", "HIMARS") is equipment, a
	// rocket or gun system ("Grad") is something fired.
	equip, fired map[string]bool
}

// New returns an Extractor for the conflict profile p. p may be nil: claims
// are still found, but sides, actors and places are left empty.
func New(p *profile.Profile) *Extractor {
	x := &Extractor{p: p, inst: map[claimtrail.Side]*profile.Actor{}}
	var extra map[string]string
	if p != nil {
		extra = p.WeaponItems()
		x.weapons = extra
		if t, err := time.Parse("2006-01-02", p.Start); err == nil {
			x.start = t
			x.year = t.Year()
		}
		for _, s := range p.Sides {
			x.codes = append(x.codes, s.Code)
		}
		for i := range p.Actors {
			a := &p.Actors[i]
			if a.Side == "" || a.Role != claimtrail.RoleMilitary || a.Kind == "person" {
				continue
			}
			cur := x.inst[a.Side]
			if cur == nil || instScore(a) > instScore(cur) {
				x.inst[a.Side] = a
			}
		}
	}
	x.lex = quantity.NewLexicon(extra)
	x.equip = make(map[string]bool, len(equipmentWords)+len(extra))
	x.fired = make(map[string]bool, len(firedWords)+len(extra))
	for w := range equipmentWords {
		x.equip[w] = true
	}
	for w := range firedWords {
		x.fired[w] = true
	}
	for name, item := range extra {
		if strings.ContainsAny(name, " \t") {
			continue // a token is one word
		}
		x.equip[name] = true
		if item == "mlrs" || item == "artillery" {
			x.fired[name] = true
		}
	}
	return x
}

// instScore ranks how well an actor stands for a side's military voice: a
// defence ministry first, then a general staff, then any military body.
func instScore(a *profile.Actor) int {
	n := strings.ToLower(a.Name)
	s := 1
	if strings.Contains(n, "ministry") && strings.Contains(n, "defen") {
		s += 4
	} else if strings.Contains(n, "staff") {
		s += 2
	}
	if a.Kind == "organization" {
		s++
	}
	return s
}

// other returns the opposite side in a two-side profile, or "".
func (x *Extractor) other(s claimtrail.Side) claimtrail.Side {
	if s == "" || len(x.codes) != 2 {
		return ""
	}
	if x.codes[0] == s {
		return x.codes[1]
	}
	if x.codes[1] == s {
		return x.codes[0]
	}
	return ""
}

// Extract returns the claims of doc, ordered by position in doc.Body.
func (x *Extractor) Extract(doc *claimtrail.Document) []claimtrail.Claim {
	if doc == nil || strings.TrimSpace(doc.Body) == "" {
		return nil
	}
	st := newState(x, doc)
	sc := scratchPool.Get().(*scratch)
	st.run(sc)
	sc.release()
	scratchPool.Put(sc)
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].Start < st.out[j].Start })
	return st.out
}

// claimant is who speaks for a stretch of text.
type claimant struct {
	name   string
	side   claimtrail.Side
	role   string
	voice  string
	person bool
	head   string // head noun of a common-noun claimant ("military"), for later "the military"
}

func (c claimant) reported() bool { return c.voice == claimtrail.VoiceReported }

// sideRef is a mention that stands for a side, at token positions.
type sideRef struct {
	a, b int // token span [a,b)
	side claimtrail.Side
	kind int // refSide, refActor, refOur, refEnemy, refPoss, refLatter
	act  *profile.Actor
}

const (
	refSide = iota
	refActor
	refOur
	refEnemy
	refPoss
	refLatter
)

type placeRef struct {
	a, b  int
	place *profile.Place
	text  string
	drop  bool // a qualifier or a description, not the event's place
}

type sent struct {
	st          *state
	body        string
	idx, para   int
	s, e        int
	toks        []tok
	sides       []sideRef
	places      []placeRef
	actors      []profile.ActorMatch
	times       []timex.Expr // see timesOf
	timesDone   bool
	speechQ     bool // has tokens in a speech quotation
	main        *claimant
	mainSet     bool
	statePara   bool // the paragraph is a pasted first-person statement
	weSide      claimtrail.Side
	hasHedge    bool
	frames      []*frame
	quotes      []*quoteRegion // speech quotations that hold tokens of this sentence
	lastDate    *claimtrail.DateRange
	placeNames  []*profile.Place // every place resolved in the sentence, for salience
	firstPerson *person
	stateC      *claimant // who speaks a pasted first-person statement
	hasClaims   bool
	folded      string
	qs          []quantity.Match
	qsDone      bool
	road        []*profile.Place
}

// state is the per-document context: what carries from sentence to sentence.
type state struct {
	x      *Extractor
	doc    *claimtrail.Document
	body   string
	author claimant
	ref    timex.Ref
	pub    time.Time

	sideM  []profile.SideMatch
	actorM []profile.ActorMatch
	placeM []profile.PlaceMatch

	sents []*sent
	out   []claimtrail.Claim

	// context
	salience    []salient
	lastRoad    []*profile.Place
	prevMain    *claimant // claimant of the previous sentence's claims
	paraStarts  []int
	extra       []*pclaim    // claims evaluate found beside the one it returns
	openQuote   *quoteRegion // a quotation still open at the end of a paragraph
	bulletin    *claimant    // the institution a headline names as the source
	lastClaim   *claimtrail.Claim
	lastAccused *claimtrail.Claim // the last claim made as an accusation ("accused X of …")
	// placeHeads maps a facility noun that followed a place's name
	// ("Hostomel airfield") to that mention, so "the airfield" finds it
	placeHeads map[string]headMention
	// labels remembers the camp of a speaker label ("Donbass Trench
	// (pro-Russian):") for the label's later posts
	labels map[string]claimant
	// labelC speaks the rest of the paragraph its label opened
	labelC               *claimant
	labelPara, labelSent int
	byClaimant           map[string]*claimtrail.Claim // last claim by claimant name
	bySide               map[claimtrail.Side]*claimtrail.Claim
	byHead               map[string]claimant // last claimant by head noun
	persons              map[string]*person  // lower-cased surname or full name
	lastPerson           *person
	prevMainIdx          int
	paraDate             *claimtrail.DateRange // the date carried to sentence paraSents[dateNext]
	paraSents            []*sent               // the sentences of the paragraph being read
	dateNext             int

	// cursors into sideM, actorM and placeM
	sideK, actorK, placeK int
}

type salient struct {
	p    *profile.Place
	sent int
}

type person struct {
	name string
	side claimtrail.Side
	role string
}

func newState(x *Extractor, doc *claimtrail.Document) *state {
	st := &state{x: x, doc: doc, body: doc.Body,
		byClaimant: map[string]*claimtrail.Claim{}, bySide: map[claimtrail.Side]*claimtrail.Claim{},
		byHead: map[string]claimant{}, persons: map[string]*person{}, labels: map[string]claimant{}}
	outlet := doc.Outlet
	if outlet == "" && doc.Original != nil {
		outlet = doc.Original.Outlet
	}
	st.author = claimant{name: outlet, role: claimtrail.RoleAuthor, voice: claimtrail.VoiceAuthor}
	pub := doc.Published
	if doc.Original != nil && doc.Original.Published != "" {
		pub = doc.Original.Published
	}
	if t, err := time.Parse("2006-01-02", pub); err == nil {
		st.pub = t
	}
	st.ref = timex.Ref{Published: st.pub, ConflictStart: x.start}
	if st.pub.IsZero() {
		st.ref.Year = x.year
	}
	if x.p != nil {
		// one pass over the body for places, side terms and actors
		m := x.p.Mentions(st.body)
		st.sideM, st.actorM, st.placeM = m.Sides, m.Actors, m.Places
	}
	st.bulletin = x.headlineSource(doc, st.actorM)
	return st
}

// headlineSource reads a headline of the form "<institution>: <content>"
// ("Azerbaijani MoD: Tartar and Aghdam under fire", "General Staff: enemy
// losses as of March 20") or "<institution> briefing/statement …": the
// article then carries that institution's statement, and what it says in
// its own voice is the institution's claim.
func (x *Extractor) headlineSource(doc *claimtrail.Document, bodyActors []profile.ActorMatch) *claimant {
	if x.p == nil || doc.Title == "" {
		return nil
	}
	t := doc.Title
	head := ""
	if i := strings.Index(t, ":"); i > 0 && i < 60 {
		head = t[:i]
	} else {
		lt := strings.ToLower(t)
		for _, w := range []string{" briefing", " bulletin", " statement", " summary", " update"} {
			if i := strings.Index(lt, w); i > 0 {
				head = t[:i]
				break
			}
		}
	}
	if head == "" {
		return nil
	}
	var a *profile.Actor
	if ms := x.p.FindActors(head); len(ms) > 0 && ms[0].Start == 0 {
		a = ms[0].Actor
	} else if len(head) > 4 {
		// a short form of an actor the article names in full
		short := strings.ToLower(strings.TrimSpace(head))
		for _, m := range bodyActors {
			if strings.Contains(strings.ToLower(m.Actor.Name), short) {
				a = m.Actor
				break
			}
		}
	}
	if a == nil || a.Side == "" || a.Kind == "person" {
		return nil
	}
	return &claimant{name: a.Name, side: a.Side, role: a.Role, voice: claimtrail.VoiceReported}
}

// paragraphs returns the byte spans of the body's paragraphs, joining a
// paragraph that stops mid-sentence with the one after it (a broken line
// in the source), as the spec asks before anything else is done.
func paragraphs(body string) [][2]int {
	ps := rawParagraphs(body)
	var out [][2]int
	for k := 0; k < len(ps); k++ {
		cur := ps[k]
		for k+1 < len(ps) && brokenAfter(body[cur[0]:cur[1]], body[ps[k+1][0]:ps[k+1][1]]) {
			k++
			cur[1] = ps[k][1]
		}
		out = append(out, cur)
	}
	return out
}

// rawParagraphs splits the body at blank lines.
func rawParagraphs(body string) [][2]int {
	var ps [][2]int
	i := 0
	for i < len(body) {
		j := strings.Index(body[i:], "\n\n")
		end := len(body)
		if j >= 0 {
			end = i + j
		}
		if strings.TrimSpace(body[i:end]) != "" {
			ps = append(ps, [2]int{i, end})
		}
		if j < 0 {
			break
		}
		i = end + 2
	}
	return ps
}

// brokenAfter reports whether paragraph a ends mid-sentence and b continues it.
func brokenAfter(a, b string) bool {
	a = strings.TrimSpace(a)
	b = strings.TrimSpace(b)
	if a == "" || b == "" {
		return false
	}
	last := a[len(a)-1]
	switch last {
	case '.', '!', '?', ':', '"', ')', ']', '*', ';':
		return false
	}
	if strings.HasSuffix(a, "”") || strings.HasSuffix(a, "’") || strings.HasSuffix(a, "…") {
		return false
	}
	first := b[0]
	if first >= 'a' && first <= 'z' {
		return true
	}
	// A paragraph ending in a function word cannot end a sentence.
	k := strings.LastIndexAny(a, " \t\n")
	w := strings.ToLower(a[k+1:])
	switch w {
	case "the", "a", "an", "of", "from", "to", "in", "on", "and", "or", "by", "with", "for", "at", "that", "its", "their", "his", "her":
		return true
	}
	return false
}

// scratch holds the tokens and sentences of one document while Extract
// reads it. Nothing of it outlives the call (claims copy what they keep),
// so the arrays go back to a pool for the next document.
type scratch struct {
	toks  []tok
	sents []sent
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// newSent returns a zeroed sentence from the pool's array. A full array is
// not grown in place (that would move the sentences already handed out):
// a larger one is started, and kept for the next document.
func (sc *scratch) newSent() *sent {
	if len(sc.sents) == cap(sc.sents) {
		sc.sents = make([]sent, 0, max(64, 2*cap(sc.sents)))
	}
	sc.sents = sc.sents[:len(sc.sents)+1]
	s := &sc.sents[len(sc.sents)-1]
	*s = sent{}
	return s
}

// release empties the arrays for the next document, dropping what they
// point to so that the pool keeps no document alive.
func (sc *scratch) release() {
	clear(sc.toks[:cap(sc.toks)])
	sc.toks = sc.toks[:0]
	clear(sc.sents[:cap(sc.sents)])
	sc.sents = sc.sents[:0]
}

func (st *state) run(sc *scratch) {
	paras := paragraphs(st.body)
	// a claim's Paragraph counts the body's own paragraphs, even where
	// broken ones were joined
	for _, p := range rawParagraphs(st.body) {
		st.paraStarts = append(st.paraStarts, p[0])
	}
	// the tokens of all sentences share one array: a sentence's tokens
	// are a full slice of it that later appends never write into
	toks := sc.toks[:0]
	var ss []*sent
	for pi, pr := range paras {
		ptext := st.body[pr[0]:pr[1]]
		spans := sentence.Split(ptext)
		ss = ss[:0]
		for _, sp := range spans {
			s := sc.newSent()
			s.st, s.body, s.idx, s.para, s.s, s.e = st, st.body, len(st.sents), pi, pr[0]+sp.Start, pr[0]+sp.End
			a := len(toks)
			toks = tokenize(st.body, s.s, s.e, toks)
			s.toks = toks[a:len(toks):len(toks)]
			markRetractions(s.toks)
			st.sents = append(st.sents, s)
			ss = append(ss, s)
		}
		sc.toks = toks
		st.paraSents = ss
		st.dateNext = 0
		st.paraDate = nil
		st.mentions(ss)
		st.quotes(ss)
		st.statementParagraph(ss)
		for _, s := range ss {
			st.sentence(s)
		}
	}
}

// mentions attaches the body-level side, actor and place mentions and the
// sentence's time expressions to each sentence.
func (st *state) mentions(ss []*sent) {
	for _, s := range ss {
		// the mentions lie in body order, as the sentences do: a cursor per
		// kind skips those before the sentence; a mention that runs past
		// the sentence's end belongs to none
		for st.sideK < len(st.sideM) && st.sideM[st.sideK].Start < s.s {
			st.sideK++
		}
		for k := st.sideK; k < len(st.sideM) && st.sideM[k].Start < s.e; k++ {
			m := &st.sideM[k]
			if m.End > s.e {
				continue
			}
			a, b := tokSpan(s.toks, m.Start, m.End)
			if a < b {
				s.sides = append(s.sides, sideRef{a: a, b: b, side: m.Side, kind: refSide})
			}
		}
		for st.actorK < len(st.actorM) && st.actorM[st.actorK].Start < s.s {
			st.actorK++
		}
		for k := st.actorK; k < len(st.actorM) && st.actorM[k].Start < s.e; k++ {
			am := st.actorM[k]
			if am.End > s.e {
				continue
			}
			s.actors = append(s.actors, am)
			a, b := tokSpan(s.toks, am.Start, am.End)
			if a < b && am.Actor.Side != "" {
				s.sides = append(s.sides, sideRef{a: a, b: b, side: am.Actor.Side, kind: refActor, act: am.Actor})
			}
			if a < b && am.Actor.Side == "" {
				// a side term inside a third party's name ("the Ethiopian
				// Human Rights Commission") names no camp
				s.sides = dropInside(s.sides, a, b)
			}
		}
		for st.placeK < len(st.placeM) && st.placeM[st.placeK].Start < s.s {
			st.placeK++
		}
		for k := st.placeK; k < len(st.placeM) && st.placeM[k].Start < s.e; k++ {
			pm := st.placeM[k]
			if pm.End > s.e {
				continue
			}
			a, b := tokSpan(s.toks, pm.Start, pm.End)
			if a < b {
				s.places = append(s.places, placeRef{a: a, b: b, place: pm.Place, text: st.body[pm.Start:pm.End]})
			}
		}
		// pronoun-like side references, resolved per claim
		for i, t := range s.toks {
			switch t.w {
			case "our", "we", "us":
				s.sides = append(s.sides, sideRef{a: i, b: i + 1, kind: refOur})
			case "enemy", "opponent", "opponents", "adversary", "hostile", "enemy's":
				s.sides = append(s.sides, sideRef{a: i, b: i + 1, kind: refEnemy})
			case "its", "their":
				s.sides = append(s.sides, sideRef{a: i, b: i + 1, kind: refPoss})
			case "latter":
				if i > 0 && s.toks[i-1].w == "the" {
					s.sides = append(s.sides, sideRef{a: i - 1, b: i + 1, kind: refLatter})
				}
			}
			if t.has(flHedge) {
				s.hasHedge = true
			}
		}
		if len(s.sides) > 1 {
			sort.Slice(s.sides, func(i, j int) bool { return s.sides[i].a < s.sides[j].a })
			s.sides = dedupeSides(s.sides)
		}
		st.markPlaces(s)
	}
}

// timesOf finds the time expressions of a sentence, once, when a claim or
// the date carried through its paragraph first needs them: most sentences
// hold no claim, and neither do the ones after them in their paragraph.
func (st *state) timesOf(s *sent) []timex.Expr {
	if s.timesDone {
		return s.times
	}
	s.timesDone = true
	// timex rejects sentences without a digit or time word itself
	for _, e := range timex.Find(st.body[s.s:s.e], st.ref) {
		e.Start += s.s
		e.End += s.s
		s.times = append(s.times, e)
	}
	return s.times
}

// syncDates brings the date carried in the paragraph up to the sentence
// before s: each earlier sentence of the paragraph, in order, passes on its
// last time expression (resolved against the date carried to it, as
// "the next day" needs).
func (st *state) syncDates(s *sent) {
	for st.dateNext < len(st.paraSents) && st.paraSents[st.dateNext].idx < s.idx {
		t := st.paraSents[st.dateNext]
		st.dateNext++
		if len(st.timesOf(t)) > 0 {
			if d := st.lastExprDate(t); d != nil {
				st.paraDate = d
			}
		}
	}
}

// dedupeSides drops a side reference nested in another (an actor whose name
// holds a side term): the longer mention wins.
func dedupeSides(in []sideRef) []sideRef {
	out := in[:0]
	for _, r := range in {
		if n := len(out); n > 0 && r.a < out[n-1].b {
			if r.b-r.a > out[n-1].b-out[n-1].a || (r.kind == refActor && out[n-1].kind == refSide && r.b-r.a == out[n-1].b-out[n-1].a) {
				out[n-1] = r
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// dropInside removes the side references that lie within tokens [a, b).
func dropInside(in []sideRef, a, b int) []sideRef {
	out := in[:0]
	for _, r := range in {
		if r.a >= a && r.b <= b {
			continue
		}
		out = append(out, r)
	}
	return out
}

// tokSpan maps a byte span to the tokens it covers.
func tokSpan(toks []tok, s, e int) (int, int) {
	a := sort.Search(len(toks), func(i int) bool { return toks[i].e > s })
	b := a
	for b < len(toks) && toks[b].s < e {
		b++
	}
	return a, b
}

func (st *state) sideAt(s *sent, i int) *sideRef {
	for k := range s.sides {
		if s.sides[k].a <= i && i < s.sides[k].b {
			return &s.sides[k]
		}
	}
	return nil
}

// id makes a deterministic claim id: document, sentence, type and rank.
func claimID(doc string, sent int, typ string, k int) string {
	return fmt.Sprintf("%s:%d:%s:%d", doc, sent, typ, k)
}
