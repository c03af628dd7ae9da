-- The accounts feature's published read view: a person as other features show them (name, email) and whether the
-- account is erased. Other features join this view and never the accounts table, whose other columns (password hash,
-- token version, erasure bookkeeping) stay the accounts feature's own. PostgreSQL inlines the view into each query.
create view account_directory as
select id, display_name, email, erased_at
from accounts;
