#!/usr/bin/env bash
# kill -9 one of two instances behind HAProxy while clients sign up and register through it (decision 61). HAProxy
# sends requests that found the instance gone to the other one; clients retry what still failed with the same
# Idempotency-Key. Prints what was lost (must be nothing) and the time until requests succeeded again; exits 1 if
# anything was lost. The killed instance's claimed mails wait for their lease (3 minutes) before the other sends them.
source "$(dirname "$0")/lib.sh"

setup
load_start
sleep $((LOAD_SECONDS / 3))
fault_at "kill -9 instance 1 (pid $(instance_pid 1))"
kill -KILL "$(instance_pid 1)"
load_wait
# One mail may have been sent by the killed instance and not yet marked: the other sends it again.
report 1
