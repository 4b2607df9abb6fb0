package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/progress"
)

func runClaims(e *env) error {
	fs := newFlags(e, "claims")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	var f claimtrail.ClaimFilter
	fs.StringVar(&f.Place, "place", "", "place name or any alias (Shushi finds Shusha)")
	side := fs.String("side", "", "claimant side code (ARM, AZE, RUS, UKR)")
	fs.StringVar(&f.Claimant, "claimant", "", "claimant name contains")
	fs.StringVar(&f.Type, "type", "", "claim type: "+strings.Join(claimtrail.ClaimTypes, ", "))
	fs.StringVar(&f.From, "from", "", "claims dated on or after YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "claims dated on or before YYYY-MM-DD")
	fs.StringVar(&f.Doc, "doc", "", "document id")
	fs.StringVar(&f.Text, "text", "", "words that must all occur in the sentence")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many claims (0: all)")
	format := fs.String("format", "table", "table, jsonl or csv")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	if f.Type != "" {
		if err := oneOf("type", f.Type, claimtrail.ClaimTypes...); err != nil {
			return err
		}
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !validDate(d.v) {
			return claimtrail.Errorf(claimtrail.EInvalid, "--%s must be a date YYYY-MM-DD, not %q", d.name, d.v)
		}
	}
	f.Side = claimtrail.Side(strings.ToUpper(*side))
	if f.Place != "" {
		all, _, err := pf.load()
		if err != nil {
			return err
		}
		f.Place = resolvePlace(all, f.Place)
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	claims, err := store.Claims(e.ctx, f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, claims)
	case "csv":
		return writeClaimsCSV(e.stdout, claims, true)
	}
	return writeClaimsTable(e.stdout, claims, progress.IsTerminal(e.stdout))
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func writeJSONL[T any](w io.Writer, recs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return err
		}
	}
	return nil
}

func placeNames(ps []claimtrail.PlaceRef) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, "; ")
}

func dateString(d *claimtrail.DateRange) string {
	if d == nil {
		return ""
	}
	if d.Start == d.End {
		return d.Start
	}
	return d.Start + ".." + d.End
}

func quantString(qs []claimtrail.Quantity) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		n := strconv.FormatInt(q.N, 10)
		switch q.Qual {
		case claimtrail.QualRange:
			n += "-" + strconv.FormatInt(q.Max, 10)
		case claimtrail.QualExact:
		default:
			n = q.Qual + " " + n
		}
		parts[i] = n + " " + q.Item
	}
	return strings.Join(parts, "; ")
}

