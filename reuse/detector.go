package reuse

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Option configures a Detector.
type Option func(*config)

type config struct {
	canon         func(string) string
	k             int
	minTokens     int
	maxDF         int
	maxCandidates int
	recentWindow  int
	minContain    float64
	reprintDays   int
}

// minWeight is the least key evidence for aligning a candidate: one key
// that at most five documents carry, or several commoner ones.
const minWeight = 0.2

func defaults() config {
	return config{k: 5, minTokens: 5, maxDF: 50, maxCandidates: 64, recentWindow: DefaultRecentWindow, minContain: 0.5, reprintDays: 2}
}

// WithCanonical sets the token canonicaliser: it receives a lower-cased
// word and returns the form to compare ("shushi" -> "shusha"), or the word
// itself. Build it from the profile's place and actor aliases; reuse does
// not know profiles. Single words only: multi-word aliases must map each
// word. The canonicaliser must not change between runs over one index.
func WithCanonical(f func(token string) string) Option {
	return func(c *config) { c.canon = f }
}

// WithMinTokens sets the minimum number of content words (stop words not
// counted) that a passage must share, in sequence, to be reuse; shorter
// and generic passages are not reported. Default 6.
func WithMinTokens(n int) Option { return func(c *config) { c.minTokens = max(n, 3) } }

// WithMaxDF sets N: a passage carried by N or more documents is boilerplate
// (a disclaimer, a donation prompt), and a sketch key carried by more than
// N documents is never looked up. Default 50.
func WithMaxDF(n int) Option { return func(c *config) { c.maxDF = max(n, 2) } }

// WithSketch sets the density of the sketch: a sentence is indexed under
// one content-word triple in k (rounded up), and at least two (default 5;
// a sentence of 15 triples gets 3 keys). Denser sketches find more heavily
// edited copies and cost index memory: on the synthetic corpus, pair recall
// is 0.966 at the default, 0.973 with every triple kept (k = 1), for 3.3
// times the keys.
func WithSketch(k int) Option { return func(c *config) { c.k = max(k, 1) } }

// WithMaxCandidates bounds the documents aligned with each new one: the
// best-scoring candidates of the key lookup (default 64).
func WithMaxCandidates(n int) Option { return func(c *config) { c.maxCandidates = max(n, 1) } }

// DefaultRecentWindow is the recent window WithRecentWindow sets when not
// told otherwise: a few days of intake for a newsroom-sized stream.
const DefaultRecentWindow = 8192

// WithRecentWindow sets how many of the latest indexed documents a
// candidate sharing a single sketch key with the new one may be among
// (default DefaultRecentWindow); an older candidate must share two keys or
// more. A single shared key is the only trace of some short edited copies, but most such
// matches are coincidences, and their number grows with the index: on the
// synthetic corpus the documents aligned per new one went from 1.26 at
// 3*10^4 indexed to 2.64 at 3*10^5, each costing a body read and an
// analysis. Copies mostly come from the news of the same days, so the
// window keeps the short recent copies and bounds the work: with it, 1.10
// documents aligned per new one at 3*10^5, pair recall 0.9650 -> 0.9625,
// precision 0.9996 -> 1.0000.
func WithRecentWindow(n int) Option { return func(c *config) { c.recentWindow = max(n, 0) } }

// Detector finds reuse between each new document and the indexed ones.
//
// mu serialises Ingest (and so Add): finding reuse reads the index and then
// writes the new document, its edges and pending links, and two documents
// ingested at once would miss each other. Provenance, Annotate and the other
// readers take no lock; they rely on the Index being safe for concurrent
// readers.
type Detector struct {
	idx Index
	cfg config
	mu  sync.Mutex
	// tok (its word memo), recent and stats are guarded by mu.
	tok    *tokenizer
	recent recentCache
	stats  Stats
}

// recentCache keeps the analyses of the last documents ingested, by id:
// copies mostly come from the news of the same days, so a candidate is
// often one of them, and its analysis (the largest cost of aligning it)
// is then not redone.
type recentCache struct {
	byID map[string]*analysis
	ring []string
	next int
}

const recentSize = 2048

