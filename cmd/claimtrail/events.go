package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/resolve"
)

// buildResolver folds the whole ledger into events.
func buildResolver(ctx context.Context, store claimtrail.Store, all []*profile.Profile) (*resolve.Resolver, error) {
	r := resolve.New(resolve.ConflictsOf(all))
	r.SetOwner(outletOwner(all))
	if err := eachDocument(ctx, store, func(docs []claimtrail.Document) error {
		for i := range docs {
			r.AddDocs(resolve.DocOf(&docs[i]))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachClaim(ctx, store, func(cs []claimtrail.Claim) error {
		r.Add(cs...)
		return nil
	}); err != nil {
		return nil, err
	}
	return r, nil
}

// openResolver is the common start of the event commands.
func openResolver(e *env, db string, pf profileFlags) (claimtrail.Store, *resolve.Resolver, []*profile.Profile, error) {
	all, _, err := pf.load()
	if err != nil {
		return nil, nil, nil, err
	}
	store, err := openExisting(e.ctx, db)
	if err != nil {
		return nil, nil, nil, err
	}
	r, err := buildResolver(e.ctx, store, all)
	if err != nil {
		store.Close()
		return nil, nil, nil, err
	}
	return store, r, all, nil
}

func runDisputes(e *env) error {
	fs := newFlags(e, "disputes")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	var f resolve.DisputeFilter
	fs.StringVar(&f.Place, "place", "", "place name or any alias")
	fs.StringVar(&f.From, "from", "", "events on or after YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "events on or before YYYY-MM-DD")
	format := fs.String("format", "table", "table, jsonl or csv")
	all := fs.Bool("all", false, "every event, not only disputed ones")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	store, r, profiles, err := openResolver(e, *db, pf)
	if err != nil {
		return err
	}
	defer store.Close()
	if f.Place != "" {
		f.Place = resolvePlace(profiles, f.Place)
	}
	var events []resolve.Event
	if *all {
		for _, ev := range r.Events() {
			if f.Place == "" || containsString(ev.Places, f.Place) {
				events = append(events, ev)
			}
		}
	} else {
		events = r.Disputes(f)
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, events)
	case "csv":
		return writeEventsCSV(e.stdout, r, events)
	}
	return writeEventsTable(e.stdout, r, events)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func writeEventsTable(w io.Writer, r *resolve.Resolver, events []resolve.Event) error {
	for _, ev := range events {
		when := ev.Start
		if ev.End != ev.Start {
			when += ".." + ev.End
		}
		fmt.Fprintf(w, "%s  %s %s>%s at %s  %s  status %s\n", ev.ID, ev.Type, dash(string(ev.Actor)), dash(string(ev.Target)),
			dash(strings.Join(ev.Places, ", ")), dash(when), strings.ToUpper(ev.Status))
		for _, side := range sortedKeys(ev.Sides) {
			camp := ev.Sides[side]
			label := side
			if label == "" {
				label = "no side"
			}
			fmt.Fprintf(w, "  %s: %d asserting, %d denying, %d independent source(s)\n", label, camp.Asserts, camp.Denies, camp.Independent)
			for _, id := range camp.Claims {
				c, _ := r.Claim(id)
				stance := c.Stance
				if c.Hedged {
					stance += "?"
				}
				fmt.Fprintf(w, "    %-8s %-10s %s (%s): %s\n", stance, dash(dateString(c.Date)), claimantString(c.Claimant), c.Doc, truncate(c.Sentence, 110))
			}
		}
		for _, h := range ev.History {
			fmt.Fprintf(w, "  %s %s: %s (%d claims)\n", dash(h.Date), h.Status, h.Why, len(h.Claims))
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintf(w, "%d events\n", len(events))
	return err
}

func writeEventsCSV(w io.Writer, r *resolve.Resolver, events []resolve.Event) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"event", "type", "places", "start", "end", "status", "actor", "target", "claim", "claimant", "claimant_side", "stance", "hedged", "date_start", "date_end", "doc", "sentence"})
	for _, ev := range events {
		for _, id := range ev.Claims {
			c, _ := r.Claim(id)
			ds, de := "", ""
			if c.Date != nil {
				ds, de = c.Date.Start, c.Date.End
			}
			cw.Write([]string{ev.ID, ev.Type, strings.Join(ev.Places, "; "), ev.Start, ev.End, ev.Status, string(ev.Actor), string(ev.Target),
				c.ID, c.Claimant.Name, string(c.Claimant.Side), c.Stance, strconv.FormatBool(c.Hedged), ds, de, c.Doc, c.Sentence})
		}
	}
	cw.Flush()
	return cw.Error()
}

func runControl(e *env) error {
	fs := newFlags(e, "control")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	date := fs.String("date", "", "the day, YYYY-MM-DD")
	from := fs.String("from", "", "with --to: list the changes over a range instead")
	to := fs.String("to", "", "end of the range, YYYY-MM-DD")
	side := fs.String("side", "", "only this camp's claims (ARM, AZE, RUS, UKR)")
	format := fs.String("format", "table", "table or jsonl")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "jsonl"); err != nil {
		return err
	}
	ranged := *from != "" || *to != ""
	switch {
	case ranged && (*from == "" || *to == "" || !validDate(*from) || !validDate(*to)):
		return claimtrail.Errorf(claimtrail.EInvalid, "control: a range needs --from and --to as YYYY-MM-DD")
	case !ranged && !validDate(*date):
		return claimtrail.Errorf(claimtrail.EInvalid, "control: give --date YYYY-MM-DD (or --from and --to)")
	}
	store, r, _, err := openResolver(e, *db, pf)
	if err != nil {
		return err
	}
	defer store.Close()
	s := claimtrail.Side(strings.ToUpper(*side))
	if ranged {
		ch := r.ControlChanges(*from, *to, s)
		if *format == "jsonl" {
			return writeJSONL(e.stdout, ch)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tPLACE\tBY CLAIMS OF\tFROM\tTO\tCLAIM")
		for _, c := range ch {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.Date, c.Place, dash(string(c.Camp)), dash(string(c.From)), c.To, c.Claim)
		}
		tw.Flush()
		_, err = fmt.Fprintf(e.stdout, "%d changes\n", len(ch))
		return err
	}
	rows := r.Control(*date, s)
	if *format == "jsonl" {
		return writeJSONL(e.stdout, rows)
	}
	camps := map[string]bool{}
	for _, row := range rows {
		for c := range row.Holder {
			camps[c] = true
		}
	}
	names := sortedKeys(camps)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "PLACE")
	for _, c := range names {
		label := c
		if label == "" {
			label = "no side"
		}
		fmt.Fprintf(tw, "\tBY %s", label)
	}
	fmt.Fprintln(tw, "\t")
	for _, row := range rows {
		fmt.Fprint(tw, row.Place)
		for _, c := range names {
			h, ok := row.Holder[c]
			cell := "-"
			if ok {
				cell = string(h) + " (" + row.Since[c] + ")"
			}
			fmt.Fprintf(tw, "\t%s", cell)
		}
		if row.Disagree {
			fmt.Fprint(tw, "\tDISAGREE")
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	_, err = fmt.Fprintf(e.stdout, "%d places on %s\n", len(rows), *date)
	return err
}

func runTallies(e *env) error {
	fs := newFlags(e, "tallies")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	side := fs.String("claimant-side", "", "only the tallies this side claims")
	item := fs.String("item", "", "only this item ("+strings.Join(claimtrail.QuantityItems, ", ")+")")
	format := fs.String("format", "table", "table, jsonl or csv")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	if *item != "" {
		if err := oneOf("item", *item, claimtrail.QuantityItems...); err != nil {
			return err
		}
	}
	store, r, _, err := openResolver(e, *db, pf)
	if err != nil {
		return err
	}
	defer store.Close()
	ts := r.Tallies(resolve.TallyFilter{ClaimantSide: claimtrail.Side(strings.ToUpper(*side)), Item: *item})
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, ts)
	case "csv":
		cw := csv.NewWriter(e.stdout)
		cw.Write([]string{"claimant_side", "against", "item", "series", "date", "total", "stated", "kind", "claims"})
		for _, t := range ts {
			for _, s := range []struct {
				name string
				pts  []resolve.TallyPoint
			}{{"claimed", t.Points}, {"admitted", t.Admitted}} {
				for _, p := range s.pts {
					cw.Write([]string{string(t.ClaimantSide), string(t.Against), t.Item, s.name, p.Date,
						strconv.FormatInt(p.Total, 10), strconv.FormatInt(p.Stated, 10), p.Kind, strings.Join(p.Claims, " ")})
				}
			}
		}
		cw.Flush()
		return cw.Error()
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].ClaimantSide < ts[j].ClaimantSide })
	for _, t := range ts {
		fmt.Fprintf(e.stdout, "%s claims against %s, %s:\n", t.ClaimantSide, dash(string(t.Against)), t.Item)
		for _, p := range t.Points {
			fmt.Fprintf(e.stdout, "  %s  total %-7d (%s %d)\n", p.Date, p.Total, p.Kind, p.Stated)
		}
		if len(t.Admitted) > 0 {
			fmt.Fprintf(e.stdout, "  admitted by %s:\n", t.Against)
			for _, p := range t.Admitted {
				fmt.Fprintf(e.stdout, "  %s  total %-7d (%s %d)\n", p.Date, p.Total, p.Kind, p.Stated)
			}
		}
	}
	_, err = fmt.Fprintf(e.stdout, "%d series\n", len(ts))
	return err
}

