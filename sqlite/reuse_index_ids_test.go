package sqlite

import (
	"hash/maphash"
	"strconv"
	"testing"
)

// TestIDFilter: every id added is found again, across the filter's growth
// into several parts, ids never added are rarely taken for indexed ones,
// and the filter stays within 4 bytes an id.
func TestIDFilter(t *testing.T) {
	seed := maphash.MakeSeed()
	var f idFilter
	const n = 300000
	for i := 0; i < n; i++ {
		f.add(maphash.String(seed, "doc"+strconv.Itoa(i)))
	}
	for i := 0; i < n; i++ {
		if !f.mayContain(maphash.String(seed, "doc"+strconv.Itoa(i))) {
			t.Fatalf("doc%d added but not found", i)
		}
	}
	fp := 0
	for i := 0; i < n; i++ {
		if f.mayContain(maphash.String(seed, "new"+strconv.Itoa(i))) {
			fp++
		}
	}
	if rate := float64(fp) / n; rate > 0.02 {
		t.Errorf("false positive rate %.4f; want under 0.02", rate)
	}
	bytes := 0
	for _, p := range f.parts {
		bytes += 8 * len(p.bits)
	}
	if len(f.parts) < 3 || bytes > 4*n {
		t.Errorf("%d parts, %d bytes for %d ids; want several parts within 4 bytes an id", len(f.parts), bytes, n)
	}
	t.Logf("%d parts, %d bytes, false positives %d of %d", len(f.parts), bytes, fp, n)
}
