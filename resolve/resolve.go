package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
)

// Statuses of an event, from weakest to strongest.
const (
	StatusClaimed   = "claimed"   // asserted, nobody has contradicted it yet
	StatusDisputed  = "disputed"  // a claimant of another camp contradicts it
	StatusConfirmed = "confirmed" // asserted by more than one side, or admitted by the side that loses by it
	StatusRefuted   = "refuted"   // withdrawn by its own claimant side, or contradicted by more than one side
)

// Families group claim types that speak about the same kind of happening.
// A withdrawal from a place is a claim about its control; a repelled attack
// is a claim about the attack.
func Family(claimType string) string {
	switch claimType {
	case claimtrail.TypeControl, claimtrail.TypeWithdrawal:
		return "control"
	case claimtrail.TypeAttack, claimtrail.TypeRepel:
		return "attack"
	}
	return claimType
}

// Doc is what the resolver needs of a document.
type Doc struct {
	ID        string
	Outlet    string
	Published string // YYYY-MM-DD or ""
	// Original is the publication date of the article a reprint republishes;
	// it is when the claims were first reported.
	Original string
	// OriginalOutlet is the outlet a reprint declares it republishes: its
	// claims count as that outlet's reporting.
	OriginalOutlet string
	Profile        string
}

// Conflict is what the resolver needs of a profile.
type Conflict struct {
	Name  string
	Start string // YYYY-MM-DD
	Sides []claimtrail.Side
	// OutletSides maps an outlet's lower-cased name or alias to the side
	// the profile says it speaks for (state and partisan media), for the
	// outlets that have one.
	OutletSides map[string]claimtrail.Side
}

// Other returns the other side of a two-sided conflict, "" otherwise.
func (c Conflict) Other(s claimtrail.Side) claimtrail.Side {
	if len(c.Sides) != 2 || s == "" {
		return ""
	}
	switch s {
	case c.Sides[0]:
		return c.Sides[1]
	case c.Sides[1]:
		return c.Sides[0]
	}
	return ""
}

// Event is a group of claims about one happening.
type Event struct {
	ID      string            `json:"id"`
	Family  string            `json:"family"`
	Type    string            `json:"type"` // the commonest claim type in it
	Places  []string          `json:"places"`
	Start   string            `json:"start,omitempty"`
	End     string            `json:"end,omitempty"`
	Actor   claimtrail.Side   `json:"actor"`            // of the proposition: the first asserted claim
	Target  claimtrail.Side   `json:"target"`           // likewise
	Holder  claimtrail.Side   `json:"holder,omitempty"` // control events: who holds the place by the proposition
	Claims  []string          `json:"claims"`           // claim ids, in the order they were made
	Sides   map[string]*Camp  `json:"sides"`            // by claimant side ("" for claimants of no side)
	Status  string            `json:"status"`
	History []StatusChange    `json:"history"`
	Profile string            `json:"profile,omitempty"`
	byID    map[string]*claim // the claims, for recomputation
}

// Camp is one claimant side's part in an event.
type Camp struct {
	Claims  []string `json:"claims"`
	Asserts int      `json:"asserts"`
	Denies  int      `json:"denies"`
	// Independent is the number of distinct outlets that report this side's
	// claims without copying one another (copies collapse to their origin).
	Independent int `json:"independent"`
}

// StatusChange is one step of an event's status history.
type StatusChange struct {
	Date   string   `json:"date"`
	Status string   `json:"status"`
	Claims []string `json:"claims"` // the claims that moved it
	Why    string   `json:"why"`
}

// Disputed reports whether the event has ever been disputed.
func (e *Event) Disputed() bool {
	for _, h := range e.History {
		if h.Status == StatusDisputed || h.Status == StatusRefuted {
			return true
		}
	}
	return e.Status == StatusDisputed
}

