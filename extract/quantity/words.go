package quantity

// The closed word classes the rules look at. Keys are lowercase.

type set map[string]struct{}

func newSet(words ...string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[w] = struct{}{}
	}
	return s
}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

var months = newSet(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec",
)

// units after a number make it a measure, a time, a share or a sum of
// money, never a count of people or weapons.
var units = newSet(
	"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "m", "meter", "meters",
	"metre", "metres", "mi", "mile", "miles", "kg", "kilogram", "kilograms", "ton", "tons",
	"tonne", "tonnes", "mm", "cm", "millimeter", "millimeters", "millimetre", "millimetres",
	"caliber", "calibre", "hectare", "hectares", "ha", "sq", "square", "degree", "degrees",
	"percent", "per", "pct", "percentage", "hour", "hours", "hr", "hrs", "h", "minute", "minutes",
	"min", "mins", "second", "seconds", "sec", "secs", "day", "days", "week", "weeks", "month",
	"months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "time",
	"times", "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "gmt", "utc", "cet", "msk", "dollar",
	"dollars", "euro", "euros", "ruble", "rubles", "rouble", "roubles", "hryvnia", "hryvnias",
	"hryvnas", "manat", "manats", "dram", "drams", "lira", "liras", "usd", "eur", "rub", "uah",
	"azn", "amd", "pound", "pounds", "yuan", "feet", "foot", "ft", "inch", "inches", "knot",
	"knots", "kmh", "mph", "bn", "billions", "trillion", "votes", "points", "rounds", "shells",
	"missiles", "rockets", "bombs", "munitions", "sorties", "strikes", "attacks", "times",
	"villages", "settlements", "towns", "kilos", "liters", "litres", "gallons", "barrels",
)

// labels before a number make it a name: "No. 4", "Unit 29155",
// "Brigade 93", "page 12", "Resolution 2231".
var labels = newSet(
	"no", "nos", "nr", "number", "num", "page", "p", "pp", "article", "art", "paragraph", "para",
	"resolution", "unit", "brigade", "battalion", "regiment", "division", "corps", "army", "route",
	"highway", "road", "hill", "height", "block", "building", "house", "flight", "line", "phase",
	"stage", "level", "grade", "zone", "sector", "gate", "platform", "channel", "item", "chapter",
	"section", "part", "point", "checkpoint", "post", "school", "room", "apartment", "apt",
	"street", "lot", "session", "protocol", "vol", "volume", "issue", "episode", "hospital",
	"reactor", "tier", "camp", "colony", "version", "model", "type", "class", "mark", "mk",
	"group", "order", "decree", "law", "code", "index", "step", "round", "game", "match", "day",
	"week", "year", "month", "hour", "kilometer", "kilometre", "km", "figure", "fig", "table",
	"tab", "footnote", "note", "station", "terminal", "bus", "tram", "gulfstream", "boeing",
	"airbus", "su", "mig", "mi", "ka", "tu", "il", "an", "f", "t", "s", "d", "bm", "ss", "pzh",
)

// yearPrepositions before a four-digit number between 1900 and 2099 make it
// a year.
var yearPrepositions = newSet(
	"in", "since", "of", "from", "until", "till", "til", "by", "before", "after", "during",
	"year", "years", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter",
	"through", "throughout", "to", "and", "between", "the", "fiscal", "circa", "c", "for",
)

// stops end the words that may stand between a number or an article and
// the noun it counts.
var stops = newSet(
	"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"my", "your", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "with", "from", "to",
	"for", "into", "onto", "near", "as", "than", "while", "when", "where", "which", "who", "whom",
	"whose", "were", "was", "is", "are", "be", "been", "being", "has", "have", "had", "will",
	"would", "could", "should", "may", "might", "must", "can", "not", "no", "including",
	"such", "like", "per", "via", "during", "after", "before", "since", "until", "between",
	"among", "against", "toward", "towards", "through", "across", "along", "behind", "inside",
	"outside", "without", "within", "there", "here", "it", "they", "he", "she", "we", "you",
	"them", "us", "him", "said", "says", "say", "according", "if", "then", "so", "all", "both",
	"each", "every", "any", "some", "many", "much", "most", "few", "several", "numerous",
	"dozens", "hundreds", "thousands", "scores", "tens", "millions", "lots", "plenty", "number",
	"amount", "what", "whatever", "whichever", "because", "although", "though", "over", "under",
	"about", "around", "up", "out", "off", "down", "only", "just", "also", "even", "still",
	"already", "yet", "ever", "never", "again", "least", "most", "more", "less", "fewer",
	"nearly", "almost", "approximately", "roughly", "some", "total", "totaling", "totalling",
	"did", "do", "does", "done", "i", "me",
)

// classifiers count a mass noun: "8 pieces of artillery", "20 units of
// armored vehicles".
var classifiers = newSet("pieces", "piece", "units", "unit", "items", "item", "sets", "set", "pcs", "types")

