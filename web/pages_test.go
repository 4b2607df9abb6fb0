package web

import (
	"encoding/json"
	"io/fs"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// pagePaths lists one URL of every page, for the given ledger.
func pagePaths(t *testing.T, e *testEnv) []string {
	t.Helper()
	cs, err := e.store.Claims(t.Context(), claimtrail.ClaimFilter{})
	if err != nil || len(cs) == 0 {
		t.Fatalf("no claims: %v", err)
	}
	var withPlace claimtrail.Claim
	for _, c := range cs {
		if len(c.Places) > 0 {
			withPlace = c
			break
		}
	}
	evs := e.srv.cfg.Resolver.Events()
	paths := []string{
		"/", "/?view=disagree", "/?view=AZE&date=2020-10-15", "/?d=3", "/?profile=ukraine-2022",
		"/map/svg?date=2020-10-20",
		"/places/" + url.PathEscape(withPlace.Places[0].Name) + "?date=2020-11-01",
		"/timeline", "/timeline?stack=type&from=2020-10-01&to=2020-10-20", "/timeline?profile=ukraine-2022",
		"/disputes", "/disputes?all=1", "/disputes?from=2020-10-01&to=2020-10-31",
		"/events/" + url.PathEscape(evs[0].ID),
		"/tallies", "/tallies?profile=ukraine-2022",
		"/claims/" + url.PathEscape(cs[0].ID),
		"/documents/" + url.PathEscape(cs[0].Doc),
		"/search", "/search?text=captured", "/search?place=Shushi&type=control", "/search?side=ARM&from=2020-10-01",
		"/ingest",
	}
	return paths
}

func TestPages(t *testing.T) {
	e := newTestEnv(t, testToken)
	for _, p := range pagePaths(t, e) {
		t.Run(p, func(t *testing.T) {
			start := time.Now()
			st, ct, body := e.get(t, p)
			t.Logf("%s: %d bytes in %v", p, len(body), time.Since(start))
			if st != 200 || !isHTML(ct) {
				t.Fatalf("status %d, %s", st, ct)
			}
			if !strings.HasPrefix(p, "/map/svg") && !strings.Contains(body, `<main id="main"`) {
				t.Error("no main landmark")
			}
		})
	}
}

func TestPageErrors(t *testing.T) {
	e := newTestEnv(t, "")
	tests := []struct {
		path   string
		status int
		code   string
	}{
		{"/claims/nope", 404, "not_found"},
		{"/events/nope", 404, "not_found"},
		{"/documents/nope", 404, "not_found"},
		{"/places/Atlantis", 404, "not_found"},
		{"/nothing-here", 404, "not_found"},
		{"/?date=tomorrow", 400, "invalid"},
		{"/?d=99999", 400, "invalid"},
		{"/timeline?from=2020-13-45", 400, "invalid"},
		{"/search?type=rumour", 400, "invalid"},
		{"/disputes?profile=atlantis", 400, "invalid"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			st, ct, body := e.get(t, tc.path)
			if st != tc.status || !isHTML(ct) {
				t.Fatalf("status %d %s", st, ct)
			}
			if !strings.Contains(body, "<strong>"+tc.code+"</strong>") {
				t.Errorf("page does not name the code %s", tc.code)
			}
		})
	}
	t.Run("ingest form without token configured", func(t *testing.T) {
		st, ct, body := e.do(t, "POST", "/ingest", "application/x-www-form-urlencoded", strings.NewReader("token=x&text=hello"), "")
		if st != 403 || !isHTML(ct) || !strings.Contains(body, "forbidden") {
			t.Errorf("status %d", st)
		}
	})
}

