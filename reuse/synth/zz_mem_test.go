package synth_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/synth"
)

func TestZZMem(t *testing.T) {
	tpl, _ := synth.LoadTemplates("../../testdata/seeds")
	g, _ := synth.New(synth.Config{Seed: 3, Templates: tpl})
	d := reuse.New(reuse.NewMemIndex())
	var es []reuse.Entry
	body := 0
	keys := 0
	for i := 0; i < 20000; i++ {
		e := d.Entry(g.Next())
		body += len(e.Body)
		keys += len(e.Keys)
		es = append(es, e)
	}
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	idx := reuse.NewMemIndex()
	for _, e := range es {
		idx.PutDoc(context.Background(), e)
	}
	es = nil
	runtime.GC()
	runtime.ReadMemStats(&b)
	t.Logf("index heap %.0f B/doc (bodies shared with the entries: %d B/doc not counted), keys/doc %.1f", float64(int64(b.HeapAlloc)-int64(a.HeapAlloc))/20000, body/20000, float64(keys)/20000)
	runtime.KeepAlive(idx)
}
