#!/usr/bin/env bash
# Class data sharing for `java -jar` (issue 20): the JVM maps the ~10,000 classes Shuangda loads at start-up
# from one archive instead of finding, reading and verifying each of them again.
#
#   mvn -B -DskipTests package && tools/cds-archive.sh      # once per build (about a minute)
#   java -XX:SharedArchiveFile=target/app/shuangda.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m \
#        -jar target/app/shuangda.jar
#
# Extracts target/shuangda-*.jar into target/app/ (shuangda.jar and lib/: the JVM cannot share classes read from
# jars nested in a jar), then starts it once on a throwaway data folder with -XX:ArchiveClassesAtExit (JDK 17's
# dynamic archive), waits for the login page and the demo data, and stops it: the archive is written on exit.
# An archive that no longer matches the jars (a new build) is ignored by the JVM, which then starts as without
# it; run this again after each build. Nothing here changes what the application does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${PORT:-18089}
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m)
JAR=$(ls target/shuangda-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || { echo "No target/shuangda-*.jar: run 'mvn -B -DskipTests package' first." >&2; exit 1; }

rm -rf target/app
java -Djarmode=tools -jar "$JAR" extract --destination target/app >/dev/null
mv target/app/"$(basename "$JAR")" target/app/shuangda.jar

DATA=$(mktemp -d /tmp/shuangda-cds.XXXXXX)
trap 'rm -rf "$DATA"' EXIT
java -XX:ArchiveClassesAtExit=target/app/shuangda.jsa "${FLAGS[@]}" -jar target/app/shuangda.jar \
  --server.port="$PORT" --shuangda.embedded.data-dir="$DATA/data" >"$DATA/training.log" 2>&1 &
PID=$!
# the login page answering without the "demo data loading" banner: start-up and the demo's classes are loaded
for ((i = 0; i < 3600; i++)); do
  page=$(curl -s --max-time 2 "http://127.0.0.1:$PORT/login" || true)
  if [[ "$page" == *login-submit* && "$page" != *demo-loading* ]]; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "The training run stopped:" >&2; tail -n 30 "$DATA/training.log" >&2; exit 1; }
  sleep 0.1
done
kill "$PID"
wait "$PID" || true
[ -f target/app/shuangda.jsa ] || { echo "No archive written:" >&2; tail -n 30 "$DATA/training.log" >&2; exit 1; }
echo "target/app/shuangda.jsa ($(du -m target/app/shuangda.jsa | cut -f1) MB): java -XX:SharedArchiveFile=target/app/shuangda.jsa ${FLAGS[*]} -jar target/app/shuangda.jar"
