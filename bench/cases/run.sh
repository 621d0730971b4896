#!/usr/bin/env bash
# Cases benchmark (issue 4, Performance): 2 million synthetic cases loaded with COPY into the app's embedded
# PostgreSQL, then a county's filtered list, the fuzzy search and the XLSX export of 100,000 cases over HTTP.
# The app runs with a 256 MB heap (-Xmx256m) so the export's memory bar is enforced by the JVM itself.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/cases/run.sh [total=2000000] [bigCounty=100000] [samples=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
TOTAL=${1:-2000000}
BIG=${2:-100000}
SAMPLES=${3:-200}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-casebench.XXXXXX)}
PG_PORT=${PG_PORT:-55442}
APP_PORT=${APP_PORT:-18474}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"

mvn -q -B -o package -DskipTests
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$BENCH_DIR/cp.txt" -Dmdep.includeScope=test >/dev/null
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" -cp "target/classes:$(cat "$BENCH_DIR/cp.txt")" src/test/java/org/shuangda/cases/bench/*.java
CP="$BENCH_DIR/classes:target/classes:$(cat "$BENCH_DIR/cp.txt")"
cp "$(ls target/shuangda-*.jar | grep -v original | head -1)" "$BENCH_DIR/app.jar"

java -Xmx256m -XX:+UseSerialGC -jar "$BENCH_DIR/app.jar" --shuangda.embedded.data-dir="$BENCH_DIR/data" \
  --shuangda.embedded.port="$PG_PORT" --server.port="$APP_PORT" --server.address=127.0.0.1 > "$BENCH_DIR/app.log" 2>&1 &
APP_PID=$!
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  grep -q 'Started ShuangdaApplication' "$BENCH_DIR/app.log" && break
  sleep 1
done
grep -q 'Started ShuangdaApplication' "$BENCH_DIR/app.log" || { tail -50 "$BENCH_DIR/app.log"; exit 1; }

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$CP" org.shuangda.cases.bench.CaseBenchGenerator "$JDBC" "$TOTAL" "$BIG"
java -cp "$CP" org.shuangda.cases.bench.CaseLoadDriver "http://127.0.0.1:$APP_PORT" "$SAMPLES"
echo "app JVM (-Xmx256m): $(grep -E 'VmHWM|VmRSS' /proc/$APP_PID/status | tr -s ' ' | tr '\n' ' ')"
grep -c 'OutOfMemoryError' "$BENCH_DIR/app.log" | sed 's/^/OutOfMemoryError lines in the app log: /' || true
