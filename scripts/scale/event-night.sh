#!/usr/bin/env bash
# The event-night load test (decision 60) against a running Mingle, then the database's invariants:
#
#   scripts/scale/event-night.sh run URL      the Gatling simulation against URL (an instance or HAProxy), sampling
#                                            the CPU of the database and of the instances, then the summary and check
#   scripts/scale/event-night.sh check FILE   only the invariants, for the acknowledgements FILE a run wrote
#   scripts/scale/event-night.sh summary DIR  only the table of a Gatling result directory (benchmarks/event-night/target/gatling/...)
#
# Settings (environment): ATTENDEES (2000), MINUTES (15), HOT_SEATS (500), THINK_SECONDS (8): the profile;
# EVENT_NIGHT_DB the database as a psql URL (default: MINGLE_DATABASE_URL without "jdbc:", with MINGLE_DATABASE_USER
# and _PASSWORD, else postgres:postgres@127.0.0.1:5432/mingle_scale); MINGLE_SCALE_DIR where run.sh keeps the
# instances' process ids (default target/scale), to tell their CPU from the rest.
# The instances must allow many sign-ups from one address (MINGLE_SIGN_UPS_PER_HOUR=100000): all simulated attendees
# come from this machine. Exit code: non-zero when a request failed, a p99 goal or an invariant did not hold.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULE="$ROOT/benchmarks/event-night"
SCALE_DIR="${MINGLE_SCALE_DIR:-$ROOT/target/scale}"
P99_GOAL_MS=300

database_url() {
    if [[ -n "${EVENT_NIGHT_DB:-}" ]]; then echo "$EVENT_NIGHT_DB"; return; fi
    if [[ -n "${MINGLE_DATABASE_URL:-}" ]]; then
        local rest="${MINGLE_DATABASE_URL#jdbc:postgresql://}"
        echo "postgresql://${MINGLE_DATABASE_USER:-postgres}:${MINGLE_DATABASE_PASSWORD:-postgres}@$rest"
    else
        echo "postgresql://postgres:postgres@127.0.0.1:5432/mingle_scale"
    fi
}

# CPU seconds used by the database's backends (those connected to this run's database), by the Mingle instances and
# by everything on the machine, sampled every second from /proc until the file STOP exists.
sample_cpu() { # database name, output file, stop file
    python3 - "$1" "$2" "$3" "$SCALE_DIR" <<'EOF'
import glob, os, sys, time
database, out, stop, scale_dir = sys.argv[1:5]
ticks = os.sysconf("SC_CLK_TCK")
def instance_pids():
    pids = set()
    for f in glob.glob(os.path.join(scale_dir, "app*.pid")):
        try: pids.add(open(f).read().strip())
        except OSError: pass
    return pids
def machine():
    fields = open("/proc/stat").readline().split()[1:]
    return sum(int(x) for x in fields[:8]) - int(fields[3]) - int(fields[4])  # busy: all but idle and iowait
first, last, kind = {}, {}, {}
machine_first = machine(); load_max = 0.0
while not os.path.exists(stop):
    apps = instance_pids()
    for pid in os.listdir("/proc"):
        if not pid.isdigit(): continue
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if pid in apps: k = "java"
        elif cmd.startswith("postgres: ") and f" {database} " in cmd: k = "postgres"
        elif "gatling" in cmd.lower() and "java" in cmd: k = "gatling"
        else: continue
        used = int(stat[11]) + int(stat[12])
        first.setdefault(pid, used); last[pid] = used; kind[pid] = k
    load_max = max(load_max, float(open("/proc/loadavg").read().split()[0]))
    time.sleep(1)
total = {}
for pid, k in kind.items():
    total[k] = total.get(k, 0) + (last[pid] - first[pid]) / ticks
busy = (machine() - machine_first) / ticks
with open(out, "w") as f:
    db, app = total.get("postgres", 0.0), total.get("java", 0.0)
    f.write(f"CPU seconds: database {db:.0f}, Mingle instances {app:.0f}, Gatling {total.get('gatling', 0):.0f}, "
            f"whole machine {busy:.0f}\n")
    if db + app > 0:
        f.write(f"database's share of (database + instances): {100 * db / (db + app):.0f} %; "
                f"of the machine's busy time: {100 * db / busy if busy else 0:.0f} %\n")
    f.write(f"highest 1-minute load average during the run: {load_max:.2f}\n")
EOF
}

