#!/usr/bin/env bash
# Runs bench/startup.sh with several JVM flag sets, RUNS times each (default 3), and prints the medians as a
# Markdown table for bench/README.md. Needs target/shuangda-*.jar (mvn -B -DskipTests package).
#
#   bench/startup-flags.sh                 # the default set below
#   RUNS=5 bench/startup-flags.sh '' '-XX:+UseSerialGC -Xmx256m'
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-3}
if [ "$#" -gt 0 ]; then
  CONFIGS=("$@")
else
  CONFIGS=(
    ""
    "-XX:TieredStopAtLevel=1"
    "-XX:+UseSerialGC"
    "-Xss512k"
    "-Xmx256m"
    "-XX:MaxMetaspaceSize=160m"
    "-XX:+UseSerialGC -Xmx256m -Xss512k -XX:TieredStopAtLevel=1"
  )
fi
mkdir -p target/bench
RAW=target/bench/startup-flags.raw
: >"$RAW"
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { grep -o " $1=[0-9.]*" | cut -d= -f2; }

echo "$(date -Iseconds)  $(nproc) CPUs, $(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, $RUNS runs each" | tee -a "$RAW"
for config in "${CONFIGS[@]}"; do
  for ((run = 1; run <= RUNS; run++)); do
    line=$(JAVA_OPTS="$config" bench/startup.sh | grep '^RESULT')
    echo "[${config:-default}] load $(cut -d' ' -f1 /proc/loadavg) $line" | tee -a "$RAW"
  done
done

printf '\n| JAVA_OPTS | 1st start s | 2nd start s | CPU s (1st/2nd) | RSS after start MB | RSS after load MB | peak RSS MB |\n'
printf '|---|---|---|---|---|---|---|\n'
for config in "${CONFIGS[@]}"; do
  rows=$(grep -F "[${config:-default}] " "$RAW")
  m() { echo "$rows" | field "$1" | median; }
  printf '| `%s` | %s | %s | %s / %s | %s / %s | %s / %s | %s |\n' "${config:-(none)}" "$(m first)" "$(m second)" \
    "$(m cpu1)" "$(m cpu2)" "$(m rss1)" "$(m rss2)" "$(m rss1_load)" "$(m rss2_load)" "$(m hwm)"
done
echo "(medians of $RUNS runs; raw lines in $RAW)"
