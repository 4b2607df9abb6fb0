package reuse

import (
	"sync"
	"unsafe"
)

// offHeap hands out arrays of pointer-free values from memory the Go
// garbage collector does not manage (anonymous mappings, where the system
// has them; see mapBytes), and takes them back. Arrays smaller than
// offHeapMin, and every array where mapping fails or is not available,
// come from the Go heap as usual, and freeing them is left to the
// collector.
//
// Values in these arrays must hold no Go pointers: the collector does not
// see them. Whoever frees an array must not use it afterwards; freeAll
// frees everything still mapped (KeyTable runs it once the table is
// unreachable).
type offHeap struct {
	mu     sync.Mutex
	mapped map[unsafe.Pointer][]byte
	bytes  int
}

// offHeapMin is the smallest array worth a mapping of its own (mappings
// are made of whole pages).
const offHeapMin = 64 << 10

func newOffHeap() *offHeap { return &offHeap{mapped: map[unsafe.Pointer][]byte{}} }

// allocArray returns a zeroed array of n values of T; T must hold no
// pointers.
func allocArray[T any](m *offHeap, n int) []T {
	size := int(unsafe.Sizeof(*new(T))) * n
	if n == 0 || size < offHeapMin {
		return make([]T, n)
	}
	b, ok := mapBytes(size)
	if !ok {
		return make([]T, n)
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	m.mu.Lock()
	m.mapped[p] = b
	m.bytes += len(b)
	m.mu.Unlock()
	return unsafe.Slice((*T)(p), n)
}

// freeArray returns an array allocArray made; a heap array is left to the
// collector.
func freeArray[T any](m *offHeap, a []T) {
	if cap(a) == 0 {
		return
	}
	p := unsafe.Pointer(unsafe.SliceData(a))
	m.mu.Lock()
	b, ok := m.mapped[p]
	if ok {
		delete(m.mapped, p)
		m.bytes -= len(b)
	}
	m.mu.Unlock()
	if ok {
		unmapBytes(b)
	}
}

// freeAll returns every mapped array.
func (m *offHeap) freeAll() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for p, b := range m.mapped {
		unmapBytes(b)
		delete(m.mapped, p)
	}
	m.bytes = 0
}

// mappedBytes returns the size of the arrays mapped now.
func (m *offHeap) mappedBytes() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.bytes
}
