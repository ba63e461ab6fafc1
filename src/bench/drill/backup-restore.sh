#!/usr/bin/env bash
# Backup drill: the routine of docs/operations.md ("Backups"), run end to end on
# this machine without Docker.
#
#   1. a PostgreSQL cluster on loopback and the application on it (not the demo:
#      SPRING_DATASOURCE_URL, the operator's own keys and administrator);
#   2. data made through the API: an enterprise registers and files an appeal
#      with an uploaded attachment (a row in the database, a file in the folder);
#   3. the backup: pg_dump (custom format), then the upload folder (tar);
#   4. the restore into a FRESH cluster and an empty folder: pg_restore, untar;
#   5. the application started on the restored copy: healthy, the enterprise
#      signs in, its appeal and attachment are there, every table has the same
#      number of rows, the upload folder is byte for byte the same.
#
# Prints "restored: N tables, M rows, K files, identical" and exits 0, or says what
# differs and exits 1.
#
# Usage: src/bench/drill/backup-restore.sh   (builds the jar if it is missing)
# PostgreSQL binaries: PG_BIN, or the embedded PostgreSQL binaries the build
# downloads (under /tmp/embedded-pg) when a pg_dump of the same major version is
# installed, or else the newest PostgreSQL installed under /usr/lib/postgresql.
# pg_dump refuses a server newer than itself, so server and pg_dump must match.
set -euo pipefail
cd "$(dirname "$0")/../../.."

work=${DRILL_DIR:-$(mktemp -d /tmp/fugong-backup-drill.XXXXXX)}
app_port=${PORT:-8108}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port_a=${PG_PORT_A:-$(free_port)}
pg_port_b=${PG_PORT_B:-$(free_port)}
admin_password='Drill#Admin2026'
export FUGONG_DATA_KEY=${FUGONG_DATA_KEY:-$(openssl rand -base64 32)}
export FUGONG_PASS_KEY_ENCRYPTION_KEY=${FUGONG_PASS_KEY_ENCRYPTION_KEY:-$(openssl rand -base64 32)}
export FUGONG_METRICS_PASSWORD=${FUGONG_METRICS_PASSWORD:-$(openssl rand -base64 24)}

major() { "$1" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)+.*/\1/'; }

