-- The notifications feature's messages from organizers to an event's registrants, kept for the dashboard.
create table organizer_messages (
    id         uuid primary key,
    event_id   uuid        not null references events (id),
    sender_id  uuid        not null references accounts (id),
    subject    text        not null check (char_length(subject) between 1 and 200),
    body       text        not null check (char_length(body) between 1 and 5000),
    audience   text        not null check (audience in ('CONFIRMED', 'WAITLISTED', 'ALL')),
    recipients integer     not null check (recipients >= 0),
    created_at timestamptz not null
);

create index organizer_messages_by_event on organizer_messages (event_id, created_at desc);

-- What a mail was sent for (an organizer's message), so its sender can count what went out. The mail feature does not
-- know what the reference names.
alter table outgoing_mail add column reference uuid;

create index outgoing_mail_by_reference on outgoing_mail (reference) where reference is not null;
