package web

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/resolve"
)

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	return v
}

// errCode returns the code of an API error body.
func errCode(t *testing.T, ct, body string) string {
	t.Helper()
	if !isJSON(ct) {
		t.Fatalf("error is %s, not JSON: %s", ct, body)
	}
	return decode[apiErrorBody](t, body).Error.Code
}

func TestAPIReadEndpoints(t *testing.T) {
	e := newTestEnv(t, testToken)
	first, err := e.store.Claims(t.Context(), claimtrail.ClaimFilter{Limit: 1})
	if err != nil || len(first) == 0 {
		t.Fatalf("the seeds gave no claim: %v", err)
	}
	c := first[0]
	evs := e.srv.cfg.Resolver.Events()
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	tests := []struct {
		name, path string
		status     int
		check      func(t *testing.T, body string)
	}{
		{"stats", "/api/stats", 200, func(t *testing.T, b string) {
			st := decode[statsJSON](t, b)
			if st.Documents == 0 || st.Claims == 0 {
				t.Errorf("empty stats %+v", st)
			}
		}},
		{"documents", "/api/documents?limit=3", 200, func(t *testing.T, b string) {
			d := decode[documentsJSON](t, b)
			if len(d.Documents) != 3 || d.Next == "" {
				t.Errorf("got %d documents, next %q", len(d.Documents), d.Next)
			}
			for _, doc := range d.Documents {
				if doc.Body != "" {
					t.Errorf("list carries the body of %s", doc.ID)
				}
			}
		}},
		{"document", "/api/documents/" + url.PathEscape(c.Doc), 200, func(t *testing.T, b string) {
			d := decode[claimtrail.Document](t, b)
			if d.ID != c.Doc || d.Body == "" || d.Kind != "doc" {
				t.Errorf("document %q kind %q body %d bytes", d.ID, d.Kind, len(d.Body))
			}
		}},
		{"document missing", "/api/documents/nope", 404, nil},
		{"claim", "/api/claims/" + url.PathEscape(c.ID), 200, func(t *testing.T, b string) {
			got := decode[claimJSON](t, b)
			if got.ID != c.ID || got.Sentence != c.Sentence {
				t.Errorf("claim %q", got.ID)
			}
		}},
		{"claim missing", "/api/claims/nope", 404, nil},
		{"claims by type", "/api/claims?type=control&limit=1000", 200, func(t *testing.T, b string) {
			cs := decode[claimsJSON](t, b)
			if len(cs.Claims) == 0 {
				t.Error("no control claims")
			}
			for _, x := range cs.Claims {
				if x.Type != "control" {
					t.Errorf("claim %s has type %s", x.ID, x.Type)
				}
			}
		}},
		{"claims by side and dates", "/api/claims?side=aze&from=2020-10-01&to=2020-11-30&limit=1000", 200, func(t *testing.T, b string) {
			for _, x := range decode[claimsJSON](t, b).Claims {
				if x.Claimant.Side != "AZE" || x.Date == nil || x.Date.End < "2020-10-01" || x.Date.Start > "2020-11-30" {
					t.Errorf("claim %s outside the filter: %s %+v", x.ID, x.Claimant.Side, x.Date)
				}
			}
		}},
		{"claims by place alias", "/api/claims?place=Shusha&limit=1000", 200, func(t *testing.T, b string) {
			cs := decode[claimsJSON](t, b).Claims
			if len(cs) == 0 {
				t.Error("no claim at Shusha (by alias)")
			}
		}},
		{"claims bad type", "/api/claims?type=rumour", 400, nil},
		{"claims bad date", "/api/claims?from=yesterday", 400, nil},
		{"claims limit too big", "/api/claims?limit=100000", 400, nil},
		{"claims limit zero", "/api/claims?limit=0", 400, nil},
		{"places", "/api/places", 200, func(t *testing.T, b string) {
			ps := decode[struct{ Places []placeJSON }](t, b).Places
			if len(ps) == 0 || ps[0].Claims == 0 {
				t.Fatalf("places %+v", ps)
			}
			located := 0
			for _, p := range ps {
				if p.Lat != 0 {
					located++
				}
			}
			if located == 0 {
				t.Error("no place has coordinates")
			}
		}},
		{"places all", "/api/places?all=true&profile=karabakh-2020", 200, func(t *testing.T, b string) {
			if n := len(decode[struct{ Places []placeJSON }](t, b).Places); n < 100 {
				t.Errorf("gazetteer has %d places", n)
			}
		}},
		{"places bad profile", "/api/places?profile=atlantis", 400, nil},
		{"events", "/api/events", 200, func(t *testing.T, b string) {
			if n := len(decode[eventsJSON](t, b).Events); n != len(evs) {
				t.Errorf("%d events, resolver has %d", n, len(evs))
			}
		}},
		{"event", "/api/events/" + url.PathEscape(evs[0].ID), 200, func(t *testing.T, b string) {
			if ev := decode[resolve.Event](t, b); ev.ID != evs[0].ID {
				t.Errorf("event %q", ev.ID)
			}
		}},
		{"event missing", "/api/events/nope", 404, nil},
		{"disputes", "/api/disputes", 200, func(t *testing.T, b string) {
			for _, ev := range decode[eventsJSON](t, b).Events {
				if !ev.Disputed() {
					t.Errorf("event %s is not disputed", ev.ID)
				}
			}
		}},
		{"control", "/api/control?date=2020-11-10", 200, func(t *testing.T, b string) {
			v := decode[struct {
				Date    string
				Control []resolve.ControlRow
			}](t, b)
			if v.Date != "2020-11-10" || len(v.Control) == 0 {
				t.Errorf("control %+v", v)
			}
		}},
		{"control without date", "/api/control", 400, nil},
		{"tallies", "/api/tallies", 200, func(t *testing.T, b string) {
			if len(decode[struct{ Tallies []resolve.Tally }](t, b).Tallies) == 0 {
				t.Error("no tallies")
			}
		}},
		{"tallies bad item", "/api/tallies?item=spoons", 400, nil},
		{"reuse", "/api/reuse", 200, func(t *testing.T, b string) {
			decode[struct{ Reuse []claimtrail.Reuse }](t, b)
		}},
		{"outlets", "/api/outlets", 200, func(t *testing.T, b string) {
			os := decode[struct{ Outlets []outletJSON }](t, b).Outlets
			n := 0
			for _, o := range os {
				n += o.Documents
			}
			st, _ := e.store.Stats(t.Context())
			if n != st.Documents {
				t.Errorf("outlets count %d documents, the ledger has %d", n, st.Documents)
			}
		}},
		{"openapi", "/api/openapi.json", 200, nil},
		{"unknown endpoint", "/api/nothing", 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, ct, body := e.get(t, tc.path)
			if st != tc.status {
				t.Fatalf("status %d, want %d: %s", st, tc.status, body)
			}
			if !isJSON(ct) {
				t.Fatalf("content type %q", ct)
			}
			if st >= 400 {
				code := errCode(t, ct, body)
				want := map[int]string{400: "invalid", 404: "not_found"}[st]
				if code != want {
					t.Errorf("code %q, want %q", code, want)
				}
				return
			}
			if tc.check != nil {
				tc.check(t, body)
			}
		})
	}
}