// StatusOn returns the status on a day (YYYY-MM-DD), "" before the first claim.
func (e *Event) StatusOn(day string) string {
	s := ""
	for _, h := range e.History {
		if h.Date <= day {
			s = h.Status
		}
	}
	return s
}

// claim is a claim with what the resolver derived from it.
type claim struct {
	c      claimtrail.Claim
	family string
	made   string // the day it was made: its date's end, or when it was first reported
	// known is the day the claim was first published (the reprinted
	// original's day for a reprint), or its date's end when the document
	// has no date: the day a reader could first know it. Status histories
	// are dated by it, so that a denial published on the 5th of a strike on
	// the 4th disputes the strike from the 5th, not from the 4th.
	known  string
	outlet string // the outlet of the document carrying its passage first
	// camp is the side the claim speaks for: its claimant's side, or, for
	// an outlet speaking in its own voice, the side the profile gives that
	// outlet (state and partisan media). The spec gives an outlet's own
	// voice side "", but a ministry's newspaper asserting a capture is not
	// a neutral confirmation of the ministry.
	camp    claimtrail.Side
	places  map[string]bool
	holder  claimtrail.Side // control family: who holds the place according to it ("" unknown)
	profile string
}

// Resolver folds claims into events. It is safe for concurrent use.
type Resolver struct {
	mu        sync.RWMutex // guards everything below
	conflicts map[string]Conflict
	owner     func(outlet string) string // outlet -> owner; nil counts outlets apart
	docs      map[string]Doc
	claims    map[string]*claim
	events    map[string]*Event
	of        map[string]string   // claim id -> event id
	byPlace   map[string][]string // profile|family|place -> event ids
	byKey     map[string][]string // profile|family|actor|target|reported day -> event ids (claims with no place)
}

// New returns an empty resolver for the given conflicts.
func New(conflicts []Conflict) *Resolver {
	r := &Resolver{
		conflicts: map[string]Conflict{},
		docs:      map[string]Doc{},
		claims:    map[string]*claim{},
		events:    map[string]*Event{},
		of:        map[string]string{},
		byPlace:   map[string][]string{},
		byKey:     map[string][]string{},
	}
	for _, c := range conflicts {
		r.conflicts[c.Name] = c
	}
	return r
}

// SetOwner sets how outlets map to owners: outlets under one owner count
// as one independent source. Call it before adding claims.
func (r *Resolver) SetOwner(owner func(outlet string) string) {
	r.mu.Lock()
	r.owner = owner
	r.mu.Unlock()
}

// AddDocs records documents; claims added later find their dates and
// outlets here. A document must be added before its claims.
func (r *Resolver) AddDocs(docs ...Doc) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, d := range docs {
		r.docs[d.ID] = d
	}
}

// Add folds claims into events. A claim already known (by ID) is replaced:
// it leaves its event first. Only the events touched are recomputed.
func (r *Resolver) Add(claims ...claimtrail.Claim) {
	r.mu.Lock()
	defer r.mu.Unlock()
	touched := map[string]bool{}
	for _, c := range claims {
		if c.ID == "" {
			continue
		}
		if old, ok := r.of[c.ID]; ok {
			r.removeLocked(c.ID)
			touched[old] = true
		}
		cl := r.derive(c)
		r.claims[c.ID] = cl
		id := r.placeLocked(cl)
		touched[id] = true
	}
	for id := range touched {
		if e, ok := r.events[id]; ok {
			r.recompute(e)
		}
	}
}

// RemoveDoc drops every claim of a document (when it is replaced).
func (r *Resolver) RemoveDoc(docID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	touched := map[string]bool{}
	for id, cl := range r.claims {
		if cl.c.Doc == docID {
			touched[r.of[id]] = true
			r.removeLocked(id)
		}
	}
	for id := range touched {
		if e, ok := r.events[id]; ok {
			r.recompute(e)
		}
	}
}

