-- The mail feature's single-use links (accept or decline a meeting request from a mail): a link's nonce is recorded
-- when it is used, so using it again can say when it was used instead of acting twice. Rows past their link's expiry
-- are worthless and may be deleted.
create table used_mail_links (
    nonce      text primary key check (char_length(nonce) between 8 and 64),
    used_at    timestamptz not null,
    expires_at timestamptz not null
);

create index used_mail_links_expiry on used_mail_links (expires_at);