// Walking every page of claims with the cursor visits each claim once.
func TestAPIClaimsPagination(t *testing.T) {
	e := newTestEnv(t, testToken)
	all, err := e.store.Claims(t.Context(), claimtrail.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 7, 1000} {
		seen := map[string]int{}
		after, pages := "", 0
		for {
			q := url.Values{"limit": {strconv.Itoa(limit)}}
			if after != "" {
				q.Set("after", after)
			}
			st, _, body := e.get(t, "/api/claims?"+q.Encode())
			if st != 200 {
				t.Fatalf("status %d: %s", st, body)
			}
			page := decode[claimsJSON](t, body)
			if len(page.Claims) > limit {
				t.Fatalf("page of %d over the limit %d", len(page.Claims), limit)
			}
			for _, c := range page.Claims {
				seen[c.ID]++
			}
			pages++
			if page.Next == "" {
				break
			}
			after = page.Next
			if pages > len(all)+2 {
				t.Fatal("the cursor does not end")
			}
		}
		if len(seen) != len(all) {
			t.Errorf("limit %d: visited %d claims, the ledger has %d", limit, len(seen), len(all))
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("limit %d: claim %s visited %d times", limit, id, n)
			}
		}
	}
}

func TestAPIIngestAuth(t *testing.T) {
	article := `{"name":"api_upload.txt","text":"Baku, 20 October 2020\n\nThe Azerbaijani Defense Ministry said on Tuesday that its forces had taken control of Zangilan."}`
	t.Run("no token configured", func(t *testing.T) {
		e := newTestEnv(t, "")
		st, ct, body := e.do(t, "POST", "/api/ingest", "application/json", strings.NewReader(article), "anything")
		if st != 403 || errCode(t, ct, body) != "forbidden" {
			t.Errorf("status %d body %s", st, body)
		}
	})
	e := newTestEnv(t, testToken)
	cases := []struct {
		name, token, auth string
		status            int
		code              string
	}{
		{"missing", "", "", 401, "unauthorized"},
		{"wrong", "nope", "", 401, "unauthorized"},
		{"not bearer", "", "Basic " + testToken, 401, "unauthorized"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", e.ts.URL+"/api/ingest", strings.NewReader(article))
			req.Header.Set("Content-Type", "application/json")
			if tc.token != "" {
				req.Header.Set("Authorization", "Bearer "+tc.token)
			}
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := e.ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var b bytes.Buffer
			b.ReadFrom(resp.Body)
			if resp.StatusCode != tc.status || errCode(t, resp.Header.Get("Content-Type"), b.String()) != tc.code {
				t.Errorf("status %d body %s", resp.StatusCode, b.String())
			}
			if resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("no WWW-Authenticate header")
			}
		})
	}
	t.Run("json", func(t *testing.T) {
		before := len(e.srv.cfg.Resolver.Events())
		st, ct, body := e.do(t, "POST", "/api/ingest", "application/json", strings.NewReader(article), testToken)
		if st != 200 || !isJSON(ct) {
			t.Fatalf("status %d: %s", st, body)
		}
		sum := decode[IngestSummary](t, body)
		if sum.New != 1 || len(sum.Documents) != 1 || sum.Documents[0] != "api_upload" {
			t.Fatalf("summary %+v", sum)
		}
		// the upload is visible at once, in the store and the resolver
		st, _, body = e.get(t, "/api/claims?doc=api_upload")
		if st != 200 || len(decode[claimsJSON](t, body).Claims) == 0 {
			t.Errorf("no claims of the upload: %s", body)
		}
		if sum.Claims > 0 && len(e.srv.cfg.Resolver.Events()) == before {
			t.Log("the upload's claims joined existing events")
		}
		// the same bytes again change nothing
		st, _, body = e.do(t, "POST", "/api/ingest", "application/json", strings.NewReader(article), testToken)
		if sum := decode[IngestSummary](t, body); st != 200 || sum.New != 0 || sum.Unchanged != 1 {
			t.Errorf("re-ingest: %d %+v", st, sum)
		}
	})
	t.Run("multipart", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("files", "../../etc/multi part.md")
		fw.Write([]byte("# Report\n\nOn 3 March 2022 Ukrainian officials said Russian forces had shelled Kharkiv.\n"))
		fw, _ = mw.CreateFormFile("files", "empty.txt")
		mw.Close()
		st, _, body := e.do(t, "POST", "/api/ingest", mw.FormDataContentType(), &buf, testToken)
		if st != 200 {
			t.Fatalf("status %d: %s", st, body)
		}
		sum := decode[IngestSummary](t, body)
		if sum.New != 1 || len(sum.Rejected) != 1 || !strings.Contains(sum.Rejected[0].Reason, "empty") {
			t.Errorf("summary %+v", sum)
		}
		if len(sum.Documents) == 1 && sum.Documents[0] != "multi_part" {
			t.Errorf("upload name not made safe: %q", sum.Documents[0])
		}
	})
	t.Run("bad bodies", func(t *testing.T) {
		for _, b := range []string{`{"name":"x"}`, `{"name":"x","text":"a","html":"b"}`, `not json`, `{"name":"x","text":"a","extra":1}`} {
			st, ct, body := e.do(t, "POST", "/api/ingest", "application/json", strings.NewReader(b), testToken)
			if st != 400 || errCode(t, ct, body) != "invalid" {
				t.Errorf("%s: status %d %s", b, st, body)
			}
		}
		st, ct, body := e.do(t, "POST", "/api/ingest", "text/plain", strings.NewReader("hello"), testToken)
		if st != 400 || errCode(t, ct, body) != "invalid" {
			t.Errorf("text/plain: status %d %s", st, body)
		}
	})
	t.Run("too large", func(t *testing.T) {
		small := New(Config{Store: e.store, Resolver: e.srv.cfg.Resolver, Profiles: e.profiles, Engine: e.srv.cfg.Engine, Token: testToken, MaxUpload: 1024})
		big := `{"name":"big.txt","text":"` + strings.Repeat("word ", 1000) + `"}`
		req, _ := http.NewRequest("POST", "/api/ingest", strings.NewReader(big))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		small.Handler().ServeHTTP(rec, req)
		if rec.Code != 413 || errCode(t, rec.Header().Get("Content-Type"), rec.Body.String()) != "too_large" {
			t.Errorf("status %d %s", rec.Code, rec.Body.String())
		}
	})
	t.Run("wrong method", func(t *testing.T) {
		st, ct, body := e.get(t, "/api/ingest")
		if st != 405 || errCode(t, ct, body) != "method_not_allowed" {
			t.Errorf("status %d %s", st, body)
		}
		st, ct, body = e.do(t, "DELETE", "/api/claims", "", nil, "")
		if st != 405 || errCode(t, ct, body) != "method_not_allowed" {
			t.Errorf("status %d %s", st, body)
		}
	})
}
