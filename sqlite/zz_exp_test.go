package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func expDB(b *testing.B, schema string) *sql.DB {
	db, err := sql.Open("sqlite", filepath.Join(b.TempDir(), "x.db")+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)")
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schema); err != nil {
		b.Fatal(err)
	}
	return db
}

const wide = `seq INTEGER PRIMARY KEY, id TEXT NOT NULL, doc TEXT NOT NULL, position INTEGER NOT NULL, sentence TEXT NOT NULL,
	a1 TEXT, a2 TEXT, a3 TEXT, a4 TEXT, a5 TEXT, a6 TEXT, a7 INTEGER, a8 TEXT, a9 TEXT, a10 TEXT, ds TEXT, de TEXT, dt TEXT, s INTEGER, e INTEGER, p INTEGER, o INTEGER, og TEXT, ind INTEGER, places TEXT, qs TEXT`

func expRows(first, n int) [][]any {
	out := make([][]any, n)
	for i := range out {
		k := first + i
		out[i] = []any{int64(k), fmt.Sprintf("bench_%07d/%02d", k/15, k%15), fmt.Sprintf("bench_%07d", k/15), int64(k % 15),
			"Forces captured Place001 and Place002 on day 12, killing 40 soldiers, spokesman 3 said.",
			"Spokesman 07", "spokesman 07", "RUS", "official", "reported", "asserts", false, "attack", "RUS", "",
			"2022-05-01", "2022-05-02", nil, int64(80), int64(159), int64(3), false, "", int64(0),
			`[{"name":"Place001","lat":48,"lon":37},{"name":"Place002","lat":47,"lon":36}]`, `[{"item":"killed","n":40,"qual":"about"}]`}
	}
	return out
}

func expNarrow(first, n int) [][]any {
	out := make([][]any, n)
	for i := range out {
		k := first + i
		out[i] = []any{int64(k), fmt.Sprintf("bench_%07d/%02d", k/15, k%15), fmt.Sprintf("bench_%07d", k/15), int64(k % 15),
			"Forces captured Place001 and Place002 on day 12, killing 40 soldiers, spokesman 3 said.",
			"spokesman 07", "RUS", "attack", "2022-05-01", "2022-05-02",
			`{"claimant":{"name":"Spokesman 07","side":"RUS","role":"official"},"voice":"reported","stance":"asserts","hedged":false,"actor":"RUS","target":"","start":80,"end":159,"paragraph":3,"places":[{"name":"Place001","lat":48,"lon":37},{"name":"Place002","lat":47,"lon":36}],"quantities":[{"item":"killed","n":40,"qual":"about"}]}`}
	}
	return out
}

func runExp(b *testing.B, schema string, cols, chunk int, gen func(int, int) [][]any) {
	db := expDB(b, schema)
	row := "(" + strings.Repeat("?,", cols-1) + "?)"
	q := "INSERT INTO c VALUES " + strings.Repeat(row+",", chunk-1) + row
	st, err := db.Prepare(q)
	if err != nil {
		b.Fatal(err)
	}
	next := 0
	var cpu float64
	for b.Loop() {
		rows := gen(next, 960)
		next += 960
		c0 := cpuTime()
		tx, _ := db.Begin()
		ts := tx.Stmt(st)
		args := make([]any, 0, cols*chunk)
		for i, r := range rows {
			args = append(args, r...)
			if (i+1)%chunk == 0 {
				if _, err := ts.ExecContext(context.Background(), args...); err != nil {
					b.Fatal(err)
				}
				args = args[:0]
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		cpu += (cpuTime() - c0).Seconds()
	}
	b.ReportMetric(cpu/float64(b.N)*1e3, "cpu-ms/batch")
}

func BenchmarkExp(b *testing.B) {
	b.Run("wide-noidx", func(b *testing.B) { runExp(b, "CREATE TABLE c ("+wide+")", 26, 64, expRows) })
	b.Run("wide-id", func(b *testing.B) { runExp(b, "CREATE TABLE c ("+wide+", UNIQUE(id))", 26, 64, expRows) })
	b.Run("wide-id-docpos", func(b *testing.B) { runExp(b, "CREATE TABLE c ("+wide+", UNIQUE(id), UNIQUE(doc, position))", 26, 64, expRows) })
	b.Run("wide-id-docpos-dates", func(b *testing.B) {
		runExp(b, "CREATE TABLE c ("+wide+", UNIQUE(id), UNIQUE(doc, position)); CREATE INDEX c1 ON c (ds, de); CREATE INDEX c2 ON c (de, ds)", 26, 64, expRows)
	})
	b.Run("narrow-noidx", func(b *testing.B) {
		runExp(b, "CREATE TABLE c (seq INTEGER PRIMARY KEY, id TEXT, doc TEXT, position INTEGER, sentence TEXT, ck TEXT, side TEXT, type TEXT, ds TEXT, de TEXT, data TEXT)", 11, 64, expNarrow)
	})
}
