#!/usr/bin/env bash
# Drill 2: restart PostgreSQL while guards scan. While it is down the app answers fast 503s
# (the page then judges offline and syncs later); it recovers by itself within 10 s of the
# database's return; nothing acknowledged is lost and no row is written twice.
# Usage: src/bench/drill/restart-db.sh [down-seconds]   (default 15; data under target/drill)
. "$(dirname "$0")/lib.sh"
down=${1:-15}
seconds=$((down + 30))
run=pg$(date +%s)
bring_up
log "8 phones scan for ${seconds} s; PostgreSQL stops at 10 s for ${down} s"
scan_client "$seconds" 8 "$run" > "$DRILL_DIR/client.txt" &
client=$!
sleep 10
pg_stop "" immediate
stopped=$(date +%s%3N)
log "PostgreSQL stopped (immediate: as a crash)"
sleep "$down"
pg_start
back=$(date +%s%3N)
log "PostgreSQL back"
wait $client
cat "$DRILL_DIR/client.txt"
# Seconds from the database's return to the first second in which scans were answered again.
recovered=$(awk -v b="$back" '$1 + 1000 > b && $2 > 0 { print int(($1 + 1000 - b) / 1000); exit }' "$DRILL_DIR/timeline.tsv")
outage=$(awk -v s="$stopped" -v b="$back" '$1 >= s + 1000 && $1 + 1000 <= b { u += $3; o += $4; k += $2 } END { printf "%d answered, %d 503, %d other", k, u, o }' "$DRILL_DIR/timeline.tsv")
log "while the database was down: $outage"
log "recovered ${recovered:-never} s after the database came back"
check_logged "$run"
[ -n "$recovered" ] && [ "$recovered" -le 10 ] || { echo "FAILED: not recovered within 10 s"; exit 1; }
