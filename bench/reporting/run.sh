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

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
build_bench org/shuangda/reporting/bench
START_SECONDS=120 start_bench_app -Xmx1g

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -sr)"
java -Xmx2g -cp "$CP" org.shuangda.reporting.bench.ReportingBenchGenerator "$JDBC" "$BENCH_DIR/out" "$REPORTERS"
java -cp "$CP" org.shuangda.reporting.bench.ReportingLoadDriver "http://127.0.0.1:$APP_PORT" "$JDBC" \
  "$BENCH_DIR/out" "$REPORTERS" "$MAX_SECONDS"
