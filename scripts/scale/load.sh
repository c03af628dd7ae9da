#!/usr/bin/env bash
# The measurements of docs/benchmarks.md ("Several instances behind HAProxy"), against what run.sh started:
#
#   scripts/scale/load.sh throughput   30 s of wrk on GET /api/events and a signed-in GET /api/me/registrations,
#                                      against instance 1 directly and against HAProxy
#   scripts/scale/load.sh rolling [N]  wrk through HAProxy (ROLLING_SECONDS, default 150) while instance N
#                                      (default 1) restarts; prints the non-2xx count
#
# Needs wrk (apt-get install wrk). MINGLE_LB_PORT as for run.sh; WRK_THREADS, WRK_CONNECTIONS (default 2 and 16).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LB_PORT="${MINGLE_LB_PORT:-8080}"
LB="http://127.0.0.1:$LB_PORT"
ONE="http://127.0.0.1:$((LB_PORT + 1))"
THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${WRK_CONNECTIONS:-16}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

token() { # signs a new account up and in on instance 1; the token then works on every instance
    local email="load-$(date +%s%N)@example.org" password="load-test-password-1"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Idempotency-Key: $email" \
        -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Load Test\"}" "$ONE/api/auth/signup"
    curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
        "$ONE/api/auth/login" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

run_wrk() { # label, seconds, url, [header]
    local label="$1" seconds="$2" url="$3" header="${4:-}"
    echo "== $label: $url ($(cut -d' ' -f1-3 /proc/loadavg) load before)"
    if [[ -n "$header" ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -H "$header" "$url"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$url"
    fi | grep -E "Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors|requests in"
}

throughput() {
    local auth; auth="Authorization: Bearer $(token)"
    for target in "$ONE" "$LB"; do
        run_wrk "anonymous" 30 "$target/api/events"
        run_wrk "signed in" 30 "$target/api/me/registrations" "$auth"
    done
}

rolling() {
    local auth; auth="Authorization: Bearer $(token)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${ROLLING_SECONDS:-150}s" --latency -H "$auth" "$LB/api/me/registrations" >"$WORK/wrk.txt" &
    local load=$!
    sleep 10
    "$ROOT/scripts/scale/run.sh" restart "${1:-1}"
    wait "$load"
    grep -E "Requests/sec|^ +50%|^ +99%|requests in" "$WORK/wrk.txt"
    echo "non-2xx/3xx responses: $(grep -oP 'Non-2xx or 3xx responses: \K[0-9]+' "$WORK/wrk.txt" || echo 0)"
    echo "socket errors: $(grep -oP 'Socket errors: \K.*' "$WORK/wrk.txt" || echo none)"
}

case "${1:-}" in
    throughput) throughput ;;
    rolling) rolling "${2:-1}" ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
