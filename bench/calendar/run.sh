#!/usr/bin/env bash
# Issue 11: working-day arithmetic, old (day by day) against new (by weeks), in one JVM. A few minutes on
# the bench machine; prints the table bench/README.md quotes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o test-compile
java -Xmx512m -cp target/test-classes:target/classes org.shuangda.calendar.bench.WorkingDayBench
