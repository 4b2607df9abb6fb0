package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/progress"
	"github.com/claimtrail/claimtrail/read"
	"github.com/claimtrail/claimtrail/reuse"
)

func runIngest(e *env) error {
	fs := newFlags(e, "ingest")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	rf := addReuseFlags(fs)
	maxBytes := fs.Int64("max-bytes", 10<<20, "largest input accepted, in bytes")
	workers := fs.Int("workers", 0, "clean+extract workers (0: one per core)")
	quiet := fs.Bool("quiet", false, "no progress output")
	qurl := fs.String("queue", "", "publish to this NATS JetStream queue (nats://HOST:4222[/PREFIX]) instead of processing; workers do the rest")
	paths, err := parse(fs, e.args)
	if err != nil {
		return helpOrErr(fs, err)
	}
	if err := rf.check(); err != nil {
		return err
	}
	if len(paths) == 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "ingest: give files, folders or - for stdin")
	}
	if *qurl != "" {
		return ingestToQueue(e, *qurl, paths, *maxBytes)
	}
	all, forced, err := pf.load()
	if err != nil {
		return err
	}
	store, err := openStore(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := ingestPaths(e, store, all, forced, reuseOptions(all, rf), paths, *maxBytes, *workers, *quiet)
	if sum != nil {
		printSummary(e.stdout, sum)
	}
	return err
}

func ingestPaths(e *env, store claimtrail.Store, all []*profile.Profile, forced *profile.Profile, ropts []reuse.Option, paths []string, maxBytes int64, workers int, quiet bool) (*pipeline.Summary, error) {
	eng := newEngine(e, all, forced, maxBytes, workers)
	var bar *progress.Bar
	if !quiet {
		total, err := read.Count(paths)
		if err != nil {
			total = 0
		}
		bar = progress.New(e.stderr, "ingest", int64(total))
	}
	reuser, err := newReuser(e.ctx, store, ropts)
	if err != nil {
		return nil, err
	}
	return eng.Ingest(e.ctx, paths, pipeline.IngestOptions{
		Store:  store,
		Reuser: reuser,
		Owner:  outletOwner(all),
		Bar:    bar,
	})
}

func printSummary(w io.Writer, s *pipeline.Summary) {
	fmt.Fprintf(w, "documents read: %d  new: %d  replaced: %d  unchanged: %d  rejected: %d\n",
		s.Read, s.New, s.Replaced, s.Unchanged, len(s.Rejected))
	fmt.Fprintf(w, "claims extracted: %d  reused passages: %d  (%.1fs)\n", s.Claims, s.Reuses, s.Elapsed.Seconds())
	if len(s.Profiles) > 0 {
		names := sortedKeys(s.Profiles)
		fmt.Fprint(w, "profiles:")
		for _, n := range names {
			label := n
			if label == "" {
				label = "(none)"
			}
			fmt.Fprintf(w, " %s=%d", label, s.Profiles[n])
		}
		fmt.Fprintln(w)
	}
	rej := append([]claimtrail.Rejection(nil), s.Rejected...)
	sort.SliceStable(rej, func(i, j int) bool { return rej[i].Source < rej[j].Source })
	const shown = 20
	for i, r := range rej {
		if i == shown {
			fmt.Fprintf(w, "... and %d more rejected inputs: 'claimtrail rejected' lists them all\n", len(rej)-shown)
			break
		}
		fmt.Fprintf(w, "rejected %s: %s\n", r.Source, r.Reason)
	}
}
