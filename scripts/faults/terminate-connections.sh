#!/usr/bin/env bash
# Terminates every database connection of both instances (pg_terminate_backend) while clients sign up and register
# through HAProxy (decision 61): the pools must replace what they lost, the listeners must listen again. Prints what
# was lost (must be nothing) and the time until requests succeeded again; exits 1 if anything was lost.
source "$(dirname "$0")/lib.sh"

setup
load_start
sleep $((LOAD_SECONDS / 3))
fault_at "terminating every connection to $DATABASE"
sql "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DATABASE' and pid <> pg_backend_pid()" >&2
load_wait
# A mail whose "sent" mark was cut off with its connection is sent again.
report 1
