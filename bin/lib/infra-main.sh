# Sourced by bin/dlq, bin/chaos and bin/events (not run on its own): runs a main class of the infra
# module on its runtime classpath (infra/target/classpath.txt), from the checkout root.
#   infra_main [--rebuild] CLASS [ARGS...]      extra JVM options in INFRA_JVM_OPTS
# Builds infra and what it needs first when the class is not compiled yet, or every time with --rebuild.

infra_main() {
  JAVA_HOME="$(bin/find-jdk)"
  export JAVA_HOME
  local rebuild=false
  if [ "${1:-}" = "--rebuild" ]; then
    rebuild=true
    shift
  fi
  local main="$1"
  shift
  if $rebuild || [ ! -f infra/target/classpath.txt ] || [ ! -f "infra/target/classes/${main//.//}.class" ]; then
    ./mvnw -B -q -DskipTests -pl infra -am install
  fi
  # shellcheck disable=SC2086 # INFRA_JVM_OPTS holds several options
  exec "$JAVA_HOME/bin/java" ${INFRA_JVM_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
    -cp "infra/target/classes:$(cat infra/target/classpath.txt)" "$main" "$@"
}
