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

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
build_bench org/shuangda/cases/bench
start_bench_app -Xmx256m -XX:+UseSerialGC

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$CP" org.shuangda.cases.bench.CaseBenchGenerator "$JDBC" "$TOTAL" "$BIG"
java -cp "$CP" org.shuangda.cases.bench.CaseLoadDriver "http://127.0.0.1:$APP_PORT" "$SAMPLES"
echo "app JVM (-Xmx256m): $(grep -E 'VmHWM|VmRSS' /proc/$APP_PID/status | tr -s ' ' | tr '\n' ' ')"
grep -c 'OutOfMemoryError' "$BENCH_DIR/app.log" | sed 's/^/OutOfMemoryError lines in the app log: /' || true