// instrument prepositions before "a drone" or "a tank" make the weapon the
// means or the place of an action ("killed by a drone", "fired from a
// tank"), not something counted.
var instruments = newSet(
	"by", "from", "with", "using", "via", "aboard", "onboard", "on", "in", "into", "inside",
	"onto", "at", "against", "near", "behind", "toward", "towards", "like", "as", "of", "under",
	"than", "without", "through", "for", "to", "than", "about", "what", "if",
)

// blockers after a singular weapon noun make it a modifier: "a drone
// attack", "a tank battalion", "an artillery strike", "a mortar shell".
// English noun adjuncts are singular, so "tanks attack" is not blocked.
var blockers = newSet(
	"attack", "attacks", "strike", "strikes", "assault", "assaults", "raid", "raids", "fire",
	"shelling", "barrage", "bombardment", "unit", "units", "battalion", "battalions", "brigade",
	"brigades", "regiment", "regiments", "company", "companies", "division", "divisions",
	"platoon", "platoons", "squadron", "squadrons", "squad", "squads", "group", "groups",
	"column", "columns", "convoy", "convoys", "base", "bases", "position", "positions", "depot",
	"depots", "factory", "factories", "plant", "plants", "production", "footage", "video",
	"videos", "image", "images", "photo", "photos", "shell", "shells", "round", "rounds",
	"ammunition", "ammo", "missile", "missiles", "rocket", "rockets", "engine", "engines", "part",
	"parts", "repair", "repairs", "maintenance", "hangar", "hangars", "sortie", "sorties",
	"flight", "flights", "crash", "crashes", "warning", "warnings", "threat", "threats",
	"school", "training", "parade", "battle", "battles", "warfare", "offensive", "war",
	"program", "programme", "programs", "programmes", "delivery", "deliveries", "supply",
	"supplies", "park", "parks", "trap", "traps", "ditch", "ditches", "obstacle", "obstacles",
	"killer", "killers", "hunter", "hunters", "destroyer", "destroyers", "launch", "launches",
	"carrier", "carriers", "army", "armies", "force", "forces", "corps", "formation",
	"formations", "incident", "incidents", "wreck", "wrecks", "wreckage", "operation",
	"operations", "activity", "activities", "sighting", "sightings", "manufacturer", "maker",
	"makers", "industry", "fleet", "fleets", "swarm", "swarms", "route", "routes", "traffic",
	"accident", "accidents", "track", "tracks", "barrel", "barrels", "turret", "turrets",
	"gunfire", "fighting", "battery", "batteries", "emplacement", "emplacements", "nest",
	"nests", "team", "teams", "detachment", "detachments", "range", "bomb", "bombs", "munition",
	"munitions", "bombing", "bombings", "raid", "tactics", "technology", "technologies",
	"market", "sales", "sale", "contract", "contracts", "crashed", "war",
	"warfare", "coverage", "support", "cover", "reconnaissance", "surveillance", "recon",
	"mechanic", "mechanics", "hits", "hit", "ambush", "ambushes", "zone",
	"zones", "sound", "noise", "alert", "alerts", "siren", "sirens", "terror", "flyover", "show", "race", "loss", "losses",
)

// Outcomes of what happened to people.
const (
	oNone = iota
	oKilled
	oWounded
	oCasualties // killed and wounded together, or "lost" unspecified
	oSkip       // taken prisoner, missing, evacuated: not a quantity of the spec
)

var outcomeWords = map[string]int{
	"killed": oKilled, "kill": oKilled, "kills": oKilled, "killing": oKilled, "dead": oKilled,
	"died": oKilled, "die": oKilled, "dies": oKilled, "perished": oKilled, "perish": oKilled,
	"eliminated": oKilled, "eliminate": oKilled, "eliminates": oKilled, "eliminating": oKilled,
	"neutralized": oKilled, "neutralised": oKilled, "neutralize": oKilled, "neutralise": oKilled,
	"neutralizing": oKilled, "neutralising": oKilled, "liquidated": oKilled, "liquidate": oKilled,
	"liquidating": oKilled, "destroyed": oKilled, "destroy": oKilled, "destroying": oKilled,
	"destroys": oKilled, "slain": oKilled, "slew": oKilled, "annihilated": oKilled, "kia": oKilled,
	"executed": oKilled, "massacred": oKilled, "murdered": oKilled, "deaths": oKilled, "death": oKilled,
	"wounded": oWounded, "wound": oWounded, "wounding": oWounded, "injured": oWounded,
	"injure": oWounded, "injuring": oWounded, "hurt": oWounded, "wia": oWounded,
	"captured": oSkip, "capture": oSkip, "capturing": oSkip, "captures": oSkip,
	"surrendered": oSkip, "surrender": oSkip, "surrendering": oSkip, "prisoner": oSkip,
	"prisoners": oSkip, "captive": oSkip, "captivity": oSkip, "missing": oSkip, "detained": oSkip,
	"arrested": oSkip, "exchanged": oSkip, "released": oSkip, "freed": oSkip, "evacuated": oSkip,
	"rescued": oSkip, "deported": oSkip, "repatriated": oSkip, "swapped": oSkip, "pows": oSkip,
	"pow": oSkip, "hostage": oSkip, "hostages": oSkip, "returned": oSkip, "abducted": oSkip,
}

