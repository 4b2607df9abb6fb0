package eval_test

import (
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/eval"
)

func ExampleScore() {
	gold := &eval.Gold{Claims: []claimtrail.Claim{{
		Doc: "kyiv-wire-01", Type: claimtrail.TypeAttack, Stance: "asserts", Voice: "reported",
		Sentence: "Russian forces shelled the city overnight, the regional governor said on Tuesday.",
		Places:   []claimtrail.PlaceRef{{Name: "Kharkiv", Lat: 49.9935, Lon: 36.2304}},
	}}}
	pred, err := eval.ReadRecords(strings.NewReader(
		`{"kind":"claim","doc":"kyiv-wire-01","type":"attack","stance":"asserts","voice":"reported",` +
			`"sentence":"Russian forces shelled the city overnight, the regional governor said on Tuesday.",` +
			`"places":[{"name":"Kharkov","lat":49.99,"lon":36.23}]}`))
	if err != nil {
		panic(err)
	}
	r := eval.Score(gold, pred, eval.NewPlaceMatcher(nil))
	v, _ := r.Claims.Fields.Places.Value()
	fmt.Printf("F1 %.2f, places %.2f\n", r.Claims.F1, v)
	// Output: F1 1.00, places 1.00
}
