package extract

import "strings"

// This file holds the word lists the rules use. They are English function
// words and the general vocabulary of war reporting; nothing here names a
// place, a side or an outlet (those come from the conflict profile).

// Forms of a trigger, which decide what licenses it.
const (
	fVerb = iota // a finite verb or participle: counts as it stands
	fNoun        // an event noun: counts only when licensed (see licensed)
	fPart        // a participle that is passive after "be" ("was destroyed")
)

// Object requirements: some verbs are war events only with a fitting object
// ("took the town", not "took part"; "captured a tank" is a loss, not control).
const (
	objAny    = iota
	objPlace  // a place, an anaphor for one, or a position word follows
	objRoad   // a road, route or corridor follows
	objCivObj // civilians or civilian objects are involved
)

type trigger struct {
	words  []string // lower-cased words; the last may come up to 4 words later when gap is set
	typ    string
	form   int
	obj    int
	invert bool // the subject suffers the event: "suffered losses", "lost the town"
	gap    bool // "threw the opponent back"
	neg    bool // the trigger itself denies: "unable to make progress"-type nouns used only under negation
	// presence: troops said to be in a place (see presenceHits)
	presence bool
}

func tr(phrase, typ string, form, obj int) trigger {
	return trigger{words: strings.Fields(phrase), typ: typ, form: form, obj: obj}
}

