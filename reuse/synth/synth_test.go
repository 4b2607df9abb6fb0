package synth

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/reuse"
)

func newGen(t testing.TB, seed int64) *Generator {
	t.Helper()
	tpl, err := LoadTemplates("../../testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(Config{Seed: seed, Templates: tpl})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestEvaluate runs the detector over a synthetic corpus of 10^4
// documents and holds it to the targets: precision and recall over
// document pairs of at least 0.95.
func TestEvaluate(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 2000
	}
	g := newGen(t, 1)
	d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(g.Canonical()))
	res, err := Evaluate(context.Background(), d, g, n, 1000, func(i int, e time.Duration) { t.Log(i, e) })
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res)
	if res.Gold < n/10 {
		t.Errorf("only %d gold pairs: the generator copies too little", res.Gold)
	}
	if res.Precision < 0.95 || res.Recall < 0.95 {
		t.Errorf("precision %.4f, recall %.4f: want both >= 0.95", res.Precision, res.Recall)
		t.Logf("false positives: %v", res.FalsePos)
		t.Logf("false negatives: %v", res.FalseNeg)
	}
}