func (r *Resolver) removeLocked(claimID string) {
	evID := r.of[claimID]
	delete(r.of, claimID)
	delete(r.claims, claimID)
	e := r.events[evID]
	if e == nil {
		return
	}
	delete(e.byID, claimID)
	if len(e.byID) == 0 {
		delete(r.events, evID)
	}
}

func (r *Resolver) derive(c claimtrail.Claim) *claim {
	d := r.docs[c.Doc]
	cl := &claim{c: c, family: Family(c.Type), profile: d.Profile, places: map[string]bool{}}
	reported := d.Original
	if reported == "" {
		reported = d.Published
	}
	cl.made = reported
	if c.Date != nil && c.Date.End != "" && (reported == "" || c.Date.End < reported) {
		cl.made = c.Date.End
	}
	cl.known = reported
	if cl.known == "" {
		cl.known = cl.made
	}
	// The source a claim counts under: the outlet of the document its
	// passage first appeared in (copies collapse to their origin), the
	// outlet a reprint declares, and that outlet's owner.
	src := d
	if c.Origin != "" && c.Origin != c.Doc {
		if od, ok := r.docs[c.Origin]; ok {
			src = od
		}
	}
	cl.outlet = src.Outlet
	if src.OriginalOutlet != "" {
		cl.outlet = src.OriginalOutlet
	}
	cl.camp = c.Claimant.Side
	if cl.camp == "" && c.Voice == claimtrail.VoiceAuthor && cl.outlet != "" {
		cl.camp = r.conflicts[d.Profile].OutletSides[strings.ToLower(cl.outlet)]
	}
	if cl.outlet != "" && r.owner != nil {
		if o := r.owner(cl.outlet); o != "" {
			cl.outlet = o
		}
	}
	if cl.outlet == "" {
		cl.outlet = "doc:" + src.ID
	}
	for _, p := range c.Places {
		cl.places[p.Name] = true
	}
	if cl.family == "control" {
		cl.holder = r.holder(c, d.Profile)
	}
	return cl
}

// holder says who holds the place according to a control-family claim: a
// capture asserted by X means X holds it; a capture by X denied means the
// target still holds it; a withdrawal by X means the other side holds it.
func (r *Resolver) holder(c claimtrail.Claim, profile string) claimtrail.Side {
	conf := r.conflicts[profile]
	switch {
	case c.Type == claimtrail.TypeWithdrawal && c.Stance == claimtrail.StanceAsserts:
		if c.Target != "" {
			return c.Target
		}
		return conf.Other(c.Actor)
	case c.Type == claimtrail.TypeWithdrawal:
		return c.Actor
	case c.Stance == claimtrail.StanceAsserts:
		return c.Actor
	default:
		if c.Target != "" {
			return c.Target
		}
		return conf.Other(c.Actor)
	}
}

// joins says whether a claim belongs to an event. The rules:
//   - same conflict and type family;
//   - for claims with places: a place in common; for control and route
//     events that is enough to speak of the same place (the dispute is who
//     holds it or its road), for the other families the actor and target
//     must agree too, and the dates must overlap (a claim with no date
//     joins only where actor, target and places all agree: strong evidence);
//   - claims with no place join only an event of claims with no place, of
//     the same actor and target, reported on the same day: "the casualty
//     statements of the other side are fake" answers that day's statements.
func (r *Resolver) joins(cl *claim, e *Event) bool {
	if e.Family != cl.family || e.Profile != cl.profile {
		return false
	}
	var any *claim
	for _, o := range e.byID {
		any = o
		break
	}
	if any == nil {
		return false
	}
	if cl.family == claimtrail.TypeStatement && len(cl.places) == 0 {
		// Official positions without a place are too diverse to group by
		// day: martial law and a ceasefire offer are different events.
		return false
	}
	if len(cl.places) == 0 {
		for _, o := range e.byID {
			if len(o.places) > 0 {
				return false
			}
			if o.c.Actor == cl.c.Actor && o.c.Target == cl.c.Target && reportedDay(r, o) == reportedDay(r, cl) && datesMeet(o, cl, 0) {
				return true
			}
		}
		return false
	}
	for _, o := range e.byID {
		if !overlaps(o.places, cl.places) {
			continue
		}
		switch cl.family {
		case "route":
			// A road is named by its two ends: the same road, not a road
			// that shares one end with it.
			if (len(o.places) < 2 || len(cl.places) < 2 || sameSet(o.places, cl.places)) && datesMeet(o, cl, 3) {
				return true
			}
		case "control":
			if datesMeet(o, cl, 3) {
				return true
			}
		default:
			if o.c.Actor != cl.c.Actor || o.c.Target != cl.c.Target {
				continue
			}
			if o.c.Date != nil && cl.c.Date != nil {
				if datesMeet(o, cl, 1) {
					return true
				}
				continue
			}
			if sameSet(o.places, cl.places) {
				return true
			}
		}
	}
	return false
}

