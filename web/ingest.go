package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/resolve"
)

// upload is one file to ingest, as sent.
type upload struct {
	name string
	data []byte
}

// ingestRequest is the JSON body of POST /api/ingest: a name and exactly
// one of text, html or jsonl.
type ingestRequest struct {
	Name  string  `json:"name"`
	Text  *string `json:"text"`
	HTML  *string `json:"html"`
	JSONL *string `json:"jsonl"`
}

// IngestSummary is what an ingest did, as the API and the ingest page show it.
type IngestSummary struct {
	Read      int               `json:"read"`
	New       int               `json:"new"`
	Replaced  int               `json:"replaced"`
	Unchanged int               `json:"unchanged"`
	Claims    int               `json:"claims"`
	Reuses    int               `json:"reuses"`
	Documents []string          `json:"documents"`
	Rejected  []rejectionJSON   `json:"rejected"`
	Millis    int64             `json:"elapsed_ms"`
	Profiles  map[string]int    `json:"profiles"`
	Events    int               `json:"events"`
	summary   *pipeline.Summary // for the page
}

type rejectionJSON struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// readUploads reads the request body: JSON or multipart form (files under
// "files", pasted text under "text" with an optional "name").
func (s *Server) readUploads(w http.ResponseWriter, r *http.Request) ([]upload, string, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var req ingestRequest
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			if errors.As(err, new(*http.MaxBytesError)) {
				return nil, "", err
			}
			return nil, "", claimtrail.Errorf(claimtrail.EInvalid, "the body is not a valid ingest request: %v", err)
		}
		var ext, body string
		n := 0
		for _, f := range []struct {
			ext string
			v   *string
		}{{".txt", req.Text}, {".html", req.HTML}, {".jsonl", req.JSONL}} {
			if f.v != nil {
				n++
				ext, body = f.ext, *f.v
			}
		}
		if n != 1 {
			return nil, "", claimtrail.Errorf(claimtrail.EInvalid, "give exactly one of text, html or jsonl")
		}
		return []upload{{name: withExt(req.Name, ext), data: []byte(body)}}, "", nil
	case "multipart/form-data", "application/x-www-form-urlencoded":
		if err := r.ParseMultipartForm(8 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			if errors.As(err, new(*http.MaxBytesError)) {
				return nil, "", err
			}
			return nil, "", claimtrail.Errorf(claimtrail.EInvalid, "cannot read the form: %v", err)
		}
		var ups []upload
		if r.MultipartForm != nil {
			for _, fh := range r.MultipartForm.File["files"] {
				f, err := fh.Open()
				if err != nil {
					return nil, "", err
				}
				b, err := io.ReadAll(f)
				f.Close()
				if err != nil {
					return nil, "", err
				}
				if len(b) == 0 && fh.Filename == "" {
					continue // the empty file field of a form sent with no file
				}
				ups = append(ups, upload{name: fh.Filename, data: b})
			}
		}
		if text := r.FormValue("text"); strings.TrimSpace(text) != "" {
			ups = append(ups, upload{name: withExt(r.FormValue("name"), ".txt"), data: []byte(text)})
		}
		if len(ups) == 0 {
			return nil, r.FormValue("token"), claimtrail.Errorf(claimtrail.EInvalid, "nothing to ingest: choose files or paste text")
		}
		return ups, r.FormValue("token"), nil
	}
	return nil, "", claimtrail.Errorf(claimtrail.EInvalid, "send application/json or multipart/form-data, not %q", ct)
}

// withExt names pasted text: the given name (or "pasted") with ext unless
// it has an extension already.
func withExt(name, ext string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "pasted-" + time.Now().UTC().Format("20060102-150405")
	}
	if filepath.Ext(name) == "" {
		name += ext
	}
	return name
}

// safeName reduces an uploaded file name to one path element of plain
// characters, so that it can neither escape the upload folder nor surprise
// a shell; the document id is this name without its extension.
func safeName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := strings.TrimLeft(b.String(), ".")
	if len(s) > 120 {
		s = s[len(s)-120:]
	}
	if s == "" || s == "_" {
		s = "upload.txt"
	}
	return s
}

// ingest runs uploads through the pipeline and folds what changed into the
// resolver, so that every view shows the new documents at once.
func (s *Server) ingest(ctx context.Context, ups []upload) (*IngestSummary, error) {
	if s.cfg.Engine == nil {
		return nil, claimtrail.Errorf(kindForbidden, "this server has no ingest pipeline")
	}
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	dir, err := os.MkdirTemp("", "claimtrail-upload-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	// Files are written to a private folder and walked like any other
	// input, so format detection, size limits and rejections are exactly
	// those of 'claimtrail ingest'.
	var paths []string
	seen := map[string]bool{}
	for i, u := range ups {
		name := safeName(u.name)
		if seen[name] {
			name = fmt.Sprintf("%d-%s", i, name)
		}
		seen[name] = true
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, u.data, 0o600); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	prefix := dir + string(filepath.Separator)
	src := func(ctx context.Context, emit func(*read.Input, *read.Rejected) error) error {
		return read.Walk(ctx, paths, read.Options{MaxBytes: s.cfg.MaxUpload}, func(in *read.Input, rej *read.Rejected) error {
			if in != nil {
				in.Source = "upload:" + strings.TrimPrefix(in.Source, prefix)
			}
			if rej != nil {
				rej.Source = "upload:" + strings.TrimPrefix(rej.Source, prefix)
			}
			return emit(in, rej)
		})
	}
	sum, err := s.cfg.Engine.IngestSource(ctx, src, pipeline.IngestOptions{Store: s.cfg.Store, Reuser: s.cfg.Reuser, Now: s.cfg.Now})
	if sum != nil && len(sum.DocIDs) > 0 {
		// Even after an error, what was stored must show.
		if uerr := s.refresh(context.WithoutCancel(ctx), sum.DocIDs); uerr != nil && err == nil {
			err = uerr
		}
	}
	if err != nil {
		return nil, err
	}
	out := &IngestSummary{Read: sum.Read, New: sum.New, Replaced: sum.Replaced, Unchanged: sum.Unchanged,
		Claims: sum.Claims, Reuses: sum.Reuses, Documents: append([]string{}, sum.DocIDs...),
		Rejected: []rejectionJSON{}, Millis: sum.Elapsed.Milliseconds(), Profiles: sum.Profiles,
		Events: len(s.cfg.Resolver.Events()), summary: sum}
	for _, rj := range sum.Rejected {
		out.Rejected = append(out.Rejected, rejectionJSON{rj.Source, rj.Reason})
	}
	return out, nil
}

// refresh folds stored documents into the resolver (a replaced document's
// old claims leave their events first) and moves the generation on so the
// aggregate views rebuild their snapshot.
func (s *Server) refresh(ctx context.Context, ids []string) error {
	defer s.gen.Add(1)
	r := s.cfg.Resolver
	for _, id := range ids {
		d, err := s.cfg.Store.Document(ctx, id)
		if err != nil {
			return err
		}
		r.RemoveDoc(id)
		r.AddDocs(resolve.DocOf(d))
		cs, err := s.cfg.Store.Claims(ctx, claimtrail.ClaimFilter{Doc: id})
		if err != nil {
			return err
		}
		r.Add(cs...)
	}
	return nil
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	// The token is checked before the body is read: an unauthorised client
	// cannot make the server buffer an upload.
	if err := s.authorize(r, ""); err != nil {
		s.apiError(w, r, err)
		return
	}
	ups, _, err := s.readUploads(w, r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	sum, err := s.ingest(r.Context(), ups)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sum)
}
