-- The webhooks feature: an event's organizers subscribe an address to kinds of change at their event. Each change
-- writes one delivery per subscribed webhook in the transaction that made it; a worker posts it after commit.
create table webhooks (
    id         uuid primary key,
    event_id   uuid        not null references events (id),
    url        text        not null check (char_length(url) between 1 and 2000),
    types      text[]      not null check (cardinality(types) > 0 and types <@ array[
        'REGISTRATION_CREATED', 'REGISTRATION_PROMOTED', 'REGISTRATION_CANCELLED', 'CHECKIN_CREATED',
        'CONNECTION_CREATED', 'MEETING_ACCEPTED', 'EVENT_UPDATED']),
    -- Signs every delivery (HMAC-SHA256); kept as it is because signing needs it, shown once when created.
    secret     text        not null,
    created_at timestamptz not null
);

-- An event's webhooks, oldest first; and the subscribers of one event, read by every change at the event.
create index webhooks_by_event on webhooks (event_id, created_at, id);

-- One change to tell one webhook. Its id is the "id" of the body the receiver gets, the same on every retry. A worker
-- claims a row by moving next_attempt_at past its lease (FOR UPDATE SKIP LOCKED), as the mail outbox does.
create table webhook_deliveries (
    id              uuid primary key,
    webhook_id      uuid        not null references webhooks (id) on delete cascade,
    type            text        not null check (type in (
        'REGISTRATION_CREATED', 'REGISTRATION_PROMOTED', 'REGISTRATION_CANCELLED', 'CHECKIN_CREATED',
        'CONNECTION_CREATED', 'MEETING_ACCEPTED', 'EVENT_UPDATED')),
    -- The JSON object sent as "data": ids and states only, written when the change happened.
    data            text        not null,
    state           text        not null check (state in ('QUEUED', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    finished_at     timestamptz
);

create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'QUEUED';
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at desc, id);
create index webhook_deliveries_finished on webhook_deliveries (finished_at) where finished_at is not null;

-- Every attempt of a delivery and what the receiver answered (status and the start of the body), or why it failed.
create table webhook_attempts (
    delivery_id   uuid        not null references webhook_deliveries (id) on delete cascade,
    attempt       integer     not null,
    attempted_at  timestamptz not null,
    status_code   integer,
    error         text,
    response_body text,
    primary key (delivery_id, attempt)
);