// answerLag is how many days after a claim its answer may be dated and
// still be about it: a denial, a retraction or an admission is often dated
// by the day it was said ("the ministry on Monday withdrew its report",
// "officials acknowledged on Saturday that units had left"), days after the
// happening it answers.
const answerLag = 7

// isAnswer says whether a claim answers an earlier one: a denial, or a
// withdrawal (an admission that the other side took the place).
func isAnswer(c *claim) bool {
	return c.c.Stance == claimtrail.StanceDenies || c.c.Type == claimtrail.TypeWithdrawal
}

// answers says whether a claim that joins no event by the usual rules is an
// answer to one (or the event is made only of answers to it): the same
// family, place, actor and target as for joins, the answer dated up to
// answerLag days after the claim it answers. Only one such event is joined
// (the latest), so a late answer never bridges two events.
func (r *Resolver) answers(cl *claim, e *Event) bool {
	if e.Family != cl.family || e.Profile != cl.profile || len(cl.places) == 0 || cl.c.Date == nil {
		return false
	}
	onlyAnswers := true
	for _, o := range e.byID {
		if !isAnswer(o) {
			onlyAnswers = false
		}
	}
	for _, o := range e.byID {
		if o.c.Date == nil || !overlaps(o.places, cl.places) {
			continue
		}
		switch cl.family {
		case "control":
		case "route":
			if len(o.places) >= 2 && len(cl.places) >= 2 && !sameSet(o.places, cl.places) {
				continue
			}
		default:
			if o.c.Actor != cl.c.Actor || o.c.Target != cl.c.Target {
				continue
			}
		}
		earlier, answer := o, cl
		switch {
		case isAnswer(cl) && !isAnswer(o):
		case onlyAnswers:
			earlier, answer = cl, o
		default:
			continue
		}
		if earlier.c.Date.Start <= answer.c.Date.End && earlier.c.Date.End >= addDays(answer.c.Date.Start, -answerLag) {
			return true
		}
	}
	return false
}

func reportedDay(r *Resolver, cl *claim) string {
	d := r.docs[cl.c.Doc]
	if d.Original != "" {
		return d.Original
	}
	return d.Published
}

