#!/usr/bin/env bash
# How long the platform takes from launch to healthy (GET /actuator/health answers 200, the
# login page is served): the first start (creating the embedded database), a restart the plain
# `java -jar` way, and a restart the production way of docs/operations.md — the jar extracted
# with Spring Boot's jar tools and started with a class-data-sharing (CDS) archive made by a
# training run. Each restart is measured three times; the median is printed.
# Usage: src/bench/startup.sh            (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/fugong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/fugong-*.jar | grep -v original | head -1)
fi
jar=$PWD/$jar
data=$(mktemp -d)
port=${PORT:-18080}
pgport=${PGPORT:-15499}
trap 'rm -rf "$data"' EXIT

# Launches "$@" and prints the seconds until the app is healthy and serves the login page.
measure() {
  local label=$1 start pid ms
  shift
  start=$(date +%s%N)
  FUGONG_DATA_DIR="$data" FUGONG_EMBEDDED_POSTGRES_PORT=$pgport PORT=$port "$@" > "$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health" && curl -sf -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 $pid 2>/dev/null; then echo "$label: the application died, see $data/$label.log" >&2; exit 1; fi
    if (( ($(date +%s%N) - start) / 1000000000 > 180 )); then echo "$label: not healthy after 180 s" >&2; kill $pid; exit 1; fi
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid
  wait $pid 2>/dev/null || true
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

median3() {
  local label=$1 a b c
  shift
  a=$(measure "$label" "$@"); b=$(measure "$label" "$@"); c=$(measure "$label" "$@")
  printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p
}

echo "first start (new embedded database, Flyway, demo data): $(measure first java -jar "$jar") s"
echo "restart, java -jar:                                      $(median3 plain java -jar "$jar") s"

# The production way (docs/operations.md): extract, one training run that stops once the
# context is refreshed and writes the archive, then every start with the archive.
cds=$data/app
java -Djarmode=tools -jar "$jar" extract --destination "$cds" > /dev/null
app=$(ls "$cds"/*.jar | head -1)
( cd "$cds" && FUGONG_DATA_DIR="$data" FUGONG_EMBEDDED_POSTGRES_PORT=$pgport PORT=$port \
    java -XX:ArchiveClassesAtExit=fugong.jsa -Dspring.context.exit=onRefresh -jar "$app" > "$data/training.log" 2>&1 ) \
  || { echo "training run failed, see $data/training.log"; tail -20 "$data/training.log"; exit 1; }
echo "restart, extracted jar with the CDS archive:             $(median3 cds java -XX:SharedArchiveFile="$cds/fugong.jsa" -jar "$app") s"
