-- Whether a person receives the weekly e-mail of what was shared in the libraries of their networks. Kept per account,
-- as the digest is composed for the account (what it may see): no row means the default, which is on.
-- That it is sent once per person, network and ISO week is the outbox's unique dedupe key
-- ("library-digest:<network>:<week>:<account>").
create table notification_library_digest_choice (
    account_id uuid not null primary key,
    weekly boolean not null,
    updated_at timestamp(6) with time zone not null
);
