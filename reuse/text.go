package reuse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a body, with the fingerprints reuse works on.
// Everything is computed from the body and the canonicaliser alone, so the
// same body always gives the same sentences: the index never needs to store
// them.
type sentence struct {
	Start, End int // byte offsets in the body, trimmed of white space
	// Content is the number of content tokens (stop words removed), Stops
	// the number of stop words.
	Content, Stops int
	// Pairs holds the distinct hashes of consecutive content-token pairs,
	// sorted: the alignment compares sentences through them.
	Pairs []uint64
	// Triples holds the hashes of consecutive content-token triples, in
	// their order in the sentence: the index keys are drawn from them.
	Triples []uint64
	// Hash is the hash of the whole content-token sequence: the passage's
	// identity for document frequency.
	Hash uint64
}

// analysis is a body cut into sentences.
type analysis struct {
	Body      string
	Sentences []sentence
	// Prose is true when the body reads as English prose (one word in five
	// or more is a stop word): then a passage must hold stop words too,
	// which tells sentences from navigation lines, tag lists and captions
	// ("Region: Asia, Europe"). Other languages skip that test.
	Prose bool
}

// stopWords are function words that copy editors add and drop freely
// ("in an attempt to" / "in a bid to") and that carry no identity. Only
// English is listed: in other languages every word is content, which keeps
// matching exact but still works.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or but nor as is are
	was were be been being am has have had do does did it its this that these those their theirs they
	them he him his she her hers we us our ours you your i me my not no also which who whom whose what
	when where while than then there here into onto over under after before about up down out off so
	such will would can could may might shall should must said says say just very more most other
	some any all each both either neither own same too only again further once s t one`) {
		m[w] = true
	}
	return m
}()

// normaliseBytes turns a lower-cased word into the form reuse compares:
// canonicalised (name variants), and a trailing plural "s" removed so that
// "line" and "lines" agree. It may reuse w's storage.
func normaliseBytes(w []byte, canon func(string) string) []byte {
	if canon != nil {
		if c := canon(string(w)); c != "" && c != string(w) {
			w = append(w[:0], strings.ToLower(c)...)
		}
	}
	if n := len(w); n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' {
		w = w[:n-1]
	}
	return w
}

// isWordRune reports whether r belongs to a word. Apostrophes and hyphens
// split words: "Karin-Tak" and "Aliyev’s" become two tokens, the second of
// which is dropped when it is a lone "s".
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// analyse cuts body into sentences and computes their fingerprints.
func analyse(body string, canon func(string) string) *analysis {
	t := tokenizer{canon: canon}
	return t.analyse(body)
}

// tokenizer computes fingerprints. With memo set it remembers, per word as
// written (lower-cased), the word's hash and whether it is a stop word, so a
// word is canonicalised once per run instead of once per occurrence: the
// canonicaliser takes a string, and building one per token was a fifth of
// the cost of a document. A tokenizer with a memo is not safe for
// concurrent use; the Detector uses its own under its mutex.
type tokenizer struct {
	canon func(string) string
	memo  map[uint64]tokenInfo // keyed by hashBytes of the word as written
	buf   []byte
	toks  []uint64
}

type tokenInfo struct {
	hash uint64
	stop bool
}

// memoMax bounds the memo: when it is full it starts again, which costs a
// few documents of misses and keeps memory flat on an endless stream.
const memoMax = 1 << 18

func newTokenizer(canon func(string) string) *tokenizer {
	return &tokenizer{canon: canon, memo: map[uint64]tokenInfo{}}
}

// analyse cuts body into sentences and computes their fingerprints.
func (t *tokenizer) analyse(body string) *analysis {
	a := &analysis{Body: body}
	spans := splitSentences(body)
	a.Sentences = make([]sentence, 0, len(spans))
	for _, sp := range spans {
		a.Sentences = append(a.Sentences, t.fingerprint(body, sp[0], sp[1]))
	}
	stops, all := 0, 0
	for _, s := range a.Sentences {
		stops += s.Stops
		all += s.Stops + s.Content
	}
	a.Prose = all > 0 && stops*5 >= all
	return a
}

func fingerprint(body string, start, end int, canon func(string) string) sentence {
	t := tokenizer{canon: canon}
	return t.fingerprint(body, start, end)
}

// token returns the hash of a lower-cased word and whether it is a stop
// word, after canonicalisation.
func (t *tokenizer) token(w []byte) (uint64, bool) {
	// The memo is keyed by the 64-bit hash of the word as written: two
	// words meeting on it are as unlikely as two keys doing so.
	var key uint64
	if t.memo != nil {
		key = hashBytes(w)
		if ti, ok := t.memo[key]; ok {
			return ti.hash, ti.stop
		}
	}
	n := normaliseBytes(w, t.canon)
	ti := tokenInfo{stop: stopWords[string(n)]}
	if !ti.stop {
		ti.hash = hashBytes(n)
	}
	if t.memo != nil {
		if len(t.memo) >= memoMax {
			clear(t.memo)
		}
		t.memo[key] = ti
	}
	return ti.hash, ti.stop
}

func (t *tokenizer) fingerprint(body string, start, end int) sentence {
	s := sentence{Start: start, End: end}
	content := t.toks[:0]
	buf := t.buf
	text := body[start:end]
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		// A chunk is a run of non-space text. Links and addresses are
		// markup, not prose: their words would make every page of a site
		// share passages.
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		chunk := text[i:j]
		i = j
		if k := strings.Index(chunk, "]("); k >= 0 {
			chunk = chunk[:k] // a Markdown link: keep its text
		}
		if isLink(chunk) {
			continue
		}
		for k := 0; k < len(chunk); {
			r, n := utf8.DecodeRuneInString(chunk[k:])
			if !isWordRune(r) {
				k += n
				continue
			}
			buf = buf[:0]
			for k < len(chunk) {
				c := chunk[k]
				if c < utf8.RuneSelf {
					if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z') {
						break
					}
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
					k++
					continue
				}
				r, n := utf8.DecodeRuneInString(chunk[k:])
				if !isWordRune(r) {
					break
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				k += n
			}
			h, stop := t.token(buf)
			if stop {
				s.Stops++
				continue
			}
			content = append(content, h)
		}
	}
	t.buf, t.toks = buf, content
	s.Content = len(content)
	var h uint64 = 0x9e3779b97f4a7c15
	for _, c := range content {
		h = mix(h ^ c)
	}
	s.Hash = h
	if len(content) >= 2 {
		// One allocation for both lists: pairs first, triples after.
		all := make([]uint64, 0, 2*len(content)-3)
		for i := 0; i+1 < len(content); i++ {
			all = append(all, mix(content[i]*0x2545f4914f6cdd1d^content[i+1]))
		}
		np := len(all)
		for i := 0; i+2 < len(content); i++ {
			all = append(all, mix(mix(content[i]*0x2545f4914f6cdd1d^content[i+1])^content[i+2]))
		}
		s.Pairs = sortUnique(all[:np:np])
		if len(all) > np {
			s.Triples = all[np:]
		}
	}
	return s
}

// splitSentences returns the [start, end) byte spans of the sentences of
// body. A line break always ends a sentence; inside a line, a sentence ends
// at . ! ? or … (with any closing quotes or brackets) followed by space and a
// capital, a digit or an opening quote. Cutting too often costs nothing:
// the alignment joins neighbouring matched sentences back into passages.
func splitSentences(body string) [][2]int {
	var out [][2]int
	add := func(s, e int) {
		for s < e {
			r, n := utf8.DecodeRuneInString(body[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(body[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	start := 0
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			add(start, i)
			start = i + n
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			for j < len(body) {
				r2, n2 := utf8.DecodeRuneInString(body[j:])
				if !strings.ContainsRune(`"'”’»)]`, r2) {
					break
				}
				j += n2
			}
			k := j
			sawSpace := false
			for k < len(body) {
				r2, n2 := utf8.DecodeRuneInString(body[k:])
				if r2 == '\n' || !unicode.IsSpace(r2) {
					break
				}
				sawSpace = true
				k += n2
			}
			if sawSpace && k < len(body) {
				r2, _ := utf8.DecodeRuneInString(body[k:])
				if unicode.IsUpper(r2) || unicode.IsDigit(r2) || strings.ContainsRune(`"'“‘«(`, r2) {
					add(start, j)
					start = j
				}
			}
			i = j
			continue
		}
		i += n
	}
	add(start, len(body))
	return out
}