summary() { # gatling result directory
    python3 - "$1/js/stats.js" "$P99_GOAL_MS" <<'EOF'
import json, re, sys
# Gatling 3.13 writes its statistics as a JavaScript object (some keys unquoted) for its HTML report.
text = open(sys.argv[1]).read().split("=", 1)[1].strip()
text = re.sub(r'^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', text, flags=re.M)
stats = json.JSONDecoder().raw_decode(text)[0]; goal = int(sys.argv[2])
def row(name, s):
    n = s["numberOfRequests"]
    return (f"| {name} | {n['total']} | {n['ko']} | {float(s['meanNumberOfRequestsPerSecond']['total']):.1f} | "
            f"{s['percentiles1']['total']} | {s['percentiles3']['total']} | {s['percentiles4']['total']} |")
print("| Request | Count | Errors | Per second | p50 ms | p95 ms | p99 ms |")
print("|---|---|---|---|---|---|---|")
print(row("all requests", stats["stats"]))
missed, failed = [], 0
for item in sorted(stats["contents"].values(), key=lambda c: c["name"]):
    s = item["stats"]; print(row(item["name"], s)); failed += int(s["numberOfRequests"]["ko"])
    attendee = not item["name"].startswith(("staff:", "organizer:"))
    if attendee and int(s["percentiles4"]["total"]) >= goal: missed.append(item["name"])
print()
print(f"errors: {failed}")
print(f"attendee requests with p99 >= {goal} ms: {', '.join(missed) if missed else 'none'}")
sys.exit(1 if failed or missed else 0)
EOF
}