func (c *recentCache) get(id string) *analysis { return c.byID[id] }

func (c *recentCache) put(id string, an *analysis) {
	if c.byID == nil {
		c.byID = make(map[string]*analysis, recentSize)
		c.ring = make([]string, recentSize)
	}
	if old := c.ring[c.next]; old != "" {
		delete(c.byID, old)
	}
	c.ring[c.next] = id
	c.byID[id] = an
	c.next = (c.next + 1) % recentSize
}

// Stats counts the work of a Detector, to see where ingest time goes.
type Stats struct {
	Docs       int // documents ingested (Known ones not counted)
	QueryKeys  int // keys looked up
	StoredKeys int // keys handed to the index
	Aligned    int // candidate documents aligned
	Fetched    int // of which read from the index and analysed (not recent)
	WithReuse  int // documents that reused at least one passage
}

// Stats returns the counts so far.
func (d *Detector) Stats() Stats {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.stats
}

// Flusher is an Index that buffers writes. Flush makes everything stored so
// far durable; an index that buffers must also say what happens to
// unflushed writes when the process dies (the SQLite index forgets them
// and re-indexes the documents on its next run).
type Flusher interface {
	Flush(ctx context.Context) error
}

// Flush makes the index's buffered writes durable when it buffers any (see
// Flusher). Call it when an ingest run ends.
func (d *Detector) Flush(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if f, ok := d.idx.(Flusher); ok {
		return f.Flush(ctx)
	}
	return nil
}

// New returns a Detector over idx.
func New(idx Index, opts ...Option) *Detector {
	cfg := defaults()
	for _, o := range opts {
		o(&cfg)
	}
	return &Detector{idx: idx, cfg: cfg, tok: newTokenizer(cfg.canon)}
}

// Index returns the detector's index.
func (d *Detector) Index() Index { return d.idx }

// Result is what ingesting one document found.
type Result struct {
	// Reuses are the passages the new document shares with indexed ones,
	// one record per passage. A is the earlier document: by publication
	// date when both are dated and differ, else the one indexed first (so
	// the indexed one, never the new one).
	Reuses []claimtrail.Reuse
	// Reprints are the declared-reprint links this document completed: as
	// a reprint whose original is indexed, or as an original that pending
	// reprints were waiting for.
	Reprints []Edge
	// Affected lists the indexed documents that gained a copy or an
	// original through this document, sorted: the provenance of their
	// claims may have changed and the caller should Annotate them again.
	Affected []string
	// Known is true when the document id was already indexed; nothing was
	// done. (A changed document keeps its first indexed version.)
	Known bool
}

// Add indexes doc and returns the passages it shares with documents indexed
// before it. See Ingest for the whole result.
func (d *Detector) Add(ctx context.Context, doc *claimtrail.Document) ([]claimtrail.Reuse, error) {
	r, err := d.Ingest(ctx, doc)
	return r.Reuses, err
}

// candidate is an indexed document aligned with the new one.
type candidate struct {
	meta DocMeta
	an   *analysis
	ps   []passage
}

