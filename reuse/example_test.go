package reuse_test

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/reuse"
)

func Example() {
	ctx := context.Background()
	aliases := map[string]string{"kharkov": "kharkiv"}
	d := reuse.New(reuse.NewMemIndex(), reuse.WithCanonical(func(w string) string { return aliases[w] }))
	d.Add(ctx, &claimtrail.Document{ID: "wire-1", Outlet: "Wire", Published: "2022-05-01",
		Body: "Shelling damaged twelve apartment blocks in northern Kharkiv overnight, the governor said.\n\nPower was restored by noon."})
	rs, _ := d.Add(ctx, &claimtrail.Document{ID: "daily-7", Outlet: "Daily", Published: "2022-05-02",
		Body: "Residents queued for water.\n\nShelling damaged twelve apartment blocks in northern Kharkov on Sunday, the governor said."})
	for _, r := range rs {
		fmt.Printf("%s -> %s: %q\n", r.A, r.B, r.BText)
	}
	p, _ := d.Provenance(ctx, "daily-7", rs[0].BStart, rs[0].BEnd)
	fmt.Println("origin:", p.Origin, "credited to:", p.Source)
	// Output:
	// wire-1 -> daily-7: "Shelling damaged twelve apartment blocks in northern Kharkov on Sunday, the governor said."
	// origin: wire-1 credited to: Wire
}
