package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
)

//go:embed templates/*.html static/* openapi.json
var assets embed.FS

// Config is what a Server serves and how.
type Config struct {
	Store    claimtrail.Store
	Resolver *resolve.Resolver
	Profiles []*profile.Profile
	// Engine and Reuser run uploads through the pipeline. With no Engine
	// the ingest endpoints answer 403.
	Engine *pipeline.Engine
	Reuser pipeline.Reuser
	// Token is the write token ingest needs as "Authorization: Bearer".
	// With no token, writes are refused: the server is never open for
	// writing by accident.
	Token string
	// Tiles, when set, is a tile URL template with {z}, {x} and {y} drawn
	// behind the map (an online base layer; the map works without it).
	Tiles string
	// MaxUpload is the largest ingest request body; 0 means 20 MiB.
	MaxUpload int64
	// RequestTimeout bounds a read request; IngestTimeout an ingest. Zero
	// means 15 s and 5 min.
	RequestTimeout, IngestTimeout time.Duration
	Logger                        *slog.Logger
	Now                           func() time.Time
	// Follow, when set and the store has a change feed, is how often the
	// server looks for documents other processes stored in the ledger
	// (queue workers, an ingest), reading the feed from ChangesFrom: the
	// feed's head taken before Resolver was built.
	Follow      time.Duration
	ChangesFrom string
}

// Limits on what a client may ask for.
const (
	defaultPage     = 100
	maxPage         = 1000
	defaultMaxBody  = 20 << 20
	searchPageSize  = 50
	defaultTimeout  = 15 * time.Second
	defaultIngestTO = 5 * time.Minute
)

// Server serves the UI and the JSON API over one ledger.
type Server struct {
	cfg   Config
	mux   *http.ServeMux
	pages map[string]*pageTemplate
	// routes are the patterns registered on mux, for the OpenAPI check.
	routes []route

	ingestMu sync.Mutex // one ingest at a time: the reuse index and the resolver are updated in order

	gen   atomic.Int64 // bumped after every ingest that changed the ledger
	snapM sync.Mutex   // guards snap
	snap  *snapshot
}

// route is one pattern of the mux.
type route struct {
	method, path string
	api          bool
	h            http.HandlerFunc
	ingest       bool // gets the ingest timeout and body limit
}

// New returns a server; it panics only when the embedded templates do not
// parse, which the tests catch.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = defaultMaxBody
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = defaultTimeout
	}
	if cfg.IngestTimeout <= 0 {
		cfg.IngestTimeout = defaultIngestTO
	}
	if cfg.Resolver == nil {
		cfg.Resolver = resolve.New(resolve.ConflictsOf(cfg.Profiles))
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	s.pages = mustParsePages()
	s.routes = s.routeTable()
	static, _ := fs.Sub(assets, "static")
	fileServer := http.StripPrefix("/static/", http.FileServerFS(static))
	s.mux.Handle("GET /static/", cacheFor(time.Hour, fileServer))
	for _, rt := range s.routes {
		var h http.Handler = rt.h
		if rt.ingest {
			h = http.TimeoutHandler(h, cfg.IngestTimeout, `{"error":{"code":"timeout","message":"the ingest took too long"}}`)
		} else {
			h = http.TimeoutHandler(h, cfg.RequestTimeout, "request timed out")
		}
		s.mux.Handle(rt.method+" "+rt.path, h)
	}
	// Unknown API paths answer JSON, not the HTML 404 page.
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, claimtrail.Errorf(claimtrail.ENotFound, "no API endpoint %s", r.URL.Path))
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, claimtrail.Errorf(claimtrail.ENotFound, "no page at %s", r.URL.Path))
	})
	return s
}

func (s *Server) routeTable() []route {
	return []route{
		// pages
		{method: "GET", path: "/{$}", h: s.pageMap},
		{method: "GET", path: "/map/svg", h: s.pageMapSVG},
		{method: "GET", path: "/places/{name}", h: s.pagePlace},
		{method: "GET", path: "/timeline", h: s.pageTimeline},
		{method: "GET", path: "/disputes", h: s.pageDisputes},
		{method: "GET", path: "/events/{id}", h: s.pageEvent},
		{method: "GET", path: "/tallies", h: s.pageTallies},
		{method: "GET", path: "/claims/{id}", h: s.pageClaim},
		{method: "GET", path: "/documents/{id}", h: s.pageDocument},
		{method: "GET", path: "/search", h: s.pageSearch},
		{method: "GET", path: "/ingest", h: s.pageIngest},
		{method: "POST", path: "/ingest", h: s.pageIngestPost, ingest: true},
		// API
		{method: "GET", path: "/api/openapi.json", api: true, h: s.apiOpenAPI},
		{method: "GET", path: "/api/stats", api: true, h: s.apiStats},
		{method: "GET", path: "/api/documents", api: true, h: s.apiDocuments},
		{method: "GET", path: "/api/documents/{id}", api: true, h: s.apiDocument},
		{method: "GET", path: "/api/claims", api: true, h: s.apiClaims},
		{method: "GET", path: "/api/claims/{id}", api: true, h: s.apiClaim},
		{method: "GET", path: "/api/places", api: true, h: s.apiPlaces},
		{method: "GET", path: "/api/events", api: true, h: s.apiEvents},
		{method: "GET", path: "/api/events/{id}", api: true, h: s.apiEvent},
		{method: "GET", path: "/api/disputes", api: true, h: s.apiDisputes},
		{method: "GET", path: "/api/control", api: true, h: s.apiControl},
		{method: "GET", path: "/api/tallies", api: true, h: s.apiTallies},
		{method: "GET", path: "/api/reuse", api: true, h: s.apiReuse},
		{method: "GET", path: "/api/outlets", api: true, h: s.apiOutlets},
		{method: "POST", path: "/api/ingest", api: true, h: s.apiIngest, ingest: true},
	}
}

