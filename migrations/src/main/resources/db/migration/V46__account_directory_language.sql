-- The published view gains the language each person chose, so that a feature writing to people (notifications) can
-- pick their language's text in the statement that writes it, without a lookup of its own.
create or replace view account_directory as
select id, display_name, email, erased_at, language
from accounts;
