# Shared by bench/realworld and bench/scaling (sourced, not run): builds the MapGuard plugin jar
# and the bench tools if needed, then runs a bench subcommand with JDK 17.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$REPO/bench/out"
mkdir -p "$OUT"

# Peak RSS comes from GNU time; Debian ships it as the package "time".
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (Debian package 'time') to measure peak RSS" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null
  fi
fi

# Newest source file under the given paths, as seconds since the epoch (0 if none).
newest() { find "$@" -type f -printf '%T@\n' 2>/dev/null | sort -n | tail -1 | cut -d. -f1; }
mtime() { if [ -e "$1" ]; then stat -c %Y "$1"; else echo 0; fi; }

build_plugin() {
  # MAPGUARD_PLUGIN_JAR measures another build of the plugin instead of this checkout's
  if [ -n "${MAPGUARD_PLUGIN_JAR:-}" ]; then return; fi
  local jar="$REPO/checker/target/mapguard.jar"
  if [ "$(newest "$REPO/checker/src/main" "$REPO/checker/pom.xml" "$REPO/pom.xml")" -gt "$(mtime "$jar")" ]; then
    echo "bench: building checker/target/mapguard.jar" >&2
    (cd "$REPO" && ./mvnw -B -q -ntp -pl checker -am package -DskipTests)
  fi
}

build_tools() {
  local stamp="$OUT/tools/classpath.txt"
  if [ "$(newest "$REPO/bench/src" "$REPO/bench/pom.xml")" -gt "$(mtime "$stamp")" ]; then
    echo "bench: building the bench tools" >&2
    mkdir -p "$OUT/tools"
    (cd "$REPO" && ./mvnw -B -q -ntp -f bench/pom.xml compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$stamp.tmp" && mv "$stamp.tmp" "$stamp")
  fi
}

run_tool() {
  build_tools
  local java="${MAPGUARD_JDK_17:-}"
  if [ -n "$java" ]; then java="$java/bin/java"; else java="java"; fi
  "$java" -Dmapguard.repo="$REPO" -cp "$REPO/bench/target/classes:$(cat "$OUT/tools/classpath.txt")" \
    dev.mapguard.bench.Bench "$@"
}