func runEvents(e *env) error {
	fs := newFlags(e, "events")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	format := fs.String("format", "geojson", "geojson or jsonl")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "geojson", "jsonl"); err != nil {
		return err
	}
	store, r, profiles, err := openResolver(e, *db, pf)
	if err != nil {
		return err
	}
	defer store.Close()
	events := r.Events()
	if *format == "jsonl" {
		return writeJSONL(e.stdout, events)
	}
	return writeEventsGeoJSON(e.stdout, events, profiles)
}

// writeEventsGeoJSON writes each event as a MultiPoint at its places.
func writeEventsGeoJSON(w io.Writer, events []resolve.Event, profiles []*profile.Profile) error {
	type geom struct {
		Type        string       `json:"type"`
		Coordinates [][2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string        `json:"type"`
		Geometry   geom          `json:"geometry"`
		Properties resolve.Event `json:"properties"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, ev := range events {
		var pts [][2]float64
		for _, name := range ev.Places {
			for _, p := range profiles {
				if p.Places == nil {
					continue
				}
				if pl := p.Places.Lookup(name); pl != nil {
					pts = append(pts, [2]float64{pl.Lon, pl.Lat})
					break
				}
			}
		}
		if len(pts) == 0 {
			continue
		}
		fc.Features = append(fc.Features, feature{Type: "Feature", Geometry: geom{Type: "MultiPoint", Coordinates: pts}, Properties: ev})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(fc)
}
