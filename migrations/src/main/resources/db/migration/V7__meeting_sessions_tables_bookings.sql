-- Networking sessions of an event: from start to end, cut into slots of the same length for one-to-one meetings.
-- The sessions of one event do not overlap (the service checks it under the event's row lock), so a slot is known by
-- its start and nobody can be booked into two overlapping slots of one event.
create table networking_sessions (
    id           uuid        primary key,
    event_id     uuid        not null references events (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 120),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    slot_minutes smallint    not null check (slot_minutes between 5 and 240),
    created_at   timestamptz not null,
    check (ends_at > starts_at)
);
create index networking_sessions_by_event on networking_sessions (event_id, starts_at);

-- Tables or other places where two people can meet; a table of n seats holds n / 2 meetings at once.
create table meeting_tables (
    id         uuid        primary key,
    event_id   uuid        not null references events (id) on delete cascade,
    name       text        not null check (length(name) between 1 and 80),
    seats      smallint    not null check (seats between 2 and 200),
    created_at timestamptz not null
);
create unique index meeting_tables_name_per_event on meeting_tables (event_id, lower(name));

-- The slot and table of an accepted meeting request. "place" numbers the pairs sharing a table in one slot, so the
-- unique key keeps two bookings off the same place; the service keeps place within the table's seats / 2.
-- A proposal to move the meeting waits in proposed_starts_at until the other person accepts or declines it.
create table meeting_bookings (
    request_id         uuid        primary key references meeting_requests (id) on delete cascade,
    event_id           uuid        not null references events (id) on delete cascade,
    session_id         uuid        not null references networking_sessions (id) on delete cascade,
    table_id           uuid        not null references meeting_tables (id) on delete cascade,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    place              smallint    not null check (place >= 1),
    proposed_starts_at timestamptz,
    proposed_by        uuid references accounts (id),
    check (ends_at > starts_at),
    check ((proposed_starts_at is null) = (proposed_by is null)),
    unique (table_id, starts_at, place)
);
create index meeting_bookings_by_event on meeting_bookings (event_id, starts_at);

-- Each booked person once per slot: the database's guard against anyone being in two meetings at once.
create table meeting_booking_people (
    request_id uuid        not null references meeting_bookings (request_id) on delete cascade,
    event_id   uuid        not null,
    account_id uuid        not null references accounts (id),
    starts_at  timestamptz not null,
    primary key (event_id, account_id, starts_at)
);
create index meeting_booking_people_by_request on meeting_booking_people (request_id);

-- Announcing a round tells everyone in it to go to their table; an announced round counts as held.
alter table networking_rounds add column announced_at timestamptz;
