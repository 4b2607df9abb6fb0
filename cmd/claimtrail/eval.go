package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/eval"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
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
	evs, err := eval.LoadEvents(*gold)
	if err != nil {
		return claimtrail.Errorf(claimtrail.EInvalid, "eval: %v", err)
	}
	var es *eval.EventScores
	if len(evs) > 0 {
		if es, err = scoreEvents(e, g, evs, p, all, forced); err != nil {
			return err
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*eval.Report
			Events *eval.EventScores `json:"events,omitempty"`
		}{rep, es})
	}
	if err := rep.WriteTable(e.stdout); err != nil {
		return err
	}
	if es != nil {
		fmt.Fprintln(e.stdout)
		if err := es.WriteTable(e.stdout); err != nil {
			return err
		}
	}
	if *verbose {
		if err := rep.WriteDetails(e.stdout); err != nil {
			return err
		}
		if es != nil {
			return es.WriteDetails(e.stdout)
		}
	}
	return nil
}

// scoreEvents scores event grouping and statuses on the gold claims and on
// the predicted ones. The predicted claims get their Origin from reuse
// detection over the predicted documents, as ingest gives them, so that
// copies collapse to their source; documents take their profile from the
// prediction, or from --profile.
func scoreEvents(e *env, g *eval.Gold, evs []eval.GoldEvent, p *eval.Prediction, all []*profile.Profile, forced *profile.Profile) (*eval.EventScores, error) {
	profiles := map[string]string{}
	for _, d := range p.Docs {
		profiles[d.ID] = d.Profile
	}
	profileOf := func(id string) string {
		if n := profiles[id]; n != "" {
			return n
		}
		if forced != nil {
			return forced.Name
		}
		return ""
	}
	owner := outletOwner(all)
	pred := &eval.Prediction{Docs: p.Docs, Claims: append([]claimtrail.Claim(nil), p.Claims...)}
	det := newMemoryReuser(reuseOptions(all, nil))
	for i := range pred.Docs {
		if _, err := det.Add(e.ctx, &pred.Docs[i]); err != nil {
			return nil, err
		}
	}
	if err := det.Annotate(e.ctx, pred.Claims, nil, owner); err != nil {
		return nil, err
	}
	es, err := eval.ScoreEvents(g, evs, pred, eval.EventSetup{Conflicts: resolve.ConflictsOf(all), Owner: owner, Profile: profileOf})
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "eval: %v", err)
	}
	return es, nil
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
