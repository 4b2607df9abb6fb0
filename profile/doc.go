// Package profile loads conflict profiles and answers what a text mentions:
// places (the gazetteer), the sides' terms, actors, outlets and weapons.
//
// A profile is a folder of data (see profiles/README.md): profile.json for
// the war's period, sides, actors, outlets and weapon names, and places.tsv
// for its gazetteer. Load validates it and names the file and line of
// anything wrong: two sides with one code, an actor of an unknown side, a
// weapon mapped to something that is not a quantity item of the spec,
// coordinates out of range, or one alias naming two places.
//
// What it promises:
//   - Names compare by Key: case, Latin diacritics, apostrophes, hyphens
//     and spaces do not matter ("Karin-Tak" = "Karintak", "Şuşa" = "Susa").
//   - The Find methods report whole-word mentions, leftmost-longest and not
//     overlapping, sorted by Start, with byte offsets into the text. In the
//     text a hyphen may fall anywhere in a name, white space only where the
//     name has a space, punctuation nowhere.
//   - A name written with a capital in the profile matches only a
//     capitalized mention; place mentions always need a capital, and place
//     names that are common English words or first names (see stopwords.go)
//     are found by Lookup but never by Find.
//   - "pro-X" counts as a mention of X's side; "anti-X" as no side at all.
//   - Matching is a trie walk over folded words built at load time; a loaded
//     Profile is read-only and safe for concurrent use. Builtin loads the
//     shipped profiles once.
package profile