// datesMeet reports whether two dated claims' ranges overlap within slack
// days; claims with no date meet anything.
func datesMeet(a, b *claim, slack int) bool {
	if a.c.Date == nil || b.c.Date == nil {
		return true
	}
	return addDays(a.c.Date.Start, -slack) <= b.c.Date.End && addDays(b.c.Date.Start, -slack) <= a.c.Date.End
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func (r *Resolver) candidates(cl *claim) []string {
	seen := map[string]bool{}
	var ids []string
	add := func(list []string) {
		for _, id := range list {
			if !seen[id] {
				if _, ok := r.events[id]; ok {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
	}
	if len(cl.places) == 0 {
		add(r.byKey[r.noPlaceKey(cl)])
	}
	for p := range cl.places {
		add(r.byPlace[cl.profile+"|"+cl.family+"|"+p])
	}
	sort.Strings(ids)
	return ids
}

func (r *Resolver) noPlaceKey(cl *claim) string {
	return cl.profile + "|" + cl.family + "|" + string(cl.c.Actor) + "|" + string(cl.c.Target) + "|" + reportedDay(r, cl)
}

// placeLocked puts a claim into the event it joins, merging events that it
// bridges, or into a new event. It returns the event's id.
func (r *Resolver) placeLocked(cl *claim) string {
	var joined []*Event
	for _, id := range r.candidates(cl) {
		if e := r.events[id]; e != nil && r.joins(cl, e) {
			joined = append(joined, e)
		}
	}
	if len(joined) == 0 {
		// No event within the usual days: an answer may come later.
		var late *Event
		for _, id := range r.candidates(cl) {
			if e := r.events[id]; e != nil && r.answers(cl, e) && (late == nil || e.End > late.End) {
				late = e
			}
		}
		if late != nil {
			joined = []*Event{late}
		}
	}
	var e *Event
	if len(joined) == 0 {
		e = &Event{ID: "ev-" + shortHash(cl.c.ID), Family: cl.family, Profile: cl.profile, byID: map[string]*claim{}}
		for r.events[e.ID] != nil {
			e.ID += "x"
		}
		r.events[e.ID] = e
	} else {
		e = joined[0]
		for _, o := range joined[1:] {
			for id, oc := range o.byID {
				e.byID[id] = oc
				r.of[id] = e.ID
			}
			delete(r.events, o.ID)
		}
	}
	e.byID[cl.c.ID] = cl
	r.of[cl.c.ID] = e.ID
	if len(cl.places) == 0 {
		k := r.noPlaceKey(cl)
		r.byKey[k] = appendUnique(r.byKey[k], e.ID)
	}
	for _, o := range e.byID {
		for p := range o.places {
			k := o.profile + "|" + o.family + "|" + p
			r.byPlace[k] = appendUnique(r.byPlace[k], e.ID)
		}
	}
	return e.ID
}

func appendUnique(list []string, id string) []string {
	for _, x := range list {
		if x == id {
			return list
		}
	}
	return append(list, id)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:6])
}

// ordered returns an event's claims in the order they were made.
func ordered(e *Event) []*claim {
	cs := make([]*claim, 0, len(e.byID))
	for _, c := range e.byID {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.made != b.made {
			// claims with no known day come last
			if a.made == "" || b.made == "" {
				return b.made == ""
			}
			return a.made < b.made
		}
		if a.c.Doc != b.c.Doc {
			return a.c.Doc < b.c.Doc
		}
		return a.c.Start < b.c.Start || (a.c.Start == b.c.Start && a.c.ID < b.c.ID)
	})
	return cs
}

// rename gives an event the id its claims determine: "ev-" and a hash of
// the least claim id among them. Events are built greedily as claims
// arrive, so the id of the event a claim happened to open would depend on
// arrival order: a web server folding documents in as workers store them
// and a command reading the whole ledger would name one event differently.
// Renaming also registers every claim's lookup keys under the event, which
// a merge leaves to the surviving event.
func (r *Resolver) rename(e *Event) {
	least := ""
	for id := range e.byID {
		if least == "" || id < least {
			least = id
		}
	}
	want := "ev-" + shortHash(least)
	if e.ID != want {
		if other := r.events[want]; other != nil && other != e {
			return // a hash collision: keep the old id
		}
		delete(r.events, e.ID)
		e.ID = want
		r.events[want] = e
	}
	for id, o := range e.byID {
		r.of[id] = e.ID
		if len(o.places) == 0 {
			k := r.noPlaceKey(o)
			r.byKey[k] = appendUnique(r.byKey[k], e.ID)
		}
		for p := range o.places {
			k := o.profile + "|" + o.family + "|" + p
			r.byPlace[k] = appendUnique(r.byPlace[k], e.ID)
		}
	}
}

// recompute derives an event's summary, camps and status history from its
// claims.
func (r *Resolver) recompute(e *Event) {
	r.rename(e)
	cs := ordered(e)
	e.Claims = e.Claims[:0]
	e.Sides = map[string]*Camp{}
	places := map[string]bool{}
	types := map[string]int{}
	e.Start, e.End = "", ""
	outlets := map[string]map[string]bool{}
	for _, c := range cs {
		e.Claims = append(e.Claims, c.c.ID)
		for p := range c.places {
			places[p] = true
		}
		types[c.c.Type]++
		if d := c.c.Date; d != nil {
			if e.Start == "" || d.Start < e.Start {
				e.Start = d.Start
			}
			if d.End > e.End {
				e.End = d.End
			}
		}
		side := string(c.camp)
		camp := e.Sides[side]
		if camp == nil {
			camp = &Camp{}
			e.Sides[side] = camp
			outlets[side] = map[string]bool{}
		}
		camp.Claims = append(camp.Claims, c.c.ID)
		if c.c.Stance == claimtrail.StanceDenies {
			camp.Denies++
		} else {
			camp.Asserts++
		}
		outlets[side][c.outlet] = true
	}
	for side, camp := range e.Sides {
		camp.Independent = len(outlets[side])
	}
	// A claim's independent-source count: the distinct sources among the
	// event's claims by the same camp with the same stance (the same claim
	// reported by several outlets; copies and one owner's outlets count once).
	sources := map[string]map[string]bool{}
	for _, c := range cs {
		k := string(c.camp) + "|" + c.c.Stance
		if sources[k] == nil {
			sources[k] = map[string]bool{}
		}
		sources[k][c.outlet] = true
	}
	for _, c := range cs {
		c.c.Independent = len(sources[string(c.camp)+"|"+c.c.Stance])
	}
	e.Places = e.Places[:0]
	for p := range places {
		e.Places = append(e.Places, p)
	}
	sort.Strings(e.Places)
	e.Type = ""
	for _, t := range claimtrail.ClaimTypes {
		if types[t] > types[e.Type] {
			e.Type = t
		}
	}
	r.history(e, byKnown(cs))
}

// byKnown returns the claims in the order a reader learnt of them.
func byKnown(cs []*claim) []*claim {
	out := append([]*claim(nil), cs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].known, out[j].known
		if a != b && a != "" && b != "" {
			return a < b
		}
		return a != "" && b == ""
	})
	return out
}

