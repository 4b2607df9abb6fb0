package quantity

import (
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// resize returns s with length n, zeroed.
func resize(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Match is one quantity stated in a sentence.
type Match struct {
	Start, End int    // byte span of the whole quantity phrase in the text
	Item       string // spec item: killed, wounded, casualties, fighters, tank, armored_vehicle, ...
	N          int64
	Max        int64  // only for Qual "range"
	Qual       string // exact, at_least, over, about, up_to, range
	Text       string // text[Start:End]
}

// chain is a run of lexicon nouns that name one thing: "T-72 tanks",
// "drone operators", "wounded soldiers", "servicemen killed".
type chain struct {
	ts, te  int // tokens [ts, te)
	item    string
	class   uint8
	sing    bool
	plur    bool
	mass    bool
	outcome int // what the chain itself says happened to people
}

// numPhrase is a number with its qualifier: "at least 800", "260-280",
// "between 5 and 10", "two thousand".
type numPhrase struct {
	qs, ts, te int // qualifier start; number tokens [ts, te)
	n, max     int64
	qual       string
	bad        bool // a date, year, measure, label or fraction: not a count
	partitive  bool // bad only because "of" follows: "14 of 16 drones"
	used       bool
}

type cand struct {
	start, end int // bytes
	ts, te     int // tokens, for lists
	item       string
	class      uint8
	n, max     int64
	qual       string
	single     bool // counted by "a"/"an"
	outcome    int
	back, fwd  int // outcomes of the verb before and after
}

var defaultLexicon = NewLexicon(nil)

// Find returns the quantities of one sentence, sorted by Start and not
// overlapping. A nil Lexicon uses the built-in English one.
func (l *Lexicon) Find(text string) []Match {
	if l == nil {
		l = defaultLexicon
	}
	if !l.mayHoldQuantity(text) {
		return nil
	}
	f := finderPool.Get().(*finder)
	defer f.release()
	f.l = l
	f.toks = tokenize(text, f.lower(text), f.toks[:0])
	f.chains = l.chains(f.toks, f.chains[:0])
	f.nums = scanNumbers(f.toks, f.nums[:0])
	if len(f.chains) == 0 && len(f.nums) == 0 {
		return nil
	}
	f.index()
	f.fromChains()
	f.fromLinkers()
	f.fromBareNumbers()
	f.resolvePeople()
	return f.matches(text)
}

// mayHoldQuantity is the fast path: a sentence with no digit, no number
// word and no noun of the lexicon holds no quantity. It reads the words in
// place, without allocating.
func (l *Lexicon) mayHoldQuantity(text string) bool {
	var b [32]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			i++
			continue
		}
		j, n := i, 0
		for j < len(text) {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if !(c >= 'a' && c <= 'z' || c == '-' || c >= 0x80) {
				break
			}
			if n < len(b) {
				b[n] = c
			}
			n++
			j++
		}
		if n <= len(b) {
			w := b[:n]
			if _, ok := l.byFirst[string(w)]; ok {
				return true
			}
			if _, ok := unitWords[string(w)]; ok {
				return true
			}
			if _, ok := tensWords[string(w)]; ok {
				return true
			}
			if k := indexByte(w, '-'); k > 0 {
				if _, ok := tensWords[string(w[:k])]; ok {
					return true
				}
				if _, ok := l.byFirst[string(w[:k])]; ok {
					return true // "howitzer-guns", models like "mt-lb"
				}
			}
			switch string(w) {
			case "dozen", "hundred", "thousand", "million", "billion":
				return true
			}
		}
		i = j
	}
	return false
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

type finder struct {
	low    []byte
	l      *Lexicon
	toks   []token
	chains []chain
	nums   []numPhrase
	cands  []cand
	// per token: index+1 of the chain or number phrase covering it
	chainAt []int
	numAt   []int
}

var finderPool = sync.Pool{New: func() any { return new(finder) }}

// lower returns text with ASCII letters lowercased, in the finder's own
// buffer: the tokens' words point into it and live only during Find.
func (f *finder) lower(text string) string {
	f.low = append(f.low[:0], text...)
	for i, c := range f.low {
		if c >= 'A' && c <= 'Z' {
			f.low[i] = c + ('a' - 'A')
		}
	}
	if len(f.low) == 0 {
		return ""
	}
	return unsafe.String(&f.low[0], len(f.low))
}

// release returns the finder to the pool; nothing it holds may be used
// afterwards, which is why matches copy their text from the caller's.
func (f *finder) release() {
	if cap(f.low) > 1<<16 {
		return // do not keep a buffer grown by one huge input
	}
	clear(f.toks[:cap(f.toks)])
	f.l, f.cands = nil, f.cands[:0]
	finderPool.Put(f)
}

func (f *finder) index() {
	f.chainAt = resize(f.chainAt, len(f.toks))
	f.numAt = resize(f.numAt, len(f.toks))
	for ci, c := range f.chains {
		for k := c.ts; k < c.te; k++ {
			f.chainAt[k] = ci + 1
		}
	}
	for ni, n := range f.nums {
		for k := n.ts; k < n.te; k++ {
			f.numAt[k] = ni + 1
		}
	}
}

// negatedSingle reports "not … a single", "no single", "without a single"
// before the article at apos: the phrase counts nothing ("did not lose a
// single tank").
func (f *finder) negatedSingle(apos int) bool {
	if f.word(apos+1) != "single" {
		return false
	}
	for k := apos - 1; k >= 0 && k >= apos-5; k-- {
		switch f.word(k) {
		case "not", "never", "no", "without", "nor", "n't":
			return true
		}
		if f.punct(k) != "" {
			return false
		}
	}
	return false
}

func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tWord {
		return ""
	}
	return f.toks[i].w
}

