-- Each person's connect code: short, unique, shown as a QR code of the connect page's address.
create table connect_codes (
    account_id uuid        primary key references accounts (id) on delete cascade,
    code       text        not null unique check (code ~ '^[0-9A-Z]{8}$'),
    created_at timestamptz not null
);

-- Two people who met at an event, once per pair and event (the pair stored in order, so the database keeps it one).
-- The facts reports need are stored when the connection is recorded, so reports never recompute matching:
-- the interests both show to attendees, each one's industry as shown to attendees, and where they met.
create table connections (
    id               uuid        primary key,
    event_id         uuid        not null references events (id) on delete cascade,
    first_account    uuid        not null references accounts (id),
    second_account   uuid        not null references accounts (id),
    recorded_by      uuid        not null references accounts (id),
    source           text        not null check (source in ('CODE', 'MEETING', 'ROUND', 'SEARCH')),
    shared_interests text[]      not null default '{}',
    first_industry   text,
    second_industry  text,
    recommended      boolean     not null,
    met_in_round     boolean     not null,
    matched_by_request boolean   not null,
    created_at       timestamptz not null,
    check (first_account < second_account),
    unique (event_id, first_account, second_account)
);
create index connections_by_first on connections (first_account);
create index connections_by_second on connections (second_account);

-- Each person's own entry for a connection: private notes and follow-up, seen by nobody else. Removing a connection
-- from one's list deletes one's entry with its notes; the other person's entry and the connection stay.
create table connection_entries (
    connection_id uuid        not null references connections (id) on delete cascade,
    event_id      uuid        not null references events (id) on delete cascade,
    owner_id      uuid        not null references accounts (id),
    note          text        check (char_length(note) <= 2000),
    tags          text[]      not null default '{}',
    follow_up     text        not null default 'NONE'
        check (follow_up in ('NONE', 'TO_CONTACT', 'CONTACTED', 'MEETING_BOOKED', 'DONE')),
    remind_on     date,
    outcome       text
        check (outcome in ('JOB', 'CLIENT', 'MENTOR', 'COLLABORATION', 'INVESTMENT', 'FRIENDSHIP', 'OTHER')),
    updated_at    timestamptz not null,
    primary key (connection_id, owner_id)
);
create index connection_entries_by_owner on connection_entries (owner_id);
create index connection_entries_due on connection_entries (owner_id, remind_on)
    where remind_on is not null and follow_up <> 'DONE';
