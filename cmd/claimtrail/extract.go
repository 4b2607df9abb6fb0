package main

import (
	"encoding/json"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
)

func runExtract(e *env) error {
	fs := newFlags(e, "extract")
	pf := addProfileFlags(fs)
	format := fs.String("format", "jsonl", "jsonl (the spec's doc, claim and reuse records)")
	maxBytes := fs.Int64("max-bytes", 10<<20, "largest input accepted, in bytes")
	noBody := fs.Bool("no-body", false, "leave the cleaned body out of doc records")
	paths, err := parse(fs, e.args)
	if err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "jsonl"); err != nil {
		return err
	}
	if len(paths) == 0 {
		return claimtrail.Errorf(claimtrail.EInvalid, "extract: give files, folders or - for stdin")
	}
	all, forced, err := pf.load()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	out, err := extractAll(e, all, forced, paths, *maxBytes, func(doc *claimtrail.Document, claims []claimtrail.Claim) error {
		d := *doc
		if *noBody {
			d.Body = ""
		}
		d.Removed = nil
		if err := enc.Encode(&d); err != nil {
			return err
		}
		for i := range claims {
			if err := enc.Encode(&claims[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range out.Reuse {
		if err := enc.Encode(&out.Reuse[i]); err != nil {
			return err
		}
	}
	return nil
}

// extracted is what extractAll produced.
type extracted struct {
	Docs     []claimtrail.Document
	Claims   []claimtrail.Claim
	Reuse    []claimtrail.Reuse
	Rejected int
}

// extractAll runs the pipeline with no database: an in-memory reuse index
// finds reuse among the documents given. each, when set, is called per
// document in input order.
func extractAll(e *env, all []*profile.Profile, forced *profile.Profile, paths []string, maxBytes int64,
	each func(*claimtrail.Document, []claimtrail.Claim) error) (*extracted, error) {
	eng := newEngine(e, all, forced, maxBytes, 0)
	reuser := newMemoryReuser(reuseOptions(all, nil))
	out := &extracted{}
	err := eng.Run(e.ctx, paths, nil, func(r pipeline.Result) error {
		if r.Rejected != nil {
			out.Rejected++
			fmt.Fprintf(e.stderr, "rejected %s: %s\n", r.Rejected.Source, r.Rejected.Reason)
			return nil
		}
		out.Docs = append(out.Docs, *r.Doc)
		out.Claims = append(out.Claims, r.Claims...)
		if each != nil {
			if err := each(r.Doc, r.Claims); err != nil {
				return err
			}
		}
		if reuser != nil {
			rs, err := reuser.Add(e.ctx, r.Doc)
			if err != nil {
				return err
			}
			out.Reuse = append(out.Reuse, rs...)
		}
		return nil
	})
	return out, err
}