func (f *finder) punct(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tPunct {
		return ""
	}
	return f.toks[i].w
}

func isQuote(p string) bool {
	switch p {
	case `"`, "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB":
		return true
	}
	return false
}

func isDash(p string) bool { return p == "-" || p == "\u2013" || p == "\u2014" || p == "\u2012" }

// match returns the longest lexicon entry at token i and its length.
func (l *Lexicon) match(toks []token, i int) (*entry, int) {
	t := toks[i]
	if t.kind != tWord {
		return nil, 0
	}
	for _, e := range l.byFirst[t.w] {
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if toks[i+k].kind != tWord || toks[i+k].w != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, len(e.toks)
		}
	}
	// A model name with a variant or plural suffix: "t-72b3", "bmp-2", "t-72s".
	if strings.IndexByte(t.w, '-') < 0 && !hasDigit(t.w) {
		return nil, 0
	}
	w := t.w
	for len(w) > 1 {
		cut := len(w) - 1
		digit := w[cut] >= '0' && w[cut] <= '9'
		for cut > 0 && (w[cut-1] >= '0' && w[cut-1] <= '9') == digit && w[cut-1] != '-' {
			cut--
		}
		w = strings.TrimRight(w[:cut], "-")
		if len(w) < 2 {
			break
		}
		for _, e := range l.byFirst[w] {
			if e.model && len(e.toks) == 1 {
				return e, 1
			}
		}
	}
	return nil, 0
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func isPerson(class uint8) bool { return class == cCombatant || class == cCivilian }

// chains finds the noun runs of the sentence.
func (l *Lexicon) chains(toks []token, out []chain) []chain {
	i := 0
	for i < len(toks) {
		e, n := l.match(toks, i)
		if e == nil {
			i++
			continue
		}
		c := chain{ts: i, te: i + n}
		specific := ""
		apply := func(e *entry) {
			switch {
			case e.class == cWeapon:
				if e.weak && specific != "" {
					c.item = specific
				} else {
					c.item = e.item
					if !e.weak {
						specific = e.item
					}
				}
				c.class = cWeapon
			case isPerson(e.class):
				c.class, c.item = e.class, ""
			case e.class == cOutcome:
				if isPerson(c.class) {
					// "servicemen killed": the person stays the head.
					c.outcome = outcomeOfItem(e.item)
					return
				} else {
					c.class, c.item = cOutcome, e.item
				}
			default:
				c.class, c.item = e.class, ""
			}
			c.sing, c.plur, c.mass = e.sing, e.plur, e.mass
		}
		apply(e)
		j := i + n
		for j < len(toks) {
			k := j
			for k < len(toks) && toks[k].kind == tPunct && isQuote(toks[k].w) && k-j < 2 {
				k++
			}
			if k >= len(toks) {
				break
			}
			e2, n2 := l.match(toks, k)
			if e2 == nil || !extends(c.class, e2.class) {
				break
			}
			if c.class == cOutcome && isPerson(e2.class) {
				c.outcome = outcomeOfItem(c.item)
			}
			apply(e2)
			j = k + n2
		}
		c.te = j
		if c.class == cOutcome {
			c.outcome = outcomeOfItem(c.item)
		}
		// "a drone attack", "a tank battalion": a singular noun before
		// another noun modifies it.
		if c.sing && j < len(toks) && toks[j].kind == tWord && blockers.has(toks[j].w) {
			c.class = cSkip
		}
		out = append(out, c)
		i = j
	}
	return out
}

