-- Speakers and agenda (issue 18): organizers put talks on an event's agenda, with speakers who are Mingle accounts or
-- named guests. The agenda feature owns both tables; it asks the events feature who may see or change an event.

create table talks (
    id         uuid primary key,
    event_id   uuid        not null references events (id),
    title      text        not null check (char_length(title) between 1 and 200),
    abstract   text        not null default '' check (char_length(abstract) <= 2000),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    -- Empty when the event has one room, or the organizers did not say.
    room       text        not null default '' check (char_length(room) <= 100),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check (ends_at > starts_at)
);
-- An event's agenda in the order it is shown.
create index talks_by_event on talks (event_id, starts_at, id);

-- Who speaks in a talk, in the order the organizers named them: an account, or a guest known only by name.
create table talk_speakers (
    talk_id    uuid not null references talks (id) on delete cascade,
    position   int  not null check (position >= 0),
    account_id uuid references accounts (id),
    guest_name text check (char_length(guest_name) between 1 and 100),
    check ((account_id is null) <> (guest_name is null)),
    primary key (talk_id, position)
);
create unique index talk_speakers_one_account on talk_speakers (talk_id, account_id) where account_id is not null;
-- A person's talks, for their record and their personal data.
create index talk_speakers_by_account on talk_speakers (account_id) where account_id is not null;
