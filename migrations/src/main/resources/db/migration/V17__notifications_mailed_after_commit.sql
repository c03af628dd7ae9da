-- A notification's mail is decided and written after the change commits, by a worker that takes due notifications
-- with FOR UPDATE SKIP LOCKED: the business transaction inserts one row and holds its locks no longer for mail.
alter table notifications
    add column mail_due     boolean not null default false,
    -- What the mail offers besides the notification's link, one "label<TAB>path" per line (accept, decline).
    add column mail_actions text,
    -- What the notification was sent for (an organizer's message), for counting its mail.
    add column reference    uuid;

create index notifications_mail_due on notifications (created_at) where mail_due;
