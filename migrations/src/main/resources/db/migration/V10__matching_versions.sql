-- How many times the data an event's matching model is built from has changed (attendees, their profiles, blocks,
-- matches, connections). Raised by the changing transaction together with a NOTIFY on channel mingle_matching, so
-- every app instance can tell whether its in-memory model of the event has missed a change (decision 22).
create table matching_versions (
    event_id uuid   primary key references events (id) on delete cascade,
    version  bigint not null check (version >= 1)
);
