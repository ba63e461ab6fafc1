#!/usr/bin/env bash
# How long the platform takes from launch to healthy (GET /actuator/health answers 200 and the login
# page is served), each documented way:
#   first    the first start of a production instance (new database: initdb, Flyway), java -jar
#   jar      a restart the plain `java -jar` way (JDK 17)
#   cds      a restart of the extracted jar with a class-data-sharing archive made by a training run
#            (the JDK 17 way of docs/operations.md)
#   aot      a restart of the extracted jar on Java 25 with its Spring AOT-processed context
#            (-Dspring.aot.enabled=true) and the JVM's AOT cache made by a training run (the production way
#            of docs/operations.md, and what the buildpack image does)
#   mvnw     a restart the README's way, `./mvnw spring-boot:run` on the embedded demo default
# The production ways run as production does: demo data off and keys of their own (made here), on the
# embedded database of a throwaway directory. Each restart runs RUNS times (3) and the median is
# printed, with the CPU time the JVM spent until healthy (which a busy machine inflates far less than
# the wall time) and the load average at the end.
# Usage: src/bench/startup.sh [first jar cds aot mvnw]   (all five without arguments; builds the jar if
#        it is missing; JAVA25=/path/to/java picks the Java 25 runtime, else a temurin-25 one is looked for)
set -euo pipefail
cd "$(dirname "$0")/../.."
ways=${*:-first jar cds aot mvnw}
runs=${RUNS:-3}
jar=$(ls target/fugong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || ! unzip -l "$jar" | grep -c 'FugongApplication__ApplicationContextInitializer' > /dev/null; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/fugong-*.jar | grep -v original | head -1)
fi
jar=$PWD/$jar
java25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java /usr/lib/jvm/java-25*/bin/java 2>/dev/null | head -1 || true)}
work=$(mktemp -d)
port=${PORT:-18080}
pgport=${PGPORT:-15499}
trap 'rm -rf "$work"' EXIT
export FUGONG_DATA_KEY=$(openssl rand -base64 32) FUGONG_PASS_KEY_ENCRYPTION_KEY=$(openssl rand -base64 32)
prod=(--fugong.demo.enabled=false)

# Launches "$@" in its own process group with the data directory $data and prints
# "<wall seconds> <cpu seconds>" once the app is healthy and serves the login page; then stops it.
measure() {
  local label=$1 start pid ms cpu st
  shift
  start=$(date +%s%N)
  FUGONG_DATA_DIR="$data" FUGONG_EMBEDDED_POSTGRES_PORT=$pgport PORT=$port setsid "$@" > "$work/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health" && curl -sf -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 $pid 2>/dev/null; then echo "$label: the application died:" >&2; tail -30 "$work/$label.log" >&2; exit 1; fi
    if (( ($(date +%s%N) - start) / 1000000000 > 900 )); then echo "$label: not healthy after 900 s" >&2; kill -- -$pid; exit 1; fi
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # CPU of the launched JVM itself (for mvnw: Maven's, the application runs in a child and is not counted)
  read -r -a st < /proc/$pid/stat
  cpu=$(( (st[13] + st[14]) * 1000 / $(getconf CLK_TCK) ))
  kill -- -$pid
  while kill -0 -- -$pid 2>/dev/null; do sleep 0.2; done
  printf '%d.%d %d.%d\n' $((ms / 1000)) $((ms % 1000 / 100)) $((cpu / 1000)) $((cpu % 1000 / 100))
}

# Prints "median <wall> s (cpu <cpu> s; runs: ...)" over $runs measurements.
median() {
  local label=$1 all=() i
  shift
  for ((i = 1; i <= runs; i++)); do all+=("$(measure "$label" "$@")"); done
  local mid=$(printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%s s (cpu %s s; all: %s)' "${mid% *}" "${mid#* }" "$(printf '%s s, ' "${all[@]%% *}" | sed 's/, $//')"
}

report() { printf '%-58s %s   [load %s]\n' "$1" "$2" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

# A production instance's data directory, made by a first start.
data=$work/production
first=$(measure first java -jar "$jar" "${prod[@]}")
[[ " $ways " == *" first "* ]] && report "first start, java -jar (initdb, Flyway):" "${first% *} s (cpu ${first#* } s)"
[[ " $ways " == *" jar "* ]] && report "restart, java -jar (JDK 17):" "$(median jar java -jar "$jar" "${prod[@]}")"

# The production ways (docs/operations.md): extract, one training run on a throwaway database that stops
# once the context is refreshed and writes the archive or cache, then every start with it.
app=$work/app
java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
appjar=$(ls "$app"/*.jar | head -1)
train() {
  local log=$1
  shift
  ( cd "$app" && FUGONG_DATA_DIR="$work/training" PORT=0 "$@" -Dspring.context.exit=onRefresh -jar "$appjar" "${prod[@]}" \
      > "$work/$log.log" 2>&1 ) || { echo "training run failed:" >&2; tail -20 "$work/$log.log" >&2; exit 1; }
  # The run ends with Runtime.halt (no shutdown hooks), so its embedded PostgreSQL is still running: stop it.
  kill -INT "$(head -1 "$work/training/postgres/postmaster.pid")" 2>/dev/null || true
  while [ -f "$work/training/postgres/postmaster.pid" ]; do sleep 0.2; done
  rm -rf "$work/training"
}
if [[ " $ways " == *" cds "* ]]; then
  train cds-training java -XX:ArchiveClassesAtExit="$app/fugong.jsa"
  report "restart, extracted + CDS archive (JDK 17):" "$(median cds java -XX:SharedArchiveFile="$app/fugong.jsa" -jar "$appjar" "${prod[@]}")"
fi
if [[ " $ways " == *" aot "* ]]; then
  if [ -z "$java25" ]; then
    echo "restart, extracted + AOT cache (Java 25): no Java 25 found (set JAVA25)"
  else
    train aot-training "$java25" -Dspring.aot.enabled=true -XX:AOTCacheOutput="$app/fugong.aot"
    report "restart, extracted + Spring AOT + AOT cache (Java 25):" "$(median aot "$java25" -Dspring.aot.enabled=true \
      -XX:AOTCache="$app/fugong.aot" -Xmx512m -XX:MaxGCPauseMillis=20 -jar "$appjar" "${prod[@]}")"
  fi
fi

# The README's way: the embedded demo default (demo data on, the demo keys), a restart of an instance
# whose demo data is there already; Maven's own start and its up-to-date check are part of it.
if [[ " $ways " == *" mvnw "* ]]; then
  data=$work/demo
  ( unset FUGONG_DATA_KEY FUGONG_PASS_KEY_ENCRYPTION_KEY
    measure mvnw-first ./mvnw -q spring-boot:run > /dev/null
    report "restart, ./mvnw spring-boot:run (demo default):" "$(median mvnw ./mvnw -q spring-boot:run)" )
fi
