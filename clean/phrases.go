package clean

// matcher finds which of several phrase lists occur in a text, in one
// pass over its bytes (an Aho-Corasick automaton with every transition
// precomputed). The cleaner asks, for every line, whether it holds any
// phrase of a dozen lists; testing each phrase with strings.Contains
// cost more than all the rest of cleaning together.
type matcher struct {
	class  [256]uint8 // bytes that occur in some phrase get a class of their own; the rest share 0
	nclass int
	next   []int32  // next[state*nclass+class]; small enough to stay in cache
	out    []uint64 // per state: the lists (bits) one of whose phrases ends here
}

// newMatcher builds a matcher for lists of lower-case phrases; list i is
// bit i of what scan returns. At most 64 lists.
func newMatcher(lists ...[]string) *matcher {
	if len(lists) > 64 {
		panic("clean: more than 64 phrase lists")
	}
	m := &matcher{nclass: 1}
	for _, l := range lists {
		for _, p := range l {
			for i := 0; i < len(p); i++ {
				if m.class[p[i]] == 0 {
					m.class[p[i]] = uint8(m.nclass)
					m.nclass++
				}
			}
		}
	}
	if m.nclass > 255 {
		panic("clean: too many distinct bytes in phrase lists")
	}
	n := m.nclass
	newState := func() int32 {
		s := int32(len(m.out))
		m.out = append(m.out, 0)
		for c := 0; c < n; c++ {
			m.next = append(m.next, -1)
		}
		return s
	}
	newState() // the root
	for bit, l := range lists {
		for _, p := range l {
			s := int32(0)
			for i := 0; i < len(p); i++ {
				c := int(m.class[p[i]])
				t := m.next[int(s)*n+c]
				if t < 0 {
					t = newState()
					m.next[int(s)*n+c] = t
				}
				s = t
			}
			m.out[s] |= 1 << uint(bit)
		}
	}
	// Failure links, breadth first; missing transitions follow them.
	fail := make([]int32, len(m.out))
	queue := []int32{}
	for c := 0; c < n; c++ {
		if t := m.next[c]; t < 0 {
			m.next[c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := 0; c < n; c++ {
			t := m.next[int(s)*n+c]
			if t < 0 {
				m.next[int(s)*n+c] = m.next[int(fail[s])*n+c]
				continue
			}
			fail[t] = m.next[int(fail[s])*n+c]
			m.out[t] |= m.out[fail[t]]
			queue = append(queue, t)
		}
	}
	return m
}

// scan returns the lists (bits) of which some phrase occurs in s.
func (m *matcher) scan(s string) uint64 {
	var mask uint64
	state := int32(0)
	n := int32(m.nclass)
	for i := 0; i < len(s); i++ {
		state = m.next[state*n+int32(m.class[s[i]])]
		mask |= m.out[state]
	}
	return mask
}

// The lists the line evidence asks about, as bits of vocab.
const (
	vCTAPhrase = 1 << iota
	vSupport
	vReader
	vSiteSelf
	vCaption
	vReprint
)

var vocab *matcher

// legalVocab has one bit per legal phrase, so that a line's hits can be
// counted.
var legalVocab *matcher

func init() {
	vocab = newMatcher(ctaPhrases, supportWords, readerWords, siteSelf, captionPhrases, reprintTriggers)
	lists := make([][]string, len(legalStrong))
	for i, p := range legalStrong {
		lists[i] = []string{p}
	}
	legalVocab = newMatcher(lists...)
}

// vocabOf is the unit's vocab mask, computed once.
func (u *unit) vocabOf() uint64 {
	if !u.scanned {
		u.vocab = vocab.scan(u.lower)
		u.scanned = true
	}
	return u.vocab
}
