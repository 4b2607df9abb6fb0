package quantity

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		ok   bool
	}{
		{"plain digits", "42", 42, true},
		{"comma thousands", "7,095", 7095, true},
		{"comma millions", "1,250,000", 1250000, true},
		{"space thousands", "7 095", 7095, true},
		{"no-break space thousands", "12\u00a0500", 12500, true},
		{"thin space thousands", "12\u2009500", 12500, true},
		{"dot thousands", "7.095", 7095, true},
		{"dot millions", "1.200.000", 1200000, true},
		{"decimal is not a count", "3.5", 0, false},
		{"decimal with a comma group is not a count", "1,234.5", 0, false},
		{"decimal million", "1.5 million", 1500000, true},
		{"dot group read as decimal before million", "1.500 million", 1500000, true},
		{"digits and thousand", "2 thousand", 2000, true},
		{"word one", "one", 1, true},
		{"word teen", "seventeen", 17, true},
		{"hyphenated tens", "twenty-two", 22, true},
		{"tens alone", "ninety", 90, true},
		{"two thousand", "two thousand", 2000, true},
		{"a hundred", "a hundred", 100, true},
		{"hundred and", "one hundred and fifty", 150, true},
		{"thousands and hundreds", "three thousand four hundred and twelve", 3412, true},
		{"million in words", "two million", 2000000, true},
		{"a dozen", "a dozen", 12, true},
		{"two dozen", "two dozen", 24, true},
		{"half a million", "half a million", 500000, true},
		{"capitalised", "Twenty-Two", 22, true},
		{"article alone is left to the caller", "a", 0, false},
		{"an alone", "an", 0, false},
		{"dozens is vague", "dozens", 0, false},
		{"hundreds is vague", "hundreds", 0, false},
		{"several hundred is vague", "several hundred", 0, false},
		{"bare hundred", "hundred", 0, false},
		{"two numbers in a row", "two three", 0, false},
		{"trailing words", "5 tanks", 0, false},
		{"comma with two digits is not a group", "1,50", 0, false},
		{"empty", "", 0, false},
		{"ordinal", "10th", 0, false},
		{"model number", "T-72", 0, false},
		{"negative", "-5", 0, false},
		{"too large", "999999999999999999999", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
