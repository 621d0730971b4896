#!/usr/bin/env bash
# Credit benchmark (issue 14, Performance). Section "grades": 1,000,000 market entities with 3,000,000 credit facts
# loaded set-based into the packaged app's embedded PostgreSQL, then every grade recomputed through the app
# (first grades, an unchanged month, a new scheme), each beside the same aggregate as one plain SQL GROUP BY.
# Everything lives under $BENCH_DIR (default: a new temp dir), deleted at the end unless KEEP=1.
# Usage: bench/credit/grades.sh [entities=1000000] [facts=3000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-1000000}
FACTS=${2:-3000000}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-creditbench.XXXXXX)}
PG_PORT=${PG_PORT:-55457}
APP_PORT=${APP_PORT:-18457}
JDBC="jdbc:postgresql://localhost:$PG_PORT/shuangda"
BASE="http://127.0.0.1:$APP_PORT"

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
build_bench org/shuangda/credit/bench
start_bench_app -Xmx512m

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
B="java -cp $CP org.shuangda.credit.bench.CreditGradesBench"
$B generate "$JDBC" "$ENTITIES" "$FACTS"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
$B run "$BASE" "$JDBC" "first grades"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
$B run "$BASE" "$JDBC" "unchanged month"
$B scheme "$BASE" "$JDBC"
echo "-- load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'Credit-risk grades recomputed' "$BENCH_DIR/app.log" | sed 's/^.*RiskGradeService *: /app log: /'
