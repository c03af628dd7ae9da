-- API tokens carry the account's token version; logging out of the API raises it, which ends every token issued before.
alter table accounts add column token_version integer not null default 0 check (token_version >= 0);
