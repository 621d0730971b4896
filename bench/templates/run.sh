#!/usr/bin/env bash
# Issue 11: the cost of checking a report template by number of indicators, beside the time to parse the
# same request body (TemplateValidationBench). A few minutes; prints the table bench/README.md quotes.
#
#   bench/templates/run.sh            this tree
#   bench/templates/run.sh <commit>   the same bench on an older commit (checked out in a temporary worktree,
#                                     the bench class copied in): the "before" column
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=src/test/java/org/shuangda/reporting/templates/TemplateValidationBench.java
TREE=.
if [ $# -gt 0 ]; then
  TREE=$(mktemp -d /tmp/shuangda-bench-templates.XXXXXX)
  trap 'git worktree remove --force "$TREE"' EXIT
  git worktree add --detach "$TREE" "$1" >/dev/null
  mkdir -p "$TREE/$(dirname "$BENCH")" && cp "$BENCH" "$TREE/$BENCH"
  echo "commit $(git -C "$TREE" log -1 --format='%h')"
fi
# the class path from the packaged jar, offline (bench/classpath.sh; read from this tree, an older one may lack it)
# shellcheck source=../classpath.sh
. bench/classpath.sh
cd "$TREE"
mvn -q -B -o package -DskipTests
java -Xmx1g -cp "target/test-classes:target/classes:$(app_classpath)" \
  org.shuangda.reporting.templates.TemplateValidationBench
