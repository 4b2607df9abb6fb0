package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
)

// WriteTable prints the headline figures: claim precision, recall and F1,
// the per-type breakdown, field accuracies, document and reuse scores.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	c := &r.Claims
	fmt.Fprintf(tw, "claims\ttp\tfp\tfn\tprecision\trecall\tf1\n")
	fmt.Fprintf(tw, "all\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
	for _, t := range typeOrder(c.ByType) {
		m := c.ByType[t]
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", t, m.TP, m.FP, m.FN, m.Precision, m.Recall, m.F1)
	}
	fmt.Fprintf(tw, "\nfield (over %d matched pairs)\tcorrect\ttotal\taccuracy\n", c.TP)
	for _, f := range c.Fields.List() {
		writeRatio(tw, f.Name, f.Ratio)
	}
	if c.OptionalMatched > 0 || r.IgnoredClaims > 0 {
		fmt.Fprintf(tw, "\noptional gold claims matched\t%d\n", c.OptionalMatched)
		fmt.Fprintf(tw, "predicted claims on documents not in gold\t%d\n", r.IgnoredClaims)
	}
	if d := r.Docs; d != nil {
		fmt.Fprintf(tw, "\ndocuments (%d scored)\tcorrect\ttotal\taccuracy\n", d.Scored)
		writeRatio(tw, "published", d.Published)
		writeRatio(tw, "original.outlet", d.OriginalOutlet)
		writeRatio(tw, "title", d.Title)
		writeRatio(tw, "boilerplate removed", d.BoilerplateRemoved)
		writeRatio(tw, "body kept", d.BodyKept)
	}
	if u := r.Reuse; u != nil {
		fmt.Fprintf(tw, "\nreuse pairs\ttp\tfp\tfn\tprecision\trecall\tf1\n")
		fmt.Fprintf(tw, "all\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", u.TP, u.FP, u.FN, u.Precision, u.Recall, u.F1)
	}
	if len(r.MissingDocs) > 0 {
		fmt.Fprintf(tw, "\nwarning: %d gold documents missing from the prediction (their claims count as misses): %s\n",
			len(r.MissingDocs), strings.Join(r.MissingDocs, ", "))
	}
	return tw.Flush()
}

// WriteDetails prints the misses, false positives, field mismatches and
// document errors, one per line, for a --verbose listing.
func (r *Report) WriteDetails(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, m := range r.Claims.Misses {
		ew.printf("miss\t%s\t%s\t%s\t%q\n", m.Doc, m.Type, m.Claimant, m.Sentence)
	}
	for _, m := range r.Claims.FalsePositives {
		ew.printf("false positive\t%s\t%s\t%s\t%q\n", m.Doc, m.Type, m.Claimant, m.Sentence)
	}
	for _, m := range r.Claims.Mismatches {
		ew.printf("mismatch\t%s\t%s\t%s: gold %s, predicted %s\t%q\n", m.Doc, m.Type, m.Field, m.Gold, m.Pred, m.Sentence)
	}
	if r.Docs != nil {
		for _, e := range r.Docs.Errors {
			ew.printf("doc\t%s\t%s: gold %q, predicted %q\n", e.Doc, e.Field, e.Gold, e.Pred)
		}
	}
	if r.Reuse != nil {
		for _, p := range r.Reuse.Misses {
			ew.printf("reuse miss\t%s\t%s\n", p[0], p[1])
		}
		for _, p := range r.Reuse.FalsePositives {
			ew.printf("reuse false positive\t%s\t%s\n", p[0], p[1])
		}
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func writeRatio(w io.Writer, name string, r Ratio) {
	if v, ok := r.Value(); ok {
		fmt.Fprintf(w, "  %s\t%d\t%d\t%.3f\n", name, r.Correct, r.Total, v)
		return
	}
	fmt.Fprintf(w, "  %s\t%d\t%d\t-\n", name, r.Correct, r.Total)
}

// typeOrder lists the types present in the spec's order, then any others.
func typeOrder(m map[string]PRF) []string {
	var out []string
	for _, t := range claimtrail.ClaimTypes {
		if _, ok := m[t]; ok {
			out = append(out, t)
		}
	}
	var rest []string
	for t := range m {
		if !slices.Contains(claimtrail.ClaimTypes, t) {
			rest = append(rest, t)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}
