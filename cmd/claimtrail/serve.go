package main

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/profile"
	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/web"
)

// defaultAddr is loopback only: the server shows whatever the ledger holds
// and is not meant to face a network without a proxy in front.
const defaultAddr = "127.0.0.1:8080"

func runServe(e *env) error {
	fs := newFlags(e, "serve")
	db := dbFlag(fs)
	pf := addProfileFlags(fs)
	rf := addReuseFlags(fs)
	addr := fs.String("addr", defaultAddr, "address to listen on (host:port)")
	token := fs.String("token", os.Getenv("CLAIMTRAIL_TOKEN"), "write token for ingest (default $CLAIMTRAIL_TOKEN); without one, writes are refused")
	tiles := fs.String("tiles", "", "optional online base layer behind the map: a tile URL with {z}, {x} and {y} (off by default; the map works offline)")
	follow := fs.Duration("follow", 5*time.Second, "how often to look for documents other processes (queue workers, ingest) stored in the ledger; 0 turns it off")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := rf.check(); err != nil {
		return err
	}
	all, _, err := pf.load()
	if err != nil {
		return err
	}
	store, err := openExisting(e.ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	return serveWith(e, store, all, reuseOptions(all, rf), *addr, *token, *tiles, *follow, func(url string) {
		fmt.Fprintf(e.stdout, "claimtrail: serving %s\n", url)
		if *token == "" {
			fmt.Fprintln(e.stdout, "claimtrail: no --token or CLAIMTRAIL_TOKEN: ingest is disabled")
		}
	})
}

// serveLedger serves a ledger until e.ctx is done (SIGINT or SIGTERM),
// then shuts down gracefully. ready is called with the URL once the server
// listens. 'claimtrail demo' calls it after ingesting the samples.
func serveLedger(e *env, store claimtrail.Store, all []*profile.Profile, addr, token string, ready func(url string)) error {
	return serveWith(e, store, all, reuseOptions(all, nil), addr, token, "", 5*time.Second, ready)
}

func serveWith(e *env, store claimtrail.Store, all []*profile.Profile, ropts []reuse.Option, addr, token, tiles string, follow time.Duration, ready func(url string)) error {
	// The change feed's head is taken before the ledger is read, so that
	// nothing another process stores meanwhile is missed.
	var head string
	if feed, ok := store.(claimtrail.ChangeFeed); ok && follow > 0 {
		h, err := feed.ChangeHead(e.ctx)
		if err != nil {
			return err
		}
		head = h
	}
	r, err := buildResolver(e.ctx, store, all)
	if err != nil {
		return err
	}
	reuser, err := newReuser(e.ctx, store, ropts)
	if err != nil {
		return err
	}
	srv := web.New(web.Config{
		Store:    store,
		Resolver: r,
		Profiles: all,
		Engine:   newEngine(e, all, nil, 10<<20, 0),
		Reuser:   reuser,
		Token:    token,
		Tiles:    tiles,
		Logger:   slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),

		Follow:      follow,
		ChangesFrom: head,
	})
	return srv.ListenAndServe(e.ctx, addr, ready)
}
