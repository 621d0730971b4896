#!/usr/bin/env bash
# Start-up time and memory of the packaged application on the embedded PostgreSQL.
#
#   mvn -B -DskipTests package          # once; this script builds nothing
#   bench/startup.sh                    # default JVM settings
#   JAVA_OPTS='-XX:TieredStopAtLevel=1 -Xss512k' bench/startup.sh
#
# Measures, on a fresh temporary data folder: seconds from process start to the first HTTP 200 of
# GET /login for the first start (initdb, migrations, demo data) and for a second start on the same data;
# the JVM's resident memory (VmRSS from /proc/PID/status) after each start and after a small load of page and
# API requests. Bars: login page answering within 10 s, JVM RSS at most 512 MB.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REQUESTS=${REQUESTS:-200}
BENCH_NAME=startup
. bench/lib.sh

# Signs in as the demo county office (form login with CSRF) and sends $REQUESTS page and API requests,
# one after the other; sets FAILURES and LOAD_SECONDS.
load() {
  local jar="$DATA/cookies" code i t0
  FAILURES=0
  t0=$(now)
  sign_in "$jar" licheng.office
  local pages=("/" "/units" "/units?q=%E9%BB%8E%E5%9F%8E" "/entities" "/calendar" "/audit")
  local apis=("/api/v1/units?q=%E9%BB%8E%E5%9F%8E" "/api/v1/regions?parent=140400" "/api/v1/entities?q=%E5%95%86%E8%B4%B8"
    "/api/v1/calendar/add?from=2024-09-27&workingDays=15")
  for ((i = 0; i < REQUESTS; i++)); do
    if ((i % 2 == 0)); then
      code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE${pages[$((i / 2 % ${#pages[@]}))]}")
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE${apis[$((i / 2 % ${#apis[@]}))]}")
    fi
    # 403/404: a module not merged yet or not allowed for this user; still a served request
    case "$code" in 200 | 403 | 404) ;; *) FAILURES=$((FAILURES + 1)) ;; esac
  done
  LOAD_SECONDS=$(since "$t0")
}

echo "== Shuangda start-up benchmark"
machine_facts

start_app; first=$SECONDS_TO_LOGIN; cpu1=$CPU_TO_LOGIN
rss1=$(rss_mb "$PID")
load; fails=$FAILURES; load1=$LOAD_SECONDS
rss1_load=$(rss_mb "$PID"); hwm1=$(hwm_mb "$PID"); pg1=$(pg_pss_mb)
stop_app
start_app; second=$SECONDS_TO_LOGIN; cpu2=$CPU_TO_LOGIN
rss2=$(rss_mb "$PID")
load; fails2=$FAILURES; load2=$LOAD_SECONDS
rss2_load=$(rss_mb "$PID"); hwm2=$(hwm_mb "$PID"); pg2=$(pg_pss_mb)
stop_app

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-34s %10s %10s\n' "" "1st start" "2nd start"
printf '%-34s %10s %10s\n' "seconds to first 200 on /login" "$first" "$second"
printf '%-34s %10s %10s\n' "JVM CPU seconds until then" "$cpu1" "$cpu2"
printf '%-34s %10s %10s\n' "JVM RSS after start (MB)" "$rss1" "$rss2"
printf '%-34s %10s %10s\n' "JVM RSS after $REQUESTS requests (MB)" "$rss1_load" "$rss2_load"
printf '%-34s %10s %10s\n' "JVM peak RSS, VmHWM (MB)" "$hwm1" "$hwm2"
printf '%-34s %10s %10s\n' "PostgreSQL PSS after load (MB)" "$pg1" "$pg2"
printf '%-34s %10s %10s\n' "seconds for the $REQUESTS requests" "$load1" "$load2"
printf '%-34s %10s %10s\n' "failed requests (not 200/403/404)" "$fails" "$fails2"
# one line for scripts (bench/startup-flags.sh)
echo "RESULT first=$first second=$second cpu1=$cpu1 cpu2=$cpu2 rss1=$rss1 rss1_load=$rss1_load rss2=$rss2 rss2_load=$rss2_load hwm=$(( hwm1 > hwm2 ? hwm1 : hwm2 )) fails=$((fails + fails2)) pg=$pg2"
