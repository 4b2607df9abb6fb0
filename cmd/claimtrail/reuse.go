package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/sqlite"
)

// canonicalTokens maps one-word place aliases to their canonical name, so
// that a passage pasted with "Shusha" for "Shushi" still matches.
func canonicalTokens(all []*profile.Profile) func(string) string {
	m := map[string]string{}
	for _, p := range all {
		if p.Places == nil {
			continue
		}
		for _, pl := range p.Places.All() {
			canon := strings.ToLower(pl.Name)
			if strings.ContainsAny(canon, " -") {
				continue
			}
			for _, a := range pl.Aliases {
				a = strings.ToLower(a)
				if a != canon && !strings.ContainsAny(a, " -'") {
					if _, taken := m[a]; !taken {
						m[a] = canon
					}
				}
			}
		}
	}
	return func(tok string) string {
		if c, ok := m[tok]; ok {
			return c
		}
		return tok
	}
}

// outletOwner maps an outlet to its owner as the profiles list them, so
// that outlets under one owner count as one source.
func outletOwner(all []*profile.Profile) func(string) string {
	return func(outlet string) string {
		for _, p := range all {
			if o := p.OutletByName(outlet); o != nil && o.Owner != "" {
				return o.Owner
			}
		}
		return ""
	}
}

// reuseFlags are the reuse detector's settings a deployment may change.
// Every process writing one ledger must use the same values.
type reuseFlags struct {
	window *int
	envErr error
}

// envWindow reads CLAIMTRAIL_REUSE_WINDOW: the default window, or an
// error when it is set to anything but a whole number of documents.
func envWindow() (int, error) {
	v := os.Getenv("CLAIMTRAIL_REUSE_WINDOW")
	if v == "" {
		return reuse.DefaultRecentWindow, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return reuse.DefaultRecentWindow, claimtrail.Errorf(claimtrail.EInvalid, "CLAIMTRAIL_REUSE_WINDOW=%q: want a number of documents, 0 or more", v)
	}
	return n, nil
}

func addReuseFlags(fs *flag.FlagSet) *reuseFlags {
	def, err := envWindow()
	return &reuseFlags{
		window: fs.Int("reuse-window", def, "a passage matched by one rare word triple only is looked for among this many latest documents (about a few days of intake; $CLAIMTRAIL_REUSE_WINDOW sets the default); older documents must share more"),
		envErr: err,
	}
}

// check reports a window no writer of a shared ledger should run with: a
// malformed environment default or a negative flag.
func (rf *reuseFlags) check() error {
	if rf.envErr != nil {
		return rf.envErr
	}
	if *rf.window < 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "--reuse-window %d: want 0 or more documents", *rf.window)
	}
	return nil
}

// reuseOptions returns the detector options for the profiles and the
// command's reuse flags; with rf nil (demo, extract, eval), the window of
// CLAIMTRAIL_REUSE_WINDOW when it is valid, else the default.
func reuseOptions(all []*profile.Profile, rf *reuseFlags) []reuse.Option {
	opts := []reuse.Option{reuse.WithCanonical(canonicalTokens(all))}
	if rf != nil {
		opts = append(opts, reuse.WithRecentWindow(*rf.window))
	} else if w, err := envWindow(); err == nil {
		opts = append(opts, reuse.WithRecentWindow(w))
	}
	return opts
}

// newReuser returns a reuse detector over the store's own index when it has
// one, else over memory. For the embedded ledger it first indexes documents
// a killed run stored but did not index (and stores their reuse records).
func newReuser(ctx context.Context, store claimtrail.Store, opts []reuse.Option) (pipeline.Reuser, error) {
	if r := postgresReuser(store, opts...); r != nil {
		return r, nil
	}
	db, ok := store.(*sqlite.DB)
	if !ok {
		return reuse.New(reuse.NewMemIndex(), opts...), nil
	}
	det := reuse.New(db.ReuseIndex(), opts...)
	if _, err := db.CatchUpReuse(ctx, det); err != nil {
		return nil, fmt.Errorf("catching up the reuse index: %w", err)
	}
	return det, nil
}

// newMemoryReuser finds reuse among the documents of one extract run.
func newMemoryReuser(opts []reuse.Option) *reuse.Detector {
	return reuse.New(reuse.NewMemIndex(), opts...)
}

func runReuse(e *env) error {
	fs := newFlags(e, "reuse")
	db := dbFlag(fs)
	var f claimtrail.ReuseFilter
	fs.StringVar(&f.Doc, "doc", "", "only passages of this document")
	fs.StringVar(&f.Outlet, "outlet", "", "only passages of this outlet's documents")
	format := fs.String("format", "table", "table or jsonl (the spec's reuse records)")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "jsonl"); err != nil {
		return err
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	rs, err := store.Reuses(e.ctx, f)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		for i := range rs {
			rs[i].Kind = "reuse"
		}
		return writeJSONL(e.stdout, rs)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "EARLIER\tLATER\tCHARS\tSIMILARITY\tSPANS\tPASSAGE")
	for _, r := range rs {
		a, b := r.A, r.B
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%d-%d / %d-%d\t%s\n", a, b, r.Chars, r.Similarity, r.AStart, r.AEnd, r.BStart, r.BEnd, truncate(r.AText, 70))
	}
	tw.Flush()
	_, err = fmt.Fprintf(e.stdout, "%d reused passages\n", len(rs))
	return err
}

func runOutlets(e *env) error {
	fs := newFlags(e, "outlets")
	db := dbFlag(fs)
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	rows, err := reuse.Outlets(e.ctx, store)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "OUTLET\tDOCUMENTS\tCOPIED\tCOPIES MOST FROM\tCOPIED BY")
	for _, r := range rows {
		share := 0.0
		if r.Chars > 0 {
			share = min(100, 100*float64(r.Copied)/float64(r.Chars))
		}
		fmt.Fprintf(tw, "%s\t%d\t%.1f%%\t%s\t%s\n", r.Outlet, r.Documents, share, top(r.CopiesFrom), top(r.CopiedBy))
	}
	return tw.Flush()
}

// top names the outlets of m, most characters first.
func top(m map[string]int) string {
	if len(m) == 0 {
		return "-"
	}
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if m[names[i]] != m[names[j]] {
			return m[names[i]] > m[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > 3 {
		names = names[:3]
	}
	return strings.Join(names, ", ")
}