var triggerList = []trigger{
	// control
	tr("captured", "control", fPart, objAny), tr("capture", "control", fVerb, objAny),
	tr("captures", "control", fVerb, objAny), tr("capturing", "control", fVerb, objAny),
	tr("recaptured", "control", fPart, objAny), tr("recapture", "control", fVerb, objAny),
	tr("retook", "control", fVerb, objAny), tr("retaken", "control", fPart, objAny),
	tr("recapturing", "control", fVerb, objAny), tr("retaking", "control", fVerb, objPlace), tr("retake", "control", fVerb, objPlace), tr("retakes", "control", fVerb, objPlace),
	tr("seized", "control", fPart, objPlace), tr("seize", "control", fVerb, objPlace), tr("seizing", "control", fVerb, objPlace),
	tr("liberated", "control", fPart, objPlace), tr("liberate", "control", fVerb, objPlace), tr("liberating", "control", fVerb, objPlace),
	tr("liberation", "control", fNoun, objPlace),
	tr("entered", "control", fPart, objPlace), tr("enter", "control", fVerb, objPlace), tr("entering", "control", fVerb, objPlace),
	tr("occupied", "control", fPart, objPlace), tr("occupy", "control", fVerb, objPlace),
	tr("took", "control", fVerb, objPlace), tr("taken", "control", fPart, objPlace), tr("taking", "control", fVerb, objPlace),
	tr("took control", "control", fVerb, objAny), tr("taken control", "control", fVerb, objAny),
	tr("take control", "control", fVerb, objAny), tr("gained control", "control", fVerb, objAny),
	tr("established control", "control", fVerb, objAny), tr("full control", "control", fNoun, objAny),
	tr("control over", "control", fNoun, objAny), tr("control of", "control", fNoun, objAny),
	tr("in the hands of", "control", fVerb, objAny),
	tr("holds", "control", fVerb, objPlace), tr("held", "control", fPart, objPlace), tr("hold", "control", fVerb, objPlace),
	tr("secure", "control", fVerb, objPlace), tr("secured", "control", fPart, objPlace),
	tr("raised the flag", "control", fVerb, objAny), tr("hoisted the flag", "control", fVerb, objAny),
	tr("control", "control", fVerb, objPlace), tr("controls", "control", fVerb, objPlace), tr("controlled", "control", fPart, objPlace),
	tr("retain", "control", fVerb, objPlace), tr("retains", "control", fVerb, objPlace), tr("retained", "control", fPart, objPlace),
	tr("holding", "control", fVerb, objPlace), tr("cleared", "control", fPart, objAny), tr("hands", "control", fNoun, objAny),
	tr("flag", "control", fNoun, objAny),
	tr("fell", "control", fVerb, objAny), tr("fallen", "control", fVerb, objAny),
	tr("lost control", "control", fVerb, objAny), tr("lost", "control", fVerb, objPlace),
	tr("lose", "control", fVerb, objPlace), tr("loses", "control", fVerb, objPlace), tr("losing", "control", fVerb, objPlace),
	tr("capture", "control", fNoun, objAny), tr("seizure", "control", fNoun, objPlace), tr("fall of", "control", fNoun, objPlace),
	tr("foothold", "control", fNoun, objAny), tr("footholds", "control", fNoun, objAny),
	tr("progress", "control", fNoun, objAny), tr("breakthrough", "control", fNoun, objAny),
	tr("regained control", "control", fVerb, objAny), tr("regain control", "control", fVerb, objAny),
	tr("regained", "control", fPart, objPlace), tr("regain", "control", fVerb, objPlace),
	tr("overran", "control", fVerb, objPlace), tr("overrun", "control", fPart, objPlace), tr("overrunning", "control", fVerb, objPlace),
	tr("took over", "control", fVerb, objPlace), tr("taken over", "control", fPart, objPlace), tr("take over", "control", fVerb, objPlace),
	tr("wrested", "control", fVerb, objPlace), tr("cleansed", "control", fPart, objAny),
	// moving into a place is entering it: "tanks rolled into the town"
	tr("moved into", "control", fVerb, objPlace), tr("drove into", "control", fVerb, objPlace), tr("rolled into", "control", fVerb, objPlace),
	tr("marched into", "control", fVerb, objPlace), tr("swept into", "control", fVerb, objPlace), tr("poured into", "control", fVerb, objPlace),
	tr("moving into", "control", fVerb, objPlace), tr("driving into", "control", fVerb, objPlace), tr("rolling into", "control", fVerb, objPlace),
	// posts set up in a place hold it: "set up checkpoints at X" (see evaluate)
	tr("set up", "control", fVerb, objPlace), tr("setting up", "control", fVerb, objPlace),
	{words: []string{"pushed", "out"}, typ: "control", gap: true}, {words: []string{"drove", "out"}, typ: "control", gap: true},
	{words: []string{"driven", "out"}, typ: "control", gap: true}, {words: []string{"forced", "out"}, typ: "control", gap: true},
	{words: []string{"expelled", "from"}, typ: "control", gap: true}, {words: []string{"ousted", "from"}, typ: "control", gap: true},

	// withdrawal
	tr("withdrew", "withdrawal", fVerb, objAny), tr("withdrawn", "withdrawal", fPart, objAny),
	tr("withdrawing", "withdrawal", fVerb, objAny), tr("withdraw", "withdrawal", fVerb, objAny), tr("withdraws", "withdrawal", fVerb, objAny),
	tr("retreated", "withdrawal", fVerb, objAny), tr("retreating", "withdrawal", fVerb, objAny), tr("retreat", "withdrawal", fVerb, objAny),
	tr("pulled back", "withdrawal", fVerb, objAny), tr("pulled out", "withdrawal", fVerb, objAny),
	tr("pull back", "withdrawal", fVerb, objAny), tr("pull out", "withdrawal", fVerb, objAny),
	tr("regroup", "withdrawal", fVerb, objAny),
	// the euphemisms of a side leaving ground: "temporarily relocated from"
	tr("relocated", "withdrawal", fVerb, objAny), tr("redeployed", "withdrawal", fVerb, objAny), tr("repositioned", "withdrawal", fVerb, objAny), tr("regrouped", "withdrawal", fVerb, objAny), tr("regrouping", "withdrawal", fVerb, objAny),
	tr("left", "withdrawal", fVerb, objPlace), tr("abandoned", "withdrawal", fPart, objPlace),
	tr("leaving", "withdrawal", fVerb, objPlace), tr("leaving behind", "withdrawal", fVerb, objAny), tr("left behind", "withdrawal", fVerb, objAny), tr("ran from", "withdrawal", fVerb, objPlace), tr("fled from", "withdrawal", fVerb, objPlace),
	// the euphemisms of a retreat: "moved to new positions", "more favourable lines"
	tr("moved to new positions", "withdrawal", fVerb, objAny), tr("to more favourable positions", "withdrawal", fVerb, objAny),
	tr("to more favorable positions", "withdrawal", fVerb, objAny), tr("to more advantageous positions", "withdrawal", fVerb, objAny),
	tr("to more advantageous lines", "withdrawal", fVerb, objAny),
	// "Taghavard is ours": a place held by the speaker's side
	tr("ours", "control", fVerb, objAny),
	tr("abandon", "withdrawal", fVerb, objPlace), tr("abandoning", "withdrawal", fVerb, objPlace),
	tr("withdrawal", "withdrawal", fNoun, objAny), tr("retreat", "withdrawal", fNoun, objAny),
	// falling back, moving out, vacating: other words for leaving ground
	tr("fell back", "withdrawal", fVerb, objAny), tr("fall back", "withdrawal", fVerb, objAny), tr("falling back", "withdrawal", fVerb, objAny),
	tr("moved out of", "withdrawal", fVerb, objPlace), tr("moving out of", "withdrawal", fVerb, objPlace),
	tr("vacated", "withdrawal", fPart, objPlace), tr("vacating", "withdrawal", fVerb, objPlace),
	tr("pullout", "withdrawal", fNoun, objAny), tr("pull-out", "withdrawal", fNoun, objAny), tr("pullback", "withdrawal", fNoun, objAny),

	// attack
	tr("attacked", "attack", fPart, objAny), tr("attacking", "attack", fVerb, objAny),
	tr("stormed", "attack", fPart, objAny), tr("storm", "attack", fVerb, objAny), tr("storming", "attack", fVerb, objAny), tr("storms", "attack", fVerb, objAny),
	tr("shelled", "attack", fPart, objAny), tr("shelling", "attack", fVerb, objAny), tr("shells", "attack", fVerb, objAny),
	tr("shell", "attack", fVerb, objAny), tr("hit", "attack", fPart, objAny), tr("hits", "attack", fVerb, objAny),
	tr("fired", "attack", fPart, objAny), tr("counterattacked", "attack", fVerb, objAny), tr("counter-attacked", "attack", fVerb, objAny),
	tr("pressed", "attack", fVerb, objAny), tr("pressing", "attack", fVerb, objAny),
	{words: []string{"under", "fire"}, typ: "attack", gap: true, invert: true},
	{words: []string{"subjected", "fire"}, typ: "attack", gap: true},
	tr("struck", "attack", fPart, objAny), tr("strikes", "attack", fNoun, objAny), tr("strike", "attack", fNoun, objAny),
	tr("fired at", "attack", fVerb, objAny), tr("fired on", "attack", fVerb, objAny), tr("fired upon", "attack", fVerb, objAny),
	tr("fire at", "attack", fVerb, objAny), tr("fire on", "attack", fVerb, objAny), tr("fires at", "attack", fVerb, objAny),
	tr("fires on", "attack", fVerb, objAny), tr("firing at", "attack", fVerb, objAny), tr("firing on", "attack", fVerb, objAny),
	tr("opened fire", "attack", fVerb, objAny),
	// a weapon sent at a target: "launched drones at the port", "dropped barrel bombs on villages"
	{words: []string{"launched", "at"}, typ: "attack", gap: true}, {words: []string{"launched", "on"}, typ: "attack", gap: true},
	{words: []string{"launched", "against"}, typ: "attack", gap: true}, {words: []string{"dropped", "on"}, typ: "attack", gap: true},
	{words: []string{"launched", "towards"}, typ: "attack", gap: true}, {words: []string{"launched", "toward"}, typ: "attack", gap: true},
	{words: []string{"fired", "at"}, typ: "attack", gap: true}, {words: []string{"fired", "towards"}, typ: "attack", gap: true}, {words: []string{"fired", "toward"}, typ: "attack", gap: true},
	tr("bombardment", "attack", fNoun, objAny), tr("bombardments", "attack", fNoun, objAny),
	tr("hammered", "attack", fPart, objAny), tr("strafed", "attack", fPart, objAny),
	tr("bombarded", "attack", fPart, objAny), tr("bombed", "attack", fPart, objAny), tr("bombing", "attack", fVerb, objAny),
	tr("bomb", "attack", fVerb, objAny),
	tr("assaulted", "attack", fPart, objAny), tr("assault", "attack", fNoun, objAny), tr("assaults", "attack", fNoun, objAny),
	tr("ambushed", "attack", fPart, objAny), tr("raided", "attack", fPart, objAny),
	tr("pushed", "attack", fVerb, objPlace), tr("pushing", "attack", fVerb, objPlace),
	tr("advanced", "attack", fVerb, objAny), tr("advance", "attack", fVerb, objAny), tr("advancing", "attack", fVerb, objAny), tr("invaded", "attack", fPart, objAny),
	tr("targeted", "attack", fPart, objAny), tr("target", "attack", fVerb, objAny), tr("targeting", "attack", fVerb, objAny), tr("striking", "attack", fVerb, objAny), tr("pounded", "attack", fPart, objAny), tr("pounding", "attack", fVerb, objAny),
	tr("attack", "attack", fNoun, objAny), tr("attacks", "attack", fNoun, objAny),
	tr("offensive", "attack", fNoun, objAny), tr("counteroffensive", "attack", fNoun, objAny), tr("counter-offensive", "attack", fNoun, objAny),
	tr("counterattack", "attack", fNoun, objAny), tr("counter-attack", "attack", fNoun, objAny),
	tr("operations", "attack", fNoun, objAny), tr("operation", "attack", fNoun, objAny), tr("raid", "attack", fNoun, objAny), tr("raids", "attack", fNoun, objAny),
	tr("missile strike", "attack", fNoun, objAny), tr("airstrike", "attack", fNoun, objAny), tr("airstrikes", "attack", fNoun, objAny),
	// combat nouns name fighting without saying who attacks: a claim only
	// when the text names the side that fights (see combatActor)
	tr("fighting", "attack", fNoun, objAny), tr("clashes", "attack", fNoun, objAny), tr("clash", "attack", fNoun, objAny),
	tr("battles", "attack", fNoun, objAny), tr("battle", "attack", fNoun, objAny), tr("skirmishes", "attack", fNoun, objAny),
	tr("combat engagements", "attack", fNoun, objAny), tr("engagements", "attack", fNoun, objAny),
	tr("hostilities", "attack", fNoun, objAny),
	// reaching the centre of a place is holding it; reaching its edge is
	// pressing on it (see reachTarget)
	tr("reached", "control", fVerb, objAny), tr("reaching", "control", fVerb, objAny),

	// repel
	tr("repelled", "repel", fPart, objAny), tr("repelling", "repel", fVerb, objAny), tr("repel", "repel", fVerb, objAny), tr("repels", "repel", fVerb, objAny),
	tr("repulsed", "repel", fPart, objAny), tr("repulsing", "repel", fVerb, objAny),
	{words: []string{"threw", "back"}, typ: "repel", gap: true}, {words: []string{"thrown", "back"}, typ: "repel", gap: true},
	{words: []string{"drove", "back"}, typ: "repel", gap: true}, {words: []string{"driving", "back"}, typ: "repel", gap: true},
	{words: []string{"driven", "back"}, typ: "repel", gap: true}, {words: []string{"beat", "back"}, typ: "repel", gap: true},
	{words: []string{"beaten", "back"}, typ: "repel", gap: true}, {words: []string{"pushed", "back"}, typ: "repel", gap: true},
	tr("fought off", "repel", fVerb, objAny), tr("foiled", "repel", fPart, objAny), tr("thwarted", "repel", fPart, objAny),
	tr("stopped", "repel", fPart, objAny), tr("halted", "repel", fPart, objAny),
	// air defence stopping what was fired: "intercepted a ballistic missile"
	tr("intercepted", "repel", fPart, objAny), tr("intercepting", "repel", fVerb, objAny), tr("intercept", "repel", fVerb, objAny),
	tr("intercepts", "repel", fVerb, objAny), tr("interception", "repel", fNoun, objAny), tr("interceptions", "repel", fNoun, objAny),

	// losses
	tr("destroyed", "losses", fPart, objAny), tr("destroying", "losses", fVerb, objAny), tr("destroys", "losses", fVerb, objAny),
	tr("killed", "losses", fPart, objAny), tr("killing", "losses", fVerb, objAny), tr("kills", "losses", fVerb, objAny),
	tr("shot down", "losses", fPart, objAny), tr("downed", "losses", fPart, objAny), tr("shooting down", "losses", fVerb, objAny),
	tr("eliminated", "losses", fPart, objAny), tr("eliminating", "losses", fVerb, objAny),
	tr("liquidated", "losses", fPart, objAny), tr("liquidating", "losses", fVerb, objAny),
	tr("annihilated", "losses", fPart, objAny), tr("knocked out", "losses", fPart, objAny), tr("disabled", "losses", fPart, objAny),
	tr("neutralized", "losses", fPart, objAny), tr("neutralised", "losses", fPart, objAny),
	tr("wiped out", "losses", fPart, objAny), tr("wounded", "losses", fPart, objAny), tr("injured", "losses", fPart, objAny), tr("hurt", "losses", fPart, objAny),
	tr("wounding", "losses", fVerb, objAny), tr("injuring", "losses", fVerb, objAny), tr("landed", "attack", fVerb, objAny),
	tr("suffered", "losses", fVerb, objAny), tr("suffer", "losses", fVerb, objAny), tr("suffers", "losses", fVerb, objAny),
	tr("suffering", "losses", fVerb, objAny),
	tr("sustained", "losses", fVerb, objAny), tr("incurred", "losses", fVerb, objAny),
	tr("losses", "losses", fNoun, objAny), tr("casualties", "losses", fNoun, objAny),
	tr("destruction", "losses", fNoun, objAny), tr("died", "losses", fVerb, objAny),
	tr("deaths", "losses", fNoun, objAny),
	tr("put", "losses", fVerb, objAny), tr("sank", "losses", fVerb, objAny), tr("sunk", "losses", fPart, objAny), tr("sinking", "losses", fVerb, objAny),

	// encircle
	tr("surrounded", "encircle", fPart, objAny), tr("encircled", "encircle", fPart, objAny),
	tr("surround", "encircle", fVerb, objAny), tr("encircle", "encircle", fVerb, objAny), tr("encircling", "encircle", fVerb, objAny),
	tr("outflanked", "encircle", fPart, objAny), tr("besieged", "encircle", fPart, objAny), tr("blockaded", "encircle", fPart, objAny),
	tr("encirclement", "encircle", fNoun, objAny), tr("besieging", "encircle", fVerb, objAny), tr("besiege", "encircle", fVerb, objAny),
	tr("siege of", "encircle", fNoun, objPlace), tr("siege on", "encircle", fNoun, objPlace), tr("under siege", "encircle", fVerb, objAny),
	tr("tightened its siege", "encircle", fVerb, objAny), tr("tightened the siege", "encircle", fVerb, objAny), tr("laid siege", "encircle", fVerb, objAny),

	// route
	tr("fire control", "route", fVerb, objAny), tr("cut off", "route", fPart, objRoad), tr("cut", "route", fPart, objRoad), tr("cutting", "route", fVerb, objRoad), tr("cutting off", "route", fVerb, objRoad),
	tr("disrupting", "route", fVerb, objRoad), tr("disrupted", "route", fPart, objRoad),
	tr("blocked", "route", fPart, objRoad), tr("blocking", "route", fVerb, objRoad), tr("severed", "route", fPart, objRoad),

	// civilian
	tr("evacuation", "civilian", fVerb, objCivObj), tr("evacuated", "civilian", fPart, objCivObj),
	tr("damaged", "civilian", fPart, objCivObj), tr("damaging", "civilian", fVerb, objCivObj),
	tr("fled", "civilian", fVerb, objCivObj), tr("displaced", "civilian", fPart, objCivObj), tr("displacing", "civilian", fVerb, objCivObj),
	tr("executed", "civilian", fPart, objCivObj), tr("executing", "civilian", fVerb, objCivObj), tr("executions", "civilian", fNoun, objCivObj),
	tr("looting", "civilian", fVerb, objAny), tr("looted", "civilian", fPart, objAny), tr("torching", "civilian", fVerb, objAny),
	tr("torched", "civilian", fPart, objAny), tr("set fire to", "civilian", fVerb, objCivObj), tr("sets fire to", "civilian", fVerb, objCivObj),
	tr("setting fire to", "civilian", fVerb, objCivObj), tr("burned", "civilian", fPart, objCivObj), tr("burnt", "civilian", fPart, objCivObj),
	tr("burn", "civilian", fVerb, objCivObj), tr("burning", "civilian", fVerb, objCivObj), tr("pillaged", "civilian", fPart, objAny), tr("pillaging", "civilian", fVerb, objAny),
	tr("massacred", "civilian", fPart, objAny), tr("massacre", "civilian", fNoun, objAny), tr("massacres", "civilian", fNoun, objAny),
	// detention, expulsion, sexual violence and hunger of civilians
	tr("detained", "civilian", fPart, objCivObj), tr("detaining", "civilian", fVerb, objCivObj), tr("detains", "civilian", fVerb, objCivObj),
	tr("arrested", "civilian", fPart, objCivObj), tr("arresting", "civilian", fVerb, objCivObj),
	tr("rounded up", "civilian", fPart, objAny), tr("rounding up", "civilian", fVerb, objAny),
	tr("expelled", "civilian", fPart, objCivObj), tr("expelling", "civilian", fVerb, objCivObj),
	tr("sexual violence", "civilian", fVerb, objAny), tr("raped", "civilian", fPart, objAny),
	tr("famine conditions", "civilian", fVerb, objAny), tr("starvation", "civilian", fVerb, objAny), tr("starving", "civilian", fVerb, objCivObj),
	tr("need food", "civilian", fVerb, objAny), tr("needed food", "civilian", fVerb, objAny), tr("needs food", "civilian", fVerb, objAny),
	tr("need humanitarian", "civilian", fVerb, objAny), tr("needed humanitarian", "civilian", fVerb, objAny),
	tr("shot dead", "losses", fPart, objAny), tr("stabbed", "losses", fPart, objAny), tr("shooting", "civilian", fVerb, objCivObj),
	tr("hacked to death", "losses", fPart, objAny), tr("beaten to death", "losses", fPart, objAny),

	// statement
	tr("martial law", "statement", fVerb, objAny), tr("ceasefire", "statement", fVerb, objAny), tr("cease-fire", "statement", fVerb, objAny),
	tr("truce", "statement", fVerb, objAny), tr("ready to", "statement", fVerb, objAny), tr("readiness to", "statement", fVerb, objAny),
	tr("ready for talks", "statement", fVerb, objAny), tr("ready for negotiations", "statement", fVerb, objAny),
	tr("state of emergency", "statement", fVerb, objAny), tr("cessation of hostilities", "statement", fVerb, objAny),
	tr("committed to", "statement", fVerb, objAny),
	// siding with a camp: "Turkey would stand by Azerbaijan"
	tr("stand by", "statement", fVerb, objAny), tr("stands by", "statement", fVerb, objAny), tr("stood by", "statement", fVerb, objAny),
	tr("stand with", "statement", fVerb, objAny), tr("stands with", "statement", fVerb, objAny), tr("stood with", "statement", fVerb, objAny),
	tr("support", "statement", fNoun, objAny), tr("supporting", "statement", fVerb, objAny),
	tr("mobilization", "statement", fVerb, objAny), tr("mobilisation", "statement", fVerb, objAny),
	tr("at war with", "statement", fVerb, objAny), tr("state of war", "statement", fVerb, objAny),
	tr("mercenaries", "statement", fNoun, objAny), tr("militants", "statement", fNoun, objAny),
	tr("foreign fighters", "statement", fNoun, objAny), tr("fighters", "statement", fNoun, objAny),
}

