package reuse

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Carrier is a document that carries a passage, and where.
type Carrier struct {
	Doc        string
	Outlet     string
	Published  string
	Start, End int // the passage's span in the carrier's body (approximate beyond one hop)
	// Via is the kind of the edge that led here: "" for the document asked
	// about, EdgePassage or EdgeReprint.
	Via string
}

// Provenance says where a passage of a document comes from.
type Provenance struct {
	// Origin is the id of the earliest carrier: the earliest dated one,
	// else (no carrier dated) the first indexed.
	Origin string
	// Source is who the passage is credited to when counting independent
	// sources: the origin's declared original outlet when the origin is a
	// reprint, else the origin's outlet, else "doc:" and the origin's id.
	Source string
	// Carriers lists every document carrying the passage, the one asked
	// about first, then in the order found.
	Carriers []Carrier
}

// maxCarriers bounds the walk over the copy graph: a passage carried by more
// documents than this is boilerplate in all but name.
const maxCarriers = 1000

// Provenance follows the stored reuse edges and reprint links from the span
// [start, end) of document doc (a claim's sentence) to every document that
// carries it, and returns the earliest one. An edge is followed when at
// least half of the span lies inside its passage; the span is carried
// across proportionally. A document with no edges is its own origin.
func (d *Detector) Provenance(ctx context.Context, doc string, start, end int) (Provenance, error) {
	return d.provenance(ctx, d.idx, doc, start, end)
}

// provenance is Provenance over idx, which may be a cached view of d.idx.
func (d *Detector) provenance(ctx context.Context, idx Index, doc string, start, end int) (Provenance, error) {
	meta, ok, err := idx.Doc(ctx, doc)
	if err != nil {
		return Provenance{}, fmt.Errorf("reuse: provenance of %s: %w", doc, err)
	}
	if !ok {
		return Provenance{}, notIndexed(doc)
	}
	if end <= start {
		body, err := idx.Body(ctx, doc)
		if err != nil {
			return Provenance{}, err
		}
		start, end = 0, len(body)
	}
	metas := map[string]DocMeta{doc: meta}
	seen := map[string]bool{doc: true}
	carriers := []Carrier{{Doc: doc, Outlet: meta.Outlet, Published: meta.Published, Start: start, End: end}}
	for q := 0; q < len(carriers) && len(carriers) < maxCarriers; q++ {
		cur := carriers[q]
		es, err := idx.Edges(ctx, cur.Doc)
		if err != nil {
			return Provenance{}, fmt.Errorf("reuse: links of %s: %w", cur.Doc, err)
		}
		for _, e := range es {
			other, os, oe, ms, me := e.B, e.BStart, e.BEnd, e.AStart, e.AEnd
			if e.A != cur.Doc {
				other, os, oe, ms, me = e.A, e.AStart, e.AEnd, e.BStart, e.BEnd
			}
			if seen[other] {
				continue
			}
			var s, t int
			if e.Kind == EdgeReprint {
				// The whole text is carried; spans are unknown, so keep the
				// claim's relative place in the body.
				s, t = cur.Start, cur.End
			} else {
				ov := min(cur.End, me) - max(cur.Start, ms)
				if ov*2 < cur.End-cur.Start || me <= ms {
					continue
				}
				scale := float64(oe-os) / float64(me-ms)
				s = os + int(float64(max(cur.Start, ms)-ms)*scale)
				t = os + int(float64(min(cur.End, me)-ms)*scale)
			}
			om, ok, err := idx.Doc(ctx, other)
			if err != nil {
				return Provenance{}, fmt.Errorf("reuse: provenance: %w", err)
			}
			if !ok {
				continue
			}
			seen[other] = true
			metas[other] = om
			carriers = append(carriers, Carrier{Doc: other, Outlet: om.Outlet, Published: om.Published, Start: s, End: t, Via: e.Kind})
		}
	}
	origin := metas[carriers[0].Doc]
	for _, c := range carriers[1:] {
		if originBefore(metas[c.Doc], origin) {
			origin = metas[c.Doc]
		}
	}
	return Provenance{Origin: origin.ID, Source: sourceOf(origin), Carriers: carriers}, nil
}

// originBefore orders carriers for Origin: dated before undated, then by
// date, then by indexing order.
func originBefore(x, y DocMeta) bool {
	switch {
	case x.Published != "" && y.Published == "":
		return true
	case x.Published == "" && y.Published != "":
		return false
	case x.Published != y.Published:
		return x.Published < y.Published
	}
	return x.Seq < y.Seq
}

func sourceOf(m DocMeta) string {
	switch {
	case NormOutlet(m.OrigOutlet) != "":
		return m.OrigOutlet
	case NormOutlet(m.Outlet) != "":
		return m.Outlet
	}
	return "doc:" + m.ID
}

// Report is one document reporting a claim, as Independent counts it.
type Report struct {
	Doc string
	// Source is who the report is credited to: Provenance.Source of the
	// claim's sentence (the origin's outlet, or the outlet a reprint
	// declares), or the document's own outlet when it copied nothing.
	Source string
}