// Ingest indexes doc: it looks its sentences' sketch keys up in the index,
// aligns the best candidates passage by passage, links declared reprints,
// and stores the document with its keys. The work depends on the number of
// candidates, which the key limit bounds, not on the size of the index.
func (d *Detector) Ingest(ctx context.Context, doc *claimtrail.Document) (Result, error) {
	if doc == nil || doc.ID == "" {
		return Result{}, claimtrail.Errorf(claimtrail.EInvalid, "reuse: document without id")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok, err := d.idx.Doc(ctx, doc.ID); err != nil {
		return Result{}, fmt.Errorf("reuse: look up %s: %w", doc.ID, err)
	} else if ok {
		return Result{Known: true}, nil
	}
	meta := metaOf(doc)
	an := d.tok.analyse(doc.Body)
	d.stats.Docs++

	// Boilerplate of the new document: sentences already carried by many.
	hashes := make([]uint64, len(an.Sentences))
	for i, s := range an.Sentences {
		hashes[i] = s.Hash
	}
	df, err := d.idx.PassageDF(ctx, hashes)
	if err != nil {
		return Result{}, fmt.Errorf("reuse: passage frequency: %w", err)
	}
	skipN := make([]bool, len(an.Sentences))
	for i := range skipN {
		skipN[i] = df[i]+1 >= d.cfg.maxDF
	}

	cands, err := d.candidates(ctx, an, meta)
	if err != nil {
		return Result{}, err
	}
	var res Result
	var edges []Edge
	affected := map[string]bool{}
	byID := map[string]*candidate{}
	for _, c := range cands {
		byID[c.meta.ID] = c
		if err := d.alignCandidate(ctx, an, skipN, c); err != nil {
			return Result{}, err
		}
		for _, p := range c.ps {
			r := d.record(c.meta, c.an, meta, an, p)
			res.Reuses = append(res.Reuses, r)
			edges = append(edges, Edge{Kind: EdgePassage, A: r.A, B: r.B, AStart: r.AStart, AEnd: r.AEnd,
				BStart: r.BStart, BEnd: r.BEnd, Similarity: r.Similarity})
			affected[c.meta.ID] = true
		}
	}

	// Declared reprints, in both directions.
	links, err := d.linkReprints(ctx, doc, meta, an, skipN, byID)
	if err != nil {
		return Result{}, err
	}
	for _, l := range links {
		res.Reprints = append(res.Reprints, l)
		edges = append(edges, l)
		if l.A != doc.ID {
			affected[l.A] = true
		}
		if l.B != doc.ID {
			affected[l.B] = true
		}
	}

	e := Entry{Meta: meta, Body: doc.Body, KeyLimit: d.cfg.maxDF, Passages: hashes}
	e.Keys = d.storeKeys(an)
	d.stats.StoredKeys += len(e.Keys)
	if len(res.Reuses) > 0 {
		d.stats.WithReuse++
	}
	if _, err := d.idx.PutDoc(ctx, e); err != nil {
		return Result{}, fmt.Errorf("reuse: index %s: %w", doc.ID, err)
	}
	d.recent.put(doc.ID, an)
	if len(edges) > 0 {
		if err := d.idx.PutEdges(ctx, edges); err != nil {
			return Result{}, fmt.Errorf("reuse: store links of %s: %w", doc.ID, err)
		}
	}
	for id := range affected {
		res.Affected = append(res.Affected, id)
	}
	sort.Strings(res.Affected)
	return res, nil
}

// Entry returns the index entry of doc as Ingest would store it, without
// looking for reuse: for bulk loading an index (benchmarks, rebuilding an
// index from a ledger whose reuse records are already known).
func (d *Detector) Entry(doc *claimtrail.Document) Entry {
	d.mu.Lock()
	an := d.tok.analyse(doc.Body)
	d.mu.Unlock()
	e := Entry{Meta: metaOf(doc), Body: doc.Body, KeyLimit: d.cfg.maxDF, Keys: d.storeKeys(an)}
	for _, s := range an.Sentences {
		e.Passages = append(e.Passages, s.Hash)
	}
	return e
}

func metaOf(doc *claimtrail.Document) DocMeta {
	m := DocMeta{ID: doc.ID, Outlet: doc.Outlet, Published: doc.Published, Title: doc.Title}
	if doc.Original != nil {
		m.OrigOutlet = doc.Original.Outlet
		m.OrigPublished = doc.Original.Published
	}
	return m
}

// queryKeys returns the keys to look up for a new document: every content
// triple of every sentence. Stored documents keep only the bottom-k
// triples of each sentence; looking all of ours up finds a stored sentence
// whenever one of its k kept triples survived the copy, which is far likelier
// than two bottom-k sketches meeting (for a sentence of 10 triples of which
// 4 survive, 0.98 against 0.5), and costs only lookups, not index space.
// A stored sentence that the new document splits in two, or joins, is found
// the same way, since all its triples stay in one document.
func (d *Detector) queryKeys(an *analysis) []uint64 {
	var keys []uint64
	for _, s := range an.Sentences {
		keys = append(keys, s.Triples...)
	}
	return sortUnique(keys)
}

// storeKeys returns the keys to index a document under: one triple in k of
// each sentence (at least two), at evenly spaced places (the middles of
// equal stretches). An edit breaks the few triples around it, so keys
// spread over the sentence survive edits more often than the smallest
// hashes, which may sit side by side; and a long sentence, which collects
// more edits, gets more keys. On the synthetic corpus at the same key
// budget, recall went from 0.939 (two smallest) to 0.957 (two spread), and
// 0.966 for this rule against 0.970 for the five smallest hashes with 60%
// more keys.
func (d *Detector) storeKeys(an *analysis) []uint64 {
	var keys []uint64
	for _, s := range an.Sentences {
		keys = appendSpread(keys, s.Triples, max(2, (len(s.Triples)+d.cfg.k-1)/d.cfg.k))
	}
	return sortUnique(keys)
}

// appendSpread appends k values of x at evenly spaced positions, or all of
// x when it has k or fewer.
func appendSpread(dst, x []uint64, k int) []uint64 {
	n := len(x)
	if n <= k {
		return append(dst, x...)
	}
	for i := 0; i < k; i++ {
		dst = append(dst, x[(2*i+1)*n/(2*k)])
	}
	return dst
}

// candidates returns the indexed documents that share sketch keys with the
// new one, most shared keys first, at most maxCandidates. Documents of the
// new document's own outlet are left out: what an outlet repeats across its
// own pages is its template, not reuse.
func (d *Detector) candidates(ctx context.Context, an *analysis, meta DocMeta) ([]*candidate, error) {
	keys := d.queryKeys(an)
	if len(keys) == 0 {
		return nil, nil
	}
	d.stats.QueryKeys += len(keys)
	posts, err := d.idx.Postings(ctx, keys, d.cfg.maxDF)
	if err != nil {
		return nil, fmt.Errorf("reuse: key lookup: %w", err)
	}
	// A key carried by few documents is strong evidence, one carried by
	// many (common phrasing below the stop limit) is weak: each key adds
	// 1/(documents carrying it). Candidates below minWeight are not
	// aligned. This keeps the number of alignments per document flat as
	// the index grows and common keys fill up. A candidate with a single
	// shared key must also be among the latest recentWindow documents
	// (see WithRecentWindow): coincidental single-key matches grow with the
	// index, two or more shared keys rarely are coincidence.
	type hit struct {
		w    float64
		keys int
	}
	score := make(map[int64]hit, 64)
	for _, p := range posts {
		w := 1 / float64(max(len(p), 1))
		for _, seq := range p {
			h := score[seq]
			h.w += w
			h.keys++
			score[seq] = h
		}
	}
	// The window is counted back from the index's latest document, not
	// from what this detector saw: a new process, or one sharing the
	// index with other writers, must draw the same line.
	last, err := d.idx.LastSeq(ctx)
	if err != nil {
		return nil, fmt.Errorf("reuse: last seq: %w", err)
	}
	recentFrom := last - int64(d.cfg.recentWindow)
	var leastRecent int64
	type sc struct {
		seq int64
		w   float64
	}
	var list []sc
	obs, _ := d.idx.(RecencyObserver)
	for s, h := range score {
		ord := s
		if obs != nil {
			ord = obs.Ordinal(s)
		}
		if h.w >= minWeight && (h.keys >= 2 || ord > recentFrom) {
			list = append(list, sc{s, h.w})
			if h.keys < 2 && (leastRecent == 0 || ord < leastRecent) {
				leastRecent = ord
			}
		}
	}
	if obs != nil {
		obs.ObserveRecency(recentFrom, leastRecent)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].w != list[j].w {
			return list[i].w > list[j].w
		}
		return list[i].seq < list[j].seq
	})
	var out []*candidate
	for _, s := range list {
		if len(out) >= d.cfg.maxCandidates {
			break
		}
		m, ok, err := d.idx.DocBySeq(ctx, s.seq)
		if err != nil {
			return nil, fmt.Errorf("reuse: candidate %d: %w", s.seq, err)
		}
		if !ok || sameTemplate(m, meta) {
			continue
		}
		out = append(out, &candidate{meta: m})
	}
	return out, nil
}

