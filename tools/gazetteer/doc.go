// Command gazetteer derives a profile's places.tsv from the GeoNames
// cities500 dump and the profile's own hand entries.
//
//	go run ./tools/gazetteer -geonames /tmp/package/dist/cities500.txt profiles/karabakh-2020
//
// It reads <profile>/gazetteer.json (what to select) and
// <profile>/places-hand.tsv (places GeoNames lacks, and corrections to the
// ones it has), and writes <profile>/places.tsv. The output depends only on
// these inputs: running it twice gives the same bytes.
//
// Selection (gazetteer.json): rules of country codes, a bounding box and a
// population floor choose the GeoNames rows; theatre boxes say where the
// war is; scripts say which alternate names to keep. Hand rows
// (places-hand.tsv) with an id "geonames:N" correct that entry (a new name,
// the old one kept as an alias; coordinates; aliases, "-alias" to remove
// one); rows with an id "hand:..." add a place. Every hand row names its
// source.
//
// Each name must name one place. Where several places share one, a hand
// row's word is final; then a place ten times larger than the other; then
// the place whose own name it is; then a place in the theatre; then the
// larger place; then the one listed first. The others lose the alias, and
// one that loses its own name is renamed "Name (Admin)", or "Name (id)" where
// two losers share the division. An alternate name
// that three or more places share is dropped from all of them.
package main
