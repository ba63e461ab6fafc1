#!/usr/bin/env bash
# Drill 1: kill -9 one of two instances while guards scan through nginx.
# Every scan whose answer reached a phone must be in the scan log, and the phones carry on
# through the other instance. Prints "acknowledged N, logged N, lost 0".
# Usage: src/bench/drill/kill-instance.sh [seconds]   (default 30; data under target/drill)
. "$(dirname "$0")/lib.sh"
seconds=${1:-30}
run=kill$(date +%s)
bring_up
log "8 phones scan for ${seconds} s; app1 is killed with SIGKILL at $((seconds / 3)) s"
scan_client "$seconds" 8 "$run" > "$DRILL_DIR/client.txt" &
client=$!
sleep $((seconds / 3))
kill -9 "$app1_PID"
killed=$(date +%s%3N)
log "app1 killed"
wait $client
cat "$DRILL_DIR/client.txt"
before=$(awk -v k="$killed" '$1 + 1000 <= k { ok += $2 } END { print ok + 0 }' "$DRILL_DIR/timeline.tsv")
after=$(awk -v k="$killed" '$1 >= k { ok += $2 } END { print ok + 0 }' "$DRILL_DIR/timeline.tsv")
errors=$(awk '{ e += $3 + $4 } END { print e + 0 }' "$DRILL_DIR/timeline.tsv")
log "answered: $before before the kill (both instances), $after after it (app2 alone);" \
  "$errors answers failed (the phones kept them offline and synced them)"
check_logged "$run"
[ "$after" -gt 0 ] || { echo "FAILED: no scan was answered after the kill"; exit 1; }
