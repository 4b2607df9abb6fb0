package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
)

const demoDB = "claimtrail-demo.db"

func runDemo(e *env) error {
	fset := newFlags(e, "demo")
	db := fset.String("db", demoDB, "the demo ledger; recreated on every run")
	force := fset.Bool("force", false, "replace --db even when it is not the default demo ledger")
	quiet := fset.Bool("quiet", false, "no progress output")
	noServe := fset.Bool("no-serve", false, "stop after printing the headline instead of serving the UI")
	addr := fset.String("addr", defaultAddr, "address the UI listens on")
	token := fset.String("token", os.Getenv("CLAIMTRAIL_TOKEN"), "write token for the UI's ingest page (default $CLAIMTRAIL_TOKEN)")
	if _, err := parse(fset, e.args); err != nil {
		return helpOrErr(fset, err)
	}
	if *db != demoDB && !*force {
		if _, err := os.Stat(*db); err == nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "demo: %s exists and would be replaced; remove it, choose another --db, or pass --force", *db)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(*db + suffix); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "claimtrail-samples-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := writeSamples(dir); err != nil {
		return err
	}
	pf := profileFlags{name: new(string), dirs: new(string)}
	all, _, err := pf.load()
	if err != nil {
		return err
	}
	store, err := openStore(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := ingestPaths(e, store, all, nil, reuseOptions(all, nil), []string{dir}, 10<<20, 0, *quiet)
	if err != nil {
		return err
	}
	printSummary(e.stdout, sum)
	fmt.Fprintln(e.stdout)
	if err := writeHeadline(e, store, all); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nThe ledger is %s. Try:\n  claimtrail claims --db %s --place Shushi\n  claimtrail disputes --db %s\n", *db, *db, *db)
	if *noServe {
		return nil
	}
	return serveLedger(e, store, all, *addr, *token, func(url string) {
		fmt.Fprintf(e.stdout, "\nclaimtrail: serving the UI at %s (Ctrl-C to stop)\n", url)
	})
}

// writeSamples copies the bundled sample articles into dir.
func writeSamples(dir string) error {
	return fs.WalkDir(claimtrail.Samples, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := claimtrail.Samples.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}

// writeHeadline prints claims per side and type, the places most claimed,
// and the disputes found so far.
func writeHeadline(e *env, store claimtrail.Store, all []*profile.Profile) error {
	st, err := store.Stats(e.ctx)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "Ledger: %d documents, %d claims, %d reused passages, %d rejected inputs\n\n", st.Documents, st.Claims, st.Reuses, st.Rejections)
	claims, err := store.Claims(e.ctx, claimtrail.ClaimFilter{})
	if err != nil {
		return err
	}
	// claims per claimant side and type
	bySideType := map[claimtrail.Side]map[string]int{}
	for _, c := range claims {
		m := bySideType[c.Claimant.Side]
		if m == nil {
			m = map[string]int{}
			bySideType[c.Claimant.Side] = m
		}
		m[c.Type]++
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "claimant side\t")
	for _, t := range claimtrail.ClaimTypes {
		fmt.Fprintf(tw, "%s\t", t)
	}
	fmt.Fprintln(tw, "all\t")
	for _, side := range sortedKeys(bySideType) {
		label := string(side)
		if label == "" {
			label = "(none)"
		}
		fmt.Fprintf(tw, "%s\t", label)
		total := 0
		for _, t := range claimtrail.ClaimTypes {
			fmt.Fprintf(tw, "%d\t", bySideType[side][t])
			total += bySideType[side][t]
		}
		fmt.Fprintf(tw, "%d\t\n", total)
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprint(w, "Places most claimed:")
	for i, p := range st.TopPlaces {
		if i == 8 {
			break
		}
		fmt.Fprintf(w, " %s (%d)", p.Name, p.Count)
	}
	fmt.Fprintln(w)
	r, err := buildResolver(e.ctx, store, all)
	if err != nil {
		return err
	}
	disputes := r.Disputes(resolve.DisputeFilter{})
	fmt.Fprintf(w, "Disputes so far: %d\n", len(disputes))
	for _, ev := range disputes {
		var camps []string
		for _, side := range sortedKeys(ev.Sides) {
			c := ev.Sides[side]
			label := side
			if label == "" {
				label = "no side"
			}
			camps = append(camps, fmt.Sprintf("%s %d+/%d-", label, c.Asserts, c.Denies))
		}
		fmt.Fprintf(w, "  %-9s %-10s %-28s %s (%s)\n", ev.Status, ev.Type, truncate(dash(strings.Join(ev.Places, ", ")), 28),
			dash(ev.Start), strings.Join(camps, ", "))
	}
	return nil
}
