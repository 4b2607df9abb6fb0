package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
)

// pageTemplate is the layout parsed together with one page's content.
type pageTemplate struct {
	t *template.Template
}

var pageNames = []string{"map", "place", "timeline", "disputes", "event", "tallies", "claim", "document", "search", "ingest", "error"}

var funcs = template.FuncMap{
	"f1": func(v float64) string { return fmt.Sprintf("%.1f", v) },
	"dash": func(s string) string {
		if s == "" {
			return "–"
		}
		return s
	},
	"side": func(s claimtrail.Side) string {
		if s == "" {
			return "–"
		}
		return string(s)
	},
	"join": strings.Join,
	"dates": func(d *claimtrail.DateRange) string {
		if d == nil || d.Start == "" {
			return "undated"
		}
		if d.End == "" || d.End == d.Start {
			return d.Start
		}
		return d.Start + " – " + d.End
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
	"add":  func(a, b int) int { return a + b },
	"dec":  func(n int) int { return n - 1 },
	"add2": func(a, b float64) float64 { return a + b },
	"sub":  func(a, b float64) float64 { return a - b },
	"esc":  url.PathEscape,
}

func mustParsePages() map[string]*pageTemplate {
	out := map[string]*pageTemplate{}
	for _, n := range pageNames {
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(assets,
			"templates/layout.html", "templates/parts.html", "templates/"+n+".html"))
		out[n] = &pageTemplate{t: t}
	}
	return out
}

// page is what the layout needs of every page.
type page struct {
	Title    string
	Active   string // the nav entry to mark
	Scope    scope
	Profiles []profileOption
	Profile  *profile.Profile
	Writable bool
	// Here is the current path, for forms that keep the scope.
	Here string
}

type profileOption struct {
	Name, Title string
	Selected    bool
}

func (s *Server) newPage(r *http.Request, title, active string, sc scope, p *profile.Profile) page {
	pg := page{Title: title, Active: active, Scope: sc, Profile: p, Writable: s.cfg.Token != "" && s.cfg.Engine != nil, Here: r.URL.Path}
	for _, q := range s.cfg.Profiles {
		pg.Profiles = append(pg.Profiles, profileOption{Name: q.Name, Title: q.Title, Selected: p != nil && q.Name == p.Name})
	}
	return pg
}

// render executes a page into a buffer first, so that a template error
// becomes an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.cfg.Logger.Error("template", "page", name, "err", err)
		if name != "error" {
			s.pageError(w, r, fmt.Errorf("rendering %s: %w", name, err))
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorPage struct {
	page
	Status  int
	Code    string
	Message string
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	err = classify(err)
	s.logIfInternal(r, err)
	kind := claimtrail.ErrorKind(err)
	st := statusOf(kind)
	pg := s.newPage(r, http.StatusText(st), "", scope{}, nil)
	s.render(w, r, st, "error", errorPage{page: pg, Status: st, Code: kind, Message: claimtrail.ErrorMessage(err)})
}
