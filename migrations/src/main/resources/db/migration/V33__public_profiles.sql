-- Public profiles (issue 18, decision 45). The publicprofiles feature owns these tables: a person's handle and public
-- page settings, the events they keep on their public record, and the handles of erased accounts, which stay
-- reserved so that an old shared link never leads to someone else.

-- One row per person who chose a handle. The handle is stored case-folded; the check repeats HandleRules so that
-- nothing else can write a handle the page could not serve.
create table public_profiles (
    account_id        uuid        primary key references accounts (id) on delete cascade,
    handle            text        not null unique
        check (handle ~ '^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$' and handle !~ '--'),
    -- The page /p/{handle} answers only while this is on; off by default.
    shown             boolean     not null default false,
    -- Whether search engines may index the page (no robots noindex); off by default.
    indexable         boolean     not null default false,
    updated_at        timestamptz not null
);

-- Events a person attended and chose to keep on their public record ("Add to profile").
create table public_record_events (
    account_id uuid        not null references accounts (id) on delete cascade,
    event_id   uuid        not null references events (id) on delete cascade,
    kept_at    timestamptz not null,
    primary key (account_id, event_id)
);

-- Handles of erased accounts: no link to any person, only the word, never handed out again.
create table retired_handles (
    handle     text        primary key,
    retired_at timestamptz not null
);
