// Package synth builds synthetic corpora with known copy relations, to
// measure the reuse detector's precision and recall at sizes no hand-made
// gold can reach.
//
// Documents are made of sentences derived from real ones (templates, e.g.
// the seed articles): each fresh sentence keeps a template's shape and
// function words and draws its content words, names and numbers anew, so it
// reads like war reporting yet occurs nowhere else. Some documents then copy
// passages of earlier documents of other outlets and edit them the way copy
// editors do: name variants, punctuation and quotes, a dropped or added
// clause, a changed word, a sentence split in two, passages in another
// order. Some are declared reprints. Every outlet appends its own
// boilerplate footer, as if the cleaner had missed it. Each sentence
// carries a lineage id, so the true reuse pairs are known exactly: two
// documents of different outlets that carry a sentence of one lineage.
package synth

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimtrail/claimtrail"
)

// Config shapes a corpus.
type Config struct {
	Seed      int64
	Templates []string // real sentences to derive fresh ones from
	Outlets   int      // number of outlets (default 300)
	// CopyRate is the share of documents that paste passages of earlier
	// ones (default 0.3); ReprintRate the share that reprint a whole
	// earlier document and declare it (default 0.03).
	CopyRate, ReprintRate float64
	// Window is how many recent documents a copy may come from (default
	// 5000): news copies news of the same days.
	Window int
}

// Pair is an unordered pair of document ids, A < B.
type Pair struct{ A, B string }

// MakePair orders two ids into a Pair.
func MakePair(a, b string) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

type sent struct {
	text    string
	lineage uint32
}

type gdoc struct {
	num    int32 // 1-based number; id is "s%07d" of it
	id     string
	outlet int
	date   string
	title  string
	paras  [][]sent
}

// Generator produces documents one at a time; it keeps only the recent
// window in memory, so a corpus of millions streams. What it keeps for the
// gold grows with the corpus but stays small: a bit per sentence lineage,
// 8 bytes per copied sentence and 4 per document.
type Generator struct {
	cfg     Config
	rng     *rand.Rand
	vocab   []string
	zipf    *rand.Zipf
	places  [][]string // canonical name first, then variants
	footers [][]string // per outlet
	recent  []*gdoc
	n       int
	lineage uint32
	copied  []uint64 // bit set of the lineages that were ever copied
	carries []uint64 // lineage<<32 | doc number, for copied lineages only
	outlet  []int32  // doc number -> outlet
	day     time.Time
}