// extends reports whether a noun of class next continues a run ending in
// a noun of class prev: "T-72 tanks", "tank crews", "wounded soldiers",
// "servicemen killed".
func extends(prev, next uint8) bool {
	switch prev {
	case cWeapon:
		return next == cWeapon || isPerson(next)
	case cCombatant, cCivilian:
		return isPerson(next) || next == cOutcome
	case cOutcome:
		return isPerson(next)
	}
	return false
}

func outcomeOfItem(item string) int {
	switch item {
	case Killed:
		return oKilled
	case Wounded:
		return oWounded
	case Casualties:
		return oCasualties
	}
	return oNone
}

func itemOfOutcome(o int) string {
	switch o {
	case oKilled:
		return Killed
	case oWounded:
		return Wounded
	case oCasualties:
		return Casualties
	}
	return ""
}

// scanNumbers finds every number phrase and marks the ones that are not
// counts.
func scanNumbers(toks []token, out []numPhrase) []numPhrase {
	i := 0
	for i < len(toks) {
		t := toks[i]
		if !(t.kind == tNum || t.kind == tWord && isNumberWord(t.w)) {
			i++
			continue
		}
		v, end, ok := parseNumberAt(toks, i)
		if !ok {
			i++
			continue
		}
		np := numPhrase{qs: i, ts: i, te: end, qual: "exact"}
		n, okc := asCount(v)
		np.n = n
		np.bad = !okc
		// Ranges: "260-280", "260 to 280", "two or three", "between 260 and 280".
		if end < len(toks) && okc {
			sep := toks[end]
			joined := false
			switch {
			case sep.kind == tPunct && isDash(sep.w):
				joined = true
			case sep.kind == tWord && sep.w == "to":
				joined = !(i > 0 && toks[i-1].w == "from" && changeBefore(toks, i-1))
			case sep.kind == tWord && sep.w == "or":
				joined = true
			case sep.kind == tWord && sep.w == "and":
				joined = i > 0 && toks[i-1].w == "between"
			}
			if joined && end+1 < len(toks) && (toks[end+1].kind == tNum || toks[end+1].kind == tWord && isNumberWord(toks[end+1].w) && toks[end+1].w != "a" && toks[end+1].w != "an") {
				if v2, end2, ok2 := parseNumberAt(toks, end+1); ok2 {
					if m, okm := asCount(v2); okm && m > n {
						np.max, np.qual, np.te = m, "range", end2
						if i > 0 && toks[i-1].w == "between" {
							np.qs = i - 1
						}
						// A third group is a phone number or a code: "495-123-4567".
						if end2+1 < len(toks) && toks[end2].kind == tPunct && isDash(toks[end2].w) && toks[end2+1].kind == tNum {
							np.bad = true
						}
					}
				}
			}
		}
		if np.qual != "range" {
			if q, qs := qualifierBefore(toks, np.ts); q != "" {
				np.qual, np.qs = q, qs
			}
			// "100 or more", "100 or so"
			if np.te+1 < len(toks) && toks[np.te].w == "or" {
				switch toks[np.te+1].w {
				case "more":
					np.qual = "at_least"
					np.te += 2
				case "so":
					np.qual = "about"
					np.te += 2
				}
			}
		}
		if !np.bad {
			np.bad = notACount(toks, np)
			if !np.bad && np.te < len(toks) && toks[np.te].w == "of" {
				np.bad, np.partitive = true, true
			}
		}
		out = append(out, np)
		i = np.te
	}
	return out
}

func changeBefore(toks []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if changeVerbs.has(toks[k].w) {
			return true
		}
	}
	return false
}

// qualifierBefore returns the qualifier that ends just before token i and
// the index of its first token.
func qualifierBefore(toks []token, i int) (string, int) {
	for _, q := range qualifiers {
		n := len(q.words)
		if i-n < 0 {
			continue
		}
		ok := true
		for k, w := range q.words {
			if toks[i-n+k].w != w {
				ok = false
				break
			}
		}
		if ok {
			return q.qual, i - n
		}
	}
	return "", i
}

