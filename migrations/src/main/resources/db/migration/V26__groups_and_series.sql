-- Communities (issue 17): groups people join, the series of events a group runs, and the link from an event to both.
-- The groups feature owns groups and group_members, the series feature owns event_series; the events feature owns
-- the two new event columns and answers for them through its service.

-- Full text for discovery: English and German stems, accents and case ignored ("zurich" finds "Zürich"). unaccent is
-- a trusted extension, so the database owner may create it without superuser rights.
create extension if not exists unaccent;

-- unaccent(text) is only stable; wrapped with its dictionary named it is immutable, so indexes may use it.
create function mingle_unaccent(text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, $1);

-- A document's searchable words: both languages' stems of the unaccented, lower-cased text.
create function mingle_search_document(text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('english'::regconfig, mingle_unaccent(coalesce($1, '')))
        || to_tsvector('german'::regconfig, mingle_unaccent(coalesce($1, '')));

-- What a visitor typed, as a query matching either language's stems (web-search syntax: quotes, "or", "-").
create function mingle_search_query(text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('english'::regconfig, mingle_unaccent(coalesce($1, '')))
        || websearch_to_tsquery('german'::regconfig, mingle_unaccent(coalesce($1, '')));

-- A list of words (topics) as one text: array_to_string is only stable because of arbitrary element types; for text it
-- is immutable.
create function mingle_words(text[]) returns text
    language sql immutable parallel safe
    return array_to_string($1, ' ');

create table groups (
    id          uuid primary key,
    slug        text        not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?$'),
    name        text        not null check (char_length(name) between 1 and 100),
    description text        not null default '' check (char_length(description) <= 5000),
    topics      text[]      not null default '{}' check (cardinality(topics) <= 10),
    -- Blank where the group meets online only.
    city        text        not null default '' check (char_length(city) <= 100),
    online      boolean     not null default false,
    join_policy text        not null check (join_policy in ('OPEN', 'APPROVAL')),
    visibility  text        not null check (visibility in ('PUBLIC', 'PRIVATE')),
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    search_document tsvector generated always as (
        setweight(mingle_search_document(name), 'A')
            || setweight(mingle_search_document(mingle_words(topics) || ' ' || city), 'B')
            || setweight(mingle_search_document(description), 'C')) stored
);
create index groups_search on groups using gin (search_document) where visibility = 'PUBLIC';

create table group_members (
    group_id   uuid        not null references groups (id) on delete cascade,
    account_id uuid        not null references accounts (id) on delete cascade,
    role       text        not null check (role in ('OWNER', 'ORGANIZER', 'MEMBER')),
    -- PENDING waits for an organizer's approval (join policy APPROVAL); only MEMBER counts as belonging.
    status     text        not null check (status in ('MEMBER', 'PENDING')),
    joined_at  timestamptz not null default now(),
    primary key (group_id, account_id)
);
create index group_members_by_account on group_members (account_id, group_id);

create table event_series (
    id         uuid primary key,
    group_id   uuid        not null references groups (id) on delete cascade,
    created_at timestamptz not null default now()
);
create index event_series_by_group on event_series (group_id);

alter table events
    add column group_id  uuid references groups (id),
    add column series_id uuid references event_series (id);
create index events_by_group on events (group_id, starts_at) where group_id is not null;
create index events_by_series on events (series_id, starts_at) where series_id is not null;
