package quantity_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/extract/quantity"
)

func ExampleLexicon_Find() {
	lex := quantity.NewLexicon(map[string]string{"t-72": "tank", "d-30": "artillery"})
	for _, m := range lex.Find("Officials said at least 300 soldiers were killed and two T-72 tanks, a D-30 howitzer and 40-50 drones were destroyed.") {
		if m.Qual == "range" {
			fmt.Printf("%s %d-%d %s (%s)\n", m.Item, m.N, m.Max, m.Qual, m.Text)
			continue
		}
		fmt.Printf("%s %d %s (%s)\n", m.Item, m.N, m.Qual, m.Text)
	}
	// Output:
	// killed 300 at_least (at least 300 soldiers)
	// tank 2 exact (two T-72 tanks)
	// artillery 1 exact (a D-30 howitzer)
	// uav 40-50 range (40-50 drones)
}

func ExampleParseNumber() {
	for _, s := range []string{"7,095", "two thousand", "1.5 million", "a dozen", "dozens"} {
		n, ok := quantity.ParseNumber(s)
		fmt.Println(s, n, ok)
	}
	// Output:
	// 7,095 7095 true
	// two thousand 2000 true
	// 1.5 million 1500000 true
	// a dozen 12 true
	// dozens 0 false
}