// Independent returns the number of independent sources among reports of
// one claim: reports are credited to their Source (so reprints and pasted
// passages collapse to their origin), sources are folded through owner (so
// outlets under one owner count once; nil keeps them apart, and owner
// returning "" keeps the source as it is), and distinct results are
// counted. A report with no source counts as its own.
func Independent(reports []Report, owner func(outlet string) string) int {
	seen := map[string]bool{}
	for _, r := range reports {
		s := r.Source
		if s == "" {
			s = "doc:" + r.Doc
		}
		if owner != nil && !strings.HasPrefix(s, "doc:") {
			if o := owner(s); o != "" {
				s = o
			}
		}
		if !strings.HasPrefix(s, "doc:") {
			s = NormOutlet(s)
		}
		seen[s] = true
	}
	return len(seen)
}

// Annotate fills Origin and Independent on claims. Origin is the
// Provenance origin of each claim's sentence (located by Start/End, or by
// searching the sentence in the body when they are unset). Claims for
// which same returns one key are the same claim reported by several
// documents (the resolve stage decides that); Independent counts the
// independent sources of each group. With same nil each claim is its own
// group and Independent is 1: copies of one sentence never add a source.
func (d *Detector) Annotate(ctx context.Context, claims []claimtrail.Claim, same func(*claimtrail.Claim) string, owner func(outlet string) string) error {
	groups := map[string][]Report{}
	keys := make([]string, len(claims))
	bodies := map[string]string{}
	// The claims of one document walk the same copy graph: read each
	// document's links and metadata once per call.
	view := &cachedIndex{Index: d.idx, edges: map[string][]Edge{}, docs: map[string]cachedDoc{}}
	for i := range claims {
		c := &claims[i]
		start, end := c.Start, c.End
		if end <= start && c.Sentence != "" {
			body, ok := bodies[c.Doc]
			if !ok {
				b, err := d.idx.Body(ctx, c.Doc)
				if err != nil {
					return fmt.Errorf("reuse: annotate %s: %w", c.Doc, err)
				}
				body, bodies[c.Doc] = b, b
			}
			if k := strings.Index(body, c.Sentence); k >= 0 {
				start, end = k, k+len(c.Sentence)
			}
		}
		p, err := d.provenance(ctx, view, c.Doc, start, end)
		if err != nil {
			return err
		}
		c.Origin = p.Origin
		key := fmt.Sprintf("\x00%d", i)
		if same != nil {
			key = same(c)
		}
		keys[i] = key
		groups[key] = append(groups[key], Report{Doc: c.Doc, Source: p.Source})
	}
	for i := range claims {
		claims[i].Independent = Independent(groups[keys[i]], owner)
	}
	return nil
}

// Affected returns the documents other than doc named in reuse records,
// sorted: after Add(doc) their claims may have a new origin.
func Affected(doc string, rs []claimtrail.Reuse) []string {
	m := map[string]bool{}
	for _, r := range rs {
		for _, id := range []string{r.A, r.B} {
			if id != doc {
				m[id] = true
			}
		}
	}
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// CanonicalFrom builds a canonicaliser for WithCanonical from a table of
// canonical names and their variants (a gazetteer's place aliases): every
// one-word variant maps to the one-word canonical name, case folded.
// Multi-word names are left out, since the canonicaliser sees single words;
// "Karin Tak" and "Karintak" still differ.
func CanonicalFrom(aliases map[string][]string) func(token string) string {
	m := map[string]string{}
	for name, vs := range aliases {
		c := strings.ToLower(name)
		if strings.ContainsAny(c, " -") {
			continue
		}
		for _, v := range vs {
			v = strings.ToLower(v)
			if v != c && !strings.ContainsAny(v, " -") {
				m[v] = c
			}
		}
	}
	return func(w string) string {
		if c, ok := m[w]; ok {
			return c
		}
		return w
	}
}

// cachedIndex memoises Edges and Doc of an Index for the span of one
// Annotate call, during which the index does not change.
type cachedIndex struct {
	Index
	edges map[string][]Edge
	docs  map[string]cachedDoc
}

type cachedDoc struct {
	meta DocMeta
	ok   bool
}

func (c *cachedIndex) Edges(ctx context.Context, doc string) ([]Edge, error) {
	if es, ok := c.edges[doc]; ok {
		return es, nil
	}
	es, err := c.Index.Edges(ctx, doc)
	if err != nil {
		return nil, err
	}
	c.edges[doc] = es
	return es, nil
}

func (c *cachedIndex) Doc(ctx context.Context, id string) (DocMeta, bool, error) {
	if d, ok := c.docs[id]; ok {
		return d.meta, d.ok, nil
	}
	m, ok, err := c.Index.Doc(ctx, id)
	if err != nil {
		return DocMeta{}, false, err
	}
	c.docs[id] = cachedDoc{m, ok}
	return m, ok, nil
}