// notACount reports numbers that are dates, years, clock times, measures,
// percentages, sums of money, labels ("No. 4", "Brigade 93") or the start
// of "one of the".
func notACount(toks []token, np numPhrase) bool {
	first := toks[np.ts]
	prev := -1
	if np.ts > 0 {
		prev = np.ts - 1
	}
	if prev >= 0 && toks[prev].kind == tPunct && !first.space {
		switch toks[prev].w {
		case "+", "#", "\u2116", "$", "\u20AC", "\u00A3", "\u20BD", "\u20B4", "\u00A5", "/", "\u00B1", "=", "@", "\u2212":
			return true
		}
	}
	// The word before, past an abbreviation's dot ("Nov. 9", "No. 4").
	pw := -1
	if prev >= 0 {
		pw = prev
		if toks[pw].kind == tPunct && toks[pw].w == "." && pw > 0 {
			pw--
		}
		if toks[pw].kind != tWord {
			pw = -1
		}
	}
	small := np.n <= 31
	if pw >= 0 {
		w := toks[pw].w
		if months.has(w) && (small || isYearLike(first)) {
			return true
		}
		if labels.has(w) && np.qs == np.ts {
			return true
		}
	}
	if np.te < len(toks) {
		next := toks[np.te]
		switch next.kind {
		case tWord:
			if months.has(next.w) && small {
				return true
			}
			if units.has(next.w) {
				return true
			}
		case tPunct:
			switch next.w {
			case "%", "\u2030", "/", "$", "\u20AC", "\u00A3":
				return true
			}
			if np.te+1 < len(toks) && (next.w == "." || next.w == ":") && !toks[np.te+1].space && toks[np.te+1].kind == tNum {
				return true // "10.30", a time or a section number
			}
		}
	}
	if isYearLike(first) && np.te == np.ts+1 {
		if pw >= 0 && yearPrepositions.has(toks[pw].w) {
			return true
		}
		if prev < 0 || toks[prev].kind == tPunct {
			return true
		}
		if np.te >= len(toks) || toks[np.te].kind == tPunct {
			return true
		}
	}
	return false
}

// isYearLike reports a plain four-digit number from 1800 to 2100.
func isYearLike(t token) bool {
	return t.kind == tNum && t.e-t.s == 4 && t.v >= 1800 && t.v <= 2100
}

// fromChains counts every noun run by the number or article before it.
func (f *finder) fromChains() {
	for ci := range f.chains {
		c := &f.chains[ci]
		if c.class == cSkip {
			continue
		}
		np, article, apos := f.determiner(c)
		switch {
		case np != nil:
			if (np.bad && !np.partitive) || np.used {
				continue
			}
			np.used = true
			f.fighterAircraft(c, np.te)
			// "shot down 14 of (the) 16 drones" counts 14.
			k := np.qs - 1
			if possessives.has(f.word(k)) {
				k--
			}
			if p := f.partitiveBefore(k + 1); p != nil {
				p.used = true
				np = p
			}
			cd := f.newCand(c, np.qs, c.te)
			cd.n, cd.max, cd.qual = np.n, np.max, np.qual
			f.addChainCand(c, cd)
		case article == "a" || article == "an" || article == "another":
			if !c.sing || c.mass || f.instrumentBefore(apos) || f.negatedSingle(apos) {
				continue
			}
			if c.class != cWeapon && !isPerson(c.class) {
				continue
			}
			f.fighterAircraft(c, apos+1)
			cd := f.newCand(c, apos, c.te)
			cd.n, cd.qual, cd.single = 1, "exact", true
			f.addChainCand(c, cd)
		case article == "the":
			if c.class != cWeapon || !c.sing || c.plur || c.mass || f.instrumentBefore(apos) || !f.hitNear(apos, c.te) {
				continue
			}
			cd := f.newCand(c, apos, c.te)
			cd.n, cd.qual, cd.single = 1, "exact", true
			f.addChainCand(c, cd)
		default:
			// A table line: "tanks – 3,020", "personnel: about 180,000".
			k := c.te
			if p := f.punct(k); p == ":" || isDash(p) {
				if ni := f.numStartingAt(k + 1); ni != nil && !ni.bad && !ni.used {
					ni.used = true
					cd := f.newCand(c, c.ts, ni.te)
					cd.n, cd.max, cd.qual = ni.n, ni.max, ni.qual
					f.addChainCand(c, cd)
				}
			}
		}
	}
}

// fighterAircraft reads "fighters" as aircraft when a model name stands
// before it ("two Su-27 fighters") or when they were shot down: people
// are not.
func (f *finder) fighterAircraft(c *chain, from int) {
	if c.class != cCombatant || c.te-c.ts != 1 {
		return
	}
	if w := f.word(c.ts); w != "fighter" && w != "fighters" {
		return
	}
	plane := false
	for k := from; k < c.ts; k++ {
		if w := f.word(k); hasDigit(w) && strings.IndexByte(w, '-') > 0 && w[0] >= 'a' && w[0] <= 'z' {
			plane = true
		}
	}
	for k := c.te; k < len(f.toks) && k < c.te+4 && !plane; k++ {
		w := f.word(k)
		if w == "downed" || w == "shot" && f.word(k+1) == "down" {
			plane = true
		}
	}
	if plane {
		c.class, c.item = cWeapon, Aircraft
	}
}

func (f *finder) newCand(c *chain, ts, te int) cand {
	return cand{
		start: f.toks[ts].s, end: f.toks[te-1].e, ts: ts, te: te,
		item: c.item, class: c.class, outcome: c.outcome,
	}
}

