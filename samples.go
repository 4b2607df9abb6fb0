package claimtrail

import "embed"

// Samples holds the bundled sample articles that 'claimtrail demo' ingests:
// the five seed articles of the 2020 Karabakh war and the project's own test
// corpus of both wars. It is data only.
//
//go:embed testdata/seeds/*.txt testdata/corpus/*/*.txt testdata/corpus/*/*.md testdata/corpus/*/*.html
var Samples embed.FS
