#!/usr/bin/env bash
# Assessment benchmark (issue 18, Performance): a province of 100 counties (10 units each) with a year of monthly
# reporting rounds, cases, tasks and funds generated set-based into the packaged app's embedded PostgreSQL, and a
# 40-item scheme over the counties; the full scoring run through the API, beside a plain SQL GROUP BY reference.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/assessment/run.sh [counties=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNTIES=${1:-100}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-assessbench.XXXXXX)}
PG_PORT=${PG_PORT:-55468}
APP_PORT=${APP_PORT:-18468}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
[ "${SKIP_PACKAGE:-0}" = 1 ] || mvn -q -B -o package -DskipTests
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" src/test/java/org/shuangda/assessment/bench/*.java
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
CP="$BENCH_DIR/classes:$PGJDBC"
cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
start_bench_app -Xmx512m
# the demo data loads in the background on a first start: wait for it (the province token answers then)
for _ in $(seq 1 180); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer sd_demo_province_token_0123456789ab' \
    "$BASE/api/v1/assessment/schemes" || true)
  [ "$code" = 200 ] && break
  sleep 1
done

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
B="java -cp $CP org.shuangda.assessment.bench.AssessmentBench"
$B generate "$JDBC" "$COUNTIES"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
$B run "$BASE" "$JDBC"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