// triggersByFirst indexes triggerList by first word, longest phrase first.
var triggersByFirst = func() map[string][]trigger {
	m := map[string][]trigger{}
	for _, t := range triggerList {
		m[t.words[0]] = append(m[t.words[0]], t)
	}
	for k, ts := range m {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		m[k] = ts
	}
	return m
}()

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Reporting verbs: a claimant before them makes the clause after them theirs.
var reportVerbs = set("said", "says", "say", "announced", "announces", "announce", "declared", "declares",
	"claimed", "claims", "claim", "stated", "states", "reported", "reports", "confirmed", "confirms", "confirm",
	"insisted", "insists", "insist", "denied", "denies", "deny", "refuted", "refutes", "rejected", "rejects",
	"admitted", "admits", "acknowledged", "acknowledges", "added", "adds", "noted", "notes", "told", "tells",
	"warned", "warns", "vowed", "published", "publishes", "released", "releases", "posted", "wrote", "writes",
	"asserted", "asserts", "alleged", "alleges", "repeated", "explained", "emphasized", "stressed", "informed",
	"declare", "report", "announcing", "saying", "claiming", "confirming", "reporting", "stating", "showing",
	"dismissed", "denounced", "shared", "assessed", "assesses", "estimated", "estimates", "believes", "believe",
	"argued", "concluded", "conceded", "concedes", "concede", "conceding", "documented", "indicated", "accused", "accuses", "urged", "proposed", "demanded", "offered", "called")