// proposition is what an event claims happened: the first asserted claim.
type proposition struct {
	first  *claim
	actor  claimtrail.Side
	target claimtrail.Side
	holder claimtrail.Side
	side   claimtrail.Side // the claimant side that made it
}

// supports says whether a claim agrees with the proposition; contradicts
// whether it disagrees. A claim can do neither (a neutral report of
// fighting in a town neither supports nor denies its capture).
//
// A claim that agrees on the happening but gives numbers that differ beyond
// a tolerance for the same item clashes: it disputes the figure. It is
// neither a confirmation (an admission of 2 tanks is not one of 14) nor a
// retraction when the same camp gives both figures.
func (r *Resolver) stanceOf(p proposition, c *claim) (supports, contradicts, clash bool) {
	if c.family == "control" {
		if c.holder == "" || p.holder == "" {
			return false, false, false
		}
		return c.holder == p.holder, c.holder != p.holder, false
	}
	same := c.c.Actor == p.actor && c.c.Target == p.target
	if c.c.Stance == claimtrail.StanceDenies {
		return false, same || c.c.Actor == p.actor, false
	}
	if !same {
		return false, false, false
	}
	if p.first != nil && quantitiesClash(p.first.c.Quantities, c.c.Quantities) {
		return false, false, true
	}
	return true, false, false
}

