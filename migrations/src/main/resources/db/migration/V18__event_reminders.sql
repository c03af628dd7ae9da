-- The notifications feature's record of the reminders sent: one per attendee, event and kind, so a reminder goes out
-- once whichever instance's check finds it due, and however often the check runs.
create table event_reminders (
    event_id   uuid        not null references events (id),
    account_id uuid        not null references accounts (id),
    kind       text        not null check (kind in ('DAY_BEFORE', 'SOON')),
    sent_at    timestamptz not null,
    primary key (event_id, account_id, kind)
);

create index event_reminders_by_account on event_reminders (account_id);
