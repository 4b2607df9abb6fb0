package reuse

import (
	"math"
	"runtime"
	"sync"
)

// KeyTable holds, in memory, the two things the Detector looks up for
// every document: the postings of sketch keys (which documents carry a
// key) and the document frequency of passage hashes. It is what makes a
// lookup cost the same at 10^6 documents as at 10^3: a few hash-table
// probes per key, no I/O. Index implementations keep their postings in one
// (MemIndex does; the SQLite index rebuilds one from its table when it
// opens) and persist what it accepted.
//
// A key costs about 12 bytes: keys live in 256 open-addressing shards of
// 8-byte slots (32 bits of the key as tag, 32 bits of value), filled to
// between 0.53 and 0.8, and a key with one posting, the common case, keeps
// it in its slot; a key with more keeps a short list in chunks of list
// nodes (8 bytes a posting, 8 a list), which grow a chunk at a time and
// are never copied. A key is known by 40 of its bits (8 choose the shard,
// 32 are the tag), so a lookup of an absent key meets a stored one with
// odds of n/2^40 for n stored keys (5*10^-5 at 10^6 documents): a
// confusion adds one spurious candidate, which the alignment rejects.
// Shards grow one at a time by half, so growing never copies the whole
// table at once.
//
// Passage frequencies are exact while fewer than 2^16 distinct hashes are
// stored; past that they move to a count-min sketch of fixed size (4 rows
// of 2^22 16-bit counters, 32 MB), which never undercounts and, at the
// 10^7-10^8 hashes of 10^6 documents, overcounts a rare hash past MaxDF
// with odds far below 10^-6.
//
// The large arrays (shard slots past a few KB, list and node chunks, the
// sketch) are allocated outside the Go heap where the system allows it
// (see offHeap): they hold no pointers, and on the heap they would count
// towards the garbage collector's goal, which lets the heap grow to twice
// what is live before it collects, so a 0.6 GB table would cost 1.2 GB of
// memory. Off the heap they cost what they hold. The memory is returned
// when a shard grows and when the table is no longer reachable.
//
// mu guards every field: lookups take it shared, additions exclusively.
type KeyTable struct {
	mu     sync.RWMutex
	mem    *offHeap
	shards [256]keyShard
	lists  [][]keyList // chunks of chunkLen
	nlists int
	nodes  [][]keyNode // chunks of chunkLen
	nnodes int
	n      int // postings

	exact  map[uint64]uint16 // passage hash -> documents, while small
	sketch [][]uint16        // count-min rows, once big
}

type keyShard struct {
	slots []keySlot // 0 or at least 64
	used  int
}

type keySlot struct {
	tag uint32 // low 32 bits of the key, never 0 (0 marks an empty slot)
	val uint32 // a document Seq, or listFlag|index into lists
}

type keyList struct {
	last uint32 // index+1 of the newest node
	n    uint32
}

type keyNode struct {
	doc  uint32
	prev uint32 // index+1 of the previous node, 0 at the oldest
}

// chunkLen is the number of lists or nodes in a chunk (256 KB).
const (
	chunkBits = 15
	chunkLen  = 1 << chunkBits
)

// node returns node i (0-based).
func (t *KeyTable) node(i uint32) *keyNode { return &t.nodes[i>>chunkBits][i&(chunkLen-1)] }

// list returns list i (0-based).
func (t *KeyTable) list(i uint32) *keyList { return &t.lists[i>>chunkBits][i&(chunkLen-1)] }

// addNode appends a node and returns its index+1.
func (t *KeyTable) addNode(n keyNode) uint32 {
	if t.nnodes&(chunkLen-1) == 0 {
		t.nodes = append(t.nodes, allocArray[keyNode](t.mem, chunkLen))
	}
	t.nodes[t.nnodes>>chunkBits][t.nnodes&(chunkLen-1)] = n
	t.nnodes++
	return uint32(t.nnodes)
}

