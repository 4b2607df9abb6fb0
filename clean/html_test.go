package clean

import (
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

// TestRejectsPagesWithoutMainText: a page whose only words are its
// furniture (navigation, footer, scripts, a cookie notice) has no article,
// whatever extraction's fallbacks would return.
func TestRejectsPagesWithoutMainText(t *testing.T) {
	tests := []struct{ name, page string }{
		{"navigation only", `<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav><div><script>var a=1;</script></div></body></html>`},
		{"menu list", `<html><head><title>Front page</title></head><body><ul class="main-menu"><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/about">About our editorial team</a></li></ul></body></html>`},
		{"footer only", `<html><body><footer><p>&copy; 2022 Eastern Wire. All rights reserved. Reproduction without permission is prohibited.</p></footer></body></html>`},
		{"script only", `<html><head><script>window.dataLayer = []; function track(){ dataLayer.push(arguments); }</script></head><body><script src="/app.js"></script><noscript>Please enable JavaScript to read this site properly.</noscript></body></html>`},
		{"cookie banner only", `<html><body><div id="cookie-consent">We and our partners use cookies to personalise content and measure traffic on this site. <button>Accept all</button></div></body></html>`},
		{"role navigation", `<html><body><div role="navigation"><a href="/a">Politics and the economy</a> <a href="/b">Culture and society this week</a></div></body></html>`},
		{"empty body", `<html><body></body></html>`},
	}
	c := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := c.Clean(&read.Input{ID: "p", HTML: true, Format: "html", Text: tt.page})
			if err == nil {
				t.Fatalf("accepted, body %q", doc.Body)
			}
			if err.Error() != "HTML with no main text" {
				t.Errorf("err = %v, want HTML with no main text", err)
			}
		})
	}
	// A short article beside the same furniture is taken.
	page := `<html><head><title>Bridge hit - Eastern Wire</title></head><body><nav><a href='/'>Home</a></nav>
<div id="cookie-consent">We use cookies.</div><article><h1>Bridge hit</h1>
<p>A missile struck the road bridge over the river on Monday night, the regional governor said.</p></article>
<footer>&copy; 2022 Eastern Wire</footer></body></html>`
	doc, err := c.Clean(&read.Input{ID: "a", HTML: true, Format: "html", Text: page})
	if err != nil {
		t.Fatal(err)
	}
	if want := "A missile struck the road bridge over the river on Monday night, the regional governor said."; doc.Body != want {
		t.Errorf("body %q, want %q", doc.Body, want)
	}
	if doc.Outlet != "Eastern Wire" || doc.Title != "Bridge hit" {
		t.Errorf("outlet %q title %q", doc.Outlet, doc.Title)
	}
}
