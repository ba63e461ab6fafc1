#!/usr/bin/env bash
# The gate under load, driving the gate page's own requests: the guard signs in (form login),
# the page enrols the phone (POST /api/v1/gate/devices with the session and CSRF token) and
# verifies with that device token and no cookie ("page path"); the fallback sends the session
# cookie and CSRF token instead ("session path"). Against the app started with -Xmx512m on a
# generated district (2,000 enterprises, 100,000 signed worker passes), 32 connections:
# verify by the page path, verify by the session path, GET /api/v1/gate/ping (device token, the
# app's trivial ceiling) and GET /api/v1/me (session, what any session request costs).
# Prints throughput and latency of each, the heap after the run, and checks that the scan log
# holds one row for every successful verify answer. Needs wrk (apt-get install -y wrk).
# Usage: src/bench/gate/load.sh [seconds]      (default 30 s a run; data in target/gate-bench)
# GATE_BENCH_REUSE=1 reuses the data set already generated in the data directory.
# GATE_BENCH_JAVA_OPTS adds JVM options (e.g. a GC setting to compare).
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
dir=${GATE_BENCH_DIR:-$PWD/target/gate-bench}
port=${PORT:-18090}
pgport=${PGPORT:-15439}
mkdir -p "$dir"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

if [ "${GATE_BENCH_REUSE:-}" = 1 ] && [ -s "$dir/tokens.txt" ]; then
  echo "== reusing the data set in $dir (GATE_BENCH_REUSE=1)"
else
  echo "== building and generating the data set (first time: about two minutes)"
  ./mvnw -q -B -o package -DskipTests 2>/dev/null || ./mvnw -q -B package -DskipTests
  FUGONG_EMBEDDED_POSTGRES_PORT=$pgport ./mvnw -q -B test -Dtest=GateLoadGenerator -Dgate.bench.dir="$dir" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$dir/generate.log" 2>&1 || { tail -30 "$dir/generate.log"; exit 1; }
  grep -E "enterprises|passes|tokens" "$dir/generate.log" || true
fi
jar=$(ls target/fugong-*.jar | grep -v original | head -1)

echo "== starting the app with -Xmx512m -XX:MaxGCPauseMillis=20 (as docs/operations.md advises)"
FUGONG_DATA_DIR="$dir" FUGONG_EMBEDDED_POSTGRES_PORT=$pgport PORT=$port \
  java -Xmx512m -XX:MaxGCPauseMillis=20 ${GATE_BENCH_JAVA_OPTS:-} -Xlog:gc:file="$dir/gc.log" -jar "$jar" > "$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do
  kill -0 $pid 2>/dev/null || { echo "the app died, see $dir/app.log"; exit 1; }
  sleep 0.5
done
url=http://localhost:$port
count() {
  psql -qtA -h localhost -p $pgport -U postgres -d postgres -c "SELECT count(*) FROM gate_scan WHERE guard = 'guard1'"
}

echo "== signing in as the page does, and enrolling the phone"
jar_cookies="$dir/cookies.txt"; rm -f "$jar_cookies"
login_csrf=$(curl -sf -c "$jar_cookies" "$url/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=guard1&password=Fugong%402026&_csrf=$login_csrf" "$url/login"
page_csrf=$(curl -sf -b "$jar_cookies" -c "$jar_cookies" "$url/gate" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
[ -n "$page_csrf" ] || { echo "signing in failed: no gate page"; exit 1; }
cookie=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {printf "%s=%s", $6, $7}' "$jar_cookies")
printf '%s\n%s\n' "$cookie" "$page_csrf" > "$dir/session.txt"
curl -sf -b "$jar_cookies" -H "X-CSRF-TOKEN: $page_csrf" -H 'Content-Type: application/json' \
  -d '{"name":"load test phone"}' "$url/api/v1/gate/devices" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p' > "$dir/page-token.txt"
[ -s "$dir/page-token.txt" ] || { echo "enrolling the phone failed"; exit 1; }
before=$(count)

echo "== warming up (10 s each)"
wrk -t2 -c32 -d10s -s src/bench/gate/ping.lua "$url/api/v1/gate/ping" -- "$dir/page-token.txt" > /dev/null
wrk -t2 -c32 -d10s -s src/bench/gate/me.lua "$url/api/v1/me" -- "$dir/session.txt" > /dev/null
wrk -t2 -c32 -d10s -s src/bench/gate/verify.lua "$url/api/v1/gate/verify" -- "$dir/tokens.txt" "$dir/page-token.txt" \
  page > "$dir/warmup.txt"
warm=$(sed -n 's/^requests \([0-9]*\),.*/\1/p' "$dir/warmup.txt")
warmbad=$(sed -n 's/.*non-2xx \([0-9]*\),.*/\1/p' "$dir/warmup.txt")
sleep 11   # past the ten-second repeat window of the warm-up's last scans

mid=$(count)
echo "== POST /api/v1/gate/verify, the page's path (device token, no cookie), 32 connections, ${seconds} s"
wrk -t2 -c32 -d${seconds}s --latency -s src/bench/gate/verify.lua "$url/api/v1/gate/verify" -- "$dir/tokens.txt" \
  "$dir/page-token.txt" page | tee "$dir/verify.txt" | grep -E "requests|throughput"
sleep 11
echo "== POST /api/v1/gate/verify, the session path (cookie and CSRF token), 32 connections, ${seconds} s"
wrk -t2 -c32 -d${seconds}s --latency -s src/bench/gate/verify.lua "$url/api/v1/gate/verify" -- "$dir/tokens.txt" \
  "$dir/page-token.txt" session "$dir/session.txt" | tee "$dir/verify-session.txt" | grep -E "requests|throughput"
echo "== GET /api/v1/gate/ping (device token), 32 connections, ${seconds} s"
wrk -t2 -c32 -d${seconds}s -s src/bench/gate/ping.lua "$url/api/v1/gate/ping" -- "$dir/page-token.txt" \
  | tee "$dir/ping.txt" | grep -E "requests|throughput"
echo "== GET /api/v1/me (session), 32 connections, ${seconds} s"
wrk -t2 -c32 -d${seconds}s -s src/bench/gate/me.lua "$url/api/v1/me" -- "$dir/session.txt" \
  | tee "$dir/me.txt" | grep -E "requests|throughput"

echo "== heap after the run (-Xmx512m)"
jcmd $pid GC.heap_info | grep -E "garbage-first heap|Metaspace" | head -2 || true

after=$(count)
ok=0
for f in verify.txt verify-session.txt; do
  requests=$(sed -n 's/^requests \([0-9]*\),.*/\1/p' "$dir/$f")
  bad=$(sed -n 's/.*non-2xx \([0-9]*\),.*/\1/p' "$dir/$f")
  ok=$((ok + requests - bad))
done
logged=$((after - mid))
echo "== scan log: $logged rows for $ok successful answers in the two measured verify runs (warm-up: $((mid - before)) rows for $((warm - warmbad)))"
kill -TERM $pid; wait $pid 2>/dev/null || true
trap - EXIT
# wrk stops counting at the end of the run while up to one request a connection is still in
# flight: those are logged (the server answers only once the row is committed) but not counted.
if [ "$logged" -lt "$ok" ] || [ "$logged" -gt $((ok + 80)) ]; then echo "MISMATCH: rows and answers differ"; exit 1; fi
echo "OK: every successful answer has its row ($((logged - ok)) more rows: requests in flight when wrk stopped counting)"
