#!/usr/bin/env bash
# Drill 3: the disk under the upload folder is full. An upload gets a clear error (507 with
# the reason in the user's language), nothing half-written stays behind, the database keeps
# no row for it; once there is room again the same upload goes through.
# Usage: src/bench/drill/full-disk.sh        (needs root for a small tmpfs; data under target/drill)
. "$(dirname "$0")/lib.sh"
run=disk$(date +%s)
files=$DRILL_DIR/files
mkdir -p "$files"
mount -t tmpfs -o size=4m tmpfs "$files"
unmount() { umount "$files" 2>/dev/null || true; }
bring_up
trap 'cleanup; unmount' EXIT

api() { curl -sk -u demo-ent:Fugong@2026 -H 'Accept-Language: zh-CN' "$@"; }
id=$(api -X POST "$URL/api/v1/applications" -H 'Content-Type: application/json' \
  -d '{"plannedResumeDate":"2027-01-04","returningStaff":20,"dormitoryBeds":0,"closedLoop":false,
       "samplingPoint":{"location":"大门东侧","liaison":"张三 13800138000","sampler":"李四","scanner":"王五"},"notes":"drill"}' \
  | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
[ -n "$id" ] || { echo "FAILED: could not create a draft application"; exit 1; }
log "draft application $id of demo-ent"
upload="$DRILL_DIR/$run.pdf"
{ printf '%%PDF-1.4\n'; head -c 1500000 /dev/urandom; } > "$upload"

dd if=/dev/zero of="$files/filler" bs=64k 2>/dev/null || true
log "upload folder full: $(df -h "$files" | awk 'NR==2 { print $4 " free of " $2 }')"
status=$(api -o "$DRILL_DIR/answer.json" -w '%{http_code}' -F kind=PREVENTION_PLAN -F "file=@$upload;type=application/pdf" \
  "$URL/api/v1/applications/$id/materials")
log "upload while full: HTTP $status: $(cat "$DRILL_DIR/answer.json")"
partial=$(find "$files" -name '*.part' | wc -l)
rows=$(sql "SELECT count(*) FROM resumption_material WHERE request_id = $id")
log "left behind: $partial partial files, $rows rows for the application"
[ "$status" = 507 ] && [ "$partial" = 0 ] && [ "$rows" = 0 ] || { echo "FAILED: the full disk was not handled"; exit 1; }

rm -f "$files/filler"
status=$(api -o "$DRILL_DIR/answer.json" -w '%{http_code}' -F kind=PREVENTION_PLAN -F "file=@$upload;type=application/pdf" \
  "$URL/api/v1/applications/$id/materials")
rows=$(sql "SELECT count(*) FROM resumption_material WHERE request_id = $id")
log "upload with room again: HTTP $status, $rows row"
[ "$status" = 201 ] && [ "$rows" = 1 ] || { echo "FAILED: the upload did not go through once there was room"; exit 1; }
echo "full disk: refused with 507 and nothing kept; accepted once there was room"
