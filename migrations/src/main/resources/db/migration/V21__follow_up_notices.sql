-- The notifications feature's record of "your follow-up is due" notices: one per owner, connection and reminder day,
-- so a notice goes out once whichever instance's check finds it due; setting the reminder to another day is a new one.
create table follow_up_notices (
    owner_id      uuid        not null references accounts (id),
    connection_id uuid        not null references connections (id) on delete cascade,
    remind_on     date        not null,
    sent_at       timestamptz not null,
    primary key (owner_id, connection_id, remind_on)
);

-- The connections feature's look-up of the follow-ups due on a day, across owners, for the check that finds them
-- (the existing index on owner and day serves one person's badge).
create index connection_entries_due_on on connection_entries (remind_on, owner_id, connection_id)
    where remind_on is not null and follow_up <> 'DONE';
