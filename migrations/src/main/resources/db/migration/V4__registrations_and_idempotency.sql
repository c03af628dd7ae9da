-- Registrations: one active registration per person and event; CONFIRMED never exceeds the event's capacity (the
-- service serialises registrations per event by locking the event row and keeps events.confirmed_count and
-- events.waitlist_count in step).
create table registrations (
    id                uuid primary key,
    event_id          uuid        not null references events (id) on delete cascade,
    account_id        uuid        not null references accounts (id),
    status            text        not null
        check (status in ('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED')),
    waitlist_position integer     check (waitlist_position >= 1),
    check_in_code     text        not null unique check (char_length(check_in_code) between 6 and 32),
    registered_at     timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    checked_in_at     timestamptz,
    constraint registrations_position_only_when_waitlisted
        check ((status = 'WAITLISTED') = (waitlist_position is not null)),
    constraint registrations_checked_in_only_when_confirmed
        check (checked_in_at is null or status = 'CONFIRMED'),
    -- Positions 1..k without duplicates; deferred so that closing a gap can shift every position in one statement.
    constraint registrations_waitlist_position_unique unique (event_id, waitlist_position) deferrable initially deferred
);
create unique index registrations_one_active_per_person on registrations (event_id, account_id)
    where status in ('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL');
create index registrations_by_event_status on registrations (event_id, status, registered_at);
create index registrations_by_account on registrations (account_id, registered_at);

alter table events add column pending_count integer not null default 0 check (pending_count >= 0);

-- Idempotency keys of creating requests: a retry with the same key returns the first answer.
create table idempotency_keys (
    account_id    uuid        not null references accounts (id) on delete cascade,
    key           text        not null check (char_length(key) between 1 and 200),
    fingerprint   text        not null,
    response_body text,
    created_at    timestamptz not null default now(),
    primary key (account_id, key)
);
create index idempotency_keys_by_age on idempotency_keys (created_at);
