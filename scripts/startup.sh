#!/usr/bin/env bash
# Start-up as part of availability (docs/benchmarks.md, "Start-up and memory"): how long the packaged jar takes from
# `java -jar` to /api/health/ready answering 200, and its resident memory once idle.
#
#   scripts/startup.sh [ROUNDS]     default 3 rounds; each round measures, in this order:
#     first     a new data directory: the embedded PostgreSQL's initdb, every migration and the demo data
#     restart   the same data directory again (the embedded server starts on existing data)
#     external  a restart against an external PostgreSQL (the machine's server on 127.0.0.1:5432, database
#               mingle_startup, created if missing), as an instance behind a load balancer restarts
#     archived  the same through scripts/mingle-start.sh, with the class-data archive that a start before the
#               rounds recorded (decision 64), as the Docker image and scripts/scale/run.sh restart an instance
#   then prints the median of each, and the resident set of the app's JVM (VmRSS, the embedded PostgreSQL is a
#   separate process) after IDLE_SECONDS (default 30) of idling on the external database, without and with the
#   archive.
#
# Settings: MINGLE_JAR (default app/target/mingle.jar), MINGLE_JAVA_OPTS (default -Xmx512m, as the README),
# STARTUP_PORT (default 18900; the metrics take the next port).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${MINGLE_JAR:-$ROOT/app/target/mingle.jar}"
PORT="${STARTUP_PORT:-18900}"
ROUNDS="${1:-3}"
IDLE="${IDLE_SECONDS:-30}"
WORK="$(mktemp -d)"
APP_PID=""
trap 'stop_app; rm -rf "$WORK"' EXIT

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

# Starts the jar with the given environment assignments; SECONDS_TO_READY is how long it took to be ready.
SECONDS_TO_READY=""
start_app() {
    local log="$1"; shift
    local started ready
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/health/live" 2>/dev/null; then
        echo "something already answers on port $PORT: set STARTUP_PORT" >&2
        exit 1
    fi
    started=$(date +%s%N)
    env MINGLE_PORT="$PORT" MINGLE_MANAGEMENT_PORT="$((PORT + 1))" MINGLE_CDS_ARCHIVE=off "$@" \
        "$ROOT/scripts/mingle-start.sh" "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/health/ready" 2>/dev/null; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "the jar stopped; see $log" >&2
            exit 1
        fi
        sleep 0.05
    done
    ready=$(date +%s%N)
    SECONDS_TO_READY=$(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = 'mingle_startup'" postgres \
        | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -qc "create database mingle_startup" postgres
fi
EXTERNAL=(MINGLE_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/mingle_startup
          MINGLE_DATABASE_USER=postgres MINGLE_DATABASE_PASSWORD="${PGPASSWORD:-postgres}")

ARCHIVED=("${EXTERNAL[@]}" MINGLE_CDS_ARCHIVE="$WORK/mingle.jsa")
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"; }

start_app "$WORK/record.log" "${ARCHIVED[@]}"
stop_app # writes the archive
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    data="$WORK/data$round"
    start_app "$WORK/first$round.log" MINGLE_DATA_DIR="$data" MINGLE_DEMO_DATA=true
    first=$SECONDS_TO_READY
    stop_app
    start_app "$WORK/restart$round.log" MINGLE_DATA_DIR="$data" MINGLE_DEMO_DATA=true
    restart=$SECONDS_TO_READY
    stop_app
    start_app "$WORK/external$round.log" "${EXTERNAL[@]}"
    external=$SECONDS_TO_READY
    if [[ "$round" == "$ROUNDS" ]]; then
        sleep "$IDLE"
        rss=$(rss)
    fi
    stop_app
    start_app "$WORK/archived$round.log" "${ARCHIVED[@]}"
    archived=$SECONDS_TO_READY
    if [[ "$round" == "$ROUNDS" ]]; then
        sleep "$IDLE"
        rss_archived=$(rss)
    fi
    stop_app
    echo "round $round: first ${first} s, restart ${restart} s, external ${external} s, archived ${archived} s"
    for kind in first restart external archived; do echo "${!kind}" >>"$WORK/$kind"; done
done
echo "median: first $(median <"$WORK/first") s, restart $(median <"$WORK/restart") s," \
     "external $(median <"$WORK/external") s, archived $(median <"$WORK/archived") s"
echo "resident after ${IDLE} s idle: ${rss} MB, with the archive ${rss_archived} MB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