// denyVerbs turn the reported clause into a denial.
var denyVerbs = set("denied", "denies", "deny", "refuted", "refutes", "rejected", "rejects", "dismissed", "denounced", "debunked")

// releaseVerbs report only with a medium as object ("released a video").
var releaseVerbs = set("published", "publishes", "released", "releases", "posted", "shared", "showing")
var media = set("video", "videos", "footage", "list", "photos", "photo", "images", "pictures", "statement", "report", "map", "recording")

// reportNouns make "X's announcement about …" and "the claims of X" a report.
var reportNouns = set("announcement", "announcements", "statement", "statements", "claim", "claims", "report", "reports",
	"assertion", "assertions", "allegation", "allegations", "information", "news", "words", "figures", "accusation",
	"accusations", "data", "numbers", "charge", "charges", "account", "accounts", "version", "figure")

// denialPredicates call a report false.
var denialPredicates = set("untrue", "false", "fake", "nonsense", "disinformation", "lies", "lie", "baseless",
	"groundless", "fabricated", "fabrication", "propaganda", "misinformation", "denounced", "refuted",
	"rejected", "dismissed", "debunked", "incorrect", "fiction", "fantasy", "fairy", "invention", "slander",
	"absurd", "provocation", "hoax")

var hedges = set("reportedly", "allegedly", "presumably", "purportedly", "purports", "purport", "apparently", "alleged", "supposedly", "likely", "probably",
	"unconfirmed", "unverified", "purported", "seemingly")

