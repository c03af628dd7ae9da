-- Moderation (issue 17): administrators unlist events and groups, and signed-in people report them. The moderation
-- feature owns content_reports; the events feature owns events.unlisted_at and the groups feature groups.unlisted_at,
-- each answering for its column through its service.

-- Set while an administrator keeps the event out of every public list and search; its page still opens by link.
alter table events add column unlisted_at timestamptz;
alter table groups add column unlisted_at timestamptz;

create table content_reports (
    id           uuid primary key,
    -- What is reported: an event or a group (no foreign key, as the id names a row of either table).
    subject_kind text        not null check (subject_kind in ('EVENT', 'GROUP')),
    subject_id   uuid        not null,
    -- Empty once the reporter erased their account: the report still counts, but names nobody.
    reporter_id  uuid references accounts (id),
    reason       text        not null check (reason in ('SPAM', 'FAKE_OR_TEST', 'OFFENSIVE', 'OTHER')),
    details      text        not null default '' check (char_length(details) <= 1000),
    status       text        not null default 'OPEN' check (status in ('OPEN', 'UNLISTED', 'DISMISSED')),
    created_at   timestamptz not null,
    resolved_by  uuid references accounts (id),
    resolved_at  timestamptz,
    check ((status = 'OPEN') = (resolved_at is null))
);
-- One open report per reporter and subject: a repeat adds nothing for the administrators.
create unique index content_reports_one_open on content_reports (subject_kind, subject_id, reporter_id)
    where status = 'OPEN';
-- The administrators' list of open reports, and a subject's open reports when it is unlisted.
create index content_reports_open on content_reports (subject_kind, subject_id, created_at) where status = 'OPEN';
-- A reporter's reports of the last day, for the daily limit.
create index content_reports_by_reporter on content_reports (reporter_id, created_at);
create index content_reports_by_resolver on content_reports (resolved_by) where resolved_by is not null;

-- Administrators hear of each report in the app.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in (
    'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED', 'REGISTRATION_APPROVED',
    'REGISTRATION_DECLINED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'EVENT_REMINDER', 'MEETING_REQUESTED',
    'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'ROUND_STARTING', 'FOLLOW_UP_DUE',
    'KEEP_IN_TOUCH', 'ORGANIZER_MESSAGE', 'TEAM_INVITATION', 'GROUP_EVENT_PUBLISHED', 'ENDORSEMENT_RECEIVED',
    'CONTENT_REPORTED'));