// New returns a generator. Templates must not be empty.
func New(cfg Config) (*Generator, error) {
	if len(cfg.Templates) == 0 {
		return nil, fmt.Errorf("synth: no template sentences")
	}
	if cfg.Outlets <= 1 {
		cfg.Outlets = 300
	}
	if cfg.CopyRate == 0 {
		cfg.CopyRate = 0.3
	}
	if cfg.ReprintRate == 0 {
		cfg.ReprintRate = 0.03
	}
	if cfg.Window == 0 {
		cfg.Window = 5000
	}
	g := &Generator{cfg: cfg, rng: rand.New(rand.NewSource(cfg.Seed)),
		day: time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)}
	// A Zipfian vocabulary of pseudo-words: a few very common, most rare,
	// like the content words of real text.
	seen := map[string]bool{}
	syl := []string{"ka", "ra", "ten", "mo", "li", "dar", "vi", "sto", "ne", "gor", "an", "bel", "ri", "zu", "mar", "te", "ol", "sha", "pe", "dun"}
	for len(g.vocab) < 40000 {
		var b strings.Builder
		for k := 2 + g.rng.Intn(3); k > 0; k-- {
			b.WriteString(syl[g.rng.Intn(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	g.zipf = rand.NewZipf(g.rng, 1.05, 20, uint64(len(g.vocab)-1))
	for i := 0; i < 2000; i++ {
		base := strings.Title(g.vocab[len(g.vocab)-1-i]) //nolint:staticcheck // ASCII pseudo-words
		g.places = append(g.places, []string{base, base + "i", strings.Replace(base, "a", "e", 1) + "h"})
	}
	for o := 0; o < cfg.Outlets; o++ {
		g.footers = append(g.footers, []string{g.fresh(), g.fresh()})
	}
	return g, nil
}

// Canonical returns the canonicaliser for the corpus's name variants, as
// a profile's aliases would give it.
func (g *Generator) Canonical() func(string) string {
	m := map[string]string{}
	for _, p := range g.places {
		for _, v := range p[1:] {
			m[strings.ToLower(v)] = strings.ToLower(p[0])
		}
	}
	return func(w string) string {
		if c, ok := m[w]; ok {
			return c
		}
		return w
	}
}

func (g *Generator) word() string { return g.vocab[g.zipf.Uint64()] }

func (g *Generator) place() string {
	p := g.places[g.rng.Intn(len(g.places))]
	return p[0]
}

// function words stay as they are in a template; every other word is
// drawn anew.
var function = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or but as is are was were be been has
	have had it its this that these those their they them he his she her we our not no also which who than
	there into over under after before about up out so will would can could may might said says`) {
		function[w] = true
	}
}

// fresh derives a new sentence from a random template.
func (g *Generator) fresh() string {
	t := g.cfg.Templates[g.rng.Intn(len(g.cfg.Templates))]
	fs := strings.Fields(t)
	for i, f := range fs {
		lead := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		if lead < 0 {
			continue
		}
		end := strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) + 1
		core := f[lead:end]
		if function[strings.ToLower(core)] {
			continue
		}
		var w string
		switch r := []rune(core)[0]; {
		case unicode.IsDigit(r):
			w = fmt.Sprint(1 + g.rng.Intn(400))
		case unicode.IsUpper(r) && i > 0 && g.rng.Intn(3) == 0:
			w = g.place()
		default:
			w = g.word()
			if unicode.IsUpper(r) {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		fs[i] = f[:lead] + w + f[end:]
	}
	return strings.Join(fs, " ")
}

func (g *Generator) freshSent() sent {
	g.lineage++
	return sent{text: g.fresh(), lineage: g.lineage}
}

// Next returns the next document.
func (g *Generator) Next() *claimtrail.Document {
	g.n++
	if g.n%300 == 0 {
		g.day = g.day.AddDate(0, 0, 1)
	}
	d := &gdoc{num: int32(g.n), id: fmt.Sprintf("s%07d", g.n), outlet: g.rng.Intn(g.cfg.Outlets), date: g.day.Format(time.DateOnly)}
	doc := &claimtrail.Document{Kind: "doc", ID: d.id, Outlet: fmt.Sprintf("Outlet %d", d.outlet), Lang: "en"}
	r := g.rng.Float64()
	var src *gdoc
	if len(g.recent) > 0 {
		src = g.recent[g.rng.Intn(len(g.recent))]
		if src.outlet == d.outlet {
			src = nil
		}
	}
	switch {
	case src != nil && r < g.cfg.ReprintRate:
		// A declared reprint: the whole text, lightly edited.
		d.title = "Video: " + src.title
		for _, p := range src.paras {
			var q []sent
			for _, s := range p {
				g.registerCopy(s.lineage, src.num)
				q = append(q, g.edit(s, 0.15)...)
			}
			d.paras = append(d.paras, q)
		}
		doc.Original = &claimtrail.Original{Outlet: fmt.Sprintf("Outlet %d", src.outlet), Published: src.date}
	default:
		d.title = g.fresh()
		n := 6 + g.rng.Intn(20)
		var ss []sent
		for i := 0; i < n; i++ {
			ss = append(ss, g.freshSent())
		}
		d.paras = paragraphs(g.rng, ss)
		if r < g.cfg.ReprintRate+g.cfg.CopyRate {
			g.paste(d)
		}
	}
	if g.rng.Intn(20) > 0 {
		doc.Published = d.date
	}
	doc.Title = d.title
	var paras []string
	for _, p := range d.paras {
		var b []string
		for _, s := range p {
			b = append(b, s.text)
			if s.lineage != 0 {
				g.carry(s.lineage, int32(g.n))
			}
		}
		paras = append(paras, strings.Join(b, " "))
	}
	if g.rng.Intn(5) > 0 { // the footer the cleaner missed
		paras = append(paras, g.footers[d.outlet]...)
	}
	doc.Body = strings.Join(paras, "\n\n")
	g.outlet = append(g.outlet, int32(d.outlet))
	g.recent = append(g.recent, d)
	if len(g.recent) > g.cfg.Window {
		g.recent = g.recent[1:]
	}
	return doc
}

// carry records that document n carries a copied lineage. Fresh lineages
// are recorded only once copied, which keeps the record small.
func (g *Generator) carry(l uint32, n int32) {
	if !g.isCopied(l) {
		return
	}
	c := uint64(l)<<32 | uint64(n)
	if k := len(g.carries); k == 0 || g.carries[k-1] != c {
		g.carries = append(g.carries, c)
	}
}

func (g *Generator) isCopied(l uint32) bool {
	i := int(l >> 6)
	return i < len(g.copied) && g.copied[i]&(1<<(l&63)) != 0
}

// paste copies 1-3 passages of 1-4 sentences from recent documents of other
// outlets into d, edited, at random places.
func (g *Generator) paste(d *gdoc) {
	if len(g.recent) == 0 {
		return
	}
	k := 1 + g.rng.Intn(3)
	for p := 0; p < k; p++ {
		src := g.recent[g.rng.Intn(len(g.recent))]
		if src.outlet == d.outlet {
			continue
		}
		var all []sent
		for _, q := range src.paras {
			all = append(all, q...)
		}
		n := 1 + g.rng.Intn(4)
		start := g.rng.Intn(len(all))
		var copied []sent
		for _, s := range all[start:min(start+n, len(all))] {
			g.registerCopy(s.lineage, src.num)
			copied = append(copied, g.edit(s, 0.5)...)
		}
		at := g.rng.Intn(len(d.paras) + 1)
		d.paras = append(d.paras[:at], append([][]sent{copied}, d.paras[at:]...)...)
	}
}

func (g *Generator) registerCopy(l uint32, src int32) {
	if g.isCopied(l) {
		return
	}
	for int(l>>6) >= len(g.copied) {
		g.copied = append(g.copied, 0)
	}
	g.copied[l>>6] |= 1 << (l & 63)
	// The lineage starts with the first document that carried it; for a
	// fresh lineage that is the source.
	g.carries = append(g.carries, uint64(l)<<32|uint64(src))
}

// edit applies copy-editing changes to a sentence, each with probability p;
// a split returns two sentences of one lineage.
func (g *Generator) edit(s sent, p float64) []sent {
	t := s.text
	if g.rng.Float64() < p { // a name variant
		for _, pl := range g.places {
			if strings.Contains(t, pl[0]) {
				t = strings.ReplaceAll(t, pl[0], pl[1+g.rng.Intn(len(pl)-1)])
				break
			}
		}
	}
	if g.rng.Float64() < p { // punctuation and quotes
		t = strings.NewReplacer(`"`, "“", ", ", " – ", "’", "'", "“", `"`, "”", `"`).Replace(t)
	}
	if g.rng.Float64() < p/2 { // a dropped clause
		if parts := strings.Split(t, ", "); len(parts) > 2 {
			i := 1 + g.rng.Intn(len(parts)-2)
			t = strings.Join(append(parts[:i:i], parts[i+1:]...), ", ")
		}
	}
	if g.rng.Float64() < p/2 { // an added clause
		adds := []string{" on Sunday", ", according to local sources,", " early in the morning", ", officials said,"}
		fs := strings.Fields(t)
		if len(fs) > 4 {
			i := 2 + g.rng.Intn(len(fs)-3)
			fs[i] += adds[g.rng.Intn(len(adds))]
			t = strings.Join(fs, " ")
		}
	}
	if g.rng.Float64() < p/2 { // a changed word
		fs := strings.Fields(t)
		i := g.rng.Intn(len(fs))
		if !function[strings.ToLower(fs[i])] {
			fs[i] = g.word()
		}
		t = strings.Join(fs, " ")
	}
	if g.rng.Float64() < p/3 { // a split sentence
		fs := strings.Fields(t)
		if len(fs) >= 12 {
			i := len(fs)/2 + g.rng.Intn(3) - 1
			a := strings.TrimRight(strings.Join(fs[:i], " "), ",;–") + "."
			b := strings.Join(fs[i:], " ")
			b = strings.ToUpper(b[:1]) + b[1:]
			return []sent{{a, s.lineage}, {b, s.lineage}}
		}
	}
	return []sent{{t, s.lineage}}
}

// paragraphs groups sentences into paragraphs of 1-4.
func paragraphs(rng *rand.Rand, ss []sent) [][]sent {
	var out [][]sent
	for len(ss) > 0 {
		n := min(1+rng.Intn(4), len(ss))
		out = append(out, ss[:n])
		ss = ss[n:]
	}
	return out
}

// Gold returns the true reuse pairs among the documents generated so far:
// documents of different outlets carrying a sentence of one copied lineage.
func (g *Generator) Gold() map[Pair]bool {
	out := map[Pair]bool{}
	for _, p := range g.goldPairs() {
		out[MakePair(DocID(int32(p>>32)), DocID(int32(p)))] = true
	}
	return out
}

// goldPairs returns the gold pairs as packed document numbers, a<<32 | b
// with a < b, sorted and distinct.
func (g *Generator) goldPairs() []uint64 {
	cs := append([]uint64(nil), g.carries...)
	slices.Sort(cs)
	cs = slices.Compact(cs)
	var out []uint64
	for lo := 0; lo < len(cs); {
		hi := lo + 1
		for hi < len(cs) && cs[hi]>>32 == cs[lo]>>32 {
			hi++
		}
		for i := lo; i < hi; i++ {
			for j := i + 1; j < hi; j++ {
				a, b := int32(cs[i]), int32(cs[j]) // a < b: sorted, distinct
				if g.outlet[a-1] != g.outlet[b-1] {
					out = append(out, packPair(a, b))
				}
			}
		}
		lo = hi
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// DocID returns the id of the document numbered n (from 1).
func DocID(n int32) string { return fmt.Sprintf("s%07d", n) }

// docNum returns the number of a generated document's id, or 0.
func docNum(id string) int32 {
	if len(id) < 2 || id[0] != 's' {
		return 0
	}
	n, err := strconv.ParseInt(id[1:], 10, 32)
	if err != nil {
		return 0
	}
	return int32(n)
}

func packPair(a, b int32) uint64 {
	if b < a {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(uint32(b))
}

// LoadTemplates reads the sentences of the .txt files of dir that look
// like prose (eight words or more, some of them function words, no links).
func LoadTemplates(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			for _, s := range strings.SplitAfter(sc.Text(), ". ") {
				s = strings.TrimSpace(s)
				fs := strings.Fields(s)
				fn := 0
				for _, w := range fs {
					if function[strings.ToLower(w)] {
						fn++
					}
				}
				if len(fs) >= 8 && fn >= 2 && !strings.ContainsAny(s, "[]#@*") && !strings.Contains(s, "http") && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("synth: no template sentences in %s", dir)
	}
	return out, nil
}

// Mosaic builds one test case for the property "a document with k passages
// copied from others is found to reuse exactly those": k source documents
// and m distractors (fresh text, all of different outlets), and a document
// made of fresh sentences and one passage of 2-3 sentences from each
// source, edited (name variants, punctuation, clauses dropped and added, a
// word changed, sentences split) and placed in random order. Sources come
// first in the returned slice.
func (g *Generator) Mosaic(k, m int) (others []*claimtrail.Document, doc *claimtrail.Document) {
	mk := func(id string, outlet int, paras [][]sent) *claimtrail.Document {
		var ps []string
		for _, p := range paras {
			var b []string
			for _, s := range p {
				b = append(b, s.text)
			}
			ps = append(ps, strings.Join(b, " "))
		}
		return &claimtrail.Document{Kind: "doc", ID: id, Outlet: fmt.Sprintf("Outlet %d", outlet),
			Published: g.day.Format(time.DateOnly), Lang: "en", Title: g.fresh(), Body: strings.Join(ps, "\n\n")}
	}
	g.n++
	base := g.n
	var copied [][]sent
	for i := 0; i < k+m; i++ {
		var ss []sent
		for j := 6 + g.rng.Intn(10); j > 0; j-- {
			ss = append(ss, g.freshSent())
		}
		paras := paragraphs(g.rng, ss)
		others = append(others, mk(fmt.Sprintf("m%d-src%d", base, i), i+1, paras))
		if i < k {
			n := 2 + g.rng.Intn(2)
			start := g.rng.Intn(len(ss) - n + 1)
			var c []sent
			for _, s := range ss[start : start+n] {
				c = append(c, g.edit(s, 0.5)...)
			}
			copied = append(copied, c)
		}
	}
	var ss []sent
	for j := 4 + g.rng.Intn(10); j > 0; j-- {
		ss = append(ss, g.freshSent())
	}
	paras := paragraphs(g.rng, ss)
	for _, c := range copied {
		at := g.rng.Intn(len(paras) + 1)
		paras = append(paras[:at], append([][]sent{c}, paras[at:]...)...)
	}
	return others, mk(fmt.Sprintf("m%d-new", base), 0, paras)
}
