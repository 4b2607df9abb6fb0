package quantity

import (
	"sort"
	"strings"
)

// Items of the spec's quantities.
const (
	Killed         = "killed"
	Wounded        = "wounded"
	Casualties     = "casualties"
	Fighters       = "fighters"
	Tank           = "tank"
	ArmoredVehicle = "armored_vehicle"
	Artillery      = "artillery"
	MLRS           = "mlrs"
	AirDefense     = "air_defense"
	UAV            = "uav"
	Helicopter     = "helicopter"
	Aircraft       = "aircraft"
	Vehicle        = "vehicle"
)

// Items lists every item the package can return, in the spec's order.
var Items = []string{Killed, Wounded, Casualties, Fighters, Tank, ArmoredVehicle, Artillery, MLRS,
	AirDefense, UAV, Helicopter, Aircraft, Vehicle}

// Noun classes.
const (
	cWeapon    uint8 = iota + 1
	cCombatant       // soldiers, militants: a bare count of them is "fighters"
	cCivilian        // civilians, people: counted only when killed or wounded
	cOutcome         // casualties, dead, wounded: the noun is the item
	cSkip            // prisoners, fuel tanks, machine guns: never an item
)

type entry struct {
	toks  []string
	item  string
	class uint8
	sing  bool // the form is singular: "a tank", "a soldier"
	plur  bool // the form is plural: "tanks"; "aircraft" is both
	mass  bool // "artillery", "personnel": counted by a number, never by "a"
	weak  bool // "vehicles": yields to a more specific noun before it ("MT-LB vehicles")
	model bool // a model or system name: also matched as a prefix ("t-72b3", "bmp-2")
}

// Lexicon maps nouns and weapon names to items. It is safe for concurrent
// use once built.
type Lexicon struct {
	byFirst map[string][]*entry // by first token, longest first
}

// NewLexicon returns the built-in English lexicon extended with extra:
// lowercased weapon names and models from a conflict profile mapped to
// items ("t-72": "tank", "zastava m-55": "air_defense", "tb2": "uav").
// Unknown items are ignored. A name is also found in the plural ("T-72s",
// "Bayraktars") and with a variant suffix ("T-72B3", "BMP-2").
func NewLexicon(extra map[string]string) *Lexicon {
	l := &Lexicon{byFirst: make(map[string][]*entry, 512)}
	for _, b := range builtin {
		for _, form := range b.forms {
			sing, plur, _ := strings.Cut(form, "|")
			for _, v := range spellings(sing) {
				l.add(&entry{toks: strings.Fields(v), item: b.item, class: b.class, sing: true, mass: b.mass, weak: b.weak, model: b.model})
			}
			for _, v := range spellings(plur) {
				l.add(&entry{toks: strings.Fields(v), item: b.item, class: b.class, plur: true, mass: b.mass, weak: b.weak, model: b.model})
			}
		}
	}
	valid := make(map[string]bool, len(Items))
	for _, it := range Items {
		valid[it] = true
	}
	// Sorted so that a name given twice resolves the same way every run.
	names := make([]string, 0, len(extra))
	for name := range extra {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		item := extra[name]
		if !valid[item] {
			continue
		}
		toks := tokenize(name, asciiLower(name), nil)
		words := make([]string, 0, len(toks))
		for _, t := range toks {
			if t.kind == tPunct {
				continue // quotes around "Zastava M-55"
			}
			words = append(words, t.w)
		}
		if len(words) == 0 {
			continue
		}
		l.addProfile(&entry{toks: words, item: item, class: cWeapon, sing: true, model: true})
		last := words[len(words)-1]
		if !strings.HasSuffix(last, "s") {
			pl := append(append([]string(nil), words[:len(words)-1]...), last+"s")
			l.addProfile(&entry{toks: pl, item: item, class: cWeapon, plur: true, model: true})
		}
	}
	for k, es := range l.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].toks) > len(es[j].toks) })
		l.byFirst[k] = es
	}
	return l
}

