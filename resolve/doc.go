// Package resolve turns claims into events and says what is contested.
//
// Claims about the same thing (one type family, overlapping places and
// dates, the same actor and target) are grouped into events. Each event
// keeps the claims of every side and a status history: claimed, disputed,
// confirmed or refuted, with the date and the claims that moved it. From the
// same claims the package derives a control timeline (who holds a place on a
// day according to each side) and loss tallies (what each side claims to
// have inflicted, as running totals and daily claims, next to what the other
// side admits).
//
// Statuses are dated by the day the claims that moved them were published
// (a denial published on the 5th disputes from the 5th). The camps that
// confirm or refute are the sides and, as one more camp, claimants of no
// side (a neutral outlet in its own voice, a monitor); copies move nothing.
// A denial, retraction or withdrawal dated by the day it was said joins the
// claim it answers up to a week later. testdata/events holds a gold of
// multi-document events and statuses that eval scores the package against.
//
// A Resolver is incremental: Add folds new claims into the events they
// belong to and recomputes only the events they touch. It needs the
// documents' publication dates and outlets, and the conflict profiles'
// start dates and sides; it does not import any store.
package resolve
