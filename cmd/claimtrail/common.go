package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/pipeline"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/sqlite"
)

// defaultDB is the ledger used when --db is not given.
const defaultDB = "claimtrail.db"

// dbFlag adds --db, defaulting to $CLAIMTRAIL_DB or ./claimtrail.db.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("CLAIMTRAIL_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "ledger database: a SQLite file path, or postgres://… for a shared PostgreSQL ledger")
}

// openStore opens the ledger named by --db.
func openStore(ctx context.Context, dsn string) (claimtrail.Store, error) {
	if dsn == "" {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "--db is empty")
	}
	if isPostgresURL(dsn) {
		return openPostgres(ctx, dsn)
	}
	dsn = strings.TrimPrefix(dsn, "sqlite://")
	return sqlite.Open(ctx, dsn)
}

// openExisting opens a ledger that must already exist (for queries), so that
// a typo in --db does not silently create an empty ledger.
func openExisting(ctx context.Context, dsn string) (claimtrail.Store, error) {
	path := strings.TrimPrefix(dsn, "sqlite://")
	if !strings.Contains(path, "://") {
		if _, err := os.Stat(path); err != nil {
			return nil, claimtrail.Errorf(claimtrail.ENotFound, "no ledger at %s (run 'claimtrail ingest' or 'claimtrail demo' first, or pass --db)", path)
		}
	}
	return openStore(ctx, dsn)
}

// profileFlags adds --profile and --profile-dir.
type profileFlags struct {
	name *string
	dirs *string
}

func addProfileFlags(fs *flag.FlagSet) profileFlags {
	return profileFlags{
		name: fs.String("profile", "", "force one conflict profile for every document: a built-in name (karabakh-2020, ukraine-2022) or a profile folder"),
		dirs: fs.String("profile-dir", os.Getenv("CLAIMTRAIL_PROFILES"), "a folder of extra profile folders, chosen per document like the built-in ones"),
	}
}

// load returns the candidate profiles and the forced one (nil when none).
func (pf profileFlags) load() (all []*profile.Profile, forced *profile.Profile, err error) {
	builtin, err := profile.Builtin()
	if err != nil {
		return nil, nil, err
	}
	all = append(all, builtin...)
	if *pf.dirs != "" {
		entries, err := os.ReadDir(*pf.dirs)
		if err != nil {
			return nil, nil, claimtrail.Errorf(claimtrail.EInvalid, "--profile-dir: %v", err)
		}
		for _, de := range entries {
			dir := filepath.Join(*pf.dirs, de.Name())
			// a symbolic link to a profile folder counts as one
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			p, err := profile.LoadDir(dir)
			if err != nil {
				return nil, nil, claimtrail.Errorf(claimtrail.EInvalid, "profile %s: %v", de.Name(), err)
			}
			all = append(all, p)
		}
	}
	if *pf.name != "" {
		forced = profile.ByName(all, *pf.name)
		if forced == nil {
			if st, err := os.Stat(*pf.name); err == nil && st.IsDir() {
				forced, err = profile.LoadDir(*pf.name)
				if err != nil {
					return nil, nil, claimtrail.Errorf(claimtrail.EInvalid, "--profile %s: %v", *pf.name, err)
				}
				all = append(all, forced)
			} else {
				var names []string
				for _, p := range all {
					names = append(names, p.Name)
				}
				return nil, nil, claimtrail.Errorf(claimtrail.EInvalid, "--profile: no profile %q (have %s, or give a folder)", *pf.name, strings.Join(names, ", "))
			}
		}
	}
	return all, forced, nil
}

// resolvePlace turns any alias into the canonical gazetteer name, trying
// every profile; an unknown name is returned as given.
func resolvePlace(profiles []*profile.Profile, name string) string {
	for _, p := range profiles {
		if p.Places == nil {
			continue
		}
		if pl := p.Places.Lookup(name); pl != nil {
			return pl.Name
		}
	}
	return name
}

func newEngine(e *env, all []*profile.Profile, forced *profile.Profile, maxBytes int64, workers int) *pipeline.Engine {
	return pipeline.New(pipeline.Options{
		Profiles: all,
		Force:    forced,
		Workers:  workers,
		MaxBytes: maxBytes,
		Stdin:    e.stdin,
		Learn:    true,
	})
}

// The embedded ledger writes ingest batches in one transaction each.
var _ pipeline.BatchStore = (*sqlite.DB)(nil)