// addList appends a list and returns its index.
func (t *KeyTable) addList(l keyList) uint32 {
	if t.nlists&(chunkLen-1) == 0 {
		t.lists = append(t.lists, allocArray[keyList](t.mem, chunkLen))
	}
	t.lists[t.nlists>>chunkBits][t.nlists&(chunkLen-1)] = l
	t.nlists++
	return uint32(t.nlists - 1)
}

const (
	listFlag    = 1 << 31
	dfExactMax  = 1 << 16
	sketchRows  = 4
	sketchWidth = 1 << 22
)

// NewKeyTable returns an empty table.
func NewKeyTable() *KeyTable {
	t := &KeyTable{exact: map[uint64]uint16{}, mem: newOffHeap()}
	runtime.AddCleanup(t, (*offHeap).freeAll, t.mem)
	return t
}

func keyTag(k uint64) uint32 {
	if t := uint32(k); t != 0 {
		return t
	}
	return 1
}

// grow makes the shard half as large again. Growing by half instead of
// doubling keeps the load between 0.53 and 0.8 (12 bytes a key on
// average), and the shards, which fill at the same pace, do not all sit
// at a quarter-empty size at once.
func (s *keyShard) grow(mem *offHeap) {
	old := s.slots
	n := max(len(old)*3/2, 64)
	s.slots = allocArray[keySlot](mem, n)
	for _, sl := range old {
		if sl.tag == 0 {
			continue
		}
		i := home(sl.tag, n)
		for s.slots[i].tag != 0 {
			if i++; i == n {
				i = 0
			}
		}
		s.slots[i] = sl
	}
	freeArray(mem, old)
}

// home is the first slot probed for a key of the given tag, in a shard of
// n slots: the tag scaled to n (tags are uniform, being hash bits).
func home(tag uint32, n int) int { return int(uint64(tag) * uint64(n) >> 32) }

// AddKeys records document seq under keys (duplicates count once) and
// returns the keys it recorded: a key that already has more than limit
// documents gets no more, so a key that every page of a template carries
// costs limit+1 postings forever. Seqs must be added in increasing order
// and be below 2^31.
func (t *KeyTable) AddKeys(seq int64, keys []uint64, limit int) []uint64 {
	if seq <= 0 || seq >= listFlag {
		panic("reuse: KeyTable seq out of range")
	}
	doc := uint32(seq)
	t.mu.Lock()
	defer t.mu.Unlock()
	var kept []uint64
	for _, k := range keys {
		s := &t.shards[k>>56]
		if 5*(s.used+1) > 4*len(s.slots) {
			s.grow(t.mem)
		}
		i, ok := s.lookup(k)
		if !ok {
			s.slots[i] = keySlot{tag: keyTag(k), val: doc}
			s.used++
			t.n++
			kept = append(kept, k)
			continue
		}
		v := s.slots[i].val
		if v&listFlag == 0 {
			if v == doc || limit < 1 {
				continue
			}
			first := t.addNode(keyNode{doc: v})
			last := t.addNode(keyNode{doc: doc, prev: first})
			s.slots[i].val = listFlag | t.addList(keyList{last: last, n: 2})
			t.n++
			kept = append(kept, k)
			continue
		}
		l := t.list(v &^ listFlag)
		if int(l.n) > limit || t.node(l.last-1).doc == doc {
			continue
		}
		l.last = t.addNode(keyNode{doc: doc, prev: l.last})
		l.n++
		t.n++
		kept = append(kept, k)
	}
	return kept
}

// lookup finds key k, or the empty slot where it would go. A slot is
// placed by its tag alone, the only part of the key it keeps, so that a
// shard can grow without the keys.
func (s *keyShard) lookup(k uint64) (int, bool) {
	if len(s.slots) == 0 {
		return 0, false
	}
	n := len(s.slots)
	tag := keyTag(k)
	i := home(tag, n)
	for {
		switch s.slots[i].tag {
		case tag:
			return i, true
		case 0:
			return i, false
		}
		if i++; i == n {
			i = 0
		}
	}
}

