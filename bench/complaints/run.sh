#!/usr/bin/env bash
# Complaints intake benchmark (issue 5): POST /api/v1/filings under load on the packaged app with its
# embedded PostgreSQL (fsync and synchronous_commit ON: a 201 means committed), the same insert over JDBC
# for the ratio, and a kill -9 in the middle of the load followed by a restart and a check that every
# acknowledged filing is in the database exactly once (by Idempotency-Key).
# Two load phases: a closed loop (the highest throughput) and an open loop at RATE filings/s (default 500,
# the bar; several rates may be given), whose latencies count from each request's due time: the p99 the bar speaks of.
# Usage: [RATE="500 800"] bench/complaints/run.sh [seconds=30] [clients=32] [commit_delay_us=0]
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD_SECONDS=${1:-30}
CLIENTS=${2:-32}
COMMIT_DELAY=${3:-0}
RATE=${RATE:-500}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-complaintsbench.XXXXXX)}
PG_PORT=${PG_PORT:-56443}
APP_PORT=${APP_PORT:-18476}
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
build_bench org/shuangda/complaints/bench

APP_PID=
start_app() {
  # as in production: java -jar, default tiered JIT (C1+C2; not the pom's TieredStopAtLevel=1 of the dev run)
  java ${JAVA_OPTS:--Xmx512m} -jar "$BENCH_DIR/app.jar" --shuangda.embedded.data-dir="$BENCH_DIR/data" \
    --shuangda.embedded.port="$PG_PORT" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --server.tomcat.threads.max=64 --spring.datasource.hikari.maximum-pool-size=${POOL:-16} >> "$BENCH_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "$BASE/login" && return 0
    sleep 1
  done
  tail -50 "$BENCH_DIR/app.log"; exit 1
}
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"
}
trap cleanup EXIT
psql_set() {
  java -cp "$CP" org.shuangda.complaints.bench.PgSetting "$JDBC" "$@"
}

start_app
echo "== $(date -Iseconds) $(nproc) cores; uptime:$(uptime | sed 's/.*load/ load/')"
psql_set commit_delay "$COMMIT_DELAY" commit_siblings 5
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver http "$BASE" "${WARMUP:-20}" "$CLIENTS" "$BENCH_DIR/warmup.txt" >/dev/null # C2 needs a while
settle() { java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver settle "$JDBC"; sleep 2; }
settle
echo "-- intake API, closed loop, $LOAD_SECONDS s, $CLIENTS clients; uptime:$(uptime | sed 's/.*load/ load/')"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver http "$BASE" "$LOAD_SECONDS" "$CLIENTS" "$BENCH_DIR/acks-load.txt"
for r in $RATE; do
  settle
  echo "-- intake API, open loop at $r/s, $LOAD_SECONDS s, $CLIENTS clients; uptime:$(uptime | sed 's/.*load/ load/')"
  java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver http "$BASE" "$LOAD_SECONDS" "$CLIENTS" "$BENCH_DIR/acks-rate.txt" "$r"
done
settle
echo "-- same insert over JDBC, $LOAD_SECONDS s, $CLIENTS connections; uptime:$(uptime | sed 's/.*load/ load/')"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver jdbc "$JDBC" "$LOAD_SECONDS" "$CLIENTS"

echo "-- kill -9 in the middle of the load; uptime:$(uptime | sed 's/.*load/ load/')"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver http "$BASE" 20 "$CLIENTS" "$BENCH_DIR/acks-kill.txt" &
LOAD_PID=$!
sleep 8
kill -9 "$APP_PID"
echo "killed the application (pid $APP_PID) with SIGKILL at $(date -Iseconds)"
wait "$LOAD_PID" || true
start_app
echo "restarted; checking every acknowledged filing"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver verify "$JDBC" "$BENCH_DIR/acks-kill.txt"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver verify "$JDBC" "$BENCH_DIR/acks-load.txt"
java -cp "$CP" org.shuangda.complaints.bench.ComplaintsLoadDriver verify "$JDBC" "$BENCH_DIR/acks-rate.txt"
