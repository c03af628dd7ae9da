-- Attendee categories and who may meet whom (issue 19, decision 54). An event's organizers name categories (founders,
-- investors, mentors), say which two categories may meet (a rule is an unordered pair, a category with itself
-- included), and put registrants into a category. Requests and recommendations then keep to the rules. The curated
-- feature owns the three tables; others ask it through the ports they define.

create table attendee_categories (
    event_id uuid     not null references events (id),
    key      text     not null check (key ~ '^[a-z0-9][a-z0-9-]{0,29}$'),
    name     text     not null check (char_length(name) between 1 and 60),
    -- The order the organizers listed them in, which every screen keeps.
    position smallint not null check (position between 0 and 19),
    primary key (event_id, key),
    unique (event_id, position) deferrable initially deferred
);

-- Two categories whose people may meet; first_key <= second_key, so each pair is stored once.
create table category_rules (
    event_id   uuid not null,
    first_key  text not null,
    second_key text not null,
    check (first_key <= second_key),
    primary key (event_id, first_key, second_key),
    foreign key (event_id, first_key) references attendee_categories (event_id, key) on delete cascade,
    foreign key (event_id, second_key) references attendee_categories (event_id, key) on delete cascade
);

-- A registrant's category at an event; someone without a row has none. Removing a category removes its assignments.
create table category_assignments (
    event_id     uuid not null,
    account_id   uuid not null references accounts (id),
    category_key text not null,
    primary key (event_id, account_id),
    foreign key (event_id, category_key) references attendee_categories (event_id, key) on delete cascade
);
-- A person's categories across events, for their personal data.
create index category_assignments_by_account on category_assignments (account_id);
