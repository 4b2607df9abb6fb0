package synth

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/claimtrail/claimtrail/reuse"
)

// TestMosaicProperty: a document with k passages copied (and edited) from
// k other documents, among distractors, is found to reuse exactly those k,
// in every one of many random trials, over either index order.
func TestMosaicProperty(t *testing.T) {
	g := newGen(t, 42)
	trials := 300
	if testing.Short() {
		trials = 50
	}
	for trial := 0; trial < trials; trial++ {
		k := 1 + trial%4
		others, doc := g.Mosaic(k, 3)
		d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(g.Canonical()))
		ctx := context.Background()
		// The new document arrives last in even trials and first in odd
		// ones: reuse is symmetric in time.
		order := append(others, doc)
		if trial%2 == 1 {
			order = append(order[len(order)-1:], order[:len(order)-1]...)
		}
		got := map[string]bool{}
		for _, x := range order {
			rs, err := d.Add(ctx, x)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rs {
				if r.A != doc.ID && r.B != doc.ID {
					t.Errorf("trial %d: reuse between %s and %s, neither the mosaic", trial, r.A, r.B)
				}
				if r.A == doc.ID {
					got[r.B] = true
				} else {
					got[r.A] = true
				}
			}
		}
		var want []string
		for _, o := range others[:k] {
			want = append(want, o.ID)
		}
		var have []string
		for id := range got {
			have = append(have, id)
		}
		sort.Strings(have)
		if fmt.Sprint(have) != fmt.Sprint(want) {
			t.Errorf("trial %d (k=%d): reused %v; want %v\n%s\n----\n%s", trial, k, have, want, doc.Body, others[0].Body)
		}
	}
}
