# Shared by bench/cases/run.sh, bench/reporting/run.sh and bench/complaints/run.sh (sourced, not run). The
# caller sets BENCH_DIR, PG_PORT and APP_PORT first.

# shellcheck source=classpath.sh
. "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"

# Packages the application, compiles the benchmark's own classes (src/test/java/<dir>, with the shared
# helpers of org/shuangda/bench) against the test class path and copies the jar to $BENCH_DIR/app.jar;
# sets CP for `java -cp`. Offline throughout: the class path comes from the packaged jar (bench/classpath.sh).
build_bench() {
  mvn -q -B -o package -DskipTests
  local libs
  libs=$(app_classpath) # the jar's libraries, no dependency plugin (bench/classpath.sh)
  mkdir -p "$BENCH_DIR/classes"
  javac -d "$BENCH_DIR/classes" -cp "target/classes:$libs" "src/test/java/$1"/*.java \
    src/test/java/org/shuangda/bench/*.java
  CP="$BENCH_DIR/classes:target/classes:$libs"
  cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
}

# Starts $BENCH_DIR/app.jar with the given JVM flags on $BENCH_DIR/data (embedded PostgreSQL on $PG_PORT,
# HTTP on $APP_PORT), stops it and removes $BENCH_DIR (unless KEEP=1) on exit, and waits at most
# $START_SECONDS (default 180) for it to start; sets APP_PID.
start_bench_app() {
  java "$@" -jar "$BENCH_DIR/app.jar" --shuangda.embedded.data-dir="$BENCH_DIR/data" \
    --shuangda.embedded.port="$PG_PORT" --server.port="$APP_PORT" --server.address=127.0.0.1 > "$BENCH_DIR/app.log" 2>&1 &
  APP_PID=$!
  trap stop_bench_app EXIT
  for _ in $(seq 1 "${START_SECONDS:-180}"); do
    grep -q 'Started ShuangdaApplication' "$BENCH_DIR/app.log" && return 0
    sleep 1
  done
  tail -50 "$BENCH_DIR/app.log"
  exit 1
}

stop_bench_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$BENCH_DIR"
}
