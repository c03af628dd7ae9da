-- Discovery (issue 17): events carry topics, a city and whether they happen online, and a search document so the
-- public list can be searched in full text (English and German stems, accents and case ignored, see V26).

-- Each word of a list without accents, for filters that ignore them ("Zurich" topic finds "Zürich").
create function mingle_unaccent_all(text[]) returns text[]
    language sql immutable parallel safe strict
    return array(select mingle_unaccent(word) from unnest($1) as word);

alter table events
    -- Free tags, normalised by the domain (trimmed, lower case, no duplicates).
    add column topics text[]  not null default '{}' check (cardinality(topics) <= 10),
    -- Blank where the event names no city (an online event, say).
    add column city   text    not null default '' check (char_length(city) <= 100),
    add column online boolean not null default false,
    -- Title weighs most, then topics and city, then description and venue: a title match ranks first.
    add column search_document tsvector generated always as (
        setweight(mingle_search_document(title), 'A')
            || setweight(mingle_search_document(mingle_words(topics) || ' ' || city), 'B')
            || setweight(mingle_search_document(description || ' ' || venue), 'C')) stored,
    -- What the topic and city filters compare, computed once per write: unaccenting every row at every search would
    -- cost more than the search itself.
    add column topic_keys text[] generated always as (mingle_unaccent_all(topics)) stored,
    add column city_key   text   generated always as (mingle_unaccent(lower(city))) stored;

-- Only published events are ever searched: drafts and past statuses stay out of the index.
create index events_search on events using gin (search_document) where status = 'PUBLISHED';
create index events_by_topic on events using gin (topic_keys) where status = 'PUBLISHED';
create index events_by_city on events (city_key, starts_at) where status = 'PUBLISHED' and city_key <> '';
