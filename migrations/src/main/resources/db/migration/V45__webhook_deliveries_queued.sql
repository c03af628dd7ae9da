-- The webhooks' backlog for metrics: how many deliveries wait and since when the oldest waits, read at every scrape
-- (at most every 5 s) from this index alone. The due index holds the same rows but not their created_at.
create index webhook_deliveries_queued on webhook_deliveries (created_at) where state = 'QUEUED';
