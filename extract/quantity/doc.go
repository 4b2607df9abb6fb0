// Package quantity finds the numbers a war report states about personnel
// and equipment: "at least 800 soldiers were killed", "two T-72 tanks",
// "a tactical UAV", "the number of militants had reached 2,000",
// "260-280 servicemen". Each Match carries the spec's item (killed,
// wounded, casualties, fighters, tank, armored_vehicle, artillery, mlrs,
// air_defense, uav, helicopter, aircraft, vehicle), the count and its
// qualifier (exact, at_least, over, about, up_to, range).
//
// It works on one sentence at a time with a small English lexicon of
// weapon and person nouns, extended by the conflict profile's weapon and
// model names (NewLexicon's extra map), and with rules from English
// grammar rather than from any outlet's phrasing:
//
//   - a count is a number, or "a"/"an"/"another" before a singular noun,
//     followed by at most a few modifiers and a noun of the lexicon;
//     singular nouns used as modifiers ("a drone attack", "a tank
//     battalion") and weapons that are instruments ("killed by a drone")
//     are not counted; "the mortar" counts one only next to a verb of
//     destruction or capture;
//   - what happened to people comes from the words around the count: the
//     noun itself ("casualties", "wounded soldiers"), the verb before it
//     ("killing 6 troops", "lost 40,000 soldiers") or after it ("were
//     killed", "died", "were taken prisoner", which is no item), a verb
//     shared by a list, or "losses" earlier in the clause; soldiers with
//     no such word are "fighters", civilians are not counted;
//   - a number far from its noun is read through a linking verb: "the
//     number of X ... has reached N", "X, whose number is approaching N",
//     "the death toll rose to N", "losses have exceeded N";
//   - dates, years, clock times, measures, percentages, money, ordinals,
//     labels ("No. 4", "Brigade 93"), model numbers ("T-72", "S-300") and
//     vague amounts ("dozens", "hundreds", "several", "heavy losses") are
//     never counts.
//
// Promises: Find and ParseNumber never panic; matches lie inside the text,
// are sorted by Start and do not overlap; N is never negative and a range
// has Max > N. Find is safe for concurrent use, allocates little, and
// returns quickly for sentences with no digit, number word or lexicon
// noun. Whether a count is a loss, a deployment or a delivery is the
// extractor's decision, not this package's.
package quantity