func claimantString(c claimtrail.Claimant) string {
	name := c.Name
	if name == "" {
		name = "(unnamed)"
	}
	if c.Side != "" {
		name += " [" + string(c.Side) + "]"
	}
	return name
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func writeClaimsTable(w io.Writer, claims []claimtrail.Claim, tty bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tSTANCE\tCLAIMANT\tACTOR>TARGET\tPLACES\tQUANTITIES\tSENTENCE")
	width := 80
	if !tty {
		width = 200
	}
	for _, c := range claims {
		stance := c.Stance
		if c.Hedged {
			stance += "?"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s>%s\t%s\t%s\t%s\n", c.ID, dateString(c.Date), c.Type, stance,
			truncate(claimantString(c.Claimant), 32), dash(string(c.Actor)), dash(string(c.Target)),
			truncate(placeNames(c.Places), 30), quantString(c.Quantities), truncate(c.Sentence, width))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d claims\n", len(claims))
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var claimCSVHeader = []string{"id", "doc", "type", "stance", "hedged", "voice", "claimant", "claimant_side", "claimant_role",
	"actor", "target", "places", "date_start", "date_end", "quantities", "origin", "independent", "sentence"}

func writeClaimsCSV(w io.Writer, claims []claimtrail.Claim, header bool) error {
	cw := csv.NewWriter(w)
	if header {
		cw.Write(claimCSVHeader)
	}
	for _, c := range claims {
		start, end := "", ""
		if c.Date != nil {
			start, end = c.Date.Start, c.Date.End
		}
		cw.Write([]string{c.ID, c.Doc, c.Type, c.Stance, strconv.FormatBool(c.Hedged), c.Voice, c.Claimant.Name,
			string(c.Claimant.Side), c.Claimant.Role, string(c.Actor), string(c.Target), placeNames(c.Places),
			start, end, quantString(c.Quantities), c.Origin, strconv.Itoa(c.Independent), c.Sentence})
	}
	cw.Flush()
	return cw.Error()
}

func runShow(e *env) error {
	fs := newFlags(e, "show")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	pos, err := parse(fs, e.args)
	if err != nil {
		return helpOrErr(fs, err)
	}
	if len(pos) != 1 {
		return claimtrail.Errorf(claimtrail.EInvalid, "show: give one claim id")
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := store.Claim(e.ctx, pos[0])
	if err != nil {
		return err
	}
	doc, err := store.Document(e.ctx, c.Doc)
	if err != nil {
		return err
	}
	reuses, err := store.Reuses(e.ctx, claimtrail.ReuseFilter{Doc: c.Doc})
	if err != nil {
		return err
	}
	// The event the claim belongs to, and its independent-source count
	// among the claims of that event.
	all, _, err := pf.load()
	if err != nil {
		return err
	}
	r, err := buildResolver(e.ctx, store, all)
	if err != nil {
		return err
	}
	if rc, ok := r.Claim(c.ID); ok {
		c.Independent = rc.Independent
	}
	if err := writeShow(e.stdout, c, doc, reuses, progress.IsTerminal(e.stdout)); err != nil {
		return err
	}
	if ev, ok := r.EventOf(c.ID); ok {
		fmt.Fprintf(e.stdout, "event     %s: %s at %s, status %s (%d claims; 'claimtrail disputes --all --place %s' shows it)\n",
			ev.ID, ev.Type, dash(strings.Join(ev.Places, ", ")), ev.Status, len(ev.Claims), firstOr(ev.Places, "-"))
	}
	return nil
}

func writeShow(w io.Writer, c *claimtrail.Claim, doc *claimtrail.Document, reuses []claimtrail.Reuse, tty bool) error {
	fmt.Fprintf(w, "claim     %s\n", c.ID)
	fmt.Fprintf(w, "type      %s, %s", c.Type, c.Stance)
	if c.Hedged {
		fmt.Fprint(w, " (hedged)")
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "claimant  %s, %s, voice %s\n", claimantString(c.Claimant), dash(c.Claimant.Role), c.Voice)
	fmt.Fprintf(w, "actor     %s  target %s\n", dash(string(c.Actor)), dash(string(c.Target)))
	for _, p := range c.Places {
		fmt.Fprintf(w, "place     %s (%.4f, %.4f)", p.Name, p.Lat, p.Lon)
		if p.Text != "" && p.Text != p.Name {
			fmt.Fprintf(w, " as %q", p.Text)
		}
		fmt.Fprintln(w)
	}
	if c.Date != nil {
		fmt.Fprintf(w, "date      %s", dateString(c.Date))
		if c.Date.Text != "" {
			fmt.Fprintf(w, " (%q)", c.Date.Text)
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintln(w, "date      -")
	}
	if len(c.Quantities) > 0 {
		fmt.Fprintf(w, "numbers   %s\n", quantString(c.Quantities))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "document  %s\n", doc.ID)
	if doc.Title != "" {
		fmt.Fprintf(w, "title     %s\n", doc.Title)
	}
	fmt.Fprintf(w, "outlet    %s  published %s\n", dash(doc.Outlet), dash(doc.Published))
	if doc.Original != nil {
		fmt.Fprintf(w, "original  %s %s\n", doc.Original.Outlet, doc.Original.Published)
	}
	if doc.Source != "" {
		fmt.Fprintf(w, "source    %s\n", doc.Source)
	}
	// The paragraph, with the sentence marked.
	if c.Start >= 0 && c.End <= len(doc.Body) && c.Start < c.End {
		ps := strings.LastIndex(doc.Body[:c.Start], "\n\n")
		ps++
		if ps > 0 {
			ps++
		}
		pe := strings.Index(doc.Body[c.End:], "\n\n")
		if pe < 0 {
			pe = len(doc.Body)
		} else {
			pe += c.End
		}
		open, close := "»", "«"
		if tty {
			open, close = "\x1b[7m", "\x1b[0m"
		}
		fmt.Fprintf(w, "\n%s%s%s%s%s\n", doc.Body[ps:c.Start], open, doc.Body[c.Start:c.End], close, doc.Body[c.End:pe])
	} else {
		fmt.Fprintf(w, "\n»%s«\n", c.Sentence)
	}
	// Copies: reuse records of this document whose span covers the sentence.
	var copies []string
	for _, r := range reuses {
		switch {
		case r.B == c.Doc && r.BStart <= c.End && c.Start <= r.BEnd:
			copies = append(copies, fmt.Sprintf("also in %s (%d chars%s)", r.A, r.Chars, earlierNote(r, r.A)))
		case r.A == c.Doc && r.AStart <= c.End && c.Start <= r.AEnd:
			copies = append(copies, fmt.Sprintf("also in %s (%d chars%s)", r.B, r.Chars, earlierNote(r, r.B)))
		}
	}
	if c.Origin != "" && c.Origin != c.Doc {
		fmt.Fprintf(w, "\ncopied: the passage first appeared in %s\n", c.Origin)
	} else if len(copies) > 0 {
		fmt.Fprintln(w, "\ncopied: this document is the earliest known carrier of the passage")
	}
	for _, s := range copies {
		fmt.Fprintln(w, "  "+s)
	}
	if c.Independent > 0 {
		fmt.Fprintf(w, "independent sources: %d\n", c.Independent)
	}
	return nil
}

func earlierNote(r claimtrail.Reuse, other string) string {
	if r.Earlier == other {
		return ", earlier"
	}
	return ""
}

func firstOr(list []string, def string) string {
	if len(list) == 0 {
		return def
	}
	return list[0]
}
