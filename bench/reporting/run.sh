#!/usr/bin/env bash
# Reporting benchmark (issue 3, Performance): national-scale synthetic data loaded with COPY into the app's
# embedded PostgreSQL, then roll-up reads, a plain GROUP BY beside them, and 50 concurrent submitters.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/reporting/run.sh [reporters=2000] [maxWriteSeconds=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORTERS=${1:-2000}
MAX_SECONDS=${2:-300}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-reportbench.XXXXXX)}
PG_PORT=${PG_PORT:-55432}
APP_PORT=${APP_PORT:-18473}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"

mvn -q -B -o package -DskipTests
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$BENCH_DIR/cp.txt" -Dmdep.includeScope=test >/dev/null
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" -cp "target/classes:$(cat "$BENCH_DIR/cp.txt")" src/test/java/org/shuangda/reporting/bench/*.java
CP="$BENCH_DIR/classes:target/classes:$(cat "$BENCH_DIR/cp.txt")"
cp target/shuangda-*.jar "$BENCH_DIR/app.jar"

java -Xmx1g -jar "$BENCH_DIR/app.jar" --shuangda.embedded.data-dir="$BENCH_DIR/data" \
  --shuangda.embedded.port="$PG_PORT" --server.port="$APP_PORT" --server.address=127.0.0.1 > "$BENCH_DIR/app.log" 2>&1 &
APP_PID=$!
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  grep -q 'Started ShuangdaApplication' "$BENCH_DIR/app.log" && break
  sleep 1
done
grep -q 'Started ShuangdaApplication' "$BENCH_DIR/app.log" || { tail -50 "$BENCH_DIR/app.log"; exit 1; }

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -sr)"
java -Xmx2g -cp "$CP" org.shuangda.reporting.bench.ReportingBenchGenerator "$JDBC" "$BENCH_DIR/out" "$REPORTERS"
java -cp "$CP" org.shuangda.reporting.bench.ReportingLoadDriver "http://127.0.0.1:$APP_PORT" "$JDBC" \
  "$BENCH_DIR/out" "$REPORTERS" "$MAX_SECONDS"