func TestIngestForm(t *testing.T) {
	e := newTestEnv(t, testToken)
	form := url.Values{"name": {"form_paste"}, "text": {"Yerevan, 2 October 2020\n\nThe Armenian Defense Ministry said its forces had repelled an attack near Martuni."}}
	form.Set("token", "wrong")
	st, _, body := e.do(t, "POST", "/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), "")
	if st != 401 || !strings.Contains(body, "unauthorized") {
		t.Fatalf("wrong token: %d", st)
	}
	form.Set("token", testToken)
	st, _, body = e.do(t, "POST", "/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), "")
	if st != 200 || !strings.Contains(body, `href="/documents/form_paste"`) {
		t.Fatalf("ingest: %d\n%s", st, body)
	}
	// the snapshot behind the aggregate views moved on
	_, _, body = e.get(t, "/api/places?from=2020-10-02&to=2020-10-02")
	if !strings.Contains(body, "Martuni") {
		t.Errorf("the pasted article's place is not in the views: %s", body)
	}
}

// hrefs finds every href, src and action value in a page.
var (
	quoted = regexp.MustCompile(`"[^"]*"`)
	onAttr = regexp.MustCompile(`(?i)<[a-z][^>]*\son[a-z]+\s*=`)
)

var hrefRE = regexp.MustCompile(`(?i)\b(href|src|action)\s*=\s*"([^"]*)"`)

// The XSS test: an article full of markup and script is ingested, then
// every page that shows it must show it as text.
func TestXSS(t *testing.T) {
	evil := `<!doctype html><html><head><title>Evil &lt;script&gt;alert(1)&lt;/script&gt; report</title></head><body><article>
<h1>Evil report</h1>
<p>Baku, 12 October 2020. The Azerbaijani Defense Ministry said that its forces had captured Hadrut &lt;script&gt;alert(1)&lt;/script&gt; after heavy fighting.</p>
<p>Armenian officials said the "onerror=alert(1) attack on Martuni was repelled &lt;img src=x onerror=alert(1)&gt; and denied that Hadrut had fallen.</p>
<p>See <a href="javascript:alert(1)">javascript:alert(1)</a> for the ministry's statement on Hadrut.</p>
</article></body></html>`
	plain := "Baku, 12 October 2020\n\nThe Azerbaijani Defense Ministry said that its forces had captured Hadrut <script>alert(1)</script> after heavy fighting.\n\nArmenian officials said the \"onerror=alert(1) attack on Martuni was repelled <img src=x onerror=alert(1)> and denied that Hadrut had fallen. See javascript:alert(1) for more.\n"
	e := newTestEnv(t, testToken)
	for _, up := range []struct{ name, kind, body string }{{"evil_html", "html", evil}, {"evil_text", "text", plain}} {
		b, _ := json.Marshal(map[string]string{"name": up.name, up.kind: up.body})
		st, _, body := e.do(t, "POST", "/api/ingest", "application/json", strings.NewReader(string(b)), testToken)
		if st != 200 {
			t.Fatalf("ingest %s: %d %s", up.name, st, body)
		}
		if sum := decode[IngestSummary](t, body); sum.New != 1 {
			t.Fatalf("ingest %s: %+v", up.name, sum)
		}
	}
	var paths []string
	for _, doc := range []string{"evil_html", "evil_text"} {
		cs, err := e.store.Claims(t.Context(), claimtrail.ClaimFilter{Doc: doc})
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, "/documents/"+doc, "/search?doc="+doc)
		for _, c := range cs {
			paths = append(paths, "/claims/"+url.PathEscape(c.ID))
			if ev, ok := e.srv.cfg.Resolver.EventOf(c.ID); ok {
				paths = append(paths, "/events/"+url.PathEscape(ev.ID))
			}
		}
	}
	paths = append(paths, pagePaths(t, e)...)
	paths = append(paths, "/search?text=alert", "/places/Hadrut", "/places/Martuni",
		"/search?text="+url.QueryEscape(`<script>alert(1)</script>`),
		"/search?claimant="+url.QueryEscape(`"><script>alert(1)</script>`),
		"/disputes?place="+url.QueryEscape(`"><img src=x onerror=alert(1)>`))
	sawText := false
	for _, p := range paths {
		st, ct, body := e.get(t, p)
		if st != 200 {
			t.Errorf("%s: status %d", p, st)
			continue
		}
		if !isHTML(ct) {
			t.Errorf("%s: %s", p, ct)
		}
		lower := strings.ToLower(body)
		if strings.Contains(lower, "<script>alert") || strings.Contains(lower, "<img src=x") {
			t.Errorf("%s: raw markup from the article in the page", p)
		}
		wantScripts := 1
		if strings.HasPrefix(p, "/map/svg") {
			wantScripts = 0 // a fragment for the slider's script
		}
		if n := strings.Count(lower, "<script"); n != wantScripts || wantScripts == 1 && !strings.Contains(lower, `<script src="/static/app.js" defer></script>`) {
			t.Errorf("%s: %d script elements; only our own is allowed", p, n)
		}
		// Attribute values are quoted and escaped; outside them, no tag may
		// carry an event handler.
		if onAttr.MatchString(quoted.ReplaceAllString(body, `""`)) {
			t.Errorf("%s: an event-handler attribute in the page", p)
		}
		for _, m := range hrefRE.FindAllStringSubmatch(body, -1) {
			v := strings.ToLower(strings.TrimSpace(m[2]))
			if strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:") {
				t.Errorf("%s: %s=%q", p, m[1], m[2])
			}
		}
		if strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			sawText = true
		}
	}
	if !sawText {
		t.Error("the article's <script> text never shows, escaped, on any page: the test did not test")
	}
	// JSON keeps the text as data and escapes < > for HTML safety.
	_, _, body := e.get(t, "/api/claims?doc=evil_text")
	if strings.Contains(body, "<script>") {
		t.Error("API JSON carries an unescaped <script>")
	}
}

