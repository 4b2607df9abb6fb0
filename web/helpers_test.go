package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/sqlite"
)

const testToken = "s3cret-token"

// seedPaths are the articles every test ledger starts from: the seeds and
// the corpus of both wars.
func seedPaths(t testing.TB) []string {
	root := filepath.Join("..", "testdata")
	var out []string
	for _, p := range []string{"seeds", "corpus"} {
		entries, err := os.ReadDir(filepath.Join(root, p))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Name() == "gold" || e.Name() == "README.md" {
				continue
			}
			out = append(out, filepath.Join(root, p, e.Name()))
		}
	}
	return out
}

// testEnv is a ledger in a temp dir with the seeds ingested, served by a
// fresh Server.
type testEnv struct {
	store    *sqlite.DB
	srv      *Server
	ts       *httptest.Server
	profiles []*profile.Profile
}

var builtinOnce struct {
	sync.Once
	ps  []*profile.Profile
	err error
}

func builtinProfiles(t testing.TB) []*profile.Profile {
	builtinOnce.Do(func() { builtinOnce.ps, builtinOnce.err = profile.Builtin() })
	if builtinOnce.err != nil {
		t.Fatal(builtinOnce.err)
	}
	return builtinOnce.ps
}

// newTestEnv builds the ledger and serves it with token ("" for none).
func newTestEnv(t testing.TB, token string, extra ...string) *testEnv {
	t.Helper()
	ctx := context.Background()
	all := builtinProfiles(t)
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	eng := pipeline.New(pipeline.Options{Profiles: all, Learn: true})
	reuser := reuse.New(db.ReuseIndex())
	paths := append(seedPaths(t), extra...)
	if _, err := eng.Ingest(ctx, paths, pipeline.IngestOptions{Store: db, Reuser: reuser}); err != nil {
		t.Fatal(err)
	}
	r, err := loadResolver(ctx, db, all)
	if err != nil {
		t.Fatal(err)
	}
	srv := New(Config{Store: db, Resolver: r, Profiles: all, Engine: eng, Reuser: reuser, Token: token,
		Logger: slog.New(slog.NewTextHandler(tlog{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Now:    func() time.Time { return time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC) }})
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &testEnv{store: db, srv: srv, ts: ts, profiles: all}
}

// loadResolver folds a whole ledger into a resolver, as the CLI does.
func loadResolver(ctx context.Context, store claimtrail.Store, all []*profile.Profile) (*resolve.Resolver, error) {
	r := resolve.New(resolve.ConflictsOf(all))
	docs, err := store.Documents(ctx, claimtrail.DocumentFilter{})
	if err != nil {
		return nil, err
	}
	for i := range docs {
		r.AddDocs(resolve.DocOf(&docs[i]))
	}
	cs, err := store.Claims(ctx, claimtrail.ClaimFilter{})
	if err != nil {
		return nil, err
	}
	r.Add(cs...)
	return r, nil
}

// get fetches a path and returns status, content type and body.
func (e *testEnv) get(t testing.TB, path string) (int, string, string) {
	t.Helper()
	return e.do(t, http.MethodGet, path, "", nil, "")
}

func (e *testEnv) do(t testing.TB, method, path, contentType string, body io.Reader, token string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

func isJSON(ct string) bool { return strings.HasPrefix(ct, "application/json") }
func isHTML(ct string) bool { return strings.HasPrefix(ct, "text/html") }

// tlog sends the server's log to the test's log.
type tlog struct{ t testing.TB }

func (w tlog) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}