pick_binaries() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dump embedded
  for embedded in /tmp/embedded-pg/PG-*/bin; do
    [ -x "$embedded/postgres" ] || continue
    for dump in $(command -v pg_dump 2>/dev/null) /usr/lib/postgresql/*/bin/pg_dump; do
      if [ -x "$dump" ] && [ "$(major "$dump")" = "$(major "$embedded/postgres")" ]; then
        echo "$embedded:$(dirname "$dump")"; return
      fi
    done
  done
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

bins=$(pick_binaries)
if [ -z "$bins" ]; then echo "No PostgreSQL binaries: set PG_BIN"; exit 1; fi
export PATH="$bins:$PATH"
for tool in initdb pg_ctl postgres pg_dump pg_restore psql; do
  command -v $tool > /dev/null || { echo "$tool not found in $bins"; exit 1; }
done
echo "PostgreSQL: $(postgres --version), $(pg_dump --version)"
if [ "$(major "$(command -v postgres)")" != "$(major "$(command -v pg_dump)")" ]; then
  echo "pg_dump and the server differ in major version; set PG_BIN"; exit 1
fi

jar=${FUGONG_JAR:-$(ls target/fugong-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -q -B -ntp package -DskipTests
  jar=$(ls target/fugong-*.jar | grep -v original | head -1)
fi

# PostgreSQL refuses to run as root: run it as nobody when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

app_pid=
stop_app() { # SIGTERM, and SIGKILL if it has not stopped within 60 s (an application still starting)
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}
cleanup() {
  stop_app
  for c in a b; do
    [ -d "$work/pg-$c" ] && as_pg pg_ctl -D "$work/pg-$c" -m fast stop > /dev/null 2>&1 || true
  done
}
trap cleanup EXIT
trap 'exit 143' TERM INT

cluster() { # name port
  mkdir -p "$work/pg-$1"
  [ "$(id -u)" = 0 ] && chown nobody "$work" "$work/pg-$1"
  as_pg initdb -D "$work/pg-$1" -U postgres -A trust -E UTF8 --locale=C > "$work/initdb-$1.log"
  as_pg pg_ctl -D "$work/pg-$1" -o "-p $2 -k /tmp -c listen_addresses=127.0.0.1" -l "$work/pg-$1.log" -w start > /dev/null
  psql -h 127.0.0.1 -p "$2" -U postgres -qc "CREATE ROLE fugong LOGIN PASSWORD 'fugong'"
  psql -h 127.0.0.1 -p "$2" -U postgres -qc "CREATE DATABASE fugong OWNER fugong ENCODING 'UTF8' TEMPLATE template0"
}

start_app() { # pg-port data-dir label
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$1/fugong" SPRING_DATASOURCE_USERNAME=fugong \
    SPRING_DATASOURCE_PASSWORD=fugong FUGONG_ADMIN_USERNAME=admin FUGONG_ADMIN_PASSWORD="$admin_password" \
    FUGONG_DATA_DIR="$2" PORT=$app_port java -Xmx512m -jar "$jar" > "$work/app-$3.log" 2>&1 &
  app_pid=$!
  local start=$SECONDS
  until curl -sf -o /dev/null "http://127.0.0.1:$app_port/actuator/health"; do
    kill -0 $app_pid 2>/dev/null || { echo "The application ($3) died: $work/app-$3.log"; exit 1; }
    (( SECONDS - start > ${START_TIMEOUT:-600} )) && { echo "The application ($3) is not healthy after ${START_TIMEOUT:-600} s"; exit 1; }
    sleep 0.5
  done
  echo "application on the $3 database: healthy after $((SECONDS - start)) s"
}


counts() { # port -> "table rows" lines
  psql -h 127.0.0.1 -p "$1" -U postgres -d fugong -Atc "
    SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I;', table_name, table_schema, table_name)
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" \
    | psql -h 127.0.0.1 -p "$1" -U postgres -d fugong -At
}

api="http://127.0.0.1:$app_port/api/v1"

# 1. The live system.
cluster a "$pg_port_a"
start_app "$pg_port_a" "$work/data-a" live

# 2. Data through the API, with an uploaded file.
user="drill$(date +%s)"
credit=$(python3 - <<'PY'
import random
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
body = "91310117" + "".join(random.choice("0123456789") for _ in range(9))
check = (31 - sum(chars.index(c) * w for c, w in zip(body, weights)) % 31) % 31
print(body + chars[check])
PY
)
curl -sf -o /dev/null -H 'Content-Type: application/json' "$api/enterprises/register" -d "{
  \"creditCode\": \"$credit\", \"name\": \"备份演练企业 $user\", \"districtCode\": \"310117\",
  \"townCode\": \"310117105\", \"address\": \"演练路 1 号\", \"industry\": \"MANUFACTURING\", \"staffCount\": 20,
  \"aboveDesignatedSize\": false, \"foreignInvested\": false, \"contactName\": \"张三\",
  \"contactPhone\": \"13800138000\", \"username\": \"$user\", \"password\": \"Drill@2026pw\"}" \
  || { echo "registration failed"; exit 1; }
appeal=$(curl -sf -u "$user:Drill@2026pw" -H 'Content-Type: application/json' "$api/appeals" \
  -d '{"type": "LOGISTICS", "subject": "备份演练", "content": "原料车在卡口被拦，请协调。"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
picture=$(ls docs/images/*.png | head -1)
curl -sf -o /dev/null -u "$user:Drill@2026pw" -F "file=@$picture;type=image/png" "$api/appeals/$appeal/attachments" \
  || { echo "the upload failed"; exit 1; }
echo "made: enterprise $user, appeal $appeal with $(basename "$picture") attached"
stop_app

# 3. The backup, as docs/operations.md says: the database first, then the files.
mkdir -p "$work/backup"
pg_dump -h 127.0.0.1 -p "$pg_port_a" -U fugong -d fugong --format=custom --file="$work/backup/fugong.dump"
tar -C "$work/data-a" -czf "$work/backup/files.tar.gz" files
echo "backup: $(du -h "$work/backup/fugong.dump" | cut -f1) database, $(du -h "$work/backup/files.tar.gz" | cut -f1) files"

# 4. The restore into a fresh cluster and an empty folder.
cluster b "$pg_port_b"
pg_restore -h 127.0.0.1 -p "$pg_port_b" -U fugong -d fugong --no-owner --exit-on-error "$work/backup/fugong.dump"
mkdir -p "$work/data-b"
tar -C "$work/data-b" -xzf "$work/backup/files.tar.gz"
status=0
# Compared before the restored copy runs (a running application adds sessions and audit rows).
diff <(counts "$pg_port_a") <(counts "$pg_port_b") > "$work/counts.diff" \
  || { echo "row counts differ:"; cat "$work/counts.diff"; status=1; }
tables=$(counts "$pg_port_b" | wc -l)
rows=$(counts "$pg_port_b" | awk '{ n += $2 } END { print n }')

# 5. The application on the restored copy.
start_app "$pg_port_b" "$work/data-b" restored
detail=$(curl -sf -u "$user:Drill@2026pw" "$api/appeals/$appeal") || { echo "the appeal is missing"; status=1; }
echo "$detail" | grep -q "$(basename "$picture")" || { echo "the attachment is missing from the appeal"; status=1; }
stop_app

( cd "$work/data-a" && find files -type f -exec sha256sum {} + | sort -k2 ) > "$work/files-a.txt"
( cd "$work/data-b" && find files -type f -exec sha256sum {} + | sort -k2 ) > "$work/files-b.txt"
diff "$work/files-a.txt" "$work/files-b.txt" > /dev/null || { echo "the upload folders differ"; status=1; }

if [ $status = 0 ]; then
  echo "restored: $tables tables, $rows rows, $(wc -l < "$work/files-b.txt") files, identical"
  [ -z "${DRILL_DIR:-}" ] && { cleanup; trap - EXIT; rm -rf "$work"; }
fi
exit $status
