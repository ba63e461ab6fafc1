#!/usr/bin/env bash
# Measures how long the platform takes to serve the login page: first start
# (creating the embedded database) and a later start on the same data.
# Usage: src/bench/startup.sh            (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/fugong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/fugong-*.jar | grep -v original | head -1)
fi
data=$(mktemp -d)
port=${PORT:-18080}

measure() {
  local label=$1 start pid
  start=$(date +%s%N)
  FUGONG_DATA_DIR="$data" PORT=$port java -jar "$jar" > "$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 $pid 2>/dev/null; then echo "$label: the application died, see $data/$label.log"; exit 1; fi
    if (( ($(date +%s%N) - start) / 1000000000 > 120 )); then echo "$label: no login page after 120 s"; kill $pid; exit 1; fi
    sleep 0.2
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%s start: login page served after %d.%d s\n' "$label" $((ms / 1000)) $((ms % 1000 / 100))
  kill $pid
  wait $pid 2>/dev/null || true
}

measure first
measure later
rm -rf "$data"
