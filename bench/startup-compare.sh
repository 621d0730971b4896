#!/usr/bin/env bash
# Shuangda's start-up beside a bare Spring Boot application (bench/startup-reference), in alternating pairs so
# that both see the same machine: the ratio is what compares between runs on a shared, busy machine.
#
#   bench/startup-compare.sh                 # 5 pairs of `java -jar`, then 5 pairs of `mvn spring-boot:run`
#   MODES="plain" bench/startup-compare.sh   # both jars without any flag or archive
#   PAIRS=3 MODES=jar bench/startup-compare.sh
#   BUILD=1 bench/startup-compare.sh         # first package both jars (and Shuangda's class-data archive)
#
# Each pair: the reference's first start on a fresh data folder, its second start on the same folder, then
# Shuangda's first and second start the same way (the order of the two applications alternates from pair to
# pair). Each time runs from starting the command to the first HTTP 200 of GET /login (polled every 50 ms).
# `jar`: the reference's plain `java -jar`; Shuangda's documented command: its class-data archive and flags
# (tools/cds-archive.sh; JAR_FLAGS) when target/app/shuangda.jsa exists, else the plain jar.
# `plain`: both plain `java -jar`, no flags. `flags`: Shuangda's documented command beside the reference with
# the same JAR_FLAGS (what the archive and Shuangda's own changes give beyond the flags). `run`: the README's `mvn spring-boot:run` in each project folder
# (their plugin configurations carry the same JVM flags).
# Prints each pair with the load average, the ratios and the medians; raw lines in target/bench/compare.raw.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
REF=$ROOT/bench/startup-reference
PAIRS=${PAIRS:-5}
MODES=${MODES:-jar run}
PORT=${PORT:-18080}
MVN=${MVN:-mvn}
BASE="http://127.0.0.1:$PORT"
# Shuangda's documented `java -jar` flags besides its archive (README "Run the packaged jar")
JAR_FLAGS=${JAR_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m}

if [ "${BUILD:-0}" = 1 ]; then
  (cd "$REF" && $MVN -B -q -DskipTests package)
  $MVN -B -q -DskipTests package
  tools/cds-archive.sh
