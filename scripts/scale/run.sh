#!/usr/bin/env bash
# Several Mingle instances behind HAProxy on this machine (decision 59):
#
#   scripts/scale/run.sh start            PostgreSQL (if needed), two instances of app/target/mingle.jar, HAProxy
#   scripts/scale/run.sh restart 1        a rolling restart of instance 1 (or 2): stop, start, wait until ready
#   scripts/scale/run.sh status           what runs, and what HAProxy thinks of each instance
#   scripts/scale/run.sh stop             stops what start started
#
# Settings (environment):
#   MINGLE_DATABASE_URL, _USER, _PASSWORD   an existing PostgreSQL; default: the local server on 127.0.0.1:5432
#                                           (started if it is installed and down), database mingle_scale
#   MINGLE_LB_PORT      HAProxy's port, default 8080; the instances take the next two (8081, 8082)
#   MINGLE_JAR          default app/target/mingle.jar (mvn -o -q package -pl app -am -DskipTests builds it)
#   MINGLE_SCALE_DIR    logs, process ids and data directories, default target/scale
#   MINGLE_MANAGEMENT_PORT_BASE   each instance's metrics port is this plus its number (default 9091, 9092)
#   MINGLE_JAVA_OPTS    default -Xmx512m; each instance starts through scripts/mingle-start.sh, with a class-data
#                       archive in its data directory from its second start on (decision 64)
#   Anything else MINGLE_* (MINGLE_AUTH_TOKEN_SECRET, MINGLE_SMTP_HOST, ...) reaches both instances unchanged.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LB_PORT="${MINGLE_LB_PORT:-8080}"
JAR="${MINGLE_JAR:-$ROOT/app/target/mingle.jar}"
DIR="${MINGLE_SCALE_DIR:-$ROOT/target/scale}"
PUBLIC_URL="${MINGLE_PUBLIC_URL:-http://localhost:$LB_PORT}"

port_of() { echo $((LB_PORT + $1)); }

running() { [[ -f "$DIR/$1.pid" ]] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null; }

wait_ready() { # instance number, seconds
    local url="http://127.0.0.1:$(port_of "$1")/api/health/ready"
    for _ in $(seq 1 "$(($2 * 5))"); do
        if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
        running "app$1" || { echo "instance $1 stopped; see $DIR/app$1.log" >&2; return 1; }
        sleep 0.2
    done
    echo "instance $1 not ready after $2 s; see $DIR/app$1.log" >&2
    return 1
}

database() {
    if [[ -n "${MINGLE_DATABASE_URL:-}" ]]; then
        return
    fi
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
        echo "Starting the local PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
        for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
    fi
    export MINGLE_DATABASE_USER="${MINGLE_DATABASE_USER:-postgres}"
    export MINGLE_DATABASE_PASSWORD="${MINGLE_DATABASE_PASSWORD:-postgres}"
    if ! PGPASSWORD="$MINGLE_DATABASE_PASSWORD" psql -h 127.0.0.1 -U "$MINGLE_DATABASE_USER" -d postgres -tAc \
            "select 1 from pg_database where datname = 'mingle_scale'" | grep -q 1; then
        PGPASSWORD="$MINGLE_DATABASE_PASSWORD" psql -q -h 127.0.0.1 -U "$MINGLE_DATABASE_USER" -d postgres \
            -c "create database mingle_scale"
    fi
    export MINGLE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/mingle_scale"
}

start_instance() { # instance number
    local n="$1"
    mkdir -p "$DIR/data$n"
    # Only HAProxy reaches the instances (they listen on 127.0.0.1), so its X-Forwarded-For can be trusted: the
    # sign-up and log-in limits then count each client, not HAProxy.
    MINGLE_HOST=127.0.0.1 MINGLE_PORT="$(port_of "$n")" MINGLE_DATA_DIR="$DIR/data$n" \
        MINGLE_PUBLIC_URL="$PUBLIC_URL" MINGLE_TRUST_FORWARDED_HEADERS=true \
        MINGLE_SHUTDOWN_DRAIN="${MINGLE_SHUTDOWN_DRAIN:-3s}" \
        MINGLE_MANAGEMENT_PORT="$((${MINGLE_MANAGEMENT_PORT_BASE:-9090} + n))" \
        MINGLE_DEMO_DATA="${MINGLE_DEMO_DATA:-true}" \
        nohup "$ROOT/scripts/mingle-start.sh" "$JAR" >>"$DIR/app$n.log" 2>&1 &
    echo $! >"$DIR/app$n.pid"
}

stop_process() { # name
    if running "$1"; then
        local pid; pid="$(cat "$DIR/$1.pid")"
        kill -TERM "$pid"
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$1 still runs after 60 s; killing it" >&2
            kill -KILL "$pid"
        fi
    fi
    rm -f "$DIR/$1.pid"
}

start() {
    [[ -f "$JAR" ]] || { echo "No $JAR: build it with mvn -o -q package -pl app -am -DskipTests" >&2; exit 1; }
    command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
    mkdir -p "$DIR"
    database
    # The first start creates the schema and the demo data; the second instance then starts on a migrated database
    # (starting both at once works too: migrations and demo data take PostgreSQL locks, but it is slower on 2 cores).
    start_instance 1
    wait_ready 1 180
    start_instance 2
    wait_ready 2 180
    MINGLE_LB_BIND="127.0.0.1:$LB_PORT" MINGLE_APP1="127.0.0.1:$(port_of 1)" MINGLE_APP2="127.0.0.1:$(port_of 2)" \
        nohup haproxy -f "$ROOT/scripts/scale/haproxy.cfg" >>"$DIR/haproxy.log" 2>&1 &
    echo $! >"$DIR/haproxy.pid"
    for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/api/health/ready" 2>/dev/null && break; sleep 0.2; done
    echo "Mingle on $PUBLIC_URL (HAProxy), instances on ports $(port_of 1) and $(port_of 2); logs in $DIR"
}

restart() { # instance number
    local n="${1:?which instance: 1 or 2}"
    local began; began=$(date +%s.%N)
    database # the same settings as at start, or the instance comes back on an embedded database of its own
    stop_process "app$n"
    start_instance "$n"
    wait_ready "$n" 180
    printf 'instance %s restarted and ready in %.1f s\n' "$n" "$(echo "$(date +%s.%N) - $began" | bc)"
}

status() {
    for name in app1 app2 haproxy; do
        if running "$name"; then echo "$name: running (pid $(cat "$DIR/$name.pid"))"; else echo "$name: stopped"; fi
    done
    for n in 1 2; do
        printf 'instance %s ready: %s\n' "$n" \
            "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(port_of "$n")/api/health/ready" || true)"
    done
}

stop() {
    stop_process haproxy
    stop_process app1
    stop_process app2
    echo "Stopped"
}

case "${1:-}" in
    start) start ;;
    restart) restart "${2:-}" ;;
    status) status ;;
    stop) stop ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
