#!/usr/bin/env bash
# Inspections draw benchmark (issue 16, Performance): 1,000,000 graded market entities loaded set-based into the
# packaged app's embedded PostgreSQL, then a task over all of them frozen and drawn through the API, beside a
# plain ORDER BY random() LIMIT k per grade, and the command-line verifier on the published inputs.json.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/inspections/run.sh [entities=1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-1000000}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-drawbench.XXXXXX)}
PG_PORT=${PG_PORT:-55458}
APP_PORT=${APP_PORT:-18458}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
# The benchmark needs only the JDK and the PostgreSQL driver: the one the packaged jar carries (bench/classpath.sh)
[ "${SKIP_PACKAGE:-0}" = 1 ] || mvn -q -B -o package -DskipTests
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" src/test/java/org/shuangda/inspections/bench/*.java
CP="$BENCH_DIR/classes:$(app_classpath)"
cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
start_bench_app -Xmx768m

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
B="java -cp $CP org.shuangda.inspections.bench.InspectionDrawBench"
$B generate "$JDBC" "$ENTITIES"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
$B run "$BASE" "$JDBC" "$BENCH_DIR"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
