package web

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium for a test, or skips the test when it is
// not installed (CI sets CLAIMTRAIL_TEST_NOSKIP=1 to turn the skip into a
// failure).
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CLAIMTRAIL_TEST_NOSKIP") == "1" {
			t.Fatalf("chromium is required (CLAIMTRAIL_TEST_NOSKIP=1): %v", err)
		}
		t.Skipf("no %s: browser tests skipped (apt-get install -y chromium)", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// shotDir is where screenshots go: $CLAIMTRAIL_SCREENSHOTS or a temp dir.
func shotDir(t *testing.T) string {
	if d := os.Getenv("CLAIMTRAIL_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func shot(dir, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		buf, err := chromedp.FullScreenshot(100)(ctx, tg)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}

// runOne runs one action that returns a value, failing the test on error.
func runOne[T any](t *testing.T, ctx context.Context, step string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	return v
}

func poll(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
		return err
	})
}

type css = chromedp.CSS

func TestBrowser(t *testing.T) {
	e := newTestEnv(t, testToken)
	ctx := browser(t)
	dir := shotDir(t)
	base := e.ts.URL
	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		return runOne(t, ctx, "text of "+sel, chromedp.TextContent(css(sel)))
	}

	// Load the map: countries, places, and the date it shows.
	do("load the map",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`figure.map svg .places circle`)),
		shot(dir, "01-map"),
	)
	circles := runOne(t, ctx, "count places", chromedp.Evaluate[int](`document.querySelectorAll("figure.map .places circle").length`))
	if circles == 0 {
		t.Fatal("the map shows no place")
	}
	date1 := text(`#map-date`)

	// Move the slider to the first day with the keyboard: the figure is
	// redrawn for that day without a reload, and the URL follows.
	do("move the slider", chromedp.Focus(css(`#map-day`)), chromedp.KeyEvent(kb.Home))
	date2 := text(`#map-date`)
	if date2 == date1 {
		t.Fatalf("the slider did not change the date (%s)", date1)
	}
	do("wait for the redraw",
		poll(`document.querySelector("#map-title") !== null && document.querySelector("#map-title").textContent.includes(`+jsString(date2)+`)`),
		shot(dir, "02-map-first-day"),
	)
	url := runOne(t, ctx, "location", chromedp.Location())
	if !strings.Contains(url, "date="+date2) {
		t.Errorf("the URL does not follow the slider: %s", url)
	}
	do("step the slider", chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight))

	// The disagreement view, then a place.
	do("disagreement view",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`input[name=view][value=disagree]`)),
		chromedp.Click(css(`input[name=view][value=disagree]`)),
		poll(`location.search.includes("view=disagree")`),
		chromedp.WaitVisible(css(`figure.map svg .places a`)),
		shot(dir, "03-map-disagreements"),
	)
	do("click a place",
		chromedp.Evaluate[chromedp.Void](`void document.querySelector("figure.map .places a").dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`),
		chromedp.WaitVisible(css(`table.claims`)),
		shot(dir, "04-place"),
	)
	if h1 := text("main h1"); h1 == "" {
		t.Error("the place page has no heading")
	}

	// Timeline: brush a range with the pointer; the range lands in the URL.
	do("timeline", chromedp.Navigate(base+"/timeline"), chromedp.WaitVisible(css(`#claims-chart`)), shot(dir, "05-timeline"))
	box := runOne(t, ctx, "chart box", chromedp.Evaluate[[]float64](`(function(){var r=document.querySelector("#claims-chart").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]})()`))
	x0, x1, y := box[0]+box[2]*0.3, box[0]+box[2]*0.7, box[1]+box[3]*0.5
	do("brush",
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x0, y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		// the page navigates: wait for the new one to show the range
		chromedp.Sleep(500*time.Millisecond),
		chromedp.WaitVisible(css(`#claims-chart .brush`)),
		shot(dir, "06-timeline-brushed"),
	)
	href := runOne(t, ctx, "disputes link", chromedp.AttributeValue(css(`nav a[href^="/disputes"]`), "href"))
	if !strings.Contains(href.Value, "from=") || !strings.Contains(href.Value, "to=") {
		t.Errorf("the disputes link does not carry the brushed range: %q", href.Value)
	}

	// Open a dispute.
	do("open a dispute",
		chromedp.Navigate(base+"/disputes"),
		chromedp.WaitVisible(css(`article.event h3 a`)),
		shot(dir, "07-disputes"),
		chromedp.Click(css(`article.event h3 a`)),
		chromedp.WaitVisible(css(`main > h1`)),
		poll(`location.pathname.startsWith("/events/")`),
		chromedp.WaitVisible(css(`article.event .camps`)),
		shot(dir, "08-event"),
	)
	if h1 := text("main > h1"); !strings.HasPrefix(h1, "Event ") {
		t.Errorf("dispute page heading %q", h1)
	}

	// Search, then open a claim.
	do("search",
		chromedp.Navigate(base+"/search"),
		chromedp.WaitVisible(css(`#q-text`)),
		chromedp.SendKeys(css(`#q-text`), "captured"),
		chromedp.Submit(css(`#q-text`)),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.WaitVisible(css(`table.claims tbody a`)),
		shot(dir, "09-search"),
	)
	if count := text(`#result-count`); strings.HasPrefix(count, "0 ") {
		t.Errorf("search found nothing: %q", count)
	}
	do("open a claim",
		chromedp.Click(css(`table.claims tbody td:nth-child(4) a`)),
		chromedp.WaitVisible(css(`mark#sentence`)),
		shot(dir, "10-claim"),
	)
	do("tallies", chromedp.Navigate(base+"/tallies"), chromedp.WaitVisible(css(`main h1`)), shot(dir, "11-tallies"))

	// Upload a file without the token, then with it.
	article := filepath.Join(t.TempDir(), "browser_upload.txt")
	body := "Kyiv, 14 March 2022\n\nThe Ukrainian General Staff said on Monday that its forces had repelled an attack near Irpin and destroyed four tanks.\n\nRussian officials denied that Irpin had been retaken by Ukrainian troops.\n"
	if err := os.WriteFile(article, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	do("upload without the token",
		chromedp.Navigate(base+"/ingest"),
		chromedp.WaitVisible(css(`#ingest-files`)),
		chromedp.SetUploadFiles(css(`#ingest-files`), []string{article}),
		chromedp.Click(css(`#ingest-form button[type=submit]`)),
		chromedp.WaitVisible(css(`#ingest-result .error`)),
		shot(dir, "12-ingest-no-token"),
	)
	if msg := text(`#ingest-result .error`); !strings.Contains(msg, "unauthorized") {
		t.Errorf("upload without token: %q", msg)
	}
	do("upload with the token",
		chromedp.SendKeys(css(`#ingest-token`), testToken),
		chromedp.Click(css(`#ingest-form button[type=submit]`)),
		chromedp.WaitVisible(css(`#ingest-result h2`)),
		shot(dir, "13-ingest-done"),
	)
	if msg := text(`#ingest-result`); !strings.Contains(msg, "browser_upload") || !strings.Contains(msg, "new 1") {
		t.Errorf("upload with token: %q", msg)
	}
	// The new document is in the views at once.
	do("the upload shows", chromedp.Navigate(base+"/search?doc=browser_upload"), chromedp.WaitVisible(css(`#result-count`)))
	if count := text(`#result-count`); strings.HasPrefix(count, "0 ") {
		t.Errorf("the uploaded document's claims do not show: %q", count)
	}

	// A phone-sized map, and dark mode.
	do("phone",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`figure.map svg`)),
		shot(dir, "14-map-phone"),
	)
	do("dark",
		chromedp.EmulateViewport(1280, 900),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
			return err
		}),
		chromedp.Navigate(base+"/disputes"),
		chromedp.WaitVisible(css(`article.event`)),
		shot(dir, "15-disputes-dark"),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`figure.map svg`)),
		shot(dir, "16-map-dark"),
	)
	t.Logf("screenshots in %s", dir)
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
