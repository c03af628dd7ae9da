-- A mail may carry one small text attachment, such as the event's calendar (event.ics) on a registration's
-- confirmation: its file name, its content type, and its text, sent as UTF-8. All three or none.
alter table outgoing_mail
    add column attachment_name text check (char_length(attachment_name) between 1 and 100),
    add column attachment_type text check (char_length(attachment_type) between 3 and 200),
    add column attachment_text text check (octet_length(attachment_text) <= 262144),
    add constraint outgoing_mail_attachment_whole check (
        (attachment_name is null) = (attachment_type is null) and (attachment_name is null) = (attachment_text is null));
