package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimtrail/claimtrail"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the PostgreSQL ledger. It is safe for concurrent use, by many
// goroutines and by many processes on many machines sharing one database.
type DB struct {
	pool  *pgxpool.Pool
	cache *docCache // committed reuse index entries, immutable
	keys  *keyState // the committed reuse index's postings, in memory

	// Now is the clock stamped on documents and rejections.
	Now func() time.Time
}

var _ claimtrail.Store = (*DB)(nil)

// Open connects to the database named by url (postgres://user@host:port/db?
// sslmode=disable, or any libpq connection string) and applies the
// migrations it has not seen. A search_path parameter in the URL
// (…&search_path=newsroom) keeps the ledger in that schema, created if
// missing: several ledgers can share one database.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "postgres: bad connection URL: %v", err)
	}
	if sp := cfg.ConnConfig.RuntimeParams["search_path"]; sp != "" {
		if err := createSchema(ctx, cfg.ConnConfig, sp); err != nil {
			return nil, err
		}
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	db := &DB{pool: pool, cache: newDocCache(), keys: newKeyState(), Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// createSchema creates the first schema of search_path when it does not
// exist, on a connection of its own (the pool's connections would fail
// their first statement in a missing schema).
func createSchema(ctx context.Context, cc *pgx.ConnConfig, searchPath string) error {
	schema := strings.TrimSpace(strings.Split(searchPath, ",")[0])
	schema = strings.Trim(schema, `"`)
	if schema == "" || schema == "$user" || schema == "public" {
		return nil
	}
	cc = cc.Copy()
	delete(cc.RuntimeParams, "search_path")
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err != nil {
		return fmt.Errorf("postgres: connect: %w", err)
	}
	defer conn.Close(ctx)
	// CREATE SCHEMA IF NOT EXISTS can still fail when two processes run
	// it at once (a unique violation in the catalog); the lock makes
	// first openers of one database take turns.
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(hashtextextended('claimtrail.schema', 0))`); err != nil {
		return fmt.Errorf("postgres: create schema %s: %w", schema, err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(hashtextextended('claimtrail.schema', 0))`)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
		return fmt.Errorf("postgres: create schema %s: %w", schema, err)
	}
	return nil
}

// Close closes the pool. A transaction still open is rolled back by the
// server, never half-applied.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Pool returns the connection pool, for packages that keep their own
// tables in the ledger's schema.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// migrate applies each embedded migration not yet recorded in
// schema_migrations, in file-name order, each in its own transaction.
// Openers take turns through an advisory lock keyed by the schema, so that
// processes opening a new ledger at once apply every migration exactly
// once (CREATE TABLE IF NOT EXISTS alone races in the catalog).
func (db *DB) migrate(ctx context.Context) error {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("postgres: connect: %w", err)
	}
	defer conn.Release()
	const lockKey = `hashtextextended('claimtrail.migrate.' || current_schema(), 0)`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+lockKey+`)`); err != nil {
		return fmt.Errorf("postgres: migration lock: %w", err)
	}
	// A session lock outlives a cancelled context: release it whatever
	// happens (closing the connection would too).
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+lockKey+`)`)

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY,
		applied_at TIMESTAMPTZ NOT NULL
	)`); err != nil {
		return fmt.Errorf("postgres: create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("postgres: list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateOne(ctx, conn.Conn(), name); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) migrateOne(ctx context.Context, conn *pgx.Conn, name string) error {
	base := strings.TrimPrefix(name, "migrations/")
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("postgres: read migration %s: %w", base, err)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: migration %s: %w", base, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE name = $1`, base).Scan(&n); err != nil {
		return fmt.Errorf("postgres: migration %s: %w", base, err)
	}
	if n > 0 {
		return nil
	}
	// Exec without arguments uses the simple protocol, which runs a file
	// of several statements.
	if _, err := tx.Exec(ctx, string(body)); err != nil {
		return fmt.Errorf("postgres: migration %s: %w", base, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, base, db.Now()); err != nil {
		return fmt.Errorf("postgres: migration %s: %w", base, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: migration %s: %w", base, err)
	}
	return nil
}

// querier is what a pool, a connection and a transaction have in common:
// the code that reads and writes runs on any of them.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Begin(ctx context.Context) (pgx.Tx, error)
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

var (
	_ querier = (*pgxpool.Pool)(nil)
	_ querier = (pgx.Tx)(nil)
)

// pgError returns the server error in err's chain, or nil.
func pgError(err error) *pgconn.PgError {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe
	}
	return nil
}

// retryable reports whether a transaction failed only because another one
// ran at the same time, so that running it again will do: a serialization
// failure, a deadlock, or a document inserted by a concurrent writer
// between our look-up and our insert.
func retryable(err error) bool {
	pe := pgError(err)
	if pe == nil {
		return false
	}
	switch pe.Code {
	case "40001", "40P01": // serialization_failure, deadlock_detected
		return true
	case "23505": // unique_violation
		return pe.ConstraintName == "documents_pkey"
	}
	return false
}

// inTx runs fn in a transaction and commits it, running it again (up to a
// few times) when it failed for a retryable reason.
func (db *DB) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = db.tryTx(ctx, fn)
		if err == nil || !retryable(err) || ctx.Err() != nil {
			return err
		}
		time.Sleep(time.Duration(attempt+1) * 5 * time.Millisecond)
	}
	return err
}

func (db *DB) tryTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}
