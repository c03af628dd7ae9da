-- Speed-networking rounds of an event: numbered from 1, each with its time; regenerating replaces the rounds that
-- have not started and keeps those held.
create table networking_rounds (
    event_id  uuid        not null references events (id) on delete cascade,
    number    smallint    not null check (number between 1 and 100),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    primary key (event_id, number),
    check (ends_at > starts_at)
);

-- Who sits where in a round: table numbers from 1; a person sitting the round out has no table.
create table round_seats (
    event_id     uuid     not null,
    number       smallint not null,
    account_id   uuid     not null references accounts (id),
    table_number smallint check (table_number >= 1),
    primary key (event_id, number, account_id),
    foreign key (event_id, number) references networking_rounds (event_id, number) on delete cascade
);
create index round_seats_by_account on round_seats (account_id, event_id);
create index round_seats_by_table on round_seats (event_id, number, table_number);
