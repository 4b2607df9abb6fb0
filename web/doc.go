// Package web serves a claimtrail ledger to people and programs: a
// server-rendered UI (map, timeline, disputes board, tallies, claim pages,
// search, ingest) and a JSON API under /api/ described by an OpenAPI 3
// document at /api/openapi.json.
//
// What it promises:
//   - Everything is embedded and works offline: templates, our own CSS and a
//     little of our own JavaScript (every page works without it), and the
//     base maps of package basemap. Maps and charts are SVG drawn in Go. An
//     optional tile URL adds an online base layer behind the map.
//   - Article text is always escaped (html/template, no template.HTML on
//     ledger data), and a strict Content Security Policy allows only our own
//     script and styles.
//   - Writes need the configured token as "Authorization: Bearer TOKEN" (or
//     the token field of the ingest form); with no token configured every
//     write is refused with 403. Uploads run through the same pipeline as
//     'claimtrail ingest' and are folded into the resolver at once, so every
//     view shows them on the next request.
//   - API errors are {"error":{"code","message"}}; the code is the error's
//     kind and statusOf is the one place that maps kinds to statuses. Page
//     sizes and request bodies are bounded, every request has a deadline,
//     and ListenAndServe sets timeouts on every stage and shuts down
//     gracefully when its context ends.
package web
