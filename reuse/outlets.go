package reuse

import (
	"context"
	"sort"

	"github.com/claimtrail/claimtrail"
)

// OutletStat is one outlet's part in the copying of a ledger: its
// documents, how many characters of them are copied from other documents'
// earlier text, and whom it copies and who copies it (by characters).
type OutletStat struct {
	Outlet     string         `json:"outlet"`
	Documents  int            `json:"documents"`
	Chars      int            `json:"chars"`
	Copied     int            `json:"copied_chars"`
	CopiesFrom map[string]int `json:"copies_from"`
	CopiedBy   map[string]int `json:"copied_by"`
}

// UnknownOutlet names the outlet of documents that name none.
const UnknownOutlet = "(unknown)"

// Outlets computes OutletStat for every outlet of a ledger from its
// documents (read in pages) and its reuse records, most documents first.
// In a reuse record A is the earlier document: B's outlet copied from A's.
func Outlets(ctx context.Context, s claimtrail.Store) ([]*OutletStat, error) {
	outletOf := map[string]string{}
	rows := map[string]*OutletStat{}
	row := func(o string) *OutletStat {
		r := rows[o]
		if r == nil {
			r = &OutletStat{Outlet: o, CopiesFrom: map[string]int{}, CopiedBy: map[string]int{}}
			rows[o] = r
		}
		return r
	}
	for after := ""; ; {
		docs, err := s.Documents(ctx, claimtrail.DocumentFilter{After: after, Limit: 500})
		if err != nil {
			return nil, err
		}
		if len(docs) == 0 {
			break
		}
		for _, d := range docs {
			o := d.Outlet
			if o == "" {
				o = UnknownOutlet
			}
			outletOf[d.ID] = o
			r := row(o)
			r.Documents++
			r.Chars += len(d.Body)
		}
		after = docs[len(docs)-1].ID
	}
	rs, err := s.Reuses(ctx, claimtrail.ReuseFilter{})
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		from, to := outletOf[r.A], outletOf[r.B]
		if from == "" || to == "" {
			continue
		}
		row(to).Copied += r.Chars
		row(to).CopiesFrom[from] += r.Chars
		row(from).CopiedBy[to] += r.Chars
	}
	out := make([]*OutletStat, 0, len(rows))
	for _, r := range rows {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Documents != out[j].Documents {
			return out[i].Documents > out[j].Documents
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out, nil
}
