// Package profiles holds the conflict profiles shipped with claimtrail, one
// folder per war (profile.json, places.tsv, and the inputs and README they
// come from), embedded in the binary. Package profile loads and validates
// them; README.md in this folder describes the format.
package profiles
