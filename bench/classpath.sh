# The class path of the benchmarks' own classes (sourced, not run), without Maven's dependency plugin:
# `mvn -o dependency:build-classpath` fails offline wherever ~/.m2 lacks the plugin version Spring Boot's
# parent names (3.10.0 for Boot 4.1.2; `ls ~/.m2/repository/org/apache/maven/plugins/maven-dependency-plugin`),
# which the build itself never needs. The packaged jar already carries the application's run-time libraries
# (BOOT-INF/lib: the PostgreSQL driver, POI, Jackson, Spring, ...), and that is all the benchmarks use (nothing
# of test scope), so they are unpacked from it: once per jar, into target/bench-lib (the embedded PostgreSQL
# binaries, 100+ MB that no benchmark class loads, are left in the jar).
#
#   . bench/classpath.sh
#   CP=$(app_classpath)          # after `mvn -B -o -DskipTests package`; colon-separated jar paths
#   java -cp "target/test-classes:target/classes:$CP" ...

app_classpath() {
  local jar dir=target/bench-lib stamp
  jar=$(ls target/shuangda-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  [ -n "$jar" ] || { echo "No target/shuangda-*.jar: run 'mvn -B -o -DskipTests package' first." >&2; return 1; }
  stamp="$(stat -c '%s %Y' "$jar") $jar"
  if [ "$(cat "$dir/.jar" 2>/dev/null || true)" != "$stamp" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    if command -v unzip >/dev/null; then
      unzip -q -o -j "$jar" 'BOOT-INF/lib/*.jar' -x 'BOOT-INF/lib/embedded-postgres-binaries-*' -d "$dir"
    else # Spring Boot's own extraction (the JDK alone): everything, the binaries too
      java -Djarmode=tools -jar "$jar" extract --destination "$dir/x" >/dev/null
      mv "$dir"/x/lib/*.jar "$dir"/ && rm -rf "$dir/x"
    fi
    echo "$stamp" >"$dir/.jar"
  fi
  ls "$PWD/$dir"/*.jar | paste -sd: -
}
