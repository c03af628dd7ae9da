-- Sign-in: accounts get an email and a password hash. An erased account keeps its row (so events, registrations and
-- organizers' counts stay consistent) but loses everything personal: email and hash become null.
alter table accounts
    add column email         text,
    add column password_hash text,
    add column erased_at     timestamptz;

-- The placeholder organizer of the time before sign-in cannot sign in: remove it when nothing refers to it,
-- otherwise keep it as an erased account.
delete from accounts a
where a.id = '00000000-0000-4000-8000-000000000001'
  and not exists (select 1 from events e where e.owner_id = a.id);
update accounts
set erased_at = now(), display_name = 'Former organizer'
where id = '00000000-0000-4000-8000-000000000001';

alter table accounts
    add constraint accounts_email_normalised check (email = lower(btrim(email)) and char_length(email) <= 254),
    add constraint accounts_active_can_sign_in
        check ((erased_at is null) = (email is not null and password_hash is not null));

-- One active account per email; an erased account frees its address for a new sign-up.
create unique index accounts_email_unique on accounts (email) where email is not null;

-- An event's team besides its owner (events.owner_id).
create table event_team (
    event_id   uuid        not null references events (id) on delete cascade,
    account_id uuid        not null references accounts (id) on delete cascade,
    role       text        not null check (role in ('CO_ORGANIZER', 'CHECKIN_STAFF')),
    added_at   timestamptz not null default now(),
    primary key (event_id, account_id)
);
create index event_team_by_account on event_team (account_id);

-- Failed log-ins per key (a hashed email, or a client address) in the current window.
create table login_throttle (
    throttle_key    text        primary key,
    failures        integer     not null check (failures >= 0),
    window_start    timestamptz not null,
    blocked_until   timestamptz
);

-- Security events. Never passwords, tokens or email addresses: an account is named by its id only.
create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    kind           text        not null,
    account_id     uuid        references accounts (id) on delete set null,
    actor_id       uuid        references accounts (id) on delete set null,
    event_id       uuid        references events (id) on delete set null,
    client_address text,
    detail         text        check (char_length(detail) <= 500)
);
create index audit_log_by_account on audit_log (account_id, occurred_at);
create index audit_log_by_time on audit_log (occurred_at);