// Postings returns, for each key, the Seqs recorded under it in the order
// they were added, or nil when the key has more than limit.
func (t *KeyTable) Postings(keys []uint64, limit int) [][]int64 {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([][]int64, len(keys))
	for j, k := range keys {
		s := &t.shards[k>>56]
		i, ok := s.lookup(k)
		if !ok {
			continue
		}
		v := s.slots[i].val
		if v&listFlag == 0 {
			if limit >= 1 {
				out[j] = []int64{int64(v)}
			}
			continue
		}
		l := *t.list(v &^ listFlag)
		if int(l.n) > limit {
			continue
		}
		p := make([]int64, l.n)
		for n, x := l.last, len(p)-1; n != 0; n, x = t.node(n-1).prev, x-1 {
			p[x] = int64(t.node(n - 1).doc)
		}
		out[j] = p
	}
	return out
}

// AddPassages counts one more document for each distinct hash.
func (t *KeyTable) AddPassages(hashes []uint64) {
	hs := sortUnique(append([]uint64(nil), hashes...))
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, h := range hs {
		if t.sketch == nil {
			if t.exact[h] < math.MaxUint16 {
				t.exact[h]++
			}
			if len(t.exact) >= dfExactMax {
				t.toSketch()
			}
			continue
		}
		t.sketchAdd(h, 1)
	}
}

func (t *KeyTable) toSketch() {
	t.sketch = make([][]uint16, sketchRows)
	for r := range t.sketch {
		t.sketch[r] = allocArray[uint16](t.mem, sketchWidth)
	}
	for h, n := range t.exact {
		t.sketchAdd(h, n)
	}
	t.exact = nil
}

func sketchCell(h uint64, r int) int {
	return int(mix(h+uint64(r+1)*0x9e3779b97f4a7c15) & (sketchWidth - 1))
}

// sketchAdd adds n to h's count with the conservative update: only the
// counters at the current minimum grow, which keeps overcounts low.
func (t *KeyTable) sketchAdd(h uint64, n uint16) {
	var cells [sketchRows]int
	est := uint16(math.MaxUint16)
	for r := range cells {
		cells[r] = sketchCell(h, r)
		est = min(est, t.sketch[r][cells[r]])
	}
	want := uint16(min(int(est)+int(n), math.MaxUint16))
	for r, c := range cells {
		if t.sketch[r][c] < want {
			t.sketch[r][c] = want
		}
	}
}

// PassageDF returns, for each hash, the number of documents counted for
// it (see KeyTable for when this may overcount).
func (t *KeyTable) PassageDF(hashes []uint64) []int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]int, len(hashes))
	for i, h := range hashes {
		if t.sketch == nil {
			out[i] = int(t.exact[h])
			continue
		}
		est := uint16(math.MaxUint16)
		for r := 0; r < sketchRows; r++ {
			est = min(est, t.sketch[r][sketchCell(h, r)])
		}
		out[i] = int(est)
	}
	return out
}

// Stats describes a table's size.
type KeyTableStats struct {
	Postings int // postings recorded
	Keys     int // distinct keys
	Bytes    int // memory held by postings and passage counts
}

// Stats returns the table's size.
func (t *KeyTable) Stats() KeyTableStats {
	t.mu.RLock()
	defer t.mu.RUnlock()
	st := KeyTableStats{Postings: t.n}
	for i := range t.shards {
		st.Keys += t.shards[i].used
		st.Bytes += 8 * cap(t.shards[i].slots)
	}
	// Chunk pages not yet written cost address space, not memory.
	st.Bytes += 8*(t.nlists+t.nnodes) + 24*(cap(t.lists)+cap(t.nodes))
	if t.sketch != nil {
		st.Bytes += sketchRows * sketchWidth * 2
	} else {
		st.Bytes += 16 * len(t.exact) * 2
	}
	return st
}
