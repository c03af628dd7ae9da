-- Free now (issue 19, decision 52). A confirmed attendee of an event that runs says until when they are free to meet;
-- the others see who is free now, best match first. One row per attendee and event, written again on each change. A
-- row whose time has passed means nothing: every read asks for free_until after now, and writes at the event remove
-- the passed rows.
create table availability (
    event_id   uuid        not null references events (id) on delete cascade,
    account_id uuid        not null references accounts (id) on delete cascade,
    free_until timestamptz not null,
    updated_at timestamptz not null,
    primary key (event_id, account_id)
);

-- The personal-data export and erasure find a person's rows.
create index availability_by_account on availability (account_id);

-- A request to meet right away, sent to someone free now: accepted, it takes a free table in the slot of a networking
-- session under way, or meets at the event's meeting point; it is never moved to a later slot.
alter table meeting_requests add column meets_now boolean not null default false;
