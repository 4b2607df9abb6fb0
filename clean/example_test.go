package clean_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/clean"
	"github.com/claimtrail/claimtrail/read"
)

func Example() {
	in := &read.Input{ID: "demo", Format: "md", Text: `# Bridge destroyed near Lysychansk

By [Ivan Petrenko](#)

Eastern Wire, June 20, 2022

Ukrainian officials said on Monday that the last bridge to the city was
destroyed by shelling.

Subscribe to our Telegram channel!

© 2022 Eastern Wire`}
	c := clean.New(clean.Options{})
	doc, err := c.Clean(in)
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Byline, "|", doc.Outlet, "|", doc.Published, "|", doc.Lang)
	fmt.Println(doc.Body)
	// Output:
	// Bridge destroyed near Lysychansk
	// Ivan Petrenko | Eastern Wire | 2022-06-20 | en
	// Ukrainian officials said on Monday that the last bridge to the city was destroyed by shelling.
}
