#!/usr/bin/env bash
# Restarts the PostgreSQL server (this script's own, pg_ctl restart -m fast) while clients sign up and register
# through HAProxy (decision 61). Prints what was lost (must be nothing) and the time until requests succeeded again;
# exits 1 if anything was lost.
source "$(dirname "$0")/lib.sh"

setup
load_start
sleep $((LOAD_SECONDS / 3))
fault_at "restarting PostgreSQL"
began=$(now)
pg_restart
log "PostgreSQL back after $(printf '%.1f' "$(seconds_since "$began")") s"
load_wait
# A mail whose "sent" mark was cut off by the restart is sent again.
report 1
