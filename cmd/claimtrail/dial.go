package main

import (
	"context"
	"net/url"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/postgres"
	"github.com/claimtrail/claimtrail/queue"
	"github.com/claimtrail/claimtrail/reuse"
)

// isPostgresURL reports whether --db names a PostgreSQL ledger.
func isPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openPostgres opens (and migrates) the PostgreSQL ledger at dsn.
func openPostgres(ctx context.Context, dsn string) (claimtrail.Store, error) {
	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, err // never a typed nil in the interface
	}
	return db, nil
}

// postgresReuser returns the reuse step of a PostgreSQL ledger, safe from
// many processes at once (it holds the ledger's reuse lock), or nil when
// store is not PostgreSQL. Every process writing one ledger must build it
// with the same options.
func postgresReuser(store claimtrail.Store, opts ...reuse.Option) *postgres.Reuser {
	if db, ok := store.(*postgres.DB); ok {
		return db.NewReuser(opts...)
	}
	return nil
}

// parseQueueURL splits --queue into the NATS server URL and the queue's
// prefix, given as the URL's path: nats://host:4222/newsroom is the queue
// "newsroom" on host; no path is the default queue. Several servers may be
// given comma-separated, as NATS accepts them; the path is read from the
// last.
func parseQueueURL(raw string) (server, prefix string, err error) {
	if raw == "" {
		return "", "", claimtrail.Errorf(claimtrail.EInvalid, "--queue is empty: give the NATS server, e.g. nats://127.0.0.1:4222")
	}
	servers := strings.Split(raw, ",")
	last := servers[len(servers)-1]
	u, err := url.Parse(last)
	if err != nil || u.Host == "" || (u.Scheme != "nats" && u.Scheme != "tls" && u.Scheme != "ws" && u.Scheme != "wss") {
		return "", "", claimtrail.Errorf(claimtrail.EInvalid, "--queue %q is not a NATS URL (nats://HOST:PORT[/PREFIX])", raw)
	}
	prefix = strings.Trim(u.Path, "/")
	u.Path = ""
	servers[len(servers)-1] = u.String()
	if _, err := queue.NamesFor(prefix); err != nil {
		return "", "", err
	}
	return strings.Join(servers, ","), prefix, nil
}

// dialQueue connects to the queue named by --queue.
func dialQueue(ctx context.Context, raw, clientName string) (*queue.Queue, error) {
	server, prefix, err := parseQueueURL(raw)
	if err != nil {
		return nil, err
	}
	return queue.Dial(ctx, server, queue.Options{Prefix: prefix, Name: clientName})
}
