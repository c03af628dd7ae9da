-- Meeting requests expire (issue 19, decision 50). Each event sets how long a request waits for its answer (two days
-- unless the organizers choose otherwise), and each request knows when it expires: after that wait, never after the
-- end of its event. An expired request no longer counts against its sender's allowance of open requests.
alter table events
    add column meeting_request_ttl_minutes integer not null default 2880
        check (meeting_request_ttl_minutes between 60 and 20160);

alter table meeting_requests add column expires_at timestamptz;
update meeting_requests r
   set expires_at = least(r.created_at + interval '2 days', e.ends_at)
  from events e
 where e.id = r.event_id;
alter table meeting_requests alter column expires_at set not null;

alter table meeting_requests drop constraint meeting_requests_status_check;
alter table meeting_requests add constraint meeting_requests_status_check
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED'));

-- The sweep that marks requests expired reads only the pending ones, earliest expiry first.
create index meeting_requests_pending_expiry on meeting_requests (expires_at) where status = 'PENDING';

-- Both people hear when a request expires unanswered.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in (
    'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED', 'REGISTRATION_APPROVED',
    'REGISTRATION_DECLINED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'EVENT_REMINDER', 'MEETING_REQUESTED',
    'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_REQUEST_EXPIRED', 'ROUND_STARTING',
    'FOLLOW_UP_DUE', 'KEEP_IN_TOUCH', 'ORGANIZER_MESSAGE', 'TEAM_INVITATION', 'GROUP_EVENT_PUBLISHED',
    'ENDORSEMENT_RECEIVED', 'CONTENT_REPORTED', 'NETWORK_REGISTERED'));
