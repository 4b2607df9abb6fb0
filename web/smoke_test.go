package web

import "testing"

func TestSmoke(t *testing.T) {
	e := newTestEnv(t, testToken)
	for _, p := range []string{"/", "/timeline", "/disputes", "/tallies", "/search?text=captured", "/ingest", "/api/claims?limit=2", "/api/stats"} {
		st, ct, body := e.get(t, p)
		t.Logf("%s %d %s %d bytes", p, st, ct, len(body))
		if st != 200 {
			t.Errorf("%s: %d %s", p, st, body[:min(len(body), 2000)])
		}
	}
}