func sortUnique(x []uint64) []uint64 {
	if len(x) < 2 {
		return x
	}
	slices.Sort(x)
	k := 1
	for i := 1; i < len(x); i++ {
		if x[i] != x[k-1] {
			x[k] = x[i]
			k++
		}
	}
	return x[:k]
}

// hashBytes is FNV-1a 64 finished with mix. It must never change: the
// SQLite index keeps keys derived from it across runs.
func hashBytes(s []byte) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range s {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return mix(h)
}

// mix is the splitmix64 finaliser: it spreads every input bit over the
// output so that the smallest hashes of a set are a uniform sample of it.
func mix(z uint64) uint64 {
	z ^= z >> 30
	z *= 0xbf58476d1ce4e5b9
	z ^= z >> 27
	z *= 0x94d049bb133111eb
	z ^= z >> 31
	return z
}

// unionSorted merges two sorted sets.
func unionSorted(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// intersectCount counts the common values of two sorted sets.
func intersectCount(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// isLink reports whether a chunk of non-space text is a URL, an e-mail
// address or a Markdown link target.
func isLink(chunk string) bool {
	if strings.IndexByte(chunk, ':') < 0 && strings.IndexByte(chunk, '@') < 0 && strings.IndexByte(chunk, '.') < 0 {
		return false
	}
	return strings.Contains(chunk, "://") || strings.Contains(chunk, "www.") || strings.Contains(chunk, "@")
}