func (f *finder) addChainCand(c *chain, cd cand) {
	if c.class == cOutcome {
		// "12 killed and 30 wounded" stays two; "12 killed and wounded" is one.
		if k := c.te; (f.word(k) == "and" || f.word(k) == "or") && cd.outcome != oCasualties {
			if o, ok := outcomeWords[f.word(k+1)]; ok && (o == oKilled || o == oWounded) && o != cd.outcome {
				cd.item = Casualties
				cd.end = f.toks[k+1].e
				cd.te = k + 2
			}
		}
	}
	f.cands = append(f.cands, cd)
}

// numStartingAt returns the number phrase whose qualifier or number starts
// at token k.
func (f *finder) numStartingAt(k int) *numPhrase {
	for i := range f.nums {
		if f.nums[i].qs == k {
			return &f.nums[i]
		}
	}
	return nil
}

// determiner walks back from a noun run over its modifiers ("800
// Armenian", "two T-72", "a tactical", "20 other") to the number or article
// that counts it.
func (f *finder) determiner(c *chain) (*numPhrase, string, int) {
	mods := 0
	classifier := false
	for pos := c.ts - 1; pos >= 0; pos-- {
		t := f.toks[pos]
		if ni := f.numAt[pos]; ni > 0 {
			np := &f.nums[ni-1]
			if np.te-1 != pos {
				return nil, "", 0
			}
			return np, "", 0
		}
		if t.kind == tNum {
			return nil, "", 0
		}
		if t.kind == tPunct {
			if isQuote(t.w) {
				continue
			}
			return nil, "", 0
		}
		if possessives.has(t.w) {
			// "20,000 of his fighters", "three of the tanks"
			if p := f.partitiveBefore(pos); p != nil {
				return p, "", 0
			}
		}
		switch t.w {
		case "a", "an", "another", "the":
			return nil, t.w, pos
		case "of":
			if !classifier && mods == 0 && pos > 0 && classifiers.has(f.toks[pos-1].w) {
				classifier = true
				pos--
				continue
			}
			return nil, "", 0
		}
		if stops.has(t.w) || units.has(t.w) || f.chainAt[pos] > 0 || outcomeWordsBlock(t.w) {
			return nil, "", 0
		}
		mods++
		if mods > 4 {
			return nil, "", 0
		}
	}
	return nil, "", 0
}

var possessives = newSet("the", "his", "its", "their", "our", "her", "these", "those", "my", "your")

// partitiveBefore returns the number of "N of" ending just before token k,
// if it counts a part: "14 of", not "one of".
func (f *finder) partitiveBefore(k int) *numPhrase {
	if k < 2 || f.word(k-1) != "of" {
		return nil
	}
	pi := f.numAt[k-2]
	if pi == 0 {
		return nil
	}
	p := &f.nums[pi-1]
	if !p.partitive || p.used || p.te != k-1 || f.word(p.ts) == "one" {
		return nil
	}
	return p
}

// outcomeWordsBlock stops the modifier walk at a verb of what happened:
// in "killed 5 and wounded soldiers" the number does not count "soldiers".
func outcomeWordsBlock(w string) bool {
	o, ok := outcomeWords[w]
	return ok && o != oNone && w != "wounded" && w != "injured" && w != "dead"
}

// instrumentBefore reports "by a drone", "from a tank": the weapon is the
// means or the place of the action.
func (f *finder) instrumentBefore(apos int) bool {
	return instruments.has(f.word(apos - 1))
}

// hitNear reports a verb of destruction or capture next to "the X": only
// then is a definite singular weapon counted ("destroyed the mortar", "the
// tank was hit").
func (f *finder) hitNear(apos, te int) bool {
	for k := apos - 1; k >= 0 && k >= apos-3; k-- {
		if f.toks[k].kind != tWord {
			break
		}
		if lossVerbs.has(f.toks[k].w) {
			return true
		}
	}
	for k := te; k < len(f.toks) && k < te+5; k++ {
		if f.toks[k].kind != tWord {
			break
		}
		if lossVerbs.has(f.toks[k].w) {
			return true
		}
	}
	return false
}