// lossVerbs mark a weapon as hit in "destroyed the mortar" or "the tank was
// hit"; only then does a definite singular weapon count one.
var lossVerbs = newSet(
	"destroyed", "destroying", "destroy", "destroys", "hit", "hitting", "struck", "downed",
	"down", "shot", "knocked", "disabled", "disabling", "damaged", "damaging", "captured",
	"capturing", "seized", "seizing", "eliminated", "eliminating", "neutralized", "neutralised",
	"burned", "burnt", "wiped", "blew", "blown", "intercepted", "liquidated", "abandoned",
	"lost", "losing", "took", "taken", "trophied", "obliterated", "annihilated", "smashed",
)

// linkers stand between a subject and its number in "the number of
// militants had reached 2,000"; the value tells the qualifier it implies.
var linkers = map[string]string{
	"reached": "exact", "reach": "exact", "reaches": "exact", "reaching": "exact",
	"rose": "exact", "risen": "exact", "rises": "exact", "rising": "exact", "climbed": "exact",
	"increased": "exact", "grown": "exact", "grew": "exact", "jumped": "exact", "stands": "exact",
	"stood": "exact", "stand": "exact", "is": "exact", "was": "exact", "are": "exact",
	"were": "exact", "amounts": "exact", "amounted": "exact", "amount": "exact", "totals": "exact",
	"totaled": "exact", "totalled": "exact", "total": "exact", "numbered": "exact",
	"numbers": "exact", "exceeded": "over", "exceeds": "over", "exceed": "over",
	"surpassed": "over", "surpasses": "over", "passed": "over", "topped": "over",
	"approaching": "about", "approached": "about", "approaches": "about", "nearing": "about",
	"neared": "about", "nears": "about", "hit": "exact",
}

// fillers may stand between a linking verb and the number: "has already
// reached", "is now approaching", "rose to".
var fillers = newSet(
	"has", "have", "had", "is", "was", "are", "were", "been", "be", "will", "would", "to",
	"already", "now", "so", "far", "currently", "reportedly", "allegedly", "officially",
	"just", "thus", "by", "today", "yesterday", "since", "then", "at", "up", "as", "of",
	"presumably", "apparently", "probably", "likely",
)

type qualSeq struct {
	words []string
	qual  string
}

// qualifiers before a number, longest first where they share words.
var qualifiers = []qualSeq{
	{[]string{"no", "fewer", "than"}, "at_least"},
	{[]string{"not", "fewer", "than"}, "at_least"},
	{[]string{"no", "less", "than"}, "at_least"},
	{[]string{"not", "less", "than"}, "at_least"},
	{[]string{"a", "minimum", "of"}, "at_least"},
	{[]string{"at", "a", "minimum"}, "at_least"},
	{[]string{"at", "least"}, "at_least"},
	{[]string{"no", "more", "than"}, "up_to"},
	{[]string{"not", "more", "than"}, "up_to"},
	{[]string{"a", "maximum", "of"}, "up_to"},
	{[]string{"as", "many", "as"}, "up_to"},
	{[]string{"up", "to"}, "up_to"},
	{[]string{"at", "most"}, "up_to"},
	{[]string{"fewer", "than"}, "up_to"},
	{[]string{"less", "than"}, "up_to"},
	{[]string{"just", "under"}, "up_to"},
	{[]string{"under"}, "up_to"},
	{[]string{"in", "excess", "of"}, "over"},
	{[]string{"upwards", "of"}, "over"},
	{[]string{"upward", "of"}, "over"},
	{[]string{"well", "over"}, "over"},
	{[]string{"just", "over"}, "over"},
	{[]string{"well", "above"}, "over"},
	{[]string{"more", "than"}, "over"},
	{[]string{"greater", "than"}, "over"},
	{[]string{"over"}, "over"},
	{[]string{"above"}, "over"},
	{[]string{"exceeding"}, "over"},
	{[]string{"close", "to"}, "about"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"nearly"}, "about"},
	{[]string{"almost"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"approaching"}, "about"},
	{[]string{"nearing"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"~"}, "about"},
	{[]string{"a", "total", "of"}, "exact"},
	{[]string{"another"}, "exact"},
	{[]string{"a", "further"}, "exact"},
	{[]string{"an", "additional"}, "exact"},
}

// changeVerbs before "from N to M" make it a change, not a range.
var changeVerbs = newSet(
	"rose", "risen", "rising", "increased", "increasing", "grew", "grown", "growing", "climbed",
	"jumped", "fell", "fallen", "dropped", "decreased", "declined", "went", "gone", "raised",
	"cut", "reduced", "doubled", "tripled", "shrank",
)
