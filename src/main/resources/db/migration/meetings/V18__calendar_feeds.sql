-- A person's secret calendar subscription: only the hash of its token is kept; a reset makes the old link useless.
create table meeting_calendar_feed (
    account_id uuid not null primary key,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint meeting_calendar_feed_token_uk unique (token_hash)
);
