package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeout is how long a connection waits for another process's lock
// before it reports SQLITE_BUSY. Inside this process writes never wait on
// each other at the SQLite level: they share one connection.
const busyTimeout = 10 * time.Second

// DB is the SQLite ledger. It is safe for concurrent use.
//
// It holds two connection pools on the same file: a writer with a single
// connection whose transactions begin IMMEDIATE, so that writers queue in
// database/sql instead of failing with SQLITE_BUSY when a deferred
// transaction tries to upgrade its lock; and a pool of read-only readers,
// which WAL lets run beside the writer.
type DB struct {
	path   string
	writer *sql.DB
	reader *sql.DB // == writer for ":memory:"

	// Now is the clock stamped on documents as their ingest time.
	Now func() time.Time

	ws      writeStmts // the writer's statements
	hasHash *sql.Stmt  // of the reader
	tok     *sql.DB    // in-memory, splits Text filters into words (see words)
	closers []*sql.Stmt

	// hook, when set by a test, is called inside write transactions at
	// named points (see PutDocuments) so a test can kill or cancel mid-write.
	hook func(point string, i int)
}

var _ claimtrail.Store = (*DB)(nil)

// Open opens the ledger at path, creating the file if needed, and applies
// the migrations it has not seen. ":memory:" opens a private in-memory
// ledger on a single connection (no concurrent reads); tests should prefer
// a file in a temporary folder, which behaves like production.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "sqlite: empty database path")
	}
	if strings.ContainsAny(path, "?#") {
		// The driver splits the DSN at '?'; a path with one would be cut.
		return nil, claimtrail.Errorf(claimtrail.EInvalid, "sqlite: database path %q must not contain '?' or '#'", path)
	}
	db := &DB{path: path, Now: time.Now}

	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	memory := path == ":memory:"
	if !memory {
		// WAL lets readers run while a batch is being written, and
		// synchronous=NORMAL is durable across process crashes in WAL mode
		// (a power loss can lose the last commits, never consistency).
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
	}
	// A 64 MB page cache keeps the hot index pages of a growing ledger in
	// memory during ingest; the default 2 MB made every batch re-read them.
	q.Add("_pragma", "cache_size(-65536)")
	// Statement journals (multi-row inserts open one) and sorts stay in
	// memory instead of temporary files.
	q.Add("_pragma", "temp_store(MEMORY)")
	w, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db.writer, db.reader = w, w
	// Connect the writer first: it switches the file to WAL before any
	// reader opens it.
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := db.prepareWrites(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if !memory {
		rq := url.Values{}
		rq.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
		rq.Add("_pragma", "foreign_keys(1)")
		rq.Add("_pragma", "query_only(1)")
		rq.Add("_pragma", "temp_store(MEMORY)")
		r, err := sql.Open("sqlite", path+"?"+rq.Encode())
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		r.SetMaxOpenConns(4)
		r.SetMaxIdleConns(4)
		db.reader = r
	}
	// HasHash runs for every input before it is processed: prepared once
	// (per reader connection), on an index.
	st, err := db.reader.PrepareContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE hash = ?)`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	db.hasHash = st
	db.closers = append(db.closers, st)
	if db.tok, err = sql.Open("sqlite", ":memory:"); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open tokenizer: %w", err)
	}
	db.tok.SetMaxOpenConns(1)
	db.tok.SetMaxIdleConns(1)
	db.tok.SetConnMaxLifetime(0)
	db.tok.SetConnMaxIdleTime(0)
	return db, nil
}

// Close closes both pools. A write transaction still open on them is
// rolled back by SQLite, never half-applied.
func (db *DB) Close() error {
	// optimize refreshes planner statistics for the indexes the session
	// used; cheap, and recommended before closing a long-lived connection.
	_, _ = db.writer.Exec("PRAGMA optimize")
	var errs []error
	for _, st := range db.closers {
		errs = append(errs, st.Close())
	}
	if db.tok != nil {
		errs = append(errs, db.tok.Close())
	}
	var err error
	if db.reader != db.writer {
		err = db.reader.Close()
	}
	return errors.Join(errors.Join(errs...), err, db.writer.Close())
}

// SQL returns the writer pool, for packages that keep their own tables in
// the same database (the reuse index). It has one connection: do not query
// it while holding one of its transactions, and keep its transactions
// short, because every ledger write waits for them.
func (db *DB) SQL() *sql.DB { return db.writer }

// ReadSQL returns the read-only pool, which runs beside writes.
func (db *DB) ReadSQL() *sql.DB { return db.reader }

// migrate applies each embedded migration not yet recorded in
// schema_migrations, in file-name order, each in its own transaction. The
// check runs inside the (IMMEDIATE) transaction, so two processes opening
// a new file at once apply every migration exactly once.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.writer.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("sqlite: create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("sqlite: list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateOne(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) migrateOne(ctx context.Context, name string) error {
	base := strings.TrimPrefix(name, "migrations/")
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("sqlite: read migration %s: %w", base, err)
	}
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", base, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, base).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", base, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", base, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		base, db.Now().UTC().Format(timeFormat)); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", base, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", base, err)
	}
	return nil
}

// isConstraint reports whether err is an SQLite constraint violation
// (a duplicate claim id, most likely).
func isConstraint(err error) bool {
	var e *sqlitedrv.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}
