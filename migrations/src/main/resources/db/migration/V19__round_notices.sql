-- The notifications feature's record of "your round starts" notices: one per attendee and round, so it goes out once
-- whichever instance's check finds it due.
create table round_notices (
    event_id   uuid        not null references events (id),
    round      smallint    not null,
    account_id uuid        not null references accounts (id),
    sent_at    timestamptz not null,
    primary key (event_id, round, account_id)
);

create index round_notices_by_account on round_notices (account_id);
