-- Meetings that happened (issue 19, decision 51). A booked meeting is SCHEDULED until it is HELD (both people answered
-- "we met", or one scanned the other's connect code while its slot ran) or a NO_SHOW (one answered "they did not
-- show"). The state lives on the booking: moving a meeting to another slot books it afresh, answers and all.
alter table meeting_bookings
    add column state          text        not null default 'SCHEDULED'
        check (state in ('SCHEDULED', 'HELD', 'NO_SHOW')),
    add column state_since    timestamptz,
    -- When each of the two was asked "Did you meet?"; set once, by the sweep that claimed the booking.
    add column check_sent_at  timestamptz,
    add check ((state = 'SCHEDULED') = (state_since is null));

-- Each person's answer, once: true for "we met", false for "they did not show".
create table meeting_answers (
    request_id  uuid        not null references meeting_bookings (request_id) on delete cascade,
    account_id  uuid        not null references accounts (id),
    met         boolean     not null,
    answered_at timestamptz not null,
    primary key (request_id, account_id)
);
create index meeting_answers_by_account on meeting_answers (account_id);

-- The sweep that asks "Did you meet?" reads only bookings still scheduled and not asked, earliest first.
create index meeting_bookings_awaiting_check on meeting_bookings (starts_at)
    where state = 'SCHEDULED' and check_sent_at is null;

-- Both people are asked "Did you meet?" ten minutes into a slot that is not held yet.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in (
    'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED', 'REGISTRATION_APPROVED',
    'REGISTRATION_DECLINED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'EVENT_REMINDER', 'MEETING_REQUESTED',
    'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_REQUEST_EXPIRED', 'ROUND_STARTING',
    'FOLLOW_UP_DUE', 'KEEP_IN_TOUCH', 'ORGANIZER_MESSAGE', 'TEAM_INVITATION', 'GROUP_EVENT_PUBLISHED',
    'ENDORSEMENT_RECEIVED', 'CONTENT_REPORTED', 'NETWORK_REGISTERED', 'MEETING_CHECK'));