// addProfile stores a profile's weapon name. Where a built-in weapon noun
// has the same words but another item, the profile's item wins: the profile
// knows what a generic phrase means in its war ("combat vehicles" are
// pickup trucks in one war and armoured vehicles in another).
func (l *Lexicon) addProfile(e *entry) {
	for _, o := range l.byFirst[e.toks[0]] {
		if equalToks(o.toks, e.toks) && o.item != e.item && o.class == cWeapon {
			o.item = e.item
			return
		}
	}
	l.add(e)
}

// add stores e; a form given twice keeps the first meaning and merges its
// number, so "aircraft" is singular and plural.
func (l *Lexicon) add(e *entry) {
	if len(e.toks) == 0 {
		return
	}
	for _, o := range l.byFirst[e.toks[0]] {
		if equalToks(o.toks, e.toks) {
			if o.item == e.item && o.class == e.class {
				o.sing = o.sing || e.sing
				o.plur = o.plur || e.plur
			}
			return
		}
	}
	l.byFirst[e.toks[0]] = append(l.byFirst[e.toks[0]], e)
}

func equalToks(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// spellings returns s with British and American spellings and with spaced
// or hyphenated compounds.
func spellings(s string) []string {
	if s == "" {
		return nil
	}
	out := []string{s}
	swap := func(from, to string) {
		for _, v := range out {
			if strings.Contains(v, from) {
				out = append(out, strings.ReplaceAll(v, from, to))
			}
		}
	}
	swap("armored", "armoured")
	swap("defense", "defence")
	swap("anti-aircraft", "antiaircraft")
	swap("anti-aircraft", "anti aircraft")
	swap("air defen", "air-defen")
	swap("soft-skin", "soft skin")
	swap("multiple rocket", "multiple-rocket")
	swap("multiple launch", "multiple-launch")
	swap("self-propelled", "self propelled")
	return out
}

type builtinNoun struct {
	item  string
	class uint8
	mass  bool
	weak  bool
	model bool
	forms []string // "singular|plural"; either side may be empty
}

// builtin is the English lexicon. Model names beyond the few that English
// reporting uses as common nouns (BMP, BTR, MT-LB, Grad) belong in the
// conflict profile and come in through NewLexicon's extra map.
var builtin = []builtinNoun{
	{item: Tank, class: cWeapon, forms: []string{"tank|tanks", "battle tank|battle tanks",
		"main battle tank|main battle tanks", "mbt|mbts"}},
	{item: ArmoredVehicle, class: cWeapon, forms: []string{
		"armored vehicle|armored vehicles", "armored personnel carrier|armored personnel carriers",
		"personnel carrier|personnel carriers", "apc|apcs", "ifv|ifvs", "afv|afvs",
		"infantry fighting vehicle|infantry fighting vehicles", "armored combat vehicle|armored combat vehicles",
		"armored fighting vehicle|armored fighting vehicles", "combat vehicle|combat vehicles",
		"fighting vehicle|fighting vehicles", "armored car|armored cars",
		"armored infantry vehicle|armored infantry vehicles", "armored transporter|armored transporters",
		"infantry carrier|infantry carriers", "armored carrier|armored carriers",
		"armored combat machine|armored combat machines", "armored vehicle unit|armored vehicle units"}},
	{item: ArmoredVehicle, class: cWeapon, model: true, forms: []string{"bmp|bmps", "btr|btrs", "mt-lb|mt-lbs"}},
	{item: Artillery, class: cWeapon, forms: []string{"gun|guns", "artillery gun|artillery guns",
		"artillery piece|artillery pieces", "artillery system|artillery systems",
		"artillery installation|artillery installations", "artillery mount|artillery mounts",
		"howitzer|howitzers", "howitzer-gun|howitzer-guns", "howitzer gun|howitzer guns",
		"cannon|cannons", "mortar|mortars", "self-propelled gun|self-propelled guns",
		"self-propelled howitzer|self-propelled howitzers", "field gun|field guns",
		"anti-tank gun|anti-tank guns", "gun-howitzer|gun-howitzers"}},
	{item: Artillery, class: cWeapon, mass: true, forms: []string{"artillery|"}},
	{item: MLRS, class: cWeapon, forms: []string{"multiple rocket launcher|multiple rocket launchers",
		"multiple launch rocket system|multiple launch rocket systems",
		"multiple rocket launch system|multiple rocket launch systems",
		"multiple rocket launcher system|multiple rocket launcher systems",
		"multiple rocket system|multiple rocket systems",
		"rocket launcher|rocket launchers", "rocket launcher system|rocket launcher systems",
		"rocket artillery system|rocket artillery systems", "rocket system|rocket systems",
		"mlrs|mlrs", "mrl|mrls", "mlrs system|mlrs systems",
		"salvo fire system|salvo fire systems", "volley fire system|volley fire systems",
		"salvo system|salvo systems", "rocket launch system|rocket launch systems"}},
	{item: MLRS, class: cWeapon, model: true, forms: []string{"grad|grads"}},
	{item: AirDefense, class: cWeapon, forms: []string{"air defense system|air defense systems",
		"air defense missile system|air defense missile systems", "air defense complex|air defense complexes",
		"air defense launcher|air defense launchers", "air defense installation|air defense installations",
		"air defense unit|air defense units", "air defense gun|air defense guns",
		"anti-aircraft gun|anti-aircraft guns", "anti-aircraft system|anti-aircraft systems",
		"anti-aircraft missile system|anti-aircraft missile systems",
		"anti-aircraft missile complex|anti-aircraft missile complexes",
		"anti-aircraft missile launcher|anti-aircraft missile launchers",
		"anti-aircraft installation|anti-aircraft installations",
		"anti-aircraft artillery system|anti-aircraft artillery systems",
		"anti-aircraft mount|anti-aircraft mounts",
		"aa gun|aa guns", "sam|sams", "sam system|sam systems", "sam launcher|sam launchers",
		"sam site|sam sites", "surface-to-air missile system|surface-to-air missile systems",
		"surface-to-air missile launcher|surface-to-air missile launchers",
		"surface-to-air missile battery|surface-to-air missile batteries",
		"air defense battery|air defense batteries", "anti-aircraft battery|anti-aircraft batteries"}},
	{item: UAV, class: cWeapon, forms: []string{"uav|uavs", "drone|drones", "unmanned aerial vehicle|unmanned aerial vehicles",
		"unmanned air vehicle|unmanned air vehicles", "unmanned aircraft|unmanned aircraft",
		"unmanned aerial system|unmanned aerial systems", "uas|", "attack drone|attack drones",
		"combat drone|combat drones", "kamikaze drone|kamikaze drones", "reconnaissance drone|reconnaissance drones"}},
	{item: Helicopter, class: cWeapon, forms: []string{"helicopter|helicopters", "chopper|choppers",
		"gunship|gunships", "helicopter gunship|helicopter gunships", "attack helicopter|attack helicopters"}},
	{item: Aircraft, class: cWeapon, forms: []string{"aircraft|aircraft", "plane|planes", "airplane|airplanes",
		"aeroplane|aeroplanes", "warplane|warplanes", "jet|jets", "fighter jet|fighter jets",
		"fighter plane|fighter planes", "fighter aircraft|fighter aircraft", "fighter-bomber|fighter-bombers",
		"bomber|bombers", "attack aircraft|attack aircraft", "combat aircraft|combat aircraft",
		"military aircraft|military aircraft", "interceptor|interceptors"}},
	{item: Vehicle, class: cWeapon, weak: true, forms: []string{"vehicle|vehicles"}},
	{item: Vehicle, class: cWeapon, forms: []string{"truck|trucks", "military truck|military trucks",
		"lorry|lorries", "soft-skinned vehicle|soft-skinned vehicles", "soft-skin vehicle|soft-skin vehicles",
		"unarmored vehicle|unarmored vehicles", "car|cars", "motor vehicle|motor vehicles", "pickup|pickups",
		"pickup truck|pickup trucks", "pick-up|pick-ups", "jeep|jeeps", "fuel truck|fuel trucks",
		"automobile|automobiles", "transport vehicle|transport vehicles", "fuel tanker|fuel tankers",
		"military vehicle|military vehicles", "special vehicle|special vehicles"}},

	{item: "", class: cCombatant, forms: []string{"soldier|soldiers", "troop|troops", "serviceman|servicemen",
		"servicewoman|servicewomen", "servicemember|servicemembers", "service member|service members",
		"militant|militants", "mercenary|mercenaries", "fighter|fighters", "man|men",
		"militiaman|militiamen", "militia fighter|militia fighters", "terrorist|terrorists",
		"insurgent|insurgents", "rebel|rebels", "separatist|separatists", "guerrilla|guerrillas",
		"guerilla|guerillas", "jihadist|jihadists", "commando|commandos", "paratrooper|paratroopers",
		"marine|marines", "sniper|snipers", "officer|officers", "conscript|conscripts",
		"reservist|reservists", "recruit|recruits", "volunteer|volunteers", "crewman|crewmen",
		"crew member|crew members", "crew|crews", "operator|operators", "pilot|pilots",
		"gunner|gunners", "commander|commanders", "combatant|combatants", "occupier|occupiers",
		"invader|invaders", "legionnaire|legionnaires", "legionary|legionaries", "defender|defenders",
		"nationalist|nationalists", "guardsman|guardsmen", "border guard|border guards",
		"saboteur|saboteurs", "trooper|troopers", "infantryman|infantrymen", "tankman|tankmen",
		"driver|drivers", "mechanic|mechanics", "scout|scouts",
		"colonel|colonels", "captain|captains",
		"lieutenant|lieutenants", "sergeant|sergeants", "contractor|contractors",
		"cadet|cadets", "rifleman|riflemen", "artilleryman|artillerymen", "gunman|gunmen",
		"attacker|attackers", "assailant|assailants", "enemy soldier|enemy soldiers",
		"special forces operator|special forces operators", "|special forces", "|personnel",
		"military personnel|military personnel"}},
	{item: "", class: cCivilian, forms: []string{"civilian|civilians", "|people", "person|persons",
		"resident|residents", "child|children", "woman|women", "journalist|journalists",
		"reporter|reporters", "official|officials", "|others", "inhabitant|inhabitants",
		"villager|villagers", "passenger|passengers", "employee|employees", "worker|workers",
		"doctor|doctors", "medic|medics", "teenager|teenagers", "citizen|citizens",
		"individual|individuals", "victim|victims", "policeman|policemen",
		"police officer|police officers", "boy|boys", "girl|girls", "minor|minors", "baby|babies",
		"infant|infants", "student|students", "nurse|nurses", "rescuer|rescuers",
		"firefighter|firefighters", "farmer|farmers", "pensioner|pensioners", "volunteer worker|volunteer workers",
		"aid worker|aid workers", "peacekeeper|peacekeepers", "diplomat|diplomats", "priest|priests",
		"member|members", "local|locals", "refugee|refugees", "patient|patients", "worshipper|worshippers",
		"displaced person|displaced people", "companion|companions", "family member|family members"}},
	{item: Casualties, class: cOutcome, forms: []string{"casualty|casualties"}},
	{item: Killed, class: cOutcome, forms: []string{"death|deaths", "fatality|fatalities", "|dead",
		"|killed", "|kia", "body|bodies", "|slain", "|killed in action", "|fallen"}},
	{item: Wounded, class: cOutcome, forms: []string{"|wounded", "|injured", "|wia", "injury|injuries"}},
	{item: "", class: cSkip, forms: []string{"prisoner|prisoners", "prisoner of war|prisoners of war",
		"pow|pows", "captive|captives", "hostage|hostages", "detainee|detainees", "fuel tank|fuel tanks",
		"water tank|water tanks", "oil tank|oil tanks", "gas tank|gas tanks", "storage tank|storage tanks",
		"think tank|think tanks", "septic tank|septic tanks", "machine gun|machine guns",
		"machine-gun|machine-guns", "submachine gun|submachine guns", "sub-machine gun|sub-machine guns",
		"jet fuel|", "jet ski|jet skis", "car bomb|car bombs", "car park|car parks", "water cannon|water cannons",
		"anti-tank|", "anti-drone|", "counter-drone|", "nail gun|nail guns", "air gun|air guns",
		"gun shot|gun shots", "gun barrel|gun barrels", "missing|", "defector|defectors",
		"deserter|deserters", "evacuee|evacuees", "tank trap|tank traps", "tank ditch|tank ditches",
		"fire engine|fire engines", "police car|police cars", "civilian car|civilian cars",
		"civilian vehicle|civilian vehicles", "private car|private cars", "ambulance|ambulances"}},
}
