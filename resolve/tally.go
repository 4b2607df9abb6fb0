package resolve

import (
	"sort"
	"strconv"

	"github.com/claimtrail/claimtrail"
)

// TallyPoint is one day of a loss series.
type TallyPoint struct {
	Date string `json:"date"`
	// Total is the claimed total on that day: the latest running total
	// stated on or before it plus the daily claims made after that total.
	Total int64 `json:"total"`
	// Stated is the number the claims of that day give, and Kind says how:
	// "running" (a total since the start of the war, taken as stated) or
	// "daily" (losses of that day or period, summed).
	Stated int64    `json:"stated"`
	Kind   string   `json:"kind"`
	Claims []string `json:"claims"`
}

// Tally is one loss series: what a claimant side says it inflicted on the
// other, by item, over time; and, beside it, what the other side admits.
type Tally struct {
	ClaimantSide claimtrail.Side `json:"claimant_side"`
	Against      claimtrail.Side `json:"against"`
	Item         string          `json:"item"`
	Points       []TallyPoint    `json:"points"`
	// Admitted is the series of the same item that the side suffering the
	// losses admits, by its own claims.
	Admitted []TallyPoint `json:"admitted"`
}

// TallyFilter selects tallies.
type TallyFilter struct {
	ClaimantSide claimtrail.Side
	Item         string
}

type lossClaim struct {
	cl   *claim
	q    claimtrail.Quantity
	day  string
	run  bool // a running total since the conflict's start
	from string
}

// Tallies builds the loss series. A claim counts toward the series of its
// claimant side when that side is its actor (losses it says it inflicted);
// a claim whose claimant side is its target is an admission of own losses.
// Copies (claims whose passage originates in another document) and the same
// number repeated for the same item and day by the same camp count once.
func (r *Resolver) Tallies(f TallyFilter) []Tally {
	r.mu.RLock()
	inflicted := map[[3]string][]lossClaim{} // claimant side, against, item
	admitted := map[[3]string][]lossClaim{}  // the same key, for the side suffering
	seen := map[string]bool{}
	for _, cl := range r.claims {
		c := cl.c
		if c.Type != claimtrail.TypeLosses || c.Stance != claimtrail.StanceAsserts || len(c.Quantities) == 0 {
			continue
		}
		if c.Origin != "" && c.Origin != c.Doc {
			continue // a copy: its origin carries it
		}
		camp := cl.camp
		if camp == "" || c.Actor == "" && c.Target == "" {
			continue
		}
		conf := r.conflicts[cl.profile]
		for _, q := range c.Quantities {
			lc := lossClaim{cl: cl, q: q, day: cl.made}
			if c.Date != nil {
				lc.day = c.Date.End
				lc.from = c.Date.Start
				lc.run = conf.Start != "" && c.Date.Start <= conf.Start && c.Date.End > c.Date.Start
			}
			if lc.day == "" {
				continue // a number that cannot be placed in time
			}
			dedup := string(camp) + "|" + q.Item + "|" + lc.day + "|" + strconv.FormatInt(q.N, 10) + "|" + strconv.FormatBool(lc.run)
			if seen[dedup] {
				continue
			}
			seen[dedup] = true
			switch {
			case camp == c.Actor:
				against := c.Target
				if against == "" {
					against = conf.Other(camp)
				}
				k := [3]string{string(camp), string(against), q.Item}
				inflicted[k] = append(inflicted[k], lc)
			case camp == c.Target:
				actor := c.Actor
				if actor == "" {
					actor = conf.Other(camp)
				}
				k := [3]string{string(actor), string(camp), q.Item}
				admitted[k] = append(admitted[k], lc)
			}
		}
	}
	r.mu.RUnlock()

	keys := map[[3]string]bool{}
	for k := range inflicted {
		keys[k] = true
	}
	for k := range admitted {
		keys[k] = true
	}
	var out []Tally
	for k := range keys {
		if f.ClaimantSide != "" && claimtrail.Side(k[0]) != f.ClaimantSide {
			continue
		}
		if f.Item != "" && k[2] != f.Item {
			continue
		}
		out = append(out, Tally{ClaimantSide: claimtrail.Side(k[0]), Against: claimtrail.Side(k[1]), Item: k[2],
			Points: series(inflicted[k]), Admitted: series(admitted[k])})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ClaimantSide != out[j].ClaimantSide {
			return out[i].ClaimantSide < out[j].ClaimantSide
		}
		return out[i].Item < out[j].Item
	})
	return out
}

// series turns loss claims into running totals per day. Running totals are
// taken as stated; daily claims are summed, but only those after the latest
// running total (a daily claim inside a running total's period is already
// counted in it).
func series(ls []lossClaim) []TallyPoint {
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].day != ls[j].day {
			return ls[i].day < ls[j].day
		}
		return ls[i].cl.c.ID < ls[j].cl.c.ID
	})
	var pts []TallyPoint
	var base int64  // the latest running total
	baseDay := ""   // and its day
	var daily int64 // daily claims after baseDay
	for _, l := range ls {
		p := TallyPoint{Date: l.day, Stated: l.q.N, Claims: []string{l.cl.c.ID}}
		if l.run {
			p.Kind = "running"
			if l.day >= baseDay {
				base, baseDay, daily = l.q.N, l.day, 0
			}
		} else {
			p.Kind = "daily"
			if l.from == "" || l.from > baseDay || baseDay == "" {
				daily += l.q.N
			}
		}
		p.Total = base + daily
		if n := len(pts); n > 0 && pts[n-1].Date == p.Date && pts[n-1].Kind == p.Kind {
			pts[n-1].Stated += p.Stated
			pts[n-1].Total = p.Total
			pts[n-1].Claims = append(pts[n-1].Claims, p.Claims...)
			continue
		}
		pts = append(pts, p)
	}
	return pts
}
