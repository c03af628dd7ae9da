-- The rounds feature's settings per event (issue 17, decision 42). No row means the defaults.
-- avoid_earlier_pairs: the planner keeps apart, where it can, people who met at earlier events of the event's group or
-- series, as it keeps apart people who sat together earlier this evening; on by default, so a monthly meetup keeps
-- widening everyone's circle.
create table round_settings (
    event_id            uuid    primary key references events (id) on delete cascade,
    avoid_earlier_pairs boolean not null default true
);