// fromLinkers reads "the number of militants had reached 2,000",
// "mercenaries, whose number is approaching two thousand", "the death toll
// rose to 12", "losses stood at 300": the number is far from its noun.
func (f *finder) fromLinkers() {
	for ni := range f.nums {
		np := &f.nums[ni]
		if np.bad || np.used {
			continue
		}
		// Walk back from the number over fillers to a linking verb.
		linkQual := ""
		k := np.qs - 1
		if p := f.punct(k); p == ":" || isDash(p) {
			// "Personnel losses: about 180,000"
			linkQual = "exact"
			k--
		}
		for steps := 0; k >= 0 && steps < 6 && linkQual == ""; steps++ {
			w := f.word(k)
			if q, ok := linkers[w]; ok && linkQual == "" {
				linkQual = q
				k--
				continue
			}
			if fillers.has(w) {
				k--
				continue
			}
			break
		}
		if linkQual == "" {
			continue
		}
		item, from, ok := f.subject(k, np.qs)
		if !ok {
			continue
		}
		np.used = true
		qual := np.qual
		if qual == "exact" && linkQual != "exact" {
			qual = linkQual
		}
		f.cands = append(f.cands, cand{
			start: f.toks[from].s, end: f.toks[np.te-1].e, ts: from, te: np.te,
			item: item, n: np.n, max: np.max, qual: qual, class: cWeapon,
		})
	}
}

// subject looks back from token k for what a linked number counts. It
// returns the item and the first token of the subject.
func (f *finder) subject(k, numStart int) (string, int, bool) {
	for p := k; p >= 0 && p > k-30; p-- {
		t := f.toks[p]
		if t.kind == tPunct && (t.w == ";" || t.w == "." || t.w == "?" || t.w == "!") {
			break
		}
		if ni := f.numAt[p]; ni > 0 && !f.nums[ni-1].bad {
			break
		}
		if t.kind != tWord {
			continue
		}
		switch t.w {
		case "number", "numbers", "count", "total", "tally":
			if f.word(p+1) != "of" {
				continue
			}
			// The first noun run after "number of", past its modifiers.
			for q := p + 2; q <= k && q < p+8; q++ {
				if ci := f.chainAt[q]; ci > 0 {
					c := &f.chains[ci-1]
					item := f.personItem(c, c.te, k+1)
					if item == "" {
						return "", 0, false
					}
					return item, p, true
				}
				if f.toks[q].kind == tPunct {
					break
				}
			}
			return "", 0, false
		case "whose":
			if f.word(p+1) != "number" && f.word(p+1) != "numbers" {
				continue
			}
			q := p - 1
			if f.punct(q) == "," {
				q--
			}
			if q >= 0 {
				if ci := f.chainAt[q]; ci > 0 {
					c := &f.chains[ci-1]
					item := f.personItem(c, p, p)
					if item == "" {
						return "", 0, false
					}
					return item, c.ts, true
				}
			}
			return "", 0, false
		case "toll":
			switch f.word(p - 1) {
			case "casualty":
				return Casualties, p - 1, true
			case "injury":
				return Wounded, p - 1, true
			case "death":
				return Killed, p - 1, true
			}
			return Killed, p, true
		case "losses", "loss":
			// "tank losses" name the weapon; otherwise the losses are people.
			if p > 0 {
				if e, n := f.l.match(f.toks, p-1); e != nil && n == 1 && e.class == cWeapon {
					return e.item, p - 1, true
				}
			}
			return Casualties, p, true
		}
		if ci := f.chainAt[p]; ci > 0 {
			c := &f.chains[ci-1]
			if c.class == cOutcome && c.te == p+1 {
				// "casualties ... have reached", "the dead now number"
				if !f.countedChain(c) {
					from := c.ts
					for q := c.ts - 1; q >= 1 && q >= c.ts-5; q-- {
						if f.word(q) == "of" && (f.word(q-1) == "number" || f.word(q-1) == "total") {
							from = q - 1
							break
						}
					}
					return c.item, from, true
				}
			}
		}
	}
	return "", 0, false
}

// countedChain reports whether a number counts the run already.
func (f *finder) countedChain(c *chain) bool {
	np, _, _ := f.determiner(c)
	return np != nil
}

// personItem decides the item of a noun run used as a subject: weapons name
// themselves; people take the outcome said of them between from and to
// ("the number of militants killed"), or count as fighters.
func (f *finder) personItem(c *chain, from, to int) string {
	switch c.class {
	case cWeapon, cOutcome:
		return c.item
	case cSkip:
		return ""
	}
	o := c.outcome
	if o == oNone {
		for q := from; q < to && q < len(f.toks); q++ {
			if v, ok := outcomeWords[f.word(q)]; ok {
				o = v
				break
			}
		}
	}
	switch o {
	case oNone:
		if c.class == cCombatant {
			return Fighters
		}
		return ""
	case oSkip:
		return ""
	}
	return itemOfOutcome(o)
}

