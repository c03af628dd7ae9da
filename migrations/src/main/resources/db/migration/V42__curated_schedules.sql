-- Curated meeting schedules (issue 19, decisions 49 and 55). The curated feature owns these tables: attendees' private
-- "must meet" and "no thanks" marks, the organizers' minimum and maximum of meetings per person, the latest schedule
-- generated for an event (a draft until published), and why each published meeting was arranged.

-- One mark per person about another at an event. Nobody but its author ever reads a mark back.
create table curated_marks (
    event_id     uuid        not null references events (id) on delete cascade,
    from_account uuid        not null references accounts (id),
    to_account   uuid        not null references accounts (id),
    kind         text        not null check (kind in ('MUST_MEET', 'NO_THANKS')),
    marked_at    timestamptz not null,
    primary key (event_id, from_account, to_account),
    check (from_account <> to_account)
);
-- A person's own marks for their data export, and the marks about them, which erasure removes too.
create index curated_marks_by_author on curated_marks (from_account);
create index curated_marks_by_target on curated_marks (to_account);

-- How many one-to-one meetings a generated schedule aims to give each attendee: at least the minimum where possible,
-- never more than the maximum (meetings booked already count towards both). No row: the defaults (0 and 6).
create table curated_settings (
    event_id         uuid     primary key references events (id) on delete cascade,
    minimum_meetings smallint not null check (minimum_meetings between 0 and 50),
    maximum_meetings smallint not null check (maximum_meetings between 1 and 50),
    check (minimum_meetings <= maximum_meetings)
);

-- The latest schedule generated for an event; generating again replaces it. Published once: publishing books its
-- meetings and records how many it booked and how many no longer fitted.
create table curated_drafts (
    event_id       uuid             primary key references events (id) on delete cascade,
    generated_at   timestamptz      not null,
    generated_by   uuid             not null references accounts (id),
    participants   integer          not null check (participants >= 0),
    missing        integer          not null check (missing >= 0),
    wishes         integer          not null check (wishes >= 0),
    score          double precision not null,
    published_at   timestamptz,
    booked_count   integer check (booked_count >= 0),
    skipped_count  integer check (skipped_count >= 0),
    check ((published_at is null) = (booked_count is null) and (booked_count is null) = (skipped_count is null))
);

-- The draft's meetings, in slot order. asked_by names who asked when only one of the two did.
create table curated_draft_meetings (
    event_id       uuid             not null references curated_drafts (event_id) on delete cascade,
    position       integer          not null check (position >= 0),
    first_account  uuid             not null references accounts (id),
    second_account uuid             not null references accounts (id),
    session_id     uuid             not null references networking_sessions (id) on delete cascade,
    starts_at      timestamptz      not null,
    ends_at        timestamptz      not null,
    table_id       uuid             not null references meeting_tables (id) on delete cascade,
    place          smallint         not null check (place >= 1),
    score          double precision not null,
    reason         text             not null check (reason in ('BOTH_ASKED', 'ONE_ASKED', 'BEST_REMAINING_MATCH')),
    asked_by       uuid references accounts (id),
    primary key (event_id, position),
    check ((reason = 'ONE_ASKED') = (asked_by is not null)),
    check (ends_at > starts_at)
);
create index curated_draft_meetings_first on curated_draft_meetings (first_account);
create index curated_draft_meetings_second on curated_draft_meetings (second_account);

-- Who the draft leaves below their minimum, and the first cause that explains it.
create table curated_draft_shortfalls (
    event_id   uuid     not null references curated_drafts (event_id) on delete cascade,
    account_id uuid     not null references accounts (id),
    minimum    smallint not null check (minimum >= 0),
    meetings   smallint not null check (meetings >= 0),
    cause      text     not null check (cause in ('NOT_FREE', 'RULES', 'NO_THANKS', 'NO_COMMON_TIME', 'TABLES_FULL',
                                                  'PARTNERS_TAKEN')),
    primary key (event_id, account_id)
);

-- Why a published meeting was arranged, shown to both people beside their meeting.
create table curated_meeting_reasons (
    request_id uuid primary key references meeting_requests (id) on delete cascade,
    event_id   uuid not null references events (id) on delete cascade,
    reason     text not null check (reason in ('BOTH_ASKED', 'ONE_ASKED', 'BEST_REMAINING_MATCH')),
    asked_by   uuid references accounts (id),
    check ((reason = 'ONE_ASKED') = (asked_by is not null))
);
create index curated_meeting_reasons_by_event on curated_meeting_reasons (event_id);
create index curated_meeting_reasons_by_asker on curated_meeting_reasons (asked_by) where asked_by is not null;
