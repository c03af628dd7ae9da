-- Accounts: a person using Mingle. Sign-in data arrives with the accounts feature; events need an owner now.
create table accounts (
    id           uuid primary key,
    display_name text        not null check (char_length(display_name) between 1 and 100),
    created_at   timestamptz not null default now()
);

-- Until sign-in exists every caller acts as this one organizer (AccountId.OPEN_ACCESS_ORGANIZER).
insert into accounts (id, display_name)
values ('00000000-0000-4000-8000-000000000001', 'Mingle organizer');

create table events (
    id                     uuid primary key,
    owner_id               uuid             not null references accounts (id),
    title                  text             not null check (char_length(title) between 1 and 200),
    description            text             not null default '' check (char_length(description) <= 10000),
    starts_at              timestamptz      not null,
    ends_at                timestamptz      not null,
    time_zone              text             not null check (time_zone like '%/%'),
    venue                  text             not null default '' check (char_length(venue) <= 300),
    capacity               integer          not null check (capacity between 1 and 100000),
    registration_closes_at timestamptz,
    approval_required      boolean          not null default false,
    perspective_weight     double precision not null default 0.3 check (perspective_weight between 0 and 1),
    status                 text             not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')),
    confirmed_count        integer          not null default 0 check (confirmed_count between 0 and capacity),
    waitlist_count         integer          not null default 0 check (waitlist_count >= 0),
    created_at             timestamptz      not null default now(),
    updated_at             timestamptz      not null default now(),
    version                bigint           not null default 0,
    constraint events_end_after_start check (ends_at > starts_at),
    constraint events_registration_closes_before_end
        check (registration_closes_at is null or registration_closes_at < ends_at)
);

-- The public list: published events, soonest first.
create index events_published_by_start on events (starts_at, id) where status = 'PUBLISHED';
-- An organizer's own events.
create index events_by_owner on events (owner_id, starts_at);
