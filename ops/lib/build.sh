# Shared by the ops scripts (ops/local/up, ops/bench/run): builds lg-platform when the application
# jar, the ops classes or the ops classpath file are missing, or when a pom or source file is newer
# than the last build. Source it (from any directory), then call
#   lg_build_if_needed [--rebuild]
# and run ops classes with
#   java -cp "$(lg_ops_classpath)" <main class> ...
# shellcheck shell=bash

LG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LG_CLASSPATH_FILE="$LG_ROOT/ops/target/local-stack.classpath"
LG_APP_JAR="$LG_ROOT/tenant-services/target/lg-platform.jar"

lg_needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  local required
  for required in "$LG_APP_JAR" "$LG_CLASSPATH_FILE" "$LG_ROOT/ops/target/classes" "$LG_ROOT/ops/target/keycloak"; do
    [ -e "$required" ] || return 0
  done
  # any pom or source newer than the last build
  [ -n "$(cd "$LG_ROOT" && find pom.xml ./*/pom.xml ./*/src -newer "$LG_CLASSPATH_FILE" -type f -print -quit 2>/dev/null)" ]
}

lg_build_if_needed() {
  if lg_needs_build "${1:-}"; then
    echo "building lg-platform (mvn install, about a minute)…"
    (cd "$LG_ROOT" && mvn -ntp -B -q -Dstyle.color=never -DskipTests install)
    (cd "$LG_ROOT" && mvn -ntp -B -q -Dstyle.color=never -pl ops dependency:build-classpath -Dmdep.outputFile="$LG_CLASSPATH_FILE")
    touch "$LG_CLASSPATH_FILE"
  fi
}

lg_ops_classpath() {
  echo "$LG_ROOT/ops/target/classes:$(cat "$LG_CLASSPATH_FILE")"
}

lg_java() {
  echo "${JAVA_HOME:+$JAVA_HOME/bin/}java"
}
