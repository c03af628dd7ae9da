-- Relationships across events (issue 18, decision 48): the contacts feature's table.
-- "Keep in touch every ..." per person and contact. due_at is when the next KEEP_IN_TOUCH notice may be due at the
-- earliest: the last shared moment the setting knew of, or the last notice, plus the period. Moments only ever add,
-- so a real due time is never earlier; the notice job reads the rows past due_at and asks the other features for the
-- moments since before it tells anyone (and moves due_at forward when something happened meanwhile).
create table keep_in_touch (
    owner_id    uuid        not null references accounts (id),
    contact_id  uuid        not null references accounts (id),
    every       text        not null check (every in ('P30D', 'P90D', 'P180D')),
    set_at      timestamptz not null,
    due_at      timestamptz not null,
    noticed_at  timestamptz,
    primary key (owner_id, contact_id),
    check (owner_id <> contact_id)
);
-- The notice job's scan, and erasure of the people others keep in touch with.
create index keep_in_touch_due on keep_in_touch (due_at);
create index keep_in_touch_by_contact on keep_in_touch (contact_id);

-- "When someone from my network registers for an event I attend": a category one opts into, so it can be OFF (and
-- is, by default: no row).
alter table notification_settings drop constraint notification_settings_category_check;
alter table notification_settings add constraint notification_settings_category_check check (category in (
    'REGISTRATION', 'MEETINGS', 'EVENT_UPDATES', 'REMINDERS', 'FOLLOW_UPS', 'GROUPS', 'ENDORSEMENTS', 'NETWORK'));
alter table notification_settings drop constraint notification_settings_delivery_check;
alter table notification_settings add constraint notification_settings_delivery_check check (
    delivery in ('IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY', 'OFF')
    and (delivery <> 'OFF' or category = 'NETWORK'));

alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in (
    'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED', 'REGISTRATION_APPROVED',
    'REGISTRATION_DECLINED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'EVENT_REMINDER', 'MEETING_REQUESTED',
    'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'ROUND_STARTING', 'FOLLOW_UP_DUE',
    'KEEP_IN_TOUCH', 'ORGANIZER_MESSAGE', 'TEAM_INVITATION', 'GROUP_EVENT_PUBLISHED', 'ENDORSEMENT_RECEIVED',
    'CONTENT_REPORTED', 'NETWORK_REGISTERED'));
