-- Recurring series (issue 17): what each occurrence is created from and the rule that gives its dates. The series
-- feature owns event_series; each occurrence is a normal row in events, linked by events.series_id (V26).
-- Series are created by this migration's feature only, so the table is empty here and the columns need no defaults.
alter table event_series
    add column title            text    not null check (char_length(title) between 1 and 200),
    add column description      text    not null default '' check (char_length(description) <= 10000),
    add column venue            text    not null default '' check (char_length(venue) <= 300),
    add column capacity         integer not null check (capacity between 1 and 100000),
    -- An IANA region (Europe/Berlin): occurrences keep their local wall time across daylight-saving changes.
    add column time_zone        text    not null,
    add column local_start_time time    not null,
    add column duration_minutes integer not null check (duration_minutes between 1 and 1440),
    -- The RFC 5545 RRULE as the organizer gave it; extending continues it without its COUNT or UNTIL.
    add column rrule            text    not null check (char_length(rrule) between 1 and 500),
    add column first_date       date    not null,
    -- The rule's last date created so far: extending starts after it, even when that occurrence was moved or cancelled.
    add column last_date        date    not null check (last_date >= first_date),
    add column occurrence_count integer not null check (occurrence_count >= 1),
    -- Whether dates are created published (true) or as drafts.
    add column publish          boolean not null;
