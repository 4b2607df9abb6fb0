package main

import (
	"fmt"
	"text/tabwriter"
)

func runRejected(e *env) error {
	fs := newFlags(e, "rejected")
	db := dbFlag(fs)
	format := fs.String("format", "table", "table or jsonl")
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
	rs, err := store.Rejections(e.ctx)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		return writeJSONL(e.stdout, rs)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tREASON\tAT")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Source, r.Reason, r.At.Format("2006-01-02 15:04"))
	}
	tw.Flush()
	_, err = fmt.Fprintf(e.stdout, "%d rejected\n", len(rs))
	return err
}

func runProfiles(e *env) error {
	fs := newFlags(e, "profiles")
	pf := addProfileFlags(fs)
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	all, _, err := pf.load()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTITLE\tSTART\tSIDES\tACTORS\tPLACES")
	for _, p := range all {
		sides := ""
		for i, s := range p.Sides {
			if i > 0 {
				sides += ","
			}
			sides += string(s.Code)
		}
		n := 0
		if p.Places != nil {
			n = p.Places.Len()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\n", p.Name, p.Title, p.Start, sides, len(p.Actors), n)
	}
	return tw.Flush()
}