// quantitiesClash reports whether two claims give numbers for the same item
// that differ by more than a third of the larger.
func quantitiesClash(a, b []claimtrail.Quantity) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Item != y.Item {
				continue
			}
			hi, lo := x.N, y.N
			if lo > hi {
				hi, lo = lo, hi
			}
			if hi > 0 && float64(hi-lo) > float64(hi)/3 {
				return true
			}
		}
	}
	return false
}

// history walks the claims in the order they became known and records each
// change of status, dated by the day the claims that moved it were
// published.
//   - claimed: asserted, and nobody of another camp has contradicted it;
//   - disputed: a claimant of another camp contradicts it, or a claimant
//     gives numbers for it that differ beyond the tolerance;
//   - confirmed: asserted by claimants of more than one camp, or admitted by
//     the side that loses by it (an admission against interest);
//   - refuted: contradicted later by the side that claimed it, or by
//     claimants of more than one camp.
//
// The camps are the sides and, as a camp of its own, claimants of no side
// (a neutral outlet in its own voice, a monitor, a third country); an
// unnamed source ("reportedly") disputes but is no camp; a camp that has
// said both counts for neither. A copy (a claim whose passage first
// appeared in a document that has a claim of the same stance in this
// event) is not an independent source: it moves nothing. A passage taken
// over with its sense turned round is not a copy of the claim.
func (r *Resolver) history(e *Event, cs []*claim) {
	e.History = e.History[:0]
	var p proposition
	for _, c := range cs {
		if c.c.Stance == claimtrail.StanceAsserts {
			p = proposition{first: c, actor: c.c.Actor, target: c.c.Target, holder: c.holder, side: c.camp}
			break
		}
	}
	if p.first == nil && len(cs) > 0 {
		// Only denials: the proposition is the denied event.
		c := cs[0]
		p = proposition{actor: c.c.Actor, target: c.c.Target, side: ""}
		if c.family == "control" {
			p.holder = c.c.Actor
		}
	}
	e.Actor, e.Target, e.Holder = p.actor, p.target, p.holder
	said := map[string]bool{} // doc|stance of the event's claims
	for _, c := range cs {
		said[c.c.Doc+"|"+c.c.Stance] = true
	}
	supportSides := map[claimtrail.Side]bool{}
	contraSides := map[claimtrail.Side]bool{}
	contraUnnamed := false
	clash := false
	admitted := false
	selfRefuted := false
	status := ""
	var moved []string
	day := ""
	flush := func() {
		if day == "" && len(moved) == 0 {
			return
		}
		// A camp that has both supported and contradicted the event (two
		// neutral outlets that disagree) counts for neither.
		split := 0
		for s := range supportSides {
			if contraSides[s] {
				split++
			}
		}
		supporters, contradictors := len(supportSides)-split, len(contraSides)-split
		next, why := StatusClaimed, "asserted"
		switch {
		case selfRefuted:
			next, why = StatusRefuted, "contradicted by the side that claimed it"
		case contradictors > 1:
			next, why = StatusRefuted, "contradicted by claimants of more than one camp"
		case clash:
			next, why = StatusDisputed, "numbers differ beyond the tolerance"
		case admitted:
			next, why = StatusConfirmed, "admitted by the side that loses by it"
		case supporters > 1:
			next, why = StatusConfirmed, "asserted by claimants of more than one camp"
		case len(contraSides) > 0 || contraUnnamed:
			next, why = StatusDisputed, "contradicted by another camp"
		case len(supportSides) == 0 && p.first == nil:
			next, why = StatusDisputed, "denied"
		}
		if next != status {
			e.History = append(e.History, StatusChange{Date: day, Status: next, Claims: append([]string(nil), moved...), Why: why})
			status = next
		} else if n := len(e.History); n > 0 {
			// Same status: the day's claims reinforce it; keep it visible.
			h := &e.History[n-1]
			if h.Date == day {
				h.Claims = append(h.Claims, moved...)
			} else {
				e.History = append(e.History, StatusChange{Date: day, Status: next, Claims: append([]string(nil), moved...), Why: "still " + next})
			}
		}
		moved = moved[:0]
	}
	// Claims whose day is unknown are taken as known on the event's last
	// known day: they are known to the ledger no earlier than that.
	lastDay := ""
	for _, c := range cs {
		if c.known > lastDay {
			lastDay = c.known
		}
	}
	for _, c := range cs {
		known := c.known
		if known == "" {
			known = lastDay
		}
		if known != day && len(moved) > 0 {
			flush()
		}
		day = known
		moved = append(moved, c.c.ID)
		if o := c.c.Origin; o != "" && o != c.c.Doc && said[o+"|"+c.c.Stance] {
			continue // a copy of a claim of this event
		}
		side := c.camp
		camp := side != "" || c.c.Claimant.Role != claimtrail.RoleUnnamed
		if c == p.first {
			if camp {
				supportSides[side] = true
			}
			if side != "" && side == p.target && againstInterest(e.Family) {
				admitted = true
			}
			continue
		}
		sup, con, cl := r.stanceOf(p, c)
		switch {
		case cl:
			clash = true
		case sup:
			if camp {
				supportSides[side] = true
			}
			if side != "" && p.target != "" && side == p.target && againstInterest(e.Family) {
				admitted = true
			}
		case con:
			switch {
			case side != "" && side == p.side:
				selfRefuted = true
			case camp:
				contraSides[side] = true
			default:
				contraUnnamed = true
			}
		}
	}
	if len(moved) > 0 {
		flush()
	}
	e.Status = status
}

