package clean

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/read"
)

// Recurrence. A line that a site prints under many of its articles (a
// footer, a standing disclaimer, a prompt no other evidence catches) is
// that site's boilerplate. What counts is in how many different articles
// it stands: the same article seen many times (a batch of copies, a story
// republished with a correction, a crawl that fetched a page twice) is one
// template instance, or every line of it would look like boilerplate.
//
// Documents are grouped into instances by their running text: a document
// whose prose lines, weighed by length, are mostly (nearInstance) those of
// an instance already seen, and which holds most of that instance's prose,
// joins it. A line then recurs when it stands in MinRecurrence different
// instances of the site.

// nearInstance is the share of prose, by characters, that two documents
// must have in common, each way, to be copies of one another.
const nearInstance = 0.7

// siteStats is what Observe learnt about one site.
type siteStats struct {
	lines map[uint64]*lineStat
	sizes []int // per instance: prose characters of its first document
}

// lineStat is what is known of one line across a site's documents.
type lineStat struct {
	owner     int32   // the first instance whose running text held it; -1 if none
	instances []int32 // distinct instances it stands in, up to MinRecurrence
}

// observedDoc is a document reduced to what recurrence needs.
type observedDoc struct {
	prose map[uint64]int // prose line → characters
	lines []uint64       // every line of two words or more
	size  int            // prose characters
}

func observe(units []*unit) observedDoc {
	d := observedDoc{prose: make(map[uint64]int, len(units))}
	for _, u := range units {
		if u.words < 2 {
			continue
		}
		h := lineHash(u)
		d.lines = append(d.lines, h)
		if u.words >= 5 && u.prose() {
			if _, dup := d.prose[h]; !dup {
				d.prose[h] = len(u.text)
				d.size += len(u.text)
			}
		}
	}
	return d
}

// add files a document under its instance and counts its lines. The
// caller holds the lock.
func (s *siteStats) add(d observedDoc, minRec int) {
	inst := int32(-1)
	if d.size > 0 {
		// Candidates: the instances that first held some of its prose.
		var cands []int32
		for h := range d.prose {
			if ls := s.lines[h]; ls != nil && ls.owner >= 0 && !slices.Contains(cands, ls.owner) {
				cands = append(cands, ls.owner)
			}
		}
		slices.Sort(cands)
		bestN := 0
		for _, id := range cands {
			// Shared prose: lines the candidate holds, and lines already
			// known as boilerplate (which no longer list every instance).
			n := 0
			for h, w := range d.prose {
				if ls := s.lines[h]; ls != nil && (len(ls.instances) >= minRec || slices.Contains(ls.instances, id)) {
					n += w
				}
			}
			if n > bestN && float64(n) >= nearInstance*float64(d.size) && float64(n) >= nearInstance*float64(s.sizes[id]) {
				inst, bestN = id, n
			}
		}
	}
	if inst < 0 {
		inst = int32(len(s.sizes))
		s.sizes = append(s.sizes, d.size)
	}
	for h := range d.prose {
		ls := s.line(h)
		if ls.owner < 0 {
			ls.owner = inst
		}
	}
	for _, h := range d.lines {
		ls := s.line(h)
		if len(ls.instances) >= minRec {
			continue
		}
		if !slices.Contains(ls.instances, inst) {
			ls.instances = append(ls.instances, inst)
		}
	}
}

func (s *siteStats) line(h uint64) *lineStat {
	ls := s.lines[h]
	if ls == nil {
		ls = &lineStat{owner: -1}
		s.lines[h] = ls
	}
	return ls
}

// siteOf groups documents of one site: the URL's host, else the outlet the
// container names, else the name the page or the document's head gives
// itself; documents that say nothing of where they come from are grouped
// together.
func siteOf(in *read.Input, units []*unit, meta *htmlMeta) string {
	if in.URL != "" {
		if h := hostName(in.URL); h != "" {
			return h
		}
	}
	if o := strings.TrimSpace(in.Outlet); o != "" {
		return "name:" + squash(o)
	}
	if meta != nil {
		if s := firstOf(meta.site, siteFromTitle(meta.rawTitle, meta.title)); s != "" {
			return "name:" + squash(s)
		}
	}
	for i, u := range units {
		if i >= 25 || u.prose() {
			break
		}
		if h, ok := u.headLine(); ok && len(h.orgs) > 0 {
			return "name:" + squash(h.orgs[0])
		}
	}
	return ""
}

// Observe lets the cleaner learn lines that recur across many documents of
// one site (a first pass over a batch). Clean works without it.
func (c *Cleaner) Observe(in *read.Input) {
	units, meta, err := c.units(in)
	if err != nil {
		return
	}
	units = mergeBroken(units)
	d := observe(units)
	site := siteOf(in, units, meta)
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.sites[site]
	if s == nil {
		s = &siteStats{lines: map[uint64]*lineStat{}}
		c.sites[site] = s
	}
	s.add(d, c.minRec)
}

// recurringLines marks the kept units whose line recurs across the site.
func (c *Cleaner) recurringLines(site string, units []*unit) (recurring []bool, any bool) {
	recurring = make([]bool, len(units))
	c.mu.RLock()
	defer c.mu.RUnlock()
	s := c.sites[site]
	if s == nil {
		return recurring, false
	}
	for i, u := range units {
		if u.drop != "" || u.words < 2 {
			continue
		}
		if ls := s.lines[lineHash(u)]; ls != nil && len(ls.instances) >= c.minRec {
			recurring[i], any = true, true
		}
	}
	return recurring, any
}

// lineHash is how lines are compared across documents and within one:
// letters and digits only, case folded (FNV-1a over the folded runes), so
// that markup, punctuation and spacing do not matter. Computed once per
// unit; 0 is kept for "not yet".
func lineHash(u *unit) uint64 {
	if u.hash != 0 {
		return u.hash
	}
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	s := u.lower
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			if b >= 'A' && b <= 'Z' {
				b |= 0x20
			}
			if b >= 'a' && b <= 'z' || b >= '0' && b <= '9' {
				h = (h ^ uint64(b)) * prime
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isAlnum(r) {
			for k := 0; k < n; k++ {
				h = (h ^ uint64(s[i-n+k])) * prime
			}
		}
	}
	if h == 0 {
		h = 1
	}
	u.hash = h
	return h
}
