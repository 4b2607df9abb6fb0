package timex_test

import (
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail/extract/timex"
)

func ExampleFind() {
	ref := timex.Ref{
		Published:     time.Date(2020, 11, 9, 0, 0, 0, 0, time.UTC), // a Monday
		Year:          2020,
		ConflictStart: time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC),
	}
	s := "Fierce clashes broke out on Saturday evening; on the night of November 8-9 " +
		"the town was shelled, and losses since the start of the war reached 7,095."
	for _, e := range timex.Find(s, ref) {
		fmt.Printf("%-30q %-11s %s..%s\n", e.Text, e.Kind, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))
	}
	// Output:
	// "on Saturday evening"          relative    2020-11-07..2020-11-07
	// "on the night of November 8-9" range       2020-11-08..2020-11-09
	// "since the start of the war"   since_start 2020-09-27..2020-11-09
}