// Events returns a copy of every event, ordered by start date then id.
func (r *Resolver) Events() []Event {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]Event, 0, len(r.events))
	for _, e := range r.events {
		out = append(out, copyEvent(e))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// EventOf returns the event a claim belongs to.
func (r *Resolver) EventOf(claimID string) (Event, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	e, ok := r.events[r.of[claimID]]
	if !ok {
		return Event{}, false
	}
	return copyEvent(e), true
}

// Event returns one event by id.
func (r *Resolver) Event(id string) (Event, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	e, ok := r.events[id]
	if !ok {
		return Event{}, false
	}
	return copyEvent(e), true
}

// Claim returns a claim the resolver knows.
func (r *Resolver) Claim(id string) (claimtrail.Claim, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	c, ok := r.claims[id]
	if !ok {
		return claimtrail.Claim{}, false
	}
	return c.c, true
}

func copyEvent(e *Event) Event {
	c := *e
	c.byID = nil
	c.Places = append([]string(nil), e.Places...)
	c.Claims = append([]string(nil), e.Claims...)
	c.History = append([]StatusChange(nil), e.History...)
	c.Sides = map[string]*Camp{}
	for k, v := range e.Sides {
		cv := *v
		cv.Claims = append([]string(nil), v.Claims...)
		c.Sides[k] = &cv
	}
	return c
}

// DisputeFilter selects disputes.
type DisputeFilter struct {
	Place    string // canonical name
	From, To string // YYYY-MM-DD: events whose dates meet the range
}

// Disputes returns the events that have been disputed (or refuted) at some
// point, filtered.
func (r *Resolver) Disputes(f DisputeFilter) []Event {
	var out []Event
	for _, e := range r.Events() {
		if !e.Disputed() {
			continue
		}
		if f.Place != "" && !containsFold(e.Places, f.Place) {
			continue
		}
		if f.From != "" && e.End != "" && e.End < f.From {
			continue
		}
		if f.To != "" && e.Start != "" && e.Start > f.To {
			continue
		}
		out = append(out, e)
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// againstInterest reports whether a side asserting an event of this family
// with itself as the target admits something it loses by: a place, men and
// materiel, a surrounded unit, a cut road. Saying one was attacked, or that
// one's civilians were harmed, is no admission.
func againstInterest(family string) bool {
	switch family {
	case "control", "losses", "encircle", "route":
		return true
	}
	return false
}
