package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Input is one document as read, before cleaning.
type Input struct {
	Source string // path, "path:LINE" for a JSONL line, "path#N" for a feed item or WARC record, or "-"
	ID     string // file name without extension; JSONL "id" field (else "name:LINE")
	Format string // "txt", "md", "html", "jsonl", "rss", "atom", "warc" (the outer file)
	Text   string // decoded UTF-8 content (for html: the HTML source), BOM stripped
	HTML   bool   // Text is HTML

	// Metadata given by the container (JSONL fields, feed items, WARC headers).
	URL, Outlet, Published, Title string

	Hash string // claimtrail.ContentHash of the raw bytes of this document
}

// Rejected is an input that was not taken, with a one-line reason.
type Rejected struct {
	Source string
	Reason string
}

func (r *Rejected) Error() string { return r.Source + ": " + r.Reason }

// Options tune a walk. The zero value is ready to use.
type Options struct {
	// MaxBytes is the largest document taken; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// DefaultMaxBytes is the size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Func receives each document (in non-nil) or rejection (rej non-nil).
// Returning an error stops the walk; Walk returns that error.
type Func func(in *Input, rej *Rejected) error

// walker carries one walk's state.
type walker struct {
	ctx  context.Context
	opts Options
	max  int64
	fn   Func
}

// Walk reads files, folders (recursively, in lexical order, skipping hidden
// entries) or "-" (standard input), calling fn for each document or
// rejection in a stable order. Unreadable paths are rejections, not errors;
// Walk returns only fn's error or ctx's.
func Walk(ctx context.Context, paths []string, opts Options, fn func(in *Input, rej *Rejected) error) error {
	w := &walker{ctx: ctx, opts: opts, max: opts.maxBytes(), fn: fn}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) reject(source, format string, args ...any) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(nil, &Rejected{Source: source, Reason: fmt.Sprintf(format, args...)})
}

func (w *walker) emit(in *Input) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(in, nil)
}

func (w *walker) path(p string) error {
	if p == "-" {
		return w.stdin()
	}
	info, err := os.Stat(p)
	if err != nil {
		return w.reject(p, "cannot read: %s", pathErr(err))
	}
	if !info.IsDir() {
		return w.file(p, info)
	}
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder or entry: say so and go on.
			if rerr := w.reject(path, "cannot read: %s", pathErr(err)); rerr != nil {
				return rerr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := os.Stat(path) // follows symlinks to files
		if err != nil {
			return w.reject(path, "cannot read: %s", pathErr(err))
		}
		if !info.Mode().IsRegular() {
			if info.IsDir() {
				return nil // a symlink to a folder: not followed, to avoid cycles
			}
			return w.reject(path, "not a regular file")
		}
		return w.file(path, info)
	})
	return err
}

// pathErr drops the path that *PathError repeats, since the rejection
// already names the source.
func pathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// Count returns the number of files a walk over paths will open ("-"
// counts as one), for progress bars. Containers count as one file however
// many documents they hold.
func Count(paths []string) (files int, err error) {
	for _, p := range paths {
		if p == "-" {
			files++
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			files++ // it will be one rejection
			continue
		}
		if !info.IsDir() {
			files++
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				files++
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				files++
			}
			return nil
		})
		if err != nil {
			return files, err
		}
	}
	return files, nil
}

// idOf is the file name without its extension (".warc.gz" counts as one).
func idOf(path string) string {
	base := filepath.Base(path)
	lower := strings.ToLower(base)
	for _, ext := range []string{".warc.gz", ".tar.gz"} {
		if strings.HasSuffix(lower, ext) {
			return base[:len(base)-len(ext)]
		}
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func (w *walker) stdin() error {
	r := w.opts.Stdin
	if r == nil {
		r = os.Stdin
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffLen)
	switch sniffContainer(head) {
	case "jsonl":
		return w.jsonl(br, "-", "stdin")
	case "warc":
		return w.warc(br, "-", "stdin")
	}
	b, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		return w.reject("-", "cannot read: %v", err)
	}
	if int64(len(b)) > w.max {
		return w.reject("-", "input is over the limit of %d bytes", w.max)
	}
	return w.whole(b, "-", "stdin", "")
}

// sniffLen is how much of a file is looked at to tell its format.
const sniffLen = 4096

func (w *walker) file(path string, info fs.FileInfo) error {
	ext := extOf(path)
	if info.Size() == 0 {
		return w.reject(path, "empty file")
	}
	f, err := os.Open(path)
	if err != nil {
		return w.reject(path, "cannot read: %s", pathErr(err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return w.reject(path, "cannot read: %s", pathErr(err))
	}
	// Streamed containers are held to the limit per line or record, not as
	// a whole, so they are told before the size check.
	switch c := sniffContainer(head); {
	case c == "warc" || ext == ".warc" || ext == ".warc.gz":
		return w.warc(br, path, idOf(path))
	case c == "jsonl" || ((ext == ".jsonl" || ext == ".ndjson") && !isBinary(head)):
		return w.jsonl(br, path, idOf(path))
	}
	if info.Size() > w.max {
		return w.reject(path, "file is %d bytes, over the limit of %d", info.Size(), w.max)
	}
	b, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		return w.reject(path, "cannot read: %s", pathErr(err))
	}
	if int64(len(b)) > w.max { // grew since Stat
		return w.reject(path, "file is over the limit of %d bytes", w.max)
	}
	return w.whole(b, path, idOf(path), ext)
}

// whole handles a file read into memory: text, Markdown, HTML or a feed.
func (w *walker) whole(b []byte, source, id, ext string) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return w.reject(source, "empty file")
	}
	if kind := binaryKind(b); kind != "" {
		return w.reject(source, "binary file (%s)", kind)
	}
	format := detect(b, ext)
	if format == "rss" || format == "atom" {
		return w.feed(b, source, id)
	}
	if format == "xml" {
		return w.reject(source, "XML that is neither an RSS nor an Atom feed")
	}
	declared := ""
	if format == "html" {
		declared = htmlCharset(b)
	}
	text, err := Decode(b, declared)
	if err != nil {
		return w.reject(source, "%v", err)
	}
	if strings.TrimSpace(text) == "" {
		return w.reject(source, "empty file")
	}
	in := &Input{
		Source: source, ID: id, Format: format, Text: text, HTML: format == "html",
		Hash: claimtrail.ContentHash(b),
	}
	applyFrontMatter(in)
	return w.emit(in)
}