fi
REF_JAR=$(ls "$REF"/target/startup-reference-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
APP_JAR=$(ls target/shuangda-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$REF_JAR" ] && [ -n "$APP_JAR" ] || {
  echo "Build first: BUILD=1 $0 (or mvn -B -DskipTests package here and in bench/startup-reference)" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/login"; then echo "Port $PORT is busy: set PORT=..." >&2; exit 1; fi

WORK=$(mktemp -d /tmp/shuangda-compare.XXXXXX)
mkdir -p target/bench
RAW=target/bench/compare.raw
cleanup() {
  # the process group still running when the script is stopped (timed_start runs in a subshell)
  local group i
  if [ -s "$WORK/running" ]; then
    group=$(cat "$WORK/running")
    kill -TERM -- "-$group" 2>/dev/null || true
    # its data folder is deleted below: wait until it has stopped (at most a minute, then kill it)
    for ((i = 0; i < 600; i++)); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }

# The command line of one start: $1 ref|app, $2 jar|run, $3 data folder.
command_for() {
  local who=$1 mode=$2 data=$3
  if [ "$who" = ref ]; then
    if [ "$mode" = flags ]; then echo "java $JAR_FLAGS -jar $REF_JAR --server.port=$PORT --reference.data-dir=$data"
    elif [ "$mode" != run ]; then echo "java -jar $REF_JAR --server.port=$PORT --reference.data-dir=$data"
    else echo "cd $REF && $MVN spring-boot:run -Dspring-boot.run.arguments='--server.port=$PORT --reference.data-dir=$data'"; fi
  else
    if [[ "$mode" = jar || "$mode" = flags ]] && [ -f target/app/shuangda.jsa ]; then
      echo "java -XX:SharedArchiveFile=target/app/shuangda.jsa $JAR_FLAGS -jar target/app/shuangda.jar --server.port=$PORT --shuangda.embedded.data-dir=$data"
    elif [ "$mode" = jar ] || [ "$mode" = plain ]; then
      echo "java -jar $APP_JAR --server.port=$PORT --shuangda.embedded.data-dir=$data"
    else echo "$MVN spring-boot:run -Dspring-boot.run.arguments='--server.port=$PORT --shuangda.embedded.data-dir=$data'"; fi
  fi
}

# Starts $1 in its own process group, waits for the first 200 of /login, stops it with SIGTERM (as Ctrl-C
# does) and waits until the port is free; prints the seconds to that first 200.
timed_start() {
  local cmd=$1 log=$2 t0 code seconds
  t0=$(now)
  setsid bash -c "$cmd" >>"$log" 2>&1 &
  PGID=$!
  echo "$PGID" >"$WORK/running"
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/login" || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$PGID" 2>/dev/null; then echo "It stopped: $cmd; log $log" >&2; tail -n 30 "$log" >&2; exit 1; fi
    if awk -v a="$t0" -v b="$(now)" 'BEGIN {exit !(b - a > 240)}'; then echo "No 200 after 240 s: $cmd" >&2; exit 1; fi
    sleep 0.05
  done
  seconds=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}')
  kill -TERM -- "-$PGID" 2>/dev/null || true
  while kill -0 -- "-$PGID" 2>/dev/null; do sleep 0.1; done
  : >"$WORK/running"
  while curl -s -o /dev/null --max-time 1 "$BASE/login"; do sleep 0.1; done
  echo "$seconds"
}

# One application's first and second start on a fresh folder: prints "first second".
two_starts() {
  local who=$1 mode=$2 data log first second
  data=$(mktemp -d "$WORK/$who.XXXX")
  log=$data.log
  first=$(timed_start "$(command_for "$who" "$mode" "$data/data")" "$log")
  second=$(timed_start "$(command_for "$who" "$mode" "$data/data")" "$log")
  cp "$log" "target/bench/compare-$who-$mode.log"
  rm -rf "$data" "$log"
  echo "$first $second"
}

median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "$(date -u +%FT%TZ)  $(nproc) CPUs, $(java -version 2>&1 | sed -n 1p), git $(git rev-parse --short HEAD)$(git diff --quiet || echo +changes)" | tee -a "$RAW"
for mode in $MODES; do
  echo
  echo "== $mode: $(command_for app "$mode" DATA)"
  echo "   reference: $(command_for ref "$mode" DATA)"
  printf '%-5s %-16s %-10s %-10s %-10s %-10s %-8s %-8s\n' pair "load before/after" "ref 1st" "ref 2nd" "app 1st" "app 2nd" "1st ×" "2nd ×"
  rows=()
  for ((pair = 1; pair <= PAIRS; pair++)); do
    before=$(load)
    if ((pair % 2)); then ref=$(two_starts ref "$mode"); app=$(two_starts app "$mode")
    else app=$(two_starts app "$mode"); ref=$(two_starts ref "$mode"); fi
    read -r r1 r2 <<<"$ref"; read -r a1 a2 <<<"$app"
    after=$(load)
    q1=$(ratio "$a1" "$r1"); q2=$(ratio "$a2" "$r2")
    printf '%-5s %-16s %-10s %-10s %-10s %-10s %-8s %-8s\n' "$pair" "$before / $after" "$r1" "$r2" "$a1" "$a2" "$q1" "$q2"
    echo "$mode pair=$pair load=$before/$after ref1=$r1 ref2=$r2 app1=$a1 app2=$a2 ratio1=$q1 ratio2=$q2" >>"$RAW"
    rows+=("$r1 $r2 $a1 $a2 $q1 $q2")
  done
  col() { printf '%s\n' "${rows[@]}" | awk -v c="$1" '{print $c}' | median; }
  printf '%-5s %-16s %-10s %-10s %-10s %-10s %-8s %-8s\n' median "" "$(col 1)" "$(col 2)" "$(col 3)" "$(col 4)" "$(col 5)" "$(col 6)"
  echo "$mode MEDIAN ref1=$(col 1) ref2=$(col 2) app1=$(col 3) app2=$(col 4) ratio1=$(col 5) ratio2=$(col 6)" | tee -a "$RAW"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
