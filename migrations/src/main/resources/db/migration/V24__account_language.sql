-- The language a person chose for Mingle (an ISO 639 code such as 'de'); null: the browser's language decides.
alter table accounts add column language text check (language ~ '^[a-z]{2,3}$');
