package synth

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/claimtrail/claimtrail/reuse"
)

func TestZZK(t *testing.T) {
	ks := os.Getenv("ZZK")
	if ks == "" {
		t.Skip()
	}
	k, _ := strconv.Atoi(ks)
	g := newGen(t, 1)
	d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(g.Canonical()), reuse.WithSketch(k))
	res, err := Evaluate(context.Background(), d, g, 10000, 10000, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(k, res)
}
