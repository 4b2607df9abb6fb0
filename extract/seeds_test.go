package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const seedDir = "../testdata/seeds"

func mustProfile(t testing.TB, name string) *profile.Profile {
	t.Helper()
	ps, err := profile.Builtin()
	if err != nil {
		t.Fatalf("profiles: %v", err)
	}
	p := profile.ByName(ps, name)
	if p == nil {
		t.Fatalf("no profile %s", name)
	}
	return p
}

type goldDoc struct {
	ID         string               `json:"doc"`
	Outlet     string               `json:"outlet"`
	Published  *string              `json:"published"`
	Original   *claimtrail.Original `json:"original"`
	Boiler     []string             `json:"boilerplate"`
	BodyKeeps  []string             `json:"body_keeps"`
	Title      *string              `json:"title"`
	BodyActual string               `json:"-"`
}

// stripMarkdown is a stand-in for the cleaner: it removes the Markdown the
// seeds carry (links, emphasis, headings, escapes).
func stripMarkdown(s string) string {
	s = strings.ReplaceAll(s, "\\*", "*")
	s = strings.ReplaceAll(s, "\\_", "_")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '[':
			if j := strings.Index(s[i:], "]("); j > 0 {
				if k := strings.IndexByte(s[i+j:], ')'); k > 0 {
					b.WriteString(s[i+1 : i+j])
					i = i + j + k
					continue
				}
			}
		case '*':
			continue
		case '#':
			if b.Len() == 0 || strings.HasSuffix(b.String(), "\n") {
				for i+1 < len(s) && (s[i+1] == '#' || s[i+1] == ' ') {
					i++
				}
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// seedDocs builds the seed documents with a simple stand-in cleaning: the
// lines from the first to the last line the gold says the body keeps,
// without the gold's boilerplate lines, one paragraph per line.
func seedDocs(t testing.TB) []*claimtrail.Document {
	t.Helper()
	f, err := os.Open(filepath.Join(seedDir, "gold", "docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*claimtrail.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(seedDir, g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(stripMarkdown(string(raw)), "\n")
		first, last := -1, -1
		for i, l := range lines {
			for k, keep := range g.BodyKeeps {
				if strings.Contains(l, keep) {
					if first < 0 && k == 0 {
						first = i
					}
					if i > last {
						last = i
					}
				}
			}
		}
		var paras []string
		for i := first; i >= 0 && i <= last; i++ {
			l := strings.TrimSpace(lines[i])
			for _, bp := range g.Boiler {
				if strings.HasPrefix(l, bp) && len(bp) < 20 {
					l = strings.TrimSpace(strings.TrimPrefix(l, bp))
				}
			}
			if l == "" || strings.HasPrefix(l, "http") {
				continue
			}
			paras = append(paras, l)
		}
		d := &claimtrail.Document{Kind: "doc", ID: g.ID, Outlet: g.Outlet, Original: g.Original, Body: strings.Join(paras, "\n\n")}
		if g.Published != nil {
			d.Published = *g.Published
		}
		docs = append(docs, d)
	}
	return docs
}

func readGold(t testing.TB) []claimtrail.Claim {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, "gold", "claims.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []claimtrail.Claim
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var c claimtrail.Claim
		if err := json.Unmarshal(l, &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

func containment(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// score is the spec's scoring of claims.
type score struct {
	tp, fp, fn int
	fields     map[string][2]int // field -> matched right, total
	misses     []string
	fps        []string
	wrong      []string
}

func (s *score) f1() (p, r, f float64) {
	p = float64(s.tp) / math.Max(1, float64(s.tp+s.fp))
	r = float64(s.tp) / math.Max(1, float64(s.tp+s.fn))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func placeSame(p *profile.Profile, a, b claimtrail.PlaceRef) bool {
	if strings.EqualFold(a.Name, b.Name) {
		return true
	}
	if p != nil && p.Places != nil {
		pa, pb := p.Places.Lookup(a.Name), p.Places.Lookup(b.Name)
		if pa != nil && pb != nil && pa == pb {
			return true
		}
	}
	return profile.Distance(a.Lat, a.Lon, b.Lat, b.Lon) <= 3
}

func placesEqual(p *profile.Profile, g, x []claimtrail.PlaceRef) bool {
	cover := func(a, b []claimtrail.PlaceRef) bool {
		for _, pa := range a {
			ok := false
			for _, pb := range b {
				if placeSame(p, pa, pb) {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	return cover(g, x) && cover(x, g)
}

func quantKey(qs []claimtrail.Quantity) string {
	var k []string
	for _, q := range qs {
		k = append(k, fmt.Sprintf("%s=%d", q.Item, q.N))
	}
	sort.Strings(k)
	return strings.Join(k, ",")
}

func dateField(d *claimtrail.DateRange, end bool) string {
	if d == nil {
		return "null"
	}
	if end {
		return d.End
	}
	return d.Start
}

func scoreClaims(p *profile.Profile, gold, pred []claimtrail.Claim) *score {
	sc := &score{fields: map[string][2]int{}}
	type pair struct {
		g, x int
		ov   float64
	}
	var pairs []pair
	for gi, g := range gold {
		gw := wordSet(g.Sentence)
		for xi, x := range pred {
			if x.Doc != g.Doc || x.Type != g.Type {
				continue
			}
			xw := wordSet(x.Sentence)
			a, b := containment(gw, xw), containment(xw, gw)
			if a >= 0.6 || b >= 0.6 {
				pairs = append(pairs, pair{gi, xi, math.Max(a, b)})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	gUsed := map[int]bool{}
	xUsed := map[int]bool{}
	field := func(name string, ok bool, g claimtrail.Claim, got, want string) {
		v := sc.fields[name]
		v[1]++
		if ok {
			v[0]++
		} else {
			sc.wrong = append(sc.wrong, fmt.Sprintf("%s %s %-9s got %-22s want %-22s | %.70s", g.Doc[:3], g.Type, name, got, want, g.Sentence))
		}
		sc.fields[name] = v
	}
	for _, pr := range pairs {
		if gUsed[pr.g] || xUsed[pr.x] {
			continue
		}
		gUsed[pr.g], xUsed[pr.x] = true, true
		g, x := gold[pr.g], pred[pr.x]
		if !g.Optional {
			sc.tp++
		}
		field("stance", g.Stance == x.Stance, g, x.Stance, g.Stance)
		field("voice", g.Voice == x.Voice, g, x.Voice, g.Voice)
		field("hedged", g.Hedged == x.Hedged, g, fmt.Sprint(x.Hedged), fmt.Sprint(g.Hedged))
		field("side", g.Claimant.Side == x.Claimant.Side, g, string(x.Claimant.Side)+"/"+x.Claimant.Name, string(g.Claimant.Side)+"/"+g.Claimant.Name)
		field("actor", g.Actor == x.Actor, g, string(x.Actor), string(g.Actor))
		field("target", g.Target == x.Target, g, string(x.Target), string(g.Target))
		field("places", placesEqual(p, g.Places, x.Places), g, placeNames(x.Places), placeNames(g.Places))
		field("date.start", dateField(g.Date, false) == dateField(x.Date, false), g, dateField(x.Date, false), dateField(g.Date, false))
		field("date.end", dateField(g.Date, true) == dateField(x.Date, true), g, dateField(x.Date, true), dateField(g.Date, true))
		field("quantities", quantKey(g.Quantities) == quantKey(x.Quantities), g, quantKey(x.Quantities), quantKey(g.Quantities))
	}
	for gi, g := range gold {
		if !gUsed[gi] && !g.Optional {
			sc.fn++
			sc.misses = append(sc.misses, fmt.Sprintf("%s %-10s %s", g.Doc[:3], g.Type, g.Sentence))
		}
	}
	for xi, x := range pred {
		if !xUsed[xi] {
			sc.fp++
			sc.fps = append(sc.fps, fmt.Sprintf("%s %-10s %s/%s %s>%s | %s", x.Doc[:3], x.Type, x.Claimant.Side, x.Claimant.Name, x.Actor, x.Target, x.Sentence))
		}
	}
	return sc
}

func placeNames(ps []claimtrail.PlaceRef) string {
	var n []string
	for _, p := range ps {
		n = append(n, p.Name)
	}
	return "[" + strings.Join(n, ",") + "]"
}

// TestSeeds scores the extractor on the seed articles against the gold
// claims (spec, Scoring) and keeps the per-seed output as golden files.
func TestSeeds(t *testing.T) {
	p := mustProfile(t, "karabakh-2020")
	x := New(p)
	docs := seedDocs(t)
	var pred []claimtrail.Claim
	for _, d := range docs {
		cs := x.Extract(d)
		pred = append(pred, cs...)
		golden(t, d.ID, cs)
	}
	sc := scoreClaims(p, readGold(t), pred)
	pr, rc, f1 := sc.f1()
	t.Logf("claims: P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)", pr, rc, f1, sc.tp, sc.fp, sc.fn)
	var names []string
	for k := range sc.fields {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v := sc.fields[k]
		t.Logf("  %-11s %.3f (%d/%d)", k, float64(v[0])/float64(v[1]), v[0], v[1])
	}
	if testing.Verbose() {
		for _, m := range sc.misses {
			t.Logf("MISS %s", m)
		}
		for _, m := range sc.fps {
			t.Logf("FP   %s", m)
		}
		for _, m := range sc.wrong {
			t.Logf("WRONG %s", m)
		}
	}
	if f1 < 0.85 {
		t.Errorf("claims F1 %.3f below 0.85", f1)
	}
	for _, k := range names {
		v := sc.fields[k]
		if acc := float64(v[0]) / float64(v[1]); acc < 0.80 {
			t.Errorf("field %s accuracy %.3f below 0.80", k, acc)
		}
	}
}

func golden(t *testing.T, id string, cs []claimtrail.Claim) {
	t.Helper()
	var b bytes.Buffer
	for _, c := range cs {
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "golden", id+".jsonl")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run go test ./extract -update)", id, err)
	}
	if !bytes.Equal(want, b.Bytes()) {
		t.Errorf("golden %s differs from the extractor's output (run go test ./extract -update after checking)", id)
	}
}
