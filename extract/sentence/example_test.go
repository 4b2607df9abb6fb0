package sentence_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/extract/sentence"
)

func ExampleSplit() {
	text := "The offensive began on Nov. 9. Gen. J. R. Smith said: “We took the bridge. The town is next,” he said."
	for _, s := range sentence.Split(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// The offensive began on Nov. 9.
	// Gen. J. R. Smith said: “We took the bridge.
	// The town is next,” he said.
}
