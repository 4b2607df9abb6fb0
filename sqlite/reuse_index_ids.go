package sqlite

// idFilter answers "may this id be indexed?" without a query: a scalable
// Bloom filter over 64-bit hashes of the ids (a list of filters, each
// twice the capacity of the one before, 16 bits and 4 probes per id, so
// under 0.3% false positives each). A miss is certain and spares the
// reader a lookup by id for every new document; a hit is checked in the
// file. It costs at most 4 bytes per indexed document.
type idFilter struct {
	parts []bloomPart
}

type bloomPart struct {
	bits []uint64
	n    int // ids added
	cap  int // ids it takes before the next part starts
}

const idFilterFirst = 1 << 14

func (f *idFilter) add(h uint64) {
	if len(f.parts) == 0 || f.parts[len(f.parts)-1].n >= f.parts[len(f.parts)-1].cap {
		c := idFilterFirst
		if len(f.parts) > 0 {
			c = 2 * f.parts[len(f.parts)-1].cap
		}
		f.parts = append(f.parts, bloomPart{bits: make([]uint64, c/4), cap: c}) // 16 bits an id
	}
	p := &f.parts[len(f.parts)-1]
	m := uint64(len(p.bits) * 64)
	for i, a, b := 0, h, h>>32|h<<32; i < 4; i, a = i+1, a+b {
		j := a % m
		p.bits[j/64] |= 1 << (j % 64)
	}
	p.n++
}

func (f *idFilter) mayContain(h uint64) bool {
	for k := range f.parts {
		p := &f.parts[k]
		m := uint64(len(p.bits) * 64)
		hit := true
		for i, a, b := 0, h, h>>32|h<<32; i < 4 && hit; i, a = i+1, a+b {
			j := a % m
			hit = p.bits[j/64]&(1<<(j%64)) != 0
		}
		if hit {
			return true
		}
	}
	return false
}
