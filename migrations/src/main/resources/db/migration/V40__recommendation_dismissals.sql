-- "Not for me" on a recommendation (issue 19, decision 53): the matching feature's table. The viewer never sees the
-- dismissed person again at this event, and what the reasons say teaches the viewer's recommendations there. One row
-- per viewer, person and event: dismissing again replaces the reason, an undo deletes the row.
create table recommendation_dismissals (
    event_id     uuid        not null references events (id) on delete cascade,
    viewer_id    uuid        not null references accounts (id),
    dismissed_id uuid        not null references accounts (id),
    reason       text        not null check (reason in ('NOT_RELEVANT', 'ALREADY_KNOW', 'NOT_NOW')),
    dismissed_at timestamptz not null,
    -- Leads with what each recommendation request reads: one viewer's dismissals at one event.
    primary key (event_id, viewer_id, dismissed_id),
    check (viewer_id <> dismissed_id)
);
-- Erasure of the person others dismissed, and the export of what a viewer dismissed across events.
create index recommendation_dismissals_by_dismissed on recommendation_dismissals (dismissed_id);
create index recommendation_dismissals_by_viewer on recommendation_dismissals (viewer_id);
