#!/usr/bin/env bash
# Sampling benchmark (issue 17, Performance): a province year of samples (500,000 by default) loaded set-based into
# the packaged app's embedded PostgreSQL, then the figures of one round's period (a quarter) for the province, the
# city and a county through the API, beside a plain GROUP BY of the same figures, and the daily clock sweep.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/sampling/run.sh [samples=500000]
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPLES=${1:-500000}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-samplingbench.XXXXXX)}
PG_PORT=${PG_PORT:-55459}
APP_PORT=${APP_PORT:-18459}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
# The benchmark needs only the JDK and the PostgreSQL driver
[ "${SKIP_PACKAGE:-0}" = 1 ] || mvn -q -B -o package -DskipTests
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" src/test/java/org/shuangda/sampling/bench/*.java
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
CP="$BENCH_DIR/classes:$PGJDBC"
cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
start_bench_app -Xmx768m
# the demo data loads in the background after the start: wait until it is there (the plan and labs are its)
for _ in $(seq 1 120); do
  grep -q 'Demo data loaded' "$BENCH_DIR/app.log" && break
  sleep 1
done

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
B="java -cp $CP org.shuangda.sampling.bench.SamplingBench"
$B generate "$JDBC" "$SAMPLES"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
$B run "$BASE" "$JDBC"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
