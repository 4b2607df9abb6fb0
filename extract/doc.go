// Package extract is claimtrail's claim extractor: it turns a cleaned
// document into the attributed claims of shared/spec/claims.md.
//
// It works sentence by sentence with general rules of English news prose,
// never with patterns of particular articles:
//   - attribution: reporting verbs in any tense and voice ("said", "was
//     claimed by"), "according to X", post-posed speakers ("…, the ministry
//     said"), nominal reports ("Aliyev's announcement about …", "the claims
//     of X"), quotations whose speaker is named after them or in the sentence
//     before, and pasted first-person statements ("Our units destroyed …")
//     attributed to the side opposite the enemy they name;
//   - claim typing from an event lexicon licensed by syntax (an event noun
//     counts only with a verb that asserts it: "launched an attack",
//     "suffered losses"), with the object deciding between control, losses,
//     route and civilian harm;
//   - stance from negation and denial ("denied that", "… is untrue"), hedges
//     ("reportedly", "alleged", "would show"), and the world of the clause:
//     forecasts, conditions, questions, infinitives of purpose and history
//     before the conflict's start are not claims;
//   - context rules of the spec: time carries within a paragraph, places
//     carry only by reference ("the town", "there", "that point"), claimants
//     carry through quotes, "For example" and "According to it".
//
// Decisions on borderline language, each a rule of grammar, not of a text:
//   - combat nouns ("fighting", "clashes", "battles", "combat
//     engagements") name an event but not its agent: they make an attack
//     claim only when the text names the side that fights (a side modifier,
//     "by X", or a side as subject of "launched"); fighting "between X and
//     Y" or by "both sides" is no claim;
//   - "reached the centre/outskirts of <place>" is control, like "entered";
//   - a clause with a free relative subject ("Whoever controls X …") is
//     generic and holds no claim;
//   - an attack a side tells without its agent ("the city was shelled") hits
//     that side;
//   - an official outside the profile takes a side only from what the text
//     says of the office ("the Ukrainian-appointed governor", "the head of
//     the Donetsk People's Republic" where that is a side term), never from
//     the place the office governs: the profile does not say who holds a
//     place, and a mayor of a contested town may serve either side;
//   - a person described by an apposition or a clause ("X, an RSF
//     commander,", "X commands Armenian units") keeps that side for the
//     document, so a later surname, pronoun or "X:" label carries it;
//   - "the group", "the militia", "the movement" as claimant or possessor
//     refer to the body named before;
//   - a sentence that presents a statement of one side ("the statement
//     issued by the spokesman of X") makes the first-person passage after it
//     X's, and the passage runs on through paragraphs that report nobody;
//   - "likely/probably seized" is a hedged fact, "will likely attempt" a
//     forecast; "is estimated/said to have fled" reports a past fact;
//     "were reported killed" is "reportedly killed";
//   - an appositive report names its denier: "…, a charge X rejected";
//   - a time expression that names no day (a bare month or year, "last
//     week", "early May") gives no date, as the spec's annotators do;
//   - a count in an "including" aside is part of the total before it, not
//     added to it;
//   - troops said to be in a place hold it ("its troops were in Gori",
//     "there are no Russian troops in Poti", "soldiers inside the palace");
//     moving, driving or rolling into a place enters it; checkpoints set up
//     at a place hold it; troops that flee, evacuate, fall back from or
//     vacate a place withdraw from it (civilians who flee stay civilian);
//   - a passive keeps its voice past a negation ("was never taken") and in a
//     headline that drops the auxiliary ("Zugdidi taken without a fight",
//     after a live-blog time stamp too); "the town had been lost" is lost by
//     the side named, else by the claimant's own;
//   - "likely (still) control" is a hedged present state, not a forecast;
//     "attempted/tried to advance" is an attack, "plans to advance" is not;
//   - halting or ending an operation, or an operation said to be over, is
//     a position (statement);
//   - "by X's count" and "by its count" attribute the clause they open;
//     "conceded" reports; "an account X rejected" names its denier; a
//     speaker in apposition after the clause ("…, a spokesman, Y, said")
//     does not swallow the clause; an event noun whose clause is "was
//     confirmed by X" is X's claim;
//   - "lost 18 servicemen killed and 52 wounded" is one loss, and so is
//     "…, and four aircraft were shot down" after it; two verbs joined by
//     "and" after one subject ("shot down four aircraft and killed 50
//     soldiers") make one claim; "put its own dead at 160" is a loss of the
//     subject's side; "there are casualties" asserts harm, "there were no
//     casualties" asserts nothing;
//   - an event noun is asserted when its clause says it began, started or
//     resumed ("the withdrawal from Kherson began on Friday"); a foothold
//     gained in a place is control; a place that "came under" a side's
//     control is held by it;
//   - an indirect question ("did not say how many") asserts nothing;
//     "guarding abandoned ammunition" and "residents accused of looting"
//     describe, they report no event; a relative clause about the years
//     before the war (", which Georgia had held since 2006") neither makes
//     the claim history nor dates it;
//   - a side term inside a third party's name ("the Ethiopian Human Rights
//     Commission") names no camp; the last word of an institution's name
//     refers back to it ("the task force", "the commission"), and "the
//     command" and "the leadership" refer to the body named before;
//   - "its" agrees with a singular antecedent ("federal forces attacked its
//     positions": not the forces'); a live-blog time stamp may stand before
//     a "Name:" speaker label; "told" takes its hearer before an adjunct
//     ("…, a commander told Red Sea Monitor by phone"); a verb phrase
//     joined after a medial speaker ("X crossed the border, officials said,
//     and have killed dozens") is in the same report;
//   - people who speak by their trade ("lawyers", "doctors", "aid
//     workers", "diplomats") are unnamed sources;
//   - harm to civilians includes detaining, arresting, rounding up and
//     expelling people, sexual violence, famine and hunger, shooting and
//     stabbing; aid, food, power or a camp "cut off" or "blocked" with no
//     road named is harm, not a route; goods and people who enter a place
//     ("the trucks that entered Tigray") take nothing; a blockade that
//     "left" a region without something is no withdrawal;
//   - a state of emergency, a cessation of hostilities, readiness for talks
//     and commitment to a process are positions, as is an operation a
//     speaker declares completed; "denied any role in the killings" denies
//     the harm claimed just before; towns that "had fallen" were taken;
//   - scope: a negative object denies the event ("lost no tanks"), a
//     negation outside a prepositional phrase leaves the event inside it
//     standing ("no one was hurt in the strike"); "had to", "managed to",
//     "were forced to" put their infinitive among facts; a position said
//     with "would" in a report is taken now ("Turkey would stand by
//     Azerbaijan"); withdrawing or retracting a statement denies it;
//   - air defence: intercepting or shooting down what was fired repels an
//     attack, the launch is an attack by whoever fired it; a drone or an
//     aircraft shot down is materiel lost;
//   - with more than two camps, an unnamed target is the other camp the
//     text is about (this sentence, else the ones before it).
//
// Files: extract.go (the Extractor and the per-document state), tokens.go,
// lexicon.go (the word lists), attrib.go (frames: who says what),
// quotes.go (speakers of quotations and pasted statements), events.go
// (triggers and the claims they make), modality.go (forecasts, negation,
// history), sides.go (actor and target), denials.go (denials of claims
// made before), counts.go (quantities), places.go, dates.go.
//
// Author-voice claims take the document's outlet as claimant, else the
// outlet of the original it republishes, else "" (the claimant name is not
// scored, its side and role are).
//
// Promises: Extract never panics on any body; every claim's Start and End
// lie inside the body on its sentence and Sentence is that span with white
// space folded; claims come ordered by position with deterministic IDs
// ("<doc>:<sentence>:<type>:<rank>"). An Extractor is read-only after New
// and safe for concurrent use. Sides, actors and places come from the
// conflict profile; without one, claims are still found with empty sides
// and places.
package extract
