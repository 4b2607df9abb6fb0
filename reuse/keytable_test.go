package reuse

import (
	"reflect"
	"testing"
)

func TestKeyTablePostings(t *testing.T) {
	kt := NewKeyTable()
	const limit = 3
	big := uint64(1<<63 + 7)
	zeroTag := uint64(5 << 40) // low 32 bits zero: the tag stand-in must not read as empty
	for seq := int64(1); seq <= 6; seq++ {
		keys := []uint64{1, big, zeroTag}
		if seq%2 == 0 {
			keys = append(keys, 2, 2)
		}
		kept := kt.AddKeys(seq, keys, limit)
		if seq == 6 && !reflect.DeepEqual(kept, []uint64{2}) {
			t.Errorf("kept at seq 6 = %v; want only key 2 (the others are past the limit)", kept)
		}
	}
	cases := []struct {
		name  string
		keys  []uint64
		limit int
		want  [][]int64
	}{
		{"under the limit, in order, duplicates once", []uint64{2}, limit, [][]int64{{2, 4, 6}}},
		{"past the limit", []uint64{1, big, zeroTag}, limit, [][]int64{nil, nil, nil}},
		{"higher limit shows the limit+1 kept", []uint64{1}, 10, [][]int64{{1, 2, 3, 4}}},
		{"absent", []uint64{3, 1 << 40}, limit, [][]int64{nil, nil}},
	}
	for _, c := range cases {
		if got := kt.Postings(c.keys, c.limit); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Postings = %v; want %v", c.name, got, c.want)
		}
	}
}

// TestKeyTableGrowth fills shards through many growths and finds every key
// again, and no key that was not added.
func TestKeyTableGrowth(t *testing.T) {
	kt := NewKeyTable()
	const n = 200000
	for i := uint64(1); i <= n; i++ {
		kt.AddKeys(int64(i), []uint64{mix(i)}, 50)
	}
	for i := uint64(1); i <= n; i += 97 {
		if got := kt.Postings([]uint64{mix(i)}, 50); len(got[0]) != 1 || got[0][0] != int64(i) {
			t.Fatalf("key %d: postings %v; want [%d]", i, got[0], i)
		}
	}
	miss := 0
	for i := uint64(n + 1); i <= n+20000; i++ {
		if got := kt.Postings([]uint64{mix(i)}, 50); got[0] != nil {
			miss++
		}
	}
	if miss > 0 {
		t.Errorf("%d absent keys found", miss)
	}
	if st := kt.Stats(); st.Keys != n || st.Postings != n || st.Bytes > 16*n+1<<20 {
		t.Errorf("stats %+v; want %d keys in at most 16 bytes each", st, n)
	}
}

// TestKeyTablePassageDF checks the exact counts of a small table and, past
// the switch to the sketch, that no count goes down and a boilerplate
// hash still reads as frequent while a rare one does not.
func TestKeyTablePassageDF(t *testing.T) {
	kt := NewKeyTable()
	kt.AddPassages([]uint64{10, 11, 10})
	kt.AddPassages([]uint64{10})
	if got := kt.PassageDF([]uint64{10, 11, 12}); !reflect.DeepEqual(got, []int{2, 1, 0}) {
		t.Errorf("exact: PassageDF = %v; want [2 1 0]", got)
	}
	const boiler = 99
	for i := uint64(0); i < dfExactMax+1000; i++ {
		kt.AddPassages([]uint64{mix(i + 1000), boiler})
	}
	if kt.sketch == nil {
		t.Fatal("still exact past dfExactMax")
	}
	got := kt.PassageDF([]uint64{10, 11, boiler, mix(1000), mix(5 << 50)})
	if got[0] < 2 || got[1] < 1 || got[2] < 60000 || got[3] < 1 {
		t.Errorf("sketch undercounts: %v", got)
	}
	if got[3] > 3 || got[4] > 3 {
		t.Errorf("sketch: rare hashes read %d and %d; want about 1 and 0", got[3], got[4])
	}
}

// TestKeyTableOffHeap: the large arrays of a table live outside the Go
// heap where the system maps memory, a shard's old slots are returned when
// it grows (so mapped memory tracks the table's size, not the sum of its
// past sizes), lists keep their postings across chunk boundaries, and
// freeAll returns everything.
func TestKeyTableOffHeap(t *testing.T) {
	if !canMap() {
		t.Skip("no anonymous mappings on this system: the arrays live on the Go heap")
	}
	kt := NewKeyTable()
	const n = 300000
	for i := uint64(1); i <= n; i++ {
		// Every key twice, so that each gets a list: 2n nodes and n lists
		// span several chunks.
		kt.AddKeys(int64(2*i-1), []uint64{mix(i)}, 50)
		kt.AddKeys(int64(2*i), []uint64{mix(i)}, 50)
	}
	for i := uint64(1); i <= n; i += 1009 {
		if got := kt.Postings([]uint64{mix(i)}, 50)[0]; !reflect.DeepEqual(got, []int64{int64(2*i - 1), int64(2 * i)}) {
			t.Fatalf("key %d: postings %v", i, got)
		}
	}
	var slots int
	for i := range kt.shards {
		if s := 8 * len(kt.shards[i].slots); s >= offHeapMin {
			slots += s
		}
	}
	chunks := 8 * chunkLen * (len(kt.lists) + len(kt.nodes))
	if got := kt.mem.mappedBytes(); got != slots+chunks {
		t.Errorf("mapped %d bytes; want the live shard slots (%d) and chunks (%d) only", got, slots, chunks)
	}
	if st := kt.Stats(); st.Bytes > 12*n+8*3*n+1<<20 {
		t.Errorf("stats %+v: more than 12 bytes a key and 8 a node or list", st)
	}
	kt.mem.freeAll()
	if got := kt.mem.mappedBytes(); got != 0 {
		t.Errorf("after freeAll, %d bytes mapped", got)
	}
}

// TestOffHeapArrays: mapped arrays come zeroed and are writable to their
// last element; small arrays come from the heap and freeing them is a
// no-op.
func TestOffHeapArrays(t *testing.T) {
	m := newOffHeap()
	defer m.freeAll()
	small := allocArray[uint32](m, 16)
	freeArray(m, small)
	big := allocArray[keySlot](m, offHeapMin)
	for i, s := range big {
		if s != (keySlot{}) {
			t.Fatalf("slot %d not zero: %+v", i, s)
		}
	}
	big[len(big)-1] = keySlot{tag: 7, val: 9}
	if big[len(big)-1].val != 9 {
		t.Fatal("last slot not kept")
	}
	before := m.mappedBytes()
	freeArray(m, big)
	if canMap() && (before != 8*offHeapMin || m.mappedBytes() != 0) {
		t.Errorf("mapped %d bytes before free, %d after; want %d and 0", before, m.mappedBytes(), 8*offHeapMin)
	}
}

// canMap reports whether this system maps anonymous memory.
func canMap() bool {
	b, ok := mapBytes(offHeapMin)
	if ok {
		unmapBytes(b)
	}
	return ok
}