// sameTemplate reports whether two documents come out of one site's
// template: the same outlet, or reprints of the same outlet (two Global
// Research pages reprinting South Front share South Front's donation
// prompt even when their own outlet was not recognised). What such pages
// share is boilerplate or the outlet repeating itself; neither is reuse.
func sameTemplate(x, y DocMeta) bool {
	eq := func(a, b string) bool {
		a = NormOutlet(a)
		return a != "" && a == NormOutlet(b)
	}
	return eq(x.Outlet, y.Outlet) || eq(x.OrigOutlet, y.OrigOutlet)
}

// alignCandidate loads and analyses a candidate and aligns it with the new
// document, leaving out boilerplate sentences on both sides.
func (d *Detector) alignCandidate(ctx context.Context, an *analysis, skipN []bool, c *candidate) error {
	d.stats.Aligned++
	if c.an == nil {
		c.an = d.recent.get(c.meta.ID)
	}
	if c.an == nil {
		body, err := d.idx.Body(ctx, c.meta.ID)
		if err != nil {
			return fmt.Errorf("reuse: body of %s: %w", c.meta.ID, err)
		}
		c.an = d.tok.analyse(body)
		d.stats.Fetched++
	}
	ps := align(an, c.an, d.cfg, skipN, nil)
	if len(ps) == 0 {
		c.ps = nil
		return nil
	}
	// The candidate's matched sentences may be boilerplate the new one
	// words differently; check their frequency too.
	var hs []uint64
	for _, p := range ps {
		for _, j := range p.js {
			hs = append(hs, c.an.Sentences[j].Hash)
		}
	}
	df, err := d.idx.PassageDF(ctx, hs)
	if err != nil {
		return fmt.Errorf("reuse: passage frequency: %w", err)
	}
	skipC := make([]bool, len(c.an.Sentences))
	any := false
	k := 0
	for _, p := range ps {
		for _, j := range p.js {
			if df[k] >= d.cfg.maxDF {
				skipC[j] = true
				any = true
			}
			k++
		}
	}
	if any {
		ps = align(an, c.an, d.cfg, skipN, skipC)
	}
	c.ps = ps
	return nil
}

