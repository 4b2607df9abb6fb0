package synth

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/claimtrail/claimtrail/reuse"
)

// Result is the outcome of an evaluation run.
type Result struct {
	Docs      int
	Predicted int // distinct document pairs reported
	Gold      int
	Correct   int
	Precision float64
	Recall    float64
	Elapsed   time.Duration
	// FalsePos and FalseNeg hold a few wrong pairs, for debugging.
	FalsePos, FalseNeg []Pair
}

func (r Result) String() string {
	return fmt.Sprintf("docs=%d gold=%d predicted=%d correct=%d precision=%.4f recall=%.4f docs/s=%.0f",
		r.Docs, r.Gold, r.Predicted, r.Correct, r.Precision, r.Recall, float64(r.Docs)/r.Elapsed.Seconds())
}

// Evaluate generates n documents, adds each to d in order, and scores the
// reported reuse pairs against the known ones. progress, when not nil, is
// called every `every` documents.
func Evaluate(ctx context.Context, d *reuse.Detector, g *Generator, n, every int, progress func(done int, elapsed time.Duration)) (Result, error) {
	pred := map[uint64]struct{}{} // packed pairs (see packPair)
	var odd map[Pair]bool         // pairs of ids the generator did not make
	start := time.Now()
	var gen time.Duration
	for i := 0; i < n; i++ {
		t := time.Now()
		doc := g.Next()
		gen += time.Since(t)
		rs, err := d.Add(ctx, doc)
		if err != nil {
			return Result{}, err
		}
		for _, r := range rs {
			a, b := docNum(r.A), docNum(r.B)
			if a == 0 || b == 0 {
				if odd == nil {
					odd = map[Pair]bool{}
				}
				odd[MakePair(r.A, r.B)] = true
				continue
			}
			pred[packPair(a, b)] = struct{}{}
		}
		if progress != nil && (i+1)%every == 0 {
			progress(i+1, time.Since(start)-gen)
		}
	}
	res := Result{Docs: n, Elapsed: time.Since(start) - gen}
	gold := g.goldPairs()
	res.Gold, res.Predicted = len(gold), len(pred)+len(odd)
	unpack := func(p uint64) Pair { return MakePair(DocID(int32(p>>32)), DocID(int32(p))) }
	for p := range odd {
		if len(res.FalsePos) < 20 {
			res.FalsePos = append(res.FalsePos, p)
		}
	}
	for p := range pred {
		if _, ok := slices.BinarySearch(gold, p); ok {
			res.Correct++
		} else if len(res.FalsePos) < 20 {
			res.FalsePos = append(res.FalsePos, unpack(p))
		}
	}
	for _, p := range gold {
		if _, ok := pred[p]; !ok && len(res.FalseNeg) < 20 {
			res.FalseNeg = append(res.FalseNeg, unpack(p))
		}
	}
	if res.Predicted > 0 {
		res.Precision = float64(res.Correct) / float64(res.Predicted)
	}
	if res.Gold > 0 {
		res.Recall = float64(res.Correct) / float64(res.Gold)
	}
	return res, nil
}
