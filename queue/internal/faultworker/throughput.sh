#!/bin/bash
# Throughput of N worker processes into PostgreSQL, as measured for issue 6:
#
#   queue/internal/faultworker/throughput.sh WORKERS [DOCS] [reuse|noreuse]
#
# Builds faultworker, queues DOCS (default 400) documents of its corpus
# (testdata/corpus and seeds, repeated with a line of their own), starts
# WORKERS worker processes (batch 8, one document at a time each) on a
# fresh schema and a fresh queue, polls the ledger until every document is
# stored, and prints docs/s over the whole run and between 10% and 90%
# stored (without the processes' start-up), each worker's reuse timings,
# and the load average. Needs psql, PostgreSQL and NATS as in the README
# (CLAIMTRAIL_TEST_POSTGRES, CLAIMTRAIL_TEST_NATS or the defaults below).
set -e
W=$1; N=${2:-400}; MODE=${3:-reuse}
cd "$(dirname "$0")/../../.."
BASE=${CLAIMTRAIL_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
NATS=${CLAIMTRAIL_TEST_NATS:-nats://127.0.0.1:4222}
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
BIN=$TMP/faultworker
CGO_ENABLED=0 go build -o "$BIN" ./queue/internal/faultworker
PREFIX=tp$RANDOM$RANDOM; SCHEMA=tp_$RANDOM$RANDOM
URL="$BASE&search_path=$SCHEMA"
"$BIN" publish "$NATS" $PREFIX testdata $N >/dev/null
[ "$MODE" = noreuse ] && export FAULTWORKER_NOREUSE=1
export FAULTWORKER_STATS=1
pids=()
t0=$(date +%s.%N)
for i in $(seq 1 $W); do "$BIN" work "$NATS" $PREFIX "$URL" w$i 30s 2>>"$TMP/log" & pids+=($!); done
count() { psql -qtA "$BASE" -c "select count(*) from $SCHEMA.documents" 2>/dev/null || echo 0; }
t10=; t90=
while :; do
	c=$(count); now=$(date +%s.%N)
	[ -z "$t10" ] && [ "${c:-0}" -ge $((N/10)) ] && t10=$now
	[ -z "$t90" ] && [ "${c:-0}" -ge $((N*9/10)) ] && t90=$now
	[ "${c:-0}" -ge $N ] && break
	sleep 0.3
done
t1=$(date +%s.%N)
kill -TERM "${pids[@]}"; wait
python3 -c "print(f'workers=$W docs=$N $MODE: {$N/($t1-$t0):.1f} docs/s over {$t1-$t0:.1f}s; {0.8*$N/($t90-$t10):.1f} docs/s from 10% to 90%')"
echo "reuse records: $(psql -qtA "$BASE" -c "select count(*) from $SCHEMA.reuses")"
grep "reuse:" "$TMP/log" || true
"$BIN" delete "$NATS" $PREFIX
psql -qtA "$BASE" -c "drop schema $SCHEMA cascade" >/dev/null 2>&1
uptime
