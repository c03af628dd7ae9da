-- Declining can suggest someone better suited (issue 19, decision 56): the addressee of a meeting request names one
-- of the event's confirmed attendees whom the sender might meet instead. Few requests carry one, so a table of their
-- own keeps the requests as they are; a request has at most one suggestion.
create table meeting_request_suggestions (
    request_id        uuid primary key references meeting_requests (id) on delete cascade,
    suggested_account uuid not null references accounts (id)
);
-- Erasing an account forgets the suggestions that name it.
create index meeting_request_suggestions_by_account on meeting_request_suggestions (suggested_account);
