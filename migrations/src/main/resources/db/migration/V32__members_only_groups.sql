-- Groups and moderation (issue 17, decision 44): what the events feature asks of the groups feature inside its own
-- queries, without reading the groups table.

-- The private groups, published by the groups feature: a private group's events are for its members, so the public
-- lists of events leave out every event with a row here. With "not exists" PostgreSQL joins against it in the same
-- query, instead of the list first loading the id of every private group into memory for a "not in".
create view members_only_groups as
    select id from groups where visibility = 'PRIVATE';
