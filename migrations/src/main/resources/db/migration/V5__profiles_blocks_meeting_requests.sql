-- Networking profiles: one per account, created on first save. The display name stays on accounts (it is the
-- account's name everywhere); interests and field visibility live in their own tables.
create table profiles (
    account_id uuid        primary key references accounts (id) on delete cascade,
    headline   text        not null default '' check (char_length(headline) <= 120),
    bio        text        not null default '' check (char_length(bio) <= 2000),
    company    text        not null default '' check (char_length(company) <= 120),
    industry   text        not null default '' check (char_length(industry) <= 80),
    seniority  text        check (seniority in ('STUDENT', 'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'EXECUTIVE')),
    seeking    text[]      not null default '{}'
        check (seeking <@ array ['JOB', 'MENTORSHIP', 'INVESTMENT', 'CLIENTS', 'SERVICES', 'COFOUNDER', 'COLLABORATION', 'ADVICE']),
    offering   text[]      not null default '{}'
        check (offering <@ array ['JOB', 'MENTORSHIP', 'INVESTMENT', 'CLIENTS', 'SERVICES', 'COFOUNDER', 'COLLABORATION', 'ADVICE']),
    links      text[]      not null default '{}' check (cardinality(links) <= 5),
    updated_at timestamptz not null default now()
);

-- Interest tags in the order the person typed them; tag_key is the comparison key (case-folded, no diacritics), so
-- one person cannot hold two spellings of one tag and autocomplete can group spellings.
create table profile_interests (
    account_id uuid     not null references profiles (account_id) on delete cascade,
    position   smallint not null check (position between 0 and 29),
    display    text     not null check (char_length(display) between 1 and 60),
    tag_key    text     not null check (char_length(tag_key) between 1 and 60),
    primary key (account_id, tag_key),
    unique (account_id, position)
);
create index profile_interests_by_tag on profile_interests (tag_key text_pattern_ops);

-- Who may see each field of a profile; a field without a row has its default visibility.
create table profile_visibility (
    account_id uuid not null references profiles (account_id) on delete cascade,
    field      text not null
        check (field in ('HEADLINE', 'BIO', 'COMPANY', 'INDUSTRY', 'SENIORITY', 'INTERESTS', 'SEEKING', 'OFFERING', 'LINKS')),
    visibility text not null check (visibility in ('PUBLIC', 'ATTENDEES', 'CONNECTIONS', 'PRIVATE')),
    primary key (account_id, field)
);

-- Blocks: the blocker and the blocked never see each other in recommendations and cannot send each other requests.
create table blocks (
    blocker_id uuid        not null references accounts (id) on delete cascade,
    blocked_id uuid        not null references accounts (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
create index blocks_by_blocked on blocks (blocked_id);

-- Matching settings of an event beside its perspective weight.
alter table events
    add column exclude_same_company boolean not null default false,
    add column max_pending_requests integer not null default 10 check (max_pending_requests between 1 and 100);

-- Meeting requests between two attendees of one event. At most one open (PENDING or ACCEPTED) request per pair and
-- event, whoever sent it; an ACCEPTED request is a mutual match.
create table meeting_requests (
    id           uuid        primary key,
    event_id     uuid        not null references events (id) on delete cascade,
    from_account uuid        not null references accounts (id),
    to_account   uuid        not null references accounts (id),
    message      text        check (char_length(message) <= 500),
    status       text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    created_at   timestamptz not null default now(),
    responded_at timestamptz,
    check (from_account <> to_account),
    check ((status = 'PENDING') = (responded_at is null))
);
create unique index meeting_requests_one_open_per_pair
    on meeting_requests (event_id, least(from_account, to_account), greatest(from_account, to_account))
    where status in ('PENDING', 'ACCEPTED');
create index meeting_requests_by_sender on meeting_requests (event_id, from_account, status);
create index meeting_requests_by_addressee on meeting_requests (event_id, to_account, status);
create index meeting_requests_by_account on meeting_requests (from_account);
create index meeting_requests_to_account on meeting_requests (to_account);