// fromBareNumbers reads numbers with no noun: "12 were killed", "killing
// 12 and wounding 30", "left 5 dead" is handled by the noun "dead".
func (f *finder) fromBareNumbers() {
	for ni := range f.nums {
		np := &f.nums[ni]
		if np.bad || np.used {
			continue
		}
		if next := f.word(np.te); next != "" && f.chainAt[np.te] > 0 {
			continue // a noun run follows but did not take the number
		}
		o := f.outcomeAfterBare(np.te)
		if o == oNone {
			o = f.outcomeBeforeBare(np.qs)
			if o != oNone && !f.endsBare(np.te) {
				o = oNone
			}
		}
		if o == oNone || o == oSkip {
			continue
		}
		np.used = true
		f.cands = append(f.cands, cand{
			start: f.toks[np.qs].s, end: f.toks[np.te-1].e, ts: np.qs, te: np.te,
			item: itemOfOutcome(o), n: np.n, max: np.max, qual: np.qual, class: cOutcome,
		})
	}
}

var bareSkip = newSet("of", "them", "whom", "were", "was", "have", "has", "had", "been", "are",
	"is", "reportedly", "also", "allegedly", "later", "subsequently", "reported", "confirmed", "being", "more")

func (f *finder) outcomeAfterBare(k int) int {
	for steps := 0; k < len(f.toks) && steps < 5; k, steps = k+1, steps+1 {
		w := f.word(k)
		if bareSkip.has(w) {
			continue
		}
		o, ok := outcomeWords[w]
		if !ok || (o != oKilled && o != oWounded && o != oSkip) || w == "destroyed" || w == "destroying" {
			return oNone
		}
		if o == oSkip {
			return oSkip
		}
		return f.joinOutcome(o, k+1)
	}
	return oNone
}

// joinOutcome reads "killed and wounded" from the first outcome o and the
// token after it.
func (f *finder) joinOutcome(o, k int) int {
	if c := f.word(k); c == "and" || c == "or" {
		if o2, ok := outcomeWords[f.word(k+1)]; ok && (o2 == oKilled || o2 == oWounded) && o2 != o {
			return oCasualties
		}
	}
	return o
}

func (f *finder) outcomeBeforeBare(qs int) int {
	for k, steps := qs-1, 0; k >= 0 && steps < 3; k, steps = k-1, steps+1 {
		w := f.word(k)
		switch w {
		case "reportedly", "also", "allegedly", "had", "have", "has", "been":
			continue
		case "destroyed", "destroying", "destroy":
			return oNone
		}
		o, ok := outcomeWords[w]
		if !ok || o == oSkip {
			return oNone
		}
		return o
	}
	return oNone
}

// endsBare reports whether the number after a verb stands alone: "killing
// 12 and wounding 30", "killed 12 in the strike".
func (f *finder) endsBare(k int) bool {
	if k >= len(f.toks) || f.toks[k].kind == tPunct {
		return true
	}
	switch f.word(k) {
	case "and", "in", "during", "near", "on", "at", "when", "while", "as", "including", "among",
		"with", "from", "across", "overnight", "yesterday", "today", "since", "after", "before",
		"so", "but", "last", "this", "there", "outside", "inside", "around":
		return true
	}
	return false
}

// resolvePeople decides killed, wounded, casualties or fighters for counts
// of people, from the noun run, the verb before, the verb after, a list the
// count belongs to, or "losses" earlier in the clause.
func (f *finder) resolvePeople() {
	for i := range f.cands {
		cd := &f.cands[i]
		cd.back = f.outcomeBefore(cd.ts)
		cd.fwd = f.outcomeAfter(cd.te)
	}
	// Lists share their verb: "lost 1,200 tanks and 40,000 soldiers",
	// "30 tanks and 200 soldiers were destroyed".
	sort.SliceStable(f.cands, func(a, b int) bool { return f.cands[a].start < f.cands[b].start })
	for a := 0; a < len(f.cands); {
		b := a
		for b+1 < len(f.cands) && f.listGap(f.cands[b].te, f.cands[b+1].ts) {
			b++
		}
		if b > a {
			back, fwd := f.cands[a].back, f.cands[b].fwd
			for k := a; k <= b; k++ {
				cd := &f.cands[k]
				if cd.back == oNone && k > a {
					cd.back = back
				}
				if cd.fwd == oNone && k < b {
					cd.fwd = fwd
				}
			}
		}
		a = b + 1
	}
	out := f.cands[:0]
	for _, cd := range f.cands {
		if isPerson(cd.class) {
			o := cd.outcome
			if o == oNone {
				o = cd.back
			}
			if o == oNone {
				o = cd.fwd
			}
			if o == oNone && !cd.single && f.lossesBefore(cd.ts) {
				o = oCasualties
			}
			switch {
			case o == oSkip:
				continue
			case o == oNone && (cd.single || cd.class == cCivilian):
				continue
			case o == oNone:
				cd.item = Fighters
			default:
				cd.item = itemOfOutcome(o)
			}
		}
		if cd.item == "" {
			continue
		}
		out = append(out, cd)
	}
	f.cands = out
}

