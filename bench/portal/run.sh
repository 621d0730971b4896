#!/usr/bin/env bash
# Portal entity lookup benchmark (issue 18, Performance): "the portal's entity lookup ≤ 100 ms p95 at 50 concurrent
# clients over 1,000,000 entities". N market entities with names and USCCs in the registers' shape loaded by COPY into
# the packaged app's embedded PostgreSQL, then CLIENTS concurrent clients (java.net.http.HttpClient) asking
# GET /public/entities?q= with a mix of whole names, parts of names, USCCs and misses, beside the bare SQL that finds
# the same entities over as many JDBC connections, and the ratio. Report: bench/assessment/README.md.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/portal/run.sh [entities=1000000]
#   CLIENTS=50 WARMUP=8000 (the JIT needs thousands of lookups before the page costs what it costs warm) SKIP_PACKAGE=1 (reuse target/shuangda-*.jar) KEEP=1 (keep $BENCH_DIR)
#   RUNS="html:0:10000 ...": the runs, each accept:think-ms:lookups — Accept html (the page a phone gets) or json;
#   the clients' mean think time between two lookups (0: a closed loop, each client sends its next lookup the moment
#   the last is answered; 500: uniform 0–1000 ms); how many lookups are counted (after WARMUP not counted)
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-1000000}
CLIENTS=${CLIENTS:-50}
WARMUP=${WARMUP:-8000}
RUNS=${RUNS:-html:0:10000 html:100:10000 html:500:5000 json:0:10000}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-portalbench.XXXXXX)}
PG_PORT=${PG_PORT:-55478}
APP_PORT=${APP_PORT:-18478}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
[ "${SKIP_PACKAGE:-0}" = 1 ] || mvn -q -B -o package -DskipTests
LIBS=$(app_classpath) # the jar's libraries: the PostgreSQL driver (bench/classpath.sh)
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" -cp "target/classes:$LIBS" src/test/java/org/shuangda/portal/bench/*.java \
  src/test/java/org/shuangda/bench/CopyRows.java
CP="$BENCH_DIR/classes:target/classes:$LIBS"
cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
# The portal counts its limits per client address (default 120 pages and 30 look-ups a minute). 50 clients on one
# machine share one address, so the app is told to believe X-Forwarded-For from this machine only, as it would
# from a reverse proxy (the documented setting shuangda.security.trusted-proxies), and every client sends a
# citizen's address (ten look-ups each). The limits themselves stay at their defaults; a 429 fails the run.
start_bench_app -Xmx512m -XX:+UseSerialGC -Dshuangda.security.trusted-proxies=127.0.0.1
# a first start loads the demo data in the background (banner "demo-loading" on the login page): wait for it
for _ in $(seq 1 180); do
  page=$(curl -s --max-time 5 "$BASE/login" || true)
  [ -n "$page" ] && ! grep -q 'id="demo-loading"' <<<"$page" && break
  sleep 1
done

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ local changes)')"
B="java -Xmx1g -cp $CP org.shuangda.portal.bench.PortalLookupBench"
$B generate "$JDBC" "$ENTITIES"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for r in $RUNS; do
  IFS=: read -r accept think lookups <<<"$r"
  echo "== run $r: Accept $accept, think time $think ms, $lookups lookups; load $(cut -d' ' -f1-3 /proc/loadavg)"
  $B run "$BASE" "$JDBC" "$CLIENTS" "$lookups" "$WARMUP" "$think" "$accept" "$APP_PID" "$BENCH_DIR/data/postgres" \
    || status=1
  echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "-- app: $(grep -c ' WARN \| ERROR ' "$BENCH_DIR/app.log" || true) WARN/ERROR lines in the app log, outside the demo data's:"
grep ' WARN \| ERROR ' "$BENCH_DIR/app.log" | grep -v '\[ *demo-data\]' | cut -c1-240 | head -20 || true
exit $status