var negations = set("not", "never", "no", "unable", "failed", "fails", "fail", "neither", "nor", "without", "cannot")

// irrealis words put the clause after them out of the world of facts:
// modality, condition, forecast, intention.
var irrealis = set("will", "would", "could", "might", "may", "should", "must", "can", "if", "unless", "whether",
	"likely", "unlikely", "probably", "possibly", "possible", "expected", "expects", "expect", "anticipate", "anticipates", "plan", "plans", "planned",
	"planning", "vow", "vows", "vowed", "promised", "promises", "pledged", "pledges", "aim", "aims", "threaten", "threatens", "threatened", "intend", "intends",
	"want", "wants", "wanted", "hope", "hopes", "attempt", "attempts", "attempted", "attempting", "try", "tries",
	"tried", "trying", "prepare", "prepares", "preparing", "seeking", "seek", "seeks", "order", "bid", "aimed",
	"intended", "shall", "allow", "allows", "enable", "help", "helps")

// evidential verbs after "would" hedge rather than forecast ("it would show").
var evidential = set("show", "indicate", "suggest", "appear", "seem", "confirm")

// aspectual verbs keep the infinitive after them factual ("continue to storm").
var aspectual = set("continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "began", "begin",
	"begins", "started", "start", "starts", "managed", "manage", "manages", "succeeded", "ordered", "decided", "had", "resumed", "proceeded", "went",
	"forced", "compelled", "obliged")

