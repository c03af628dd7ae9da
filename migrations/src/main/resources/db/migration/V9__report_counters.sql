-- How many connections each person made at an event, kept when a connection is recorded, so the degree distribution,
-- the most connected people and "made at least one connection" read one row per person instead of every connection.
create table connection_degrees (
    event_id    uuid    not null references events (id) on delete cascade,
    account_id  uuid    not null references accounts (id),
    connections integer not null check (connections >= 1),
    primary key (event_id, account_id)
);
create index connection_degrees_most_connected on connection_degrees (event_id, connections desc, account_id);

-- How many connections shared each interest, kept when a connection is recorded (grouped ignoring case).
create table connection_interest_counts (
    event_id    uuid    not null references events (id) on delete cascade,
    interest    text    not null,
    display     text    not null,
    connections integer not null check (connections >= 1),
    primary key (event_id, interest)
);

-- An event's totals, kept when a connection is recorded: one row per event, so the report reads no connection.
create table connection_totals (
    event_id           uuid    primary key references events (id) on delete cascade,
    connections        integer not null check (connections >= 0),
    cross_industry     integer not null check (cross_industry >= 0),
    recommended        integer not null check (recommended >= 0)
);

-- Outcomes are few next to entries: the report reads them through this index only.
create index connection_entries_outcomes on connection_entries (event_id, outcome) where outcome is not null;
