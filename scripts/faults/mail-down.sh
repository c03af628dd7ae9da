#!/usr/bin/env bash
# The mail server is down while clients register and their confirmations pile up in the outbox, then comes back
# (decision 61). Every queued mail must arrive exactly once (by Message-ID). Prints the time from the server's return
# until the outbox was empty; exits 1 if anything was lost or doubled. A mail that failed waits for its retry
# (1 minute after the first failure, decision 28), so the drain takes up to a minute more than the outage.
source "$(dirname "$0")/lib.sh"

DOWN_SECONDS="${FAULT_MAIL_DOWN_SECONDS:-30}"
setup
fault_at "the SMTP sink stops for $DOWN_SECONDS s"
smtp_stop
load_start
sleep "$DOWN_SECONDS"
log "$(sql "select count(*) from outgoing_mail where state = 'QUEUED'") mails queued; the SMTP sink comes back"
smtp_start
back=$(now)
load_wait
await_outbox_drained "${DRAIN_SECONDS:-240}" >/dev/null
printf 'outbox drained %.1f s after the mail server came back\n' "$(seconds_since "$back")"
report 0