// record turns a passage between indexed document cm and new document nm
// into a reuse record, earlier document first.
func (d *Detector) record(cm DocMeta, ca *analysis, nm DocMeta, na *analysis, p passage) claimtrail.Reuse {
	cs, ce := ca.Sentences[p.j0].Start, ca.Sentences[p.j1].End
	ns, ne := na.Sentences[p.i0].Start, na.Sentences[p.i1].End
	r := claimtrail.Reuse{Kind: "reuse", Similarity: round3(p.sim)}
	newFirst := cm.Published != "" && nm.Published != "" && nm.Published < cm.Published
	if newFirst {
		r.A, r.AStart, r.AEnd, r.AText = nm.ID, ns, ne, na.Body[ns:ne]
		r.B, r.BStart, r.BEnd, r.BText = cm.ID, cs, ce, ca.Body[cs:ce]
	} else {
		r.A, r.AStart, r.AEnd, r.AText = cm.ID, cs, ce, ca.Body[cs:ce]
		r.B, r.BStart, r.BEnd, r.BText = nm.ID, ns, ne, na.Body[ns:ne]
	}
	r.Chars = utf8.RuneCountInString(r.AText)
	if cm.Published != "" && nm.Published != "" && cm.Published != nm.Published {
		r.Earlier = r.A
	}
	return r
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// linkReprints links doc to its declared original when that is indexed (or
// records a pending link), and completes the pending links of reprints
// waiting for doc.
func (d *Detector) linkReprints(ctx context.Context, doc *claimtrail.Document, meta DocMeta, an *analysis, skipN []bool, aligned map[string]*candidate) ([]Edge, error) {
	var out []Edge
	if meta.OrigOutlet != "" && NormOutlet(meta.OrigOutlet) != "" {
		from, to := "", ""
		if meta.OrigPublished != "" {
			from, to = shiftDate(meta.OrigPublished, -d.cfg.reprintDays), shiftDate(meta.OrigPublished, d.cfg.reprintDays)
		} else if meta.Published != "" {
			from, to = shiftDate(meta.Published, -30), meta.Published
		}
		origs, err := d.idx.DocsByOutlet(ctx, meta.OrigOutlet, from, to)
		if err != nil {
			return nil, fmt.Errorf("reuse: originals of %s: %w", doc.ID, err)
		}
		best, bestScore := DocMeta{}, 0.0
		for _, o := range origs {
			c := aligned[o.ID]
			if c == nil {
				c = &candidate{meta: o}
				if err := d.alignCandidate(ctx, an, skipN, c); err != nil {
					return nil, err
				}
			}
			if s := reprintScore(meta.Title, o.Title, an, c, d.cfg.canon); s > bestScore {
				best, bestScore = o, s
			}
		}
		if bestScore > 0 {
			out = append(out, Edge{Kind: EdgeReprint, A: best.ID, B: doc.ID, Similarity: round3(bestScore)})
		} else if err := d.idx.PutPending(ctx, Pending{Reprint: doc.ID, Outlet: NormOutlet(meta.OrigOutlet), Published: meta.OrigPublished}); err != nil {
			return nil, fmt.Errorf("reuse: pending link of %s: %w", doc.ID, err)
		}
	}
	if NormOutlet(meta.Outlet) == "" {
		return out, nil
	}
	waiting, err := d.idx.PendingFor(ctx, meta.Outlet)
	if err != nil {
		return nil, fmt.Errorf("reuse: pending reprints of %s: %w", meta.Outlet, err)
	}
	for _, p := range waiting {
		if p.Published != "" && meta.Published != "" && abs(daysBetween(p.Published, meta.Published)) > d.cfg.reprintDays {
			continue
		}
		rm, ok, err := d.idx.Doc(ctx, p.Reprint)
		if err != nil {
			return nil, fmt.Errorf("reuse: reprint %s: %w", p.Reprint, err)
		}
		if !ok {
			continue
		}
		// Align the other way round: the reprint is the indexed one here.
		c := aligned[rm.ID]
		if c == nil {
			c = &candidate{meta: rm}
			if err := d.alignCandidate(ctx, an, skipN, c); err != nil {
				return nil, err
			}
		}
		if s := reprintScore(rm.Title, meta.Title, an, c, d.cfg.canon); s > 0 {
			out = append(out, Edge{Kind: EdgeReprint, A: doc.ID, B: rm.ID, Similarity: round3(s)})
			if err := d.idx.DeletePending(ctx, rm.ID); err != nil {
				return nil, fmt.Errorf("reuse: pending link of %s: %w", rm.ID, err)
			}
		}
	}
	return out, nil
}

// reprintScore says how well an indexed document matches a declared
// reprint relation: the share of the new document's content sentences found
// in it, or the similarity of the titles, whichever is higher, and 0 below
// the thresholds (titles 0.6, text 0.3). Outlet and date were matched by the
// caller.
func reprintScore(titleA, titleB string, an *analysis, c *candidate, canon func(string) string) float64 {
	t := jaccard(wordSet(titleA, canon), wordSet(titleB, canon))
	if t < 0.6 {
		t = 0
	}
	total, hit := 0, 0
	matched := map[int]bool{}
	for _, p := range c.ps {
		for _, i := range p.is {
			matched[i] = true
		}
	}
	for i, s := range an.Sentences {
		if s.Content == 0 {
			continue
		}
		total += s.Content
		if matched[i] {
			hit += s.Content
		}
	}
	cov := 0.0
	if total > 0 {
		cov = float64(hit) / float64(total)
	}
	if cov < 0.3 {
		cov = 0
	}
	return max(t, cov)
}

func wordSet(s string, canon func(string) string) []uint64 {
	var out []uint64
	for _, sp := range splitSentences(s) {
		f := fingerprint(s, sp[0], sp[1], canon)
		out = append(out, f.Pairs...)
	}
	return sortUnique(out)
}

func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := intersectCount(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

func shiftDate(date string, days int) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, days).Format(time.DateOnly)
}

func daysBetween(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func notIndexed(id string) error {
	return claimtrail.Errorf(claimtrail.ENotFound, "reuse index: document %q is not indexed", id)
}
