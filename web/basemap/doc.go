// Package basemap holds the country outlines the web UI draws its maps on,
// and the geometry to draw them: a projection fitted to a box, Douglas-
// Peucker simplification and ring clipping.
//
// The outlines are derived from Natural Earth (public domain) through the
// npm package world-atlas by tools/basemap and committed under data/, one
// JSON file per theatre of war, so that the UI needs no download, no tile
// server and no map library. What it promises: Theatres never touches the
// network; Simplify keeps the end points and every point farther than the
// tolerance from the simplified line; ClipRing returns only points inside
// the box.
package basemap
