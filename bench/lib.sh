# Shared by the bench scripts (sourced, not run): start and stop the packaged application on a fresh
# temporary data folder, read its memory and CPU time, sign in with form login and CSRF.
# The caller sets BENCH_NAME (for the kept log) before sourcing.

JAVA_OPTS=${JAVA_OPTS:-}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
TOKEN=sd_demo_admin_token_0123456789abcdef

JAR=$(ls target/shuangda-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || { echo "No target/shuangda-*.jar: run 'mvn -B -DskipTests package' first." >&2; exit 1; }
if curl -s -o /dev/null "$BASE/login"; then
  echo "Port $PORT is busy: stop what runs there or set PORT=..." >&2; exit 1
fi

DATA=$(mktemp -d /tmp/shuangda-bench.XXXXXX)
LOG="$DATA/app.log"
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  mkdir -p target/bench && cp "$LOG" "target/bench/${BENCH_NAME:-bench}-app.log" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# CPU seconds (user + system) the JVM used so far: less disturbed than wall time on a busy machine
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# Proportional memory (PSS, so shared buffers count once) of the embedded PostgreSQL: postmaster + children.
pg_pss_mb() {
  local pm p total=0
  pm=$(pgrep -f "postgres -D $DATA/" | head -n 1 || true)
  [ -n "$pm" ] || { echo 0; return; }
  for p in "$pm" $(pgrep -P "$pm" || true); do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

machine_facts() {
  echo "date:    $(date -Iseconds)"
  echo "machine: $(nproc) CPUs, $(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java:    $(java -version 2>&1 | sed -n 1p)"
  echo "jar:     $JAR ($(du -m "$JAR" | cut -f1) MB)   JAVA_OPTS: ${JAVA_OPTS:-(none)}"
}

# Starts the jar; sets PID, SECONDS_TO_LOGIN (process start to the first 200 of GET /login), CPU_TO_LOGIN and
# SECONDS_TO_READY (until the demo data loading in the background is done and sign-in possible).
start_app() {
  local t0 code
  t0=$(now)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --shuangda.embedded.data-dir="$DATA/data" >>"$LOG" 2>&1 &
  PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/login" || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$PID" 2>/dev/null; then echo "The application stopped; log: $LOG" >&2; tail -n 40 "$LOG" >&2; exit 1; fi
    if awk -v a="$t0" -v b="$(now)" 'BEGIN {exit !(b - a > 180)}'; then echo "No 200 from /login after 180 s" >&2; exit 1; fi
    sleep 0.05
  done
  SECONDS_TO_LOGIN=$(since "$t0")
  CPU_TO_LOGIN=$(cpu_s "$PID")
  # a first start loads the demo data in the background (banner "demo-loading"): sign-ins wait for it
  while curl -s --max-time 2 "$BASE/login" | grep -q 'id="demo-loading"'; do sleep 0.1; done
  SECONDS_TO_READY=$(since "$t0")
}

# Stops the JVM with SIGTERM (as Ctrl-C or systemd would) and checks it took its PostgreSQL along.
stop_app() {
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  if pgrep -f "postgres -D $DATA/" >/dev/null; then echo "WARNING: PostgreSQL still running after the JVM stopped" >&2; fi
}

# Signs in with form login into the cookie jar $1; fails loudly when the sign-in is refused.
sign_in() {
  local jar=$1 user=$2 csrf code
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=Shuangda@2026" --data-urlencode "_csrf=$csrf" "$BASE/login")
  case "$code" in 302*error*|302*login*) echo "Sign-in as $user refused ($code)" >&2; exit 1 ;; 302*) ;;
    *) echo "Sign-in as $user failed with HTTP $code" >&2; exit 1 ;; esac
}

# The CSRF token of the signed-in session (Spring Security issues a new one at sign-in), from page $2.
csrf_of() {
  curl -s -b "$1" -c "$1" "$BASE$2" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -n 1
}