// Every route on the mux is in the OpenAPI document and every documented
// path is routed, with the same methods.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	b, err := fs.ReadFile(assets, "openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	s := New(Config{Profiles: builtinProfiles(t)})
	routed := map[string]bool{}
	for _, rt := range s.routes {
		if rt.api {
			routed[rt.method+" "+rt.path] = true
		}
		if strings.HasPrefix(rt.path, "/api/") != rt.api {
			t.Errorf("route %s %s: api flag %v", rt.method, rt.path, rt.api)
		}
	}
	var missing, extra []string
	for r := range routed {
		if !documented[r] {
			missing = append(missing, r)
		}
	}
	for d := range documented {
		if !routed[d] {
			extra = append(extra, d)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("routed but not documented: %v", missing)
	}
	if len(extra) > 0 {
		t.Errorf("documented but not routed: %v", extra)
	}
	if len(routed) < 14 {
		t.Errorf("only %d API routes", len(routed))
	}
}

func TestSecurityHeaders(t *testing.T) {
	e := newTestEnv(t, "")
	resp, err := e.ts.Client().Get(e.ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
	// static files are served from the embedded folder
	for _, p := range []string{"/static/style.css", "/static/app.js"} {
		st, ct, _ := e.get(t, p)
		if st != 200 || ct == "" {
			t.Errorf("%s: %d %s", p, st, ct)
		}
	}
}

func TestTileOrigin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"https://tile.example.org/{z}/{x}/{y}.png", "https://tile.example.org"},
		{"http://{s}.tiles.local:8081/{z}/{x}/{y}.png", "http://a.tiles.local:8081"},
		{"javascript:alert(1)//{z}", ""},
		{"/relative/{z}/{x}/{y}", ""},
	}
	for _, tc := range tests {
		if got := tileOrigin(tc.in); got != tc.want {
			t.Errorf("tileOrigin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"report.txt", "report.txt"},
		{"../../etc/passwd", "passwd"},
		{`C:\temp\a b.html`, "a_b.html"},
		{"..", "upload.txt"},
		{"", "upload.txt"},
		{".hidden.md", "hidden.md"},
		{"Шуша.txt", "____.txt"},
	}
	for _, tc := range tests {
		if got := safeName(tc.in); got != tc.want {
			t.Errorf("safeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
