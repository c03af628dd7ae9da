-- The notifications feature: what a person is told in the app, written in the transaction of the change that causes it.
create table notifications (
    id         uuid primary key,
    account_id uuid        not null references accounts (id),
    kind       text        not null check (kind in (
        'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED', 'REGISTRATION_APPROVED',
        'REGISTRATION_DECLINED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'EVENT_REMINDER', 'MEETING_REQUESTED',
        'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'ROUND_STARTING', 'FOLLOW_UP_DUE',
        'KEEP_IN_TOUCH', 'ORGANIZER_MESSAGE', 'TEAM_INVITATION', 'GROUP_EVENT_PUBLISHED', 'ENDORSEMENT_RECEIVED')),
    title      text        not null check (char_length(title) between 1 and 200),
    body       text        not null check (char_length(body) <= 5000),
    link       text        check (link like '/%'),
    event_id   uuid        references events (id),
    created_at timestamptz not null,
    read_at    timestamptz,
    -- Set once a daily digest has carried the notification by mail (only for categories set to the digest).
    digest_due boolean     not null default false
);

-- A person's list, newest first, and the bell's unread count.
create index notifications_by_account on notifications (account_id, created_at desc, id);
create index notifications_unread on notifications (account_id) where read_at is null;
create index notifications_digest_due on notifications (account_id) where digest_due;

-- How a person wants each category of notification: by mail at once, in a daily digest, or in the app only. A missing
-- row means the category's default.
create table notification_settings (
    account_id uuid not null references accounts (id),
    category   text not null check (category in (
        'REGISTRATION', 'MEETINGS', 'EVENT_UPDATES', 'REMINDERS', 'FOLLOW_UPS', 'GROUPS', 'ENDORSEMENTS')),
    delivery   text not null check (delivery in ('IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY')),
    primary key (account_id, category)
);

-- When each person's next daily digest is due: one row per person with notifications waiting for a digest.
create table notification_digests (
    account_id uuid primary key references accounts (id),
    due_at     timestamptz not null
);

create index notification_digests_due on notification_digests (due_at);

-- The mail feature's outbox: a mail is queued in the transaction that decides to send it and delivered by a worker
-- after commit. A worker claims a row by moving next_attempt_at past its lease (FOR UPDATE SKIP LOCKED), so several
-- instances never hold the same mail, and a worker that dies mid-delivery leaves it to be claimed again later.
create table outgoing_mail (
    id              uuid primary key,
    account_id      uuid references accounts (id),
    recipient       text        not null check (char_length(recipient) between 3 and 254),
    -- The one-click unsubscribe address of the mail's category (RFC 8058); none for security mail.
    unsubscribe_url text,
    subject         text        not null check (char_length(subject) between 1 and 300),
    text_body       text        not null,
    html_body       text        not null,
    state           text        not null check (state in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);

create index outgoing_mail_due on outgoing_mail (next_attempt_at) where state = 'QUEUED';
create index outgoing_mail_by_account on outgoing_mail (account_id, created_at desc);

-- The accounts feature's password resets: only a hash of the link's secret is kept, so the table cannot be used to
-- take over an account.
create table password_resets (
    token_hash bytea primary key,
    account_id uuid        not null references accounts (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index password_resets_by_account on password_resets (account_id);
