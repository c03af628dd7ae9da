-- Groups and moderation (issue 17, decision 44): what the events feature asks of the groups feature inside its own
-- queries, without reading the groups table.

-- The private groups, published by the groups feature: a private group's events are for its members, so the public
-- lists of events leave out every event with a row here. With "not exists" PostgreSQL joins against it in the same
-- query, instead of the list first loading the id of every private group into memory for a "not in".
create view members_only_groups as
    select id from groups where visibility = 'PRIVATE';

-- Owners first, then organizers, then members: the order of every list of a group's people, stored so that an index
-- gives the first page of a 10,000-member group, its organizers and its member count without reading and sorting every
-- membership (measured in docs/benchmarks.md, "Groups").
alter table group_members add column role_rank smallint generated always as (
    case role when 'OWNER' then 0 when 'ORGANIZER' then 1 else 2 end) stored;
create index group_members_listed on group_members (group_id, status, role_rank, joined_at, account_id);