// listGap reports whether only list glue stands between two counts.
func (f *finder) listGap(from, to int) bool {
	if to < from || to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		t := f.toks[k]
		if t.kind == tPunct {
			if t.w != "," {
				return false
			}
			continue
		}
		switch t.w {
		case "and", "as", "well", "along", "with", "plus", "also":
		default:
			return false
		}
	}
	return true
}

// outcomeBefore reads the verb just before a count: "killing at least 6
// troops", "lost 150 servicemen", "killed and wounded 40 soldiers".
func (f *finder) outcomeBefore(ts int) int {
	got := oNone
	for k, steps := ts-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		t := f.toks[k]
		if t.kind != tWord {
			break
		}
		w := t.w
		if w == "of" && k > 0 && (f.toks[k-1].w == "deaths" || f.toks[k-1].w == "death") {
			continue // "the deaths of 437 civilians"
		}
		switch w {
		case "lost", "lose", "loses", "losing", "suffered":
			if got == oNone {
				return oCasualties
			}
			return got
		case "and", "or", "reportedly", "also", "allegedly", "have", "has", "had", "been", "over", "further":
			continue
		}
		o, ok := outcomeWords[w]
		if !ok {
			break
		}
		if got != oNone && got != o && (got == oKilled || got == oWounded) && (o == oKilled || o == oWounded) {
			return oCasualties
		}
		if got == oNone {
			got = o
		}
	}
	return got
}

// outcomeAfter reads the verb after a count: "800 soldiers were killed",
// "2 servicemen died", "1,500 servicemen were taken prisoner", "lost their
// lives".
func (f *finder) outcomeAfter(te int) int {
	for k := te; k < len(f.toks) && k < te+9; k++ {
		t := f.toks[k]
		if f.numAt[k] > 0 && !f.nums[f.numAt[k]-1].bad {
			return oNone
		}
		if t.kind == tPunct {
			switch t.w {
			case ",":
				n := f.word(k + 1)
				if n == "including" || n == "among" || n == "of" {
					// "15 people, including 3 children, were killed": skip
					// the aside to the verb.
					j := k + 1
					for j < len(f.toks) && j < k+12 && f.punct(j) != "," {
						j++
					}
					if f.punct(j) == "," {
						k = j
						continue
					}
					return oNone
				}
				if strings.HasSuffix(n, "ing") || f.numAt[min(k+1, len(f.toks)-1)] > 0 || n == "and" || n == "while" || n == "but" {
					return oNone
				}
				continue
			case "\u201D", "\"", "'", "\u2019":
				continue
			}
			return oNone
		}
		if ci := f.chainAt[k]; ci > 0 && f.chains[ci-1].class != cOutcome && f.chains[ci-1].class != cSkip {
			return oNone
		}
		w := t.w
		if (w == "lost" || w == "gave" || w == "laid") && (f.word(k+1) == "their" || f.word(k+1) == "his") && (f.word(k+2) == "lives" || f.word(k+2) == "life") {
			return oKilled // "lost their lives", "gave their lives"
		}
		if w == "taken" && (f.word(k+1) == "prisoner" || f.word(k+1) == "captive" || f.word(k+1) == "hostage") {
			return oSkip
		}
		if o, ok := outcomeWords[w]; ok {
			if strings.HasSuffix(w, "ing") && k > te {
				return oNone // "..., destroying 2 tanks": a new clause
			}
			return f.joinOutcome(o, k+1)
		}
	}
	return oNone
}

// lossesBefore reports "losses" or "casualties" earlier in the clause:
// "Russian losses amounted to 500 servicemen".
func (f *finder) lossesBefore(ts int) bool {
	for k := ts - 1; k >= 0 && k >= ts-12; k-- {
		t := f.toks[k]
		if t.kind == tPunct && (t.w == ";" || t.w == "." || t.w == "(") {
			return false
		}
		switch t.w {
		case "losses", "loss", "casualties":
			return true
		}
	}
	return false
}

// matches drops overlaps (the earlier, then the longer, wins) and builds
// the result.
func (f *finder) matches(text string) []Match {
	cs := f.cands
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].start != cs[b].start {
			return cs[a].start < cs[b].start
		}
		return cs[a].end > cs[b].end
	})
	var out []Match
	last := -1
	for _, c := range cs {
		if c.start < last || c.end <= c.start || c.n < 0 {
			continue
		}
		if c.qual == "range" && c.max <= c.n {
			c.qual, c.max = "exact", 0
		}
		if c.qual != "range" {
			c.max = 0
		}
		out = append(out, Match{Start: c.start, End: c.end, Item: c.item, N: c.n, Max: c.max, Qual: c.qual, Text: text[c.start:c.end]})
		last = c.end
	}
	return out
}
