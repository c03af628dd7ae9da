-- Endorsements (issue 18): after two people met at an event, either may vouch for the other on one to three of the
-- other's interests, with a short note. The endorsements feature owns this table. Nothing shows until the endorsed
-- person approves; they may hide it again (decision 46).
create table endorsements (
    id          uuid        primary key,
    endorser_id uuid        not null references accounts (id),
    endorsed_id uuid        not null references accounts (id),
    -- Where the two met: the event of their connection or of the meeting they held.
    event_id    uuid        not null references events (id) on delete cascade,
    -- The endorsed person's interests as they read when endorsed (display form); one to three, no repeats.
    topics      text[]      not null check (cardinality(topics) between 1 and 3),
    note        text        not null default '' check (char_length(note) <= 280),
    status      text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'HIDDEN')),
    created_at  timestamptz not null,
    -- When the endorsed person last approved or hid it.
    decided_at  timestamptz,
    check (endorser_id <> endorsed_id),
    check ((status = 'PENDING') = (decided_at is null)),
    -- One per pair (in this direction) and event: the database decides when two requests arrive at once.
    unique (endorser_id, endorsed_id, event_id)
);
-- The endorsed person's list, the counts on their profile and erasure of what they received; the unique key serves
-- what one person gave and the endorsements between two people (either direction names its endorser first).
create index endorsements_by_endorsed on endorsements (endorsed_id, status, created_at);
