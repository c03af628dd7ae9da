-- A busy event records many connections at the same moment, and each added one to the same counter rows, which stay
-- locked until commit: the recordings waited for each other's commits. The event's totals and interest counts are now
-- spread over stripes (the connection's id picks one), so concurrent recordings rarely meet; readers add the stripes
-- up (decision 27). Existing counts become stripe 0.
alter table connection_totals add column stripe smallint not null default 0 check (stripe >= 0 and stripe < 16);
alter table connection_totals drop constraint connection_totals_pkey;
alter table connection_totals add primary key (event_id, stripe);

alter table connection_interest_counts add column stripe smallint not null default 0
    check (stripe >= 0 and stripe < 16);
alter table connection_interest_counts drop constraint connection_interest_counts_pkey;
alter table connection_interest_counts add primary key (event_id, interest, stripe);