var beVerbs = set("is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "got", "get", "gets")

var determiners = set("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"my", "your", "some", "several", "all", "each", "every", "any", "one", "two", "three", "both", "many",
	"another", "other", "such", "no", "more", "most", "few", "which", "what", "whose")

// Words after "to" that are not verbs, so "to" is not an infinitive marker.
var notAfterTo = set("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
	"each", "other", "date", "war", "death", "power", "peace", "civilians", "some", "all", "one", "both",
	"them", "him", "it", "us", "me", "you", "which", "whom", "what", "be", "several", "many", "about", "over", "up")

// Clause boundaries for scoping negation, modality and sides.
var clauseWords = set("but", "while", "whereas", "although", "though", "however", "which", "who", "when",
	"after", "before", "following", "because", "since", "as", "whom", "where", "yet")

// Person-like heads of a losses subject ("a commander was killed" counts one).
var personNouns = set("soldier", "official", "officer", "commander", "general", "colonel", "serviceman",
	"fighter", "militant", "mercenary", "pilot", "sniper", "major", "captain", "lieutenant", "sergeant", "civilian",
	"man", "woman", "child", "resident", "journalist")

// Civilian words turn harm into a civilian claim.
var civilianWords = set("civilian", "civilians", "residents", "resident", "inhabitants", "population", "people",
	"children", "child", "women", "houses", "house", "homes", "home", "buildings", "building", "hospital",
	"hospitals", "school", "schools", "church", "churches", "kindergarten", "residential", "apartment",
	"apartments", "infrastructure", "mosque", "cathedral", "maternity", "shelter", "shelters", "villagers",
	"dwellings", "neighborhoods", "neighbourhoods", "person", "persons", "power", "energy", "electricity", "grid",
	"heating", "market", "supermarket", "mall", "theater", "theatre", "university", "library", "museum", "bus",
	"passenger", "passengers", "pedestrians", "cities", "homes", "kindergartens", "refugees", "evacuees", "humanitarian",
	"patients", "displaced", "worshippers", "farmers", "families", "clinic", "clinics",
	"aid", "volunteers", "journalists", "doctors", "nurses", "students",
	// people by who they are, not by arms: "ethnic Tigrayans", "drivers",
	// "men and boys"; goods and services a population lives on
	"ethnic", "men", "boys", "girls", "elderly", "drivers", "staff", "workers", "priests", "priest", "deacon",
	"factory", "factories", "warehouses", "warehouse", "shops", "banks", "mill", "crops",
	"food", "medicine", "medicines", "water", "telecommunications", "banking")

// combatNouns are the triggers that name fighting without an attacker.
var combatNouns = set("fighting", "clashes", "clash", "battles", "battle", "skirmishes", "combat", "engagements", "hostilities")

// Free relative pronouns make a clause generic ("Whoever controls the
// heights controls the valley"): it speaks of no event.
var freeRelatives = set("whoever", "whichever", "whatever", "whomever")

// Parts of a place: reaching its centre is holding it, reaching its edge is
// pressing on it.
var placeCentre = set("centre", "center", "heart", "middle", "downtown")
var placeEdge = set("outskirts", "approaches", "edge", "edges", "suburbs", "outskirt", "gates", "limits")

// Road words make an attack or control of them a route claim.
var roadWords = set("road", "roads", "highway", "route", "corridor", "railway", "supply", "motorway", "link", "bridge")

// Weapon and equipment heads: "captured a tank" is a loss, not control.
// The profile's weapon names and models join them (see New).
var equipmentWords = set("tank", "tanks", "vehicle", "vehicles", "ifv", "ifvs", "apc", "apcs", "bmp", "gun", "guns",
	"howitzer", "howitzers", "mortar", "mortars", "uav", "uavs", "drone", "drones", "helicopter", "helicopters",
	"aircraft", "plane", "planes", "jet", "jets", "truck", "trucks", "launcher", "launchers", "system", "systems",
	"equipment", "weapons", "artillery", "prisoners", "prisoner", "soldiers", "troops", "personnel",
	"infantry", "fighting", "armored", "armoured", "ammunition", "radar", "radars", "column")

// Position words are places in a loose sense ("captured some positions").
var positionWords = set("positions", "position", "villages", "village", "heights", "height", "settlement",
	"settlements", "town", "towns", "city", "cities", "territory", "territories", "areas", "area", "region",
	"hill", "hills", "stronghold", "strongholds", "outskirts", "district", "districts", "trenches", "bridgehead",
	"base", "airport", "airfield", "port", "checkpoint", "outpost", "line", "lines", "front", "points", "point",
	"facilities", "facility", "bank", "streets", "street", "centre", "center", "ground", "approaches",
	"headquarters", "garrison", "palace", "compound")

// Anaphoric nouns for places ("the town", "this key stronghold").
var placeAnaphors = set("town", "city", "village", "settlement", "stronghold", "area", "locality", "citadel", "capital", "camp", "gorge", "valley", "port")

// Military register: a first-person-plural passage with these is a side's military statement.
var militaryWords = set("units", "unit", "forces", "troops", "army", "soldiers", "servicemen", "positions",
	"artillery", "aviation", "uavs", "drones", "defenders", "fighters", "air", "defense", "defence", "servicemembers")

// Continuation openers: the sentence keeps the claimant of the one before.
var continuationOpeners = set("for example", "for instance", "in particular", "in addition", "moreover", "furthermore",
	"besides", "also", "in total", "overall")

// Claimant head nouns by role.
var unnamedHeads = set("sources", "source", "reports", "report", "witnesses", "witness", "residents",
	"observers", "bloggers", "insiders", "activists", "eyewitnesses", "rumors", "rumours", "accounts",
	// people who speak by their trade, not for an institution
	"lawyers", "lawyer", "doctors", "doctor", "medics", "medic", "nurses", "nurse", "workers", "diplomats", "diplomat",
	"survivors", "survivor", "relatives", "refugees", "priest", "priests", "villagers", "farmers")
var militaryHeads = set("military", "army", "forces", "troops", "command", "ministry", "mod", "staff",
	"spokesman", "spokesperson", "headquarters", "brigade", "battalion", "units", "commander", "defence",
	"defense", "navy", "guard", "service", "spokeswoman", "regiment", "division", "corps")
var officialHeads = set("president", "government", "minister", "leadership", "side", "authorities",
	"officials", "official", "office", "parliament", "ombudsman", "administration", "governor",
	"mayor", "premier", "chancellor", "cabinet", "embassy", "diplomat", "leader", "leaders", "representative",
	"secretary", "republic", "country", "state")
var mediaHeads = set("newspaper", "agency", "outlet", "tv", "channel", "broadcaster", "media", "correspondent",
	"reporter", "journalist", "paper", "daily", "magazine", "website", "portal", "television", "channels",
	"newspapers", "agencies", "outlets", "reporters", "journalists", "correspondents", "broadcasters", "websites",
	// those who count a war's events for the public: "the monitor", "a watchdog"
	"monitor", "observatory", "watchdog", "tracker")

// titleWords precede a person's name and describe the person's office.
var titleWords = set("president", "minister", "foreign", "defense", "defence", "prime", "representative",
	"secretary", "press", "spokesman", "spokesperson", "spokeswoman", "commander", "general", "colonel", "mr",
	"mrs", "ms", "chief", "head", "deputy", "lieutenant", "major", "captain", "gen", "col", "lt", "of", "the",
	"national", "ministry", "assistant", "adviser", "advisor", "ambassador", "speaker", "mayor", "governor",
	"aide", "official", "senior", "former", "acting", "first", "vice", "leader", "commander-in-chief", "brigadier", "brig",
	"field", "sheikh", "dr")

var pronounPerson = set("he", "she")

var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// Infrastructure destroyed is an attack on a target, not a loss of materiel.
var infraWords = set("depot", "depots", "base", "bases", "airfield", "airfields", "headquarters", "bridge", "bridges",
	"warehouse", "warehouses", "facility", "facilities", "centre", "center", "plant", "station", "stations",
	"infrastructure", "storage", "arsenal", "airport", "port", "railway", "barracks")

// Weapons fired: "fired rockets at", "the rockets had been fired from".
// The profile's artillery and rocket systems join them (see New).
var firedWords = set("rockets", "rocket", "missiles", "missile", "shells", "shell", "artillery", "mortars", "mortar",
	"drones", "salvo", "salvos", "at", "on", "upon", "from", "into", "towards", "toward")

// Position verbs make a ceasefire mention an official position.
var positionVerbs = set("agreed", "agree", "agrees", "ready", "readiness", "proposed", "propose", "proposes", "offered",
	"offer", "offers", "called", "calls", "accepted", "accept", "accepts", "signed", "sign", "declared", "announced",
	"support", "supports", "welcomed", "welcome", "welcomes", "demanded", "demands", "urged", "urges", "respect",
	"committed", "observe", "announce", "declare", "announces", "declares", "announcing", "declaring")
var violationWords = set("violated", "violating", "violation", "violations", "broke", "broken", "breaking", "break",
	"breached", "breach", "breaches", "violate", "violates")

// epistemic adverbs hedge a past fact when a past verb follows them
// ("likely seized"), but make a forecast of a bare verb ("likely attempt").
var epistemic = set("likely", "probably", "possibly")

// pastNext reports a word that makes the clause after an epistemic adverb
// past: a past form or a perfect or passive auxiliary.
func pastNext(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w] || w == "has" || w == "have" || w == "had" || w == "was" || w == "were"
}

// irregularPast are the past forms of war verbs that do not end in -ed.
var irregularPast = set("took", "fell", "lost", "left", "hit", "struck", "shot", "overran", "withdrew", "drove", "threw",
	"beat", "fought", "won", "broke", "made", "got", "ran", "blew", "sank", "shelled", "cut", "held", "began")

// reportParticiples before "to have" report a past fact at second hand:
// "is said to have", "are estimated to have", "were reported to have".
var reportParticiples = set("said", "estimated", "believed", "reported", "thought", "known", "understood", "alleged",
	"claimed", "feared", "presumed", "assumed", "rumoured", "rumored", "confirmed")
