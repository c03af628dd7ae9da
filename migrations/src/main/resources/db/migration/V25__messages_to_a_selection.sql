-- Organizers may message the registrants they picked on the dashboard: the audience SELECTED (decision 36).
alter table organizer_messages drop constraint organizer_messages_audience_check;
alter table organizer_messages add constraint organizer_messages_audience_check
    check (audience in ('CONFIRMED', 'WAITLISTED', 'ALL', 'SELECTED'));
