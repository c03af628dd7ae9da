-- The installation's secret that signs API tokens and, through keys derived from it, the links in mail (decision 59).
-- Unless MINGLE_AUTH_TOKEN_SECRET configures it, the first instance to start stores one here, and every instance of
-- the installation uses that one: a token signed by one instance is valid on all of them. Before, each instance kept
-- its own in its data directory; the key found there is the one stored, so nobody is signed out by the upgrade.
create table installation_secrets (
    name       text primary key check (name in ('token-signing-key')),
    secret     bytea       not null check (octet_length(secret) >= 32),
    created_at timestamptz not null
);
