package main

import (
	"encoding/json"
	"os"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/eval"
	"github.com/claimtrail/claimtrail/profile"
)

func runEval(e *env) error {
	fs := newFlags(e, "eval")
	gold := fs.String("gold", "", "gold folder (claims.jsonl, docs.jsonl, reuse.jsonl)")
	pred := fs.String("pred", "", "score this JSONL of records (as printed by 'claimtrail extract') instead of extracting PATHs")
	pf := addProfileFlags(fs)
	format := fs.String("format", "table", "table or json")
	verbose := fs.Bool("verbose", false, "list missed and spurious claims and wrong fields")
	maxBytes := fs.Int64("max-bytes", 10<<20, "largest input accepted, in bytes")
	paths, err := parse(fs, e.args)
	if err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "json"); err != nil {
		return err
	}
	if *gold == "" {
		return claimtrail.Errorf(claimtrail.EInvalid, "eval: --gold DIR is required")
	}
	if (*pred == "") == (len(paths) == 0) {
		return claimtrail.Errorf(claimtrail.EInvalid, "eval: give either PATHs to extract or --pred FILE")
	}
	g, err := eval.LoadGold(*gold)
	if err != nil {
		return claimtrail.Errorf(claimtrail.EInvalid, "eval: %v", err)
	}
	all, forced, err := pf.load()
	if err != nil {
		return err
	}
	var p *eval.Prediction
	if *pred != "" {
		f, err := os.Open(*pred)
		if err != nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "eval: %v", err)
		}
		defer f.Close()
		if p, err = eval.ReadRecords(f); err != nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "eval: %s: %v", *pred, err)
		}
	} else {
		out, err := extractAll(e, all, forced, paths, *maxBytes, nil)
		if err != nil {
			return err
		}
		p = &eval.Prediction{Docs: out.Docs, Claims: out.Claims, Reuse: out.Reuse}
	}
	rep := eval.Score(g, p, eval.NewPlaceMatcher(gazetteerLookup(all)))
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if err := rep.WriteTable(e.stdout); err != nil {
		return err
	}
	if *verbose {
		return rep.WriteDetails(e.stdout)
	}
	return nil
}

// gazetteerLookup resolves a place name through every profile's gazetteer.
func gazetteerLookup(all []*profile.Profile) func(string) (string, float64, float64, bool) {
	return func(name string) (string, float64, float64, bool) {
		for _, p := range all {
			if p.Places == nil {
				continue
			}
			if pl := p.Places.Lookup(name); pl != nil {
				return pl.Name, pl.Lat, pl.Lon, true
			}
		}
		return "", 0, 0, false
	}
}
