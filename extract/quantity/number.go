package quantity

import (
	"math"
	"strings"
)

// Number words: units and teens, tens, and multipliers.
var (
	unitWords = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{
		"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9,
	}
)

// maxCount bounds what a count can be; larger values are not quantities of
// a war report and would overflow int64 arithmetic.
const maxCount = 1e15

// isNumberWord reports whether w can start a number written in words.
func isNumberWord(w string) bool {
	if _, ok := unitWords[w]; ok {
		return true
	}
	if _, ok := tensWords[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "half":
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		_, ok := tensWords[w[:i]]
		return ok
	}
	return false
}

// parseNumberAt reads a number starting at token i: digits ("7,095",
// "1.5 million") or words ("two thousand", "twenty-two", "one hundred and
// fifty", "a dozen", "half a million"). It returns the value and the index
// of the token after the number. Plural multipliers ("hundreds",
// "thousands", "dozens") and vague words ("several", "a few") are not
// numbers.
func parseNumberAt(toks []token, i int) (float64, int, bool) {
	t := toks[i]
	if t.kind == tNum {
		v, j := t.v, i+1
		if j < len(toks) && toks[j].kind == tWord {
			w := toks[j].w
			if sc, ok := scaleWords[w]; ok {
				base := t.dec
				if base < 0 {
					base = t.v
				}
				return base * sc, j + 1, true
			}
			if w == "hundred" && t.v == math.Trunc(t.v) {
				return t.v * 100, j + 1, true
			}
			if w == "dozen" && t.v == math.Trunc(t.v) {
				return t.v * 12, j + 1, true
			}
		}
		return v, j, true
	}
	if t.kind != tWord {
		return 0, i, false
	}
	var total, current float64
	const (
		lNone = iota
		lUnit
		lTens
		lHundred
		lScale
	)
	last := lNone
	j := i
	any := false
	switch t.w {
	case "a", "an":
		if j+1 < len(toks) && toks[j+1].kind == tWord {
			switch toks[j+1].w {
			case "hundred", "thousand", "million", "billion", "dozen":
				current, j, any = 1, j+1, true
			}
		}
		if !any {
			return 0, i, false
		}
	case "half":
		// "half a million", "half a dozen"
		if j+2 < len(toks) && toks[j+1].w == "a" && toks[j+2].kind == tWord {
			w := toks[j+2].w
			if sc, ok := scaleWords[w]; ok {
				return sc / 2, j + 3, true
			}
			if w == "dozen" {
				return 6, j + 3, true
			}
		}
		return 0, i, false
	}
	end := i
tokens:
	for j < len(toks) && toks[j].kind == tWord {
		w := toks[j].w
		if w == "and" {
			// "one hundred and fifty": "and" joins only after a multiplier.
			if (last == lHundred || last == lScale) && j+1 < len(toks) && toks[j+1].kind == tWord {
				n := toks[j+1].w
				if _, ok := unitWords[n]; ok {
					j++
					continue
				}
				if _, ok := tensWords[n]; ok {
					j++
					continue
				}
				if k := strings.IndexByte(n, '-'); k > 0 {
					if _, ok := tensWords[n[:k]]; ok {
						j++
						continue
					}
				}
			}
			break
		}
		// A hyphenated token must be number words throughout.
		nc, nt, nl, na := current, total, last, any
		ok := true
	parts:
		for part := range strings.SplitSeq(w, "-") {
			if u, isU := unitWords[part]; isU {
				if nl == lUnit || (nl == lTens && u >= 10) {
					ok = false
					break parts
				}
				nc += u
				nl, na = lUnit, true
				continue
			}
			if tv, isT := tensWords[part]; isT {
				if nl == lUnit || nl == lTens {
					ok = false
					break parts
				}
				nc += tv
				nl, na = lTens, true
				continue
			}
			switch part {
			case "hundred":
				if !na || nl == lHundred {
					ok = false
					break parts
				}
				if nc == 0 {
					nc = 1
				}
				nc *= 100
				nl = lHundred
				continue
			case "dozen":
				if !na {
					ok = false
					break parts
				}
				if nc == 0 {
					nc = 1
				}
				nc *= 12
				nl = lScale
				continue
			}
			if sc, isS := scaleWords[part]; isS && part != "mln" && part != "bln" {
				if !na {
					ok = false
					break parts
				}
				if nc == 0 {
					nc = 1
				}
				nt += nc * sc
				nc = 0
				nl = lScale
				continue
			}
			ok = false
			break parts
		}
		if !ok {
			break tokens
		}
		current, total, last, any = nc, nt, nl, na
		j++
		end = j
	}
	if !any || end == i {
		return 0, i, false
	}
	return total + current, end, true
}

// asCount converts v to a whole count; ok is false for fractions,
// negatives and absurd sizes.
func asCount(v float64) (int64, bool) {
	if v < 0 || v > maxCount || math.IsNaN(v) {
		return 0, false
	}
	r := math.Round(v)
	if math.Abs(v-r) > 1e-6*math.Max(1, v) {
		return 0, false
	}
	return int64(r), true
}

// ParseNumber reads s, a whole string, as a count: "7,095", "7 095",
// "7.095" (a dot followed by three digits is a thousands separator, since
// a count is never fractional; this is how translations from Russian and
// Ukrainian often write it), "2,000", "two thousand", "twenty-two",
// "one hundred and fifty", "1.5 million", "a dozen" (12), "one". A lone
// article ("a", "an") is left to the caller, and so are fractions ("3.5"),
// vague amounts ("dozens", "several") and anything with other words around
// the number: for those ok is false.
func ParseNumber(s string) (int64, bool) {
	if len(s) > 200 {
		return 0, false
	}
	var buf [16]token
	toks := tokenize(s, asciiLower(s), buf[:0])
	if len(toks) == 0 {
		return 0, false
	}
	v, end, ok := parseNumberAt(toks, 0)
	if !ok || end != len(toks) {
		return 0, false
	}
	return asCount(v)
}
