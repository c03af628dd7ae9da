-- A notification names its event without a foreign key (decision 68). Checking one takes a key-share lock on the
-- event's row, and registrations for a busy event update that row hundreds of times a second: every notice written
-- meanwhile made PostgreSQL share the row's lock among transactions (a multixact) that the next registrations then had
-- to read, which cost the hot-event benchmark 3 to 4 points of its throughput. Events are never deleted, and a notice
-- is written from a change that read its event, so the reference cannot dangle.
alter table notifications drop constraint notifications_event_id_fkey;