check() { # acknowledgements file
    local file="$1" evening hot
    evening="$(sed -n 's/^# evening //p' "$file")"
    hot="$(sed -n 's/^# hot //p' "$file")"
    [[ -n "$evening" && -n "$hot" ]] || { echo "No event ids in $file" >&2; return 2; }
    {
        echo "create temp table acknowledged (id uuid primary key);"
        echo "copy acknowledged from stdin;"
        grep -v '^#' "$file" || true
        echo '\.'
        cat <<EOF
with events_checked as (select id, title, capacity, confirmed_count, waitlist_count, pending_count from events
                        where id in ('$evening', '$hot')),
     rows as (select e.id,
                     count(r.*) filter (where r.status in ('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL')) as active,
                     count(r.*) filter (where r.status = 'CONFIRMED') as confirmed,
                     count(r.*) filter (where r.status = 'WAITLISTED') as waitlisted,
                     count(r.*) filter (where r.status = 'PENDING_APPROVAL') as pending,
                     coalesce(max(r.waitlist_position), 0) as max_position,
                     count(distinct r.waitlist_position) as positions
              from events_checked e left join registrations r on r.event_id = e.id group by e.id)
select case when ok then 'PASS' else 'FAIL' end || ' ' || label from (
    select rows.confirmed = least(e.capacity, rows.active) as ok,
           format('%s: confirmed %s = min(seats %s, registered %s)', e.title, rows.confirmed, e.capacity, rows.active)
           as label, e.title, 1 as n
    from events_checked e join rows using (id)
    union all
    select rows.positions = rows.waitlisted and rows.max_position = rows.waitlisted,
           format('%s: waitlist positions are 1..%s without gaps or repeats (%s distinct, highest %s)', e.title,
                  rows.waitlisted, rows.positions, rows.max_position), e.title, 2
    from events_checked e join rows using (id)
    union all
    select e.confirmed_count = rows.confirmed and e.waitlist_count = rows.waitlisted
               and e.pending_count = rows.pending,
           format('%s: counters (confirmed %s, waitlist %s, pending %s) equal the rows (%s, %s, %s)', e.title,
                  e.confirmed_count, e.waitlist_count, e.pending_count, rows.confirmed, rows.waitlisted, rows.pending),
           e.title, 3
    from events_checked e join rows using (id)
) checks order by title, n;

select case when missing = 0 then 'PASS' else 'FAIL' end
       || format(' every acknowledged connection is stored: %s acknowledged, %s missing', acknowledged, missing)
from (select count(*) as acknowledged,
             count(*) filter (where not exists (select 1 from connections c
                                               where c.id = a.id and c.event_id = '$evening')) as missing
      from acknowledged a) x;

select case when stored = pairs then 'PASS' else 'FAIL' end
       || format(' each pair is stored once: %s connections, %s distinct pairs', stored, pairs)
from (select count(*) as stored, count(distinct (least(first_account, second_account),
                                                   greatest(first_account, second_account))) as pairs
      from connections where event_id = '$evening') x;

select case when totals = stored and degrees = 2 * stored and wrong_degrees = 0 then 'PASS' else 'FAIL' end
       || format(' connection counters equal the rows: total %s, degrees sum %s (twice %s), %s people miscounted',
                 totals, degrees, stored, wrong_degrees)
from (select (select count(*) from connections where event_id = '$evening') as stored,
             (select coalesce(sum(connections), 0) from connection_totals where event_id = '$evening') as totals,
             (select coalesce(sum(connections), 0) from connection_degrees where event_id = '$evening') as degrees,
             (select count(*) from (
                  select account_id, count(*) as n from (
                      select first_account as account_id from connections where event_id = '$evening'
                      union all
                      select second_account from connections where event_id = '$evening') ends
                  group by account_id) actual
              full join (select account_id, connections from connection_degrees where event_id = '$evening') kept
                  using (account_id)
              where actual.n is distinct from kept.connections) as wrong_degrees) x;
EOF
    } | psql -X -q -At -v ON_ERROR_STOP=1 "$(database_url)" | tee "$file.check"
    ! grep -q '^FAIL' "$file.check"
}

run() { # base URL
    local url="${1:?the base URL: an instance (http://127.0.0.1:8081) or HAProxy (http://127.0.0.1:8080)}"
    local out="$MODULE/target/event-night-$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$out"
    local db; db="$(database_url)"; db="${db##*/}"; db="${db%%\?*}"
    echo "== Event night against $url: ${ATTENDEES:-2000} attendees over ${MINUTES:-15} min, ${HOT_SEATS:-500} hot seats"
    echo "load before: $(uptime)"
    sample_cpu "$db" "$out/cpu.txt" "$out/stop" &
    local sampler=$! status=0
    mvn -q -f "$MODULE/pom.xml" test-compile gatling:test -DbaseUrl="$url" -Dattendees="${ATTENDEES:-2000}" \
        -Dminutes="${MINUTES:-15}" -DhotSeats="${HOT_SEATS:-500}" -DthinkSeconds="${THINK_SECONDS:-8}" \
        -DackFile="$out/acknowledged.txt" >"$out/gatling.log" 2>&1 || status=$?
    touch "$out/stop"; wait "$sampler" || true
    echo "load after: $(uptime)"
    local result; result="$(ls -td "$MODULE"/target/gatling/eventnightsimulation-* 2>/dev/null | head -1)"
    if [[ -z "$result" || ! -f "$result/js/stats.js" ]]; then
        tail -30 "$out/gatling.log"; echo "No Gatling result (see $out/gatling.log)" >&2; return 1
    fi
    summary "$result" | tee "$out/summary.md" || status=1
    cat "$out/cpu.txt"
    echo "Gatling report: $result/index.html"
    check "$out/acknowledged.txt" || status=1
    return "$status"
}

case "${1:-}" in
    run) run "${2:-}" ;;
    check) check "${2:?the acknowledgements file}" ;;
    summary) summary "${2:?a Gatling result directory}" ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
