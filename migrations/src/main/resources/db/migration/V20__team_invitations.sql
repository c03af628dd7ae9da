-- The events feature's invitations to an event's team for people without a Mingle account (decision 30): the owner
-- names an email address and a role, Mingle mails a signed link, and whoever signs up or logs in with that address
-- through the link joins the team. One pending invitation per event and address: inviting again refreshes it.
--
-- The row holds the address of someone who has not agreed to anything, so it is kept only as long as it is of use:
-- a scheduled clean-up deletes invitations 30 days after they were accepted, withdrawn or expired.
create table team_invitations (
    id          uuid        primary key,
    event_id    uuid        not null references events (id) on delete cascade,
    email       text        not null check (email = lower(btrim(email)) and char_length(email) <= 254),
    role        text        not null check (role in ('CO_ORGANIZER', 'CHECKIN_STAFF')),
    -- Who sent it, named in the mail and on the page the link opens; null once that account is erased.
    invited_by  uuid        references accounts (id) on delete set null,
    status      text        not null check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    created_at  timestamptz not null,
    -- The last mail's time; inviting again sends a new mail and moves the expiry.
    sent_at     timestamptz not null,
    expires_at  timestamptz not null,
    -- When it was accepted or withdrawn, and by which account it was accepted.
    answered_at timestamptz,
    accepted_by uuid        references accounts (id) on delete set null,
    check ((status = 'PENDING') = (answered_at is null)),
    check (accepted_by is null or status = 'ACCEPTED')
);

create unique index team_invitations_one_pending on team_invitations (event_id, email) where status = 'PENDING';
create index team_invitations_by_email on team_invitations (email);
create index team_invitations_by_inviter on team_invitations (invited_by);
create index team_invitations_by_acceptor on team_invitations (accepted_by);
create index team_invitations_expiry on team_invitations (expires_at);

-- The hourly limit of invitation mails per event counts the audit log's entries of them.
create index audit_log_by_event on audit_log (event_id, kind, occurred_at) where event_id is not null;
