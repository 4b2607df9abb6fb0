package synth
import ("testing";"context";"fmt";"strings";"github.com/claimtrail/claimtrail";"github.com/claimtrail/claimtrail/reuse")
func TestDbgFN(t *testing.T) {
	g := newGen(t, 1)
	d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(g.Canonical()))
	docs := map[string]*claimtrail.Document{}
	pred := map[Pair]bool{}
	for i := 0; i < 5000; i++ { doc := g.Next(); docs[doc.ID] = doc; rs, _ := d.Add(context.Background(), doc); for _, r := range rs { pred[MakePair(r.A, r.B)] = true } }
	n := 0
	for p := range g.Gold() {
		if pred[p] { continue }
		n++
		if n > 6 { continue }
		a, b := docs[p.A], docs[p.B]
		fmt.Printf("==== %s (%s %s orig=%v) / %s (%s %s orig=%v)\n", a.ID, a.Outlet, a.Published, a.Original, b.ID, b.Outlet, b.Published, b.Original)
		// print sentences of b that share a 3-word sequence with a
		wa := strings.Fields(a.Body)
		set := map[string]bool{}
		for i := 0; i+2 < len(wa); i++ { set[strings.Join(wa[i:i+3], " ")] = true }
		for _, para := range strings.Split(b.Body, "\n\n") {
			wb := strings.Fields(para); hit := 0
			for i := 0; i+2 < len(wb); i++ { if set[strings.Join(wb[i:i+3], " ")] { hit++ } }
			if hit > 0 { fmt.Printf("  B(%d): %s\n", hit, para) }
		}
		for _, para := range strings.Split(a.Body, "\n\n") {
			wb := strings.Fields(para); hit := 0
			set2 := map[string]bool{}
			wbb := strings.Fields(b.Body)
			for i := 0; i+2 < len(wbb); i++ { set2[strings.Join(wbb[i:i+3], " ")] = true }
			for i := 0; i+2 < len(wb); i++ { if set2[strings.Join(wb[i:i+3], " ")] { hit++ } }
			if hit > 0 { fmt.Printf("  A(%d): %s\n", hit, para) }
		}
	}
	fmt.Println("FN", n)
}