// Handler returns the server's handler with its cross-cutting layers:
// panic recovery, security headers, JSON 405s for the API, and a log line
// per request.
func (s *Server) Handler() http.Handler {
	var h http.Handler = s.mux
	h = s.methodNotAllowed(h)
	h = s.headers(h)
	h = s.recoverer(h)
	h = s.logRequests(h)
	return h
}

// methodNotAllowed answers a known path asked with the wrong method with a
// JSON (API) or HTML (pages) 405 instead of the mux's plain text.
func (s *Server) methodNotAllowed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := s.mux.Handler(r); pattern == "" || pattern == "/api/" || pattern == "/" {
			var allowed []string
			for _, m := range []string{http.MethodGet, http.MethodPost} {
				if m == r.Method {
					continue
				}
				r2 := r.Clone(r.Context())
				r2.Method = m
				if _, p := s.mux.Handler(r2); p != "" && p != "/" && p != "/api/" {
					allowed = append(allowed, m)
				}
			}
			if len(allowed) > 0 {
				w.Header().Set("Allow", strings.Join(allowed, ", "))
				err := claimtrail.Errorf(kindMethod, "%s is not allowed on %s (use %s)", r.Method, r.URL.Path, strings.Join(allowed, ", "))
				if strings.HasPrefix(r.URL.Path, "/api/") {
					s.apiError(w, r, err)
				} else {
					s.pageError(w, r, err)
				}
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// headers sets a strict Content Security Policy: only our own scripts and
// styles, no inline script, no framing; images may also come from the tile
// server when one is configured.
func (s *Server) headers(next http.Handler) http.Handler {
	img := "'self' data:"
	if o := tileOrigin(s.cfg.Tiles); o != "" {
		img += " " + o
	}
	csp := "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img +
		"; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func tileOrigin(tmpl string) string {
	if tmpl == "" {
		return ""
	}
	u, err := url.Parse(strings.NewReplacer("{z}", "0", "{x}", "0", "{y}", "0", "{s}", "a").Replace(tmpl))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.Logger.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				err := claimtrail.Errorf(claimtrail.EInternal, "internal error")
				if strings.HasPrefix(r.URL.Path, "/api/") {
					s.apiError(w, r, err)
				} else {
					s.pageError(w, r, err)
				}
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status for the log line.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000)
	})
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	v := fmt.Sprintf("public, max-age=%d", int(d.Seconds()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", v)
		next.ServeHTTP(w, r)
	})
}

// Error kinds the web adds to claimtrail's; they map to statuses below.
const (
	kindForbidden = "forbidden"
	kindTooLarge  = "too_large"
	kindMethod    = "method_not_allowed"
	kindTimeout   = "timeout"
)

// statusOf is the one place where error kinds become HTTP statuses. The
// kind itself is the stable error code clients see.
func statusOf(kind string) int {
	switch kind {
	case claimtrail.EInvalid:
		return http.StatusBadRequest
	case claimtrail.ENotFound:
		return http.StatusNotFound
	case claimtrail.EConflict:
		return http.StatusConflict
	case claimtrail.EAuth:
		return http.StatusUnauthorized
	case kindForbidden:
		return http.StatusForbidden
	case kindTooLarge:
		return http.StatusRequestEntityTooLarge
	case kindMethod:
		return http.StatusMethodNotAllowed
	case kindTimeout:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// classify turns low-level errors into kinds: body limits, cancelled and
// timed-out requests.
func classify(err error) error {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return &claimtrail.Error{Kind: kindTooLarge, Message: fmt.Sprintf("the request body is over the limit of %d bytes", mbe.Limit), Err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &claimtrail.Error{Kind: kindTimeout, Message: "the request took too long", Err: err}
	}
	return err
}

// logIfInternal logs errors that are our fault; user errors are explained
// to the user and not logged as errors.
func (s *Server) logIfInternal(r *http.Request, err error) {
	if claimtrail.ErrorKind(err) == claimtrail.EInternal {
		s.cfg.Logger.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

// authorize checks the write token. With no token configured every write
// is refused.
func (s *Server) authorize(r *http.Request, formToken string) error {
	if s.cfg.Token == "" || s.cfg.Engine == nil {
		return claimtrail.Errorf(kindForbidden, "writes are disabled on this server: start it with --token (or CLAIMTRAIL_TOKEN) to allow ingest")
	}
	got := formToken
	// "Bearer" with nothing after it (an empty token field) is a missing
	// token, not a malformed header.
	if h := strings.TrimSpace(r.Header.Get("Authorization")); h != "" && !strings.EqualFold(h, "Bearer") {
		scheme, tok, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return claimtrail.Errorf(claimtrail.EAuth, "the Authorization header must be \"Bearer TOKEN\"")
		}
		got = strings.TrimSpace(tok)
	}
	if got == "" {
		return claimtrail.Errorf(claimtrail.EAuth, "ingest needs the write token: enter it in the form, or send Authorization: Bearer TOKEN")
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		return claimtrail.Errorf(claimtrail.EAuth, "the write token is wrong")
	}
	return nil
}

// ListenAndServe runs an http.Server with timeouts on every stage until
// ctx is done, then shuts it down gracefully, giving requests in flight up
// to 10 s. ready, when set, is called with the base URL once the listener
// is open.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return claimtrail.Errorf(claimtrail.EInvalid, "cannot listen on %s: %v", addr, err)
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads of MaxUpload on a slow link
		WriteTimeout:      s.cfg.IngestTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	followCtx, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go s.Follow(followCtx)
	if ready != nil {
		ready("http://" + ln.Addr().String() + "/")
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		srv.Close()
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
