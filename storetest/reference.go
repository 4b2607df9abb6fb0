package storetest

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
)

// sortedFixtures returns fxs in document id order.
func sortedFixtures(fxs []fixtureDoc) []fixtureDoc {
	out := append([]fixtureDoc(nil), fxs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Doc.ID < out[j].Doc.ID })
	return out
}

// filterClaims is the reference meaning of claimtrail.ClaimFilter, applied
// to claims given in document order then position. It ignores f.Text,
// which the tests check with explicit words (see textWords).
func filterClaims(claims []claimtrail.Claim, f claimtrail.ClaimFilter) []claimtrail.Claim {
	var out []claimtrail.Claim
	for _, c := range claims {
		if matches(c, f) {
			out = append(out, c)
		}
	}
	if f.After != "" || f.Limit > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func matches(c claimtrail.Claim, f claimtrail.ClaimFilter) bool {
	if f.Place != "" {
		found := false
		for _, p := range c.Places {
			if strings.EqualFold(p.Name, f.Place) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	switch {
	case f.Side != "" && c.Claimant.Side != f.Side,
		f.Claimant != "" && !strings.Contains(strings.ToLower(c.Claimant.Name), strings.ToLower(f.Claimant)),
		f.Type != "" && c.Type != f.Type,
		f.From != "" && (c.Date == nil || c.Date.End < f.From),
		f.To != "" && (c.Date == nil || c.Date.Start > f.To),
		f.Doc != "" && c.Doc != f.Doc,
		f.After != "" && c.ID <= f.After:
		return false
	}
	return true
}

// textWords splits text into lower-cased words: runs of letters, digits and
// combining marks.
func textWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
}

// hasWords reports whether sentence holds every word of words.
func hasWords(sentence string, words ...string) bool {
	have := map[string]bool{}
	for _, w := range textWords(sentence) {
		have[w] = true
	}
	for _, w := range words {
		for _, x := range textWords(w) {
			if !have[x] {
				return false
			}
		}
	}
	return true
}

func ids(cs []claimtrail.Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// topPlaces is the reference of Stats.TopPlaces: places by number of
// claims naming them (once per claim), most first, ties by name, at most 10.
func topPlaces(claims []claimtrail.Claim) []claimtrail.PlaceCount {
	n := map[string]int{}
	for _, c := range claims {
		seen := map[string]bool{}
		for _, p := range c.Places {
			if !seen[p.Name] {
				seen[p.Name] = true
				n[p.Name]++
			}
		}
	}
	out := []claimtrail.PlaceCount{}
	for name, count := range n {
		out = append(out, claimtrail.PlaceCount{Name: name, Count: count})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	if len(out) > 10 {
		out = out[:10]
	}
	return out
}
