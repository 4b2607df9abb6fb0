// Package pgtest gives tests a fresh PostgreSQL schema on the server named
// by CLAIMTRAIL_TEST_POSTGRES, dropped when the test ends. Without the
// variable the test is skipped with a message, unless
// CLAIMTRAIL_TEST_NOSKIP=1 (set by CI), in which case it fails: a missing
// service must not pass for a green run.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvURL is the variable naming the test server.
const EnvURL = "CLAIMTRAIL_TEST_POSTGRES"

// ServerURL returns the test server's URL, or skips (or fails) the test.
func ServerURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvURL)
	if u == "" {
		if os.Getenv("CLAIMTRAIL_TEST_NOSKIP") == "1" {
			t.Fatalf("%s is not set and CLAIMTRAIL_TEST_NOSKIP=1", EnvURL)
		}
		t.Skipf("%s is not set: start PostgreSQL and set it (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable) to run this test", EnvURL)
	}
	return u
}

// URL returns a connection URL whose search_path is a new, empty schema,
// created now and dropped with everything in it when the test ends.
func URL(t testing.TB) string {
	t.Helper()
	base := ServerURL(t)
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "ct_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("pgtest: connect to %s: %v", EnvURL, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("pgtest: drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(t, base, schema)
}

// WithSearchPath returns base with its search_path set to schema.
func WithSearchPath(t testing.TB, base, schema string) string {
	t.Helper()
	if strings.HasPrefix(base, "postgres://") || strings.HasPrefix(base, "postgresql://") {
		u, err := url.Parse(base)
		if err != nil {
			t.Fatalf("pgtest: %s: %v", EnvURL, err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return base + " search_path=" + schema // key=value form
}
