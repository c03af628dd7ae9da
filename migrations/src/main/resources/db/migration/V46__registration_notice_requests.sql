-- A registration asks, before it takes its event's lock, to be told what became of it: the request commits or rolls
-- back with the registration, and the notice itself is written just after the commit, outside the lock that every
-- registration for the event waits for (decision 66). Narrow, with one index and no foreign keys, so that writing it
-- costs little; a request whose notice was not written by then (the process stopped in between) is found here.
create table registration_notice_requests (
    id         bigint generated always as identity primary key,
    account_id uuid not null,
    event_id   uuid not null,
    asked_at   timestamptz not null
);
