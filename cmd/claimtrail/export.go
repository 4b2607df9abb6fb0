package main

import (
	"context"
	"encoding/json"
	"io"

	"github.com/claimtrail/claimtrail"
)

func runExport(e *env) error {
	fs := newFlags(e, "export")
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl (doc, claim and reuse records), csv (claims) or geojson (claims at their places)")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "jsonl", "csv", "geojson"); err != nil {
		return err
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	switch *format {
	case "jsonl":
		return exportJSONL(e.ctx, store, e.stdout)
	case "csv":
		header := true
		return eachClaim(e.ctx, store, func(batch []claimtrail.Claim) error {
			err := writeClaimsCSV(e.stdout, batch, header)
			header = false
			return err
		})
	}
	return exportGeoJSON(e.ctx, store, e.stdout)
}

// eachPage visits a cursor-paginated listing page by page, so that a large
// ledger is never held in memory at once. get returns the page after a
// cursor; id gives an item's cursor.
func eachPage[T any](get func(after string) ([]T, error), id func(*T) string, fn func([]T) error) error {
	after := ""
	for {
		page, err := get(after)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		if err := fn(page); err != nil {
			return err
		}
		after = id(&page[len(page)-1])
	}
}

// eachClaim visits every claim, 2,000 at a time.
func eachClaim(ctx context.Context, s claimtrail.Store, fn func([]claimtrail.Claim) error) error {
	return eachPage(func(after string) ([]claimtrail.Claim, error) {
		return s.Claims(ctx, claimtrail.ClaimFilter{After: after, Limit: 2000})
	}, func(c *claimtrail.Claim) string { return c.ID }, fn)
}

// eachDocument visits every document, 500 at a time.
func eachDocument(ctx context.Context, s claimtrail.Store, fn func([]claimtrail.Document) error) error {
	return eachPage(func(after string) ([]claimtrail.Document, error) {
		return s.Documents(ctx, claimtrail.DocumentFilter{After: after, Limit: 500})
	}, func(d *claimtrail.Document) string { return d.ID }, fn)
}

func exportJSONL(ctx context.Context, s claimtrail.Store, w io.Writer) error {
	if err := eachDocument(ctx, s, func(docs []claimtrail.Document) error {
		for i := range docs {
			docs[i].Kind = "doc"
			docs[i].Removed = nil
		}
		return writeJSONL(w, docs)
	}); err != nil {
		return err
	}
	if err := eachClaim(ctx, s, func(cs []claimtrail.Claim) error {
		for i := range cs {
			cs[i].Kind = "claim"
		}
		return writeJSONL(w, cs)
	}); err != nil {
		return err
	}
	rs, err := s.Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		return err
	}
	for i := range rs {
		rs[i].Kind = "reuse"
	}
	return writeJSONL(w, rs)
}

// GeoJSON types: a FeatureCollection of Points, one per claim and place.
type geoFeature struct {
	Type       string         `json:"type"`
	Geometry   geoPoint       `json:"geometry"`
	Properties geoClaimFields `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // lon, lat
}

type geoClaimFields struct {
	Claim        string `json:"claim"`
	Doc          string `json:"doc"`
	Place        string `json:"place"`
	Type         string `json:"type"`
	Stance       string `json:"stance"`
	Hedged       bool   `json:"hedged"`
	Claimant     string `json:"claimant"`
	ClaimantSide string `json:"claimant_side"`
	Actor        string `json:"actor"`
	Target       string `json:"target"`
	DateStart    string `json:"date_start,omitempty"`
	DateEnd      string `json:"date_end,omitempty"`
	Sentence     string `json:"sentence"`
}

func exportGeoJSON(ctx context.Context, s claimtrail.Store, w io.Writer) error {
	if _, err := io.WriteString(w, `{"type":"FeatureCollection","features":[`); err != nil {
		return err
	}
	first := true
	err := eachClaim(ctx, s, func(cs []claimtrail.Claim) error {
		for _, c := range cs {
			for _, p := range c.Places {
				if p.Lat == 0 && p.Lon == 0 {
					continue // a place without coordinates cannot be drawn
				}
				f := geoFeature{Type: "Feature", Geometry: geoPoint{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
					Properties: geoClaimFields{Claim: c.ID, Doc: c.Doc, Place: p.Name, Type: c.Type, Stance: c.Stance,
						Hedged: c.Hedged, Claimant: c.Claimant.Name, ClaimantSide: string(c.Claimant.Side),
						Actor: string(c.Actor), Target: string(c.Target), Sentence: c.Sentence}}
				if c.Date != nil {
					f.Properties.DateStart, f.Properties.DateEnd = c.Date.Start, c.Date.End
				}
				b, err := json.Marshal(f)
				if err != nil {
					return err
				}
				if !first {
					if _, err := io.WriteString(w, ",\n"); err != nil {
						return err
					}
				}
				first = false
				if _, err := w.Write(b); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "]}\n")
	return err
}
