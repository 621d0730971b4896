#!/usr/bin/env bash
# Import of 100,000 market entities through the real HTTP import (the page endpoints a browser uses: upload
# → preview → commit), on a freshly started application with the demo data.
#
#   mvn -B -DskipTests package          # once; builds the jar and the test classes (the file generator)
#   bench/import-entities.sh            # ROWS=100000 by default; JAVA_OPTS as for bench/startup.sh
#
# Measures seconds for the upload until the preview page is ready (read, validate, stage every row), for
# the preview page itself, and for the commit (all rows in one transaction); the JVM's peak RSS and peak used
# heap (jstat) during the run. Bar: upload-to-preview plus commit within 30 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROWS=${ROWS:-100000}
SEED=${SEED:-42}
USER_NAME=${USER_NAME:-admin}
BENCH_NAME=import
. bench/lib.sh

FILE="target/bench/entities-$ROWS.xlsx"
if [ ! -f "$FILE" ]; then
  [ -d target/test-classes/org/shuangda/e2e/bench ] \
    || { echo "No test classes: run 'mvn -B -DskipTests package' first." >&2; exit 1; }
  mkdir -p target/bench
  # shellcheck source=classpath.sh
  . bench/classpath.sh # the jar's libraries (POI), offline, without the dependency plugin
  java -cp "target/test-classes:target/classes:$(app_classpath)" \
    org.shuangda.e2e.bench.ImportFileGenerator "$FILE" "$ROWS" "$SEED"
fi

# Samples the JVM every half second: peak RSS (MB) and peak used heap (MB, survivor + eden + old from jstat).
sample() {
  local pid=$1 out=$2 rss heap
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(rss_mb "$pid" 2>/dev/null || echo 0)
    heap=$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}' || true)
    echo "$rss ${heap:-0}" >>"$out"
    sleep 0.5
  done
}
peaks() { awk '{if ($1 > r) r = $1; if ($2 > h) h = $2} END {print r + 0, h + 0}' "$1"; }

count_entities() {
  curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/entities?size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}

echo "== Shuangda import benchmark: $ROWS entities ($FILE, $(du -h "$FILE" | cut -f1)) as $USER_NAME"
machine_facts

start_app
echo "started in ${SECONDS_TO_LOGIN} s; JVM RSS $(rss_mb "$PID") MB"
before=$(count_entities)
jar="$DATA/cookies"
sign_in "$jar" "$USER_NAME"
csrf=$(csrf_of "$jar" /entities/import)
[ -n "$csrf" ] || { echo "No CSRF token on /entities/import (is the import page there?)" >&2; exit 1; }

SAMPLES="$DATA/samples"
: >"$SAMPLES"
sample "$PID" "$SAMPLES" &
SAMPLER=$!
rss_before=$(rss_mb "$PID")

t0=$(now)
location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" -H "X-CSRF-TOKEN: $csrf" \
  -F "file=@$FILE;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$BASE/entities/import")
upload_s=$(since "$t0")
case "$location" in 302*/entities/import/*) ;; *) echo "Upload failed: $location (see target/bench/import-app.log)" >&2; exit 1 ;; esac
preview_url=${location#* }

t0=$(now)
preview=$(curl -s -b "$jar" -c "$jar" "$preview_url")
preview_s=$(since "$t0")
valid=$(echo "$preview" | sed -n 's/.*data-valid="\([0-9]*\)".*/\1/p' | head -n 1)
errors=$(echo "$preview" | sed -n 's/.*data-errors="\([0-9]*\)".*/\1/p' | head -n 1)
echo "preview: $valid valid rows, $errors with errors"
[ "$errors" = 0 ] || { echo "The generated file should have no errors" >&2; exit 1; }

t0=$(now)
committed=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" -H "X-CSRF-TOKEN: $csrf" \
  -X POST "${preview_url}/commit")
commit_s=$(since "$t0")
case "$committed" in 302*/entities) ;; *) echo "Commit failed: $committed" >&2; exit 1 ;; esac
after=$(count_entities)

sleep 1
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true
read -r peak_rss peak_heap < <(peaks "$SAMPLES")
rss_after=$(rss_mb "$PID")
stop_app

total=$(awk -v a="$upload_s" -v b="$preview_s" -v c="$commit_s" 'BEGIN {printf "%.1f", a + b + c}')
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-44s %10s\n' "entities before / after (API total)" "$before / $after"
printf '%-44s %10s\n' "upload, read and validate -> preview ready (s)" "$upload_s"
printf '%-44s %10s\n' "preview page (s)" "$preview_s"
printf '%-44s %10s\n' "commit in one transaction (s)" "$commit_s"
printf '%-44s %10s\n' "total (s), bar 30" "$total"
printf '%-44s %10s\n' "JVM RSS before / after the import (MB)" "$rss_before / $rss_after"
printf '%-44s %10s\n' "JVM peak RSS during the import (MB)" "$peak_rss"
printf '%-44s %10s\n' "JVM peak used heap during the import (MB)" "$peak_heap"
echo "RESULT rows=$ROWS upload=$upload_s preview=$preview_s commit=$commit_s total=$total imported=$((after - before)) peak_rss=$peak_rss peak_heap=$peak_heap"
[ "$((after - before))" = "$ROWS" ] || { echo "Expected $ROWS new entities, found $((after - before))" >&2; exit 1; }
