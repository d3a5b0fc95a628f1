-- Every e-mail goes through this outbox: written in the transaction of what caused it, sent by a job that retries
-- while the mail server is down. The dedupe key makes a message exist once, however often its cause is replayed.
create table notification_outbox (
    id uuid not null primary key,
    dedupe_key varchar(300) not null,
    network_slug varchar(60),
    recipient varchar(320) not null,
    subject varchar(500) not null,
    body varchar(20000) not null,
    calendar varchar(100000),
    status varchar(20) not null,
    attempts integer not null default 0,
    next_attempt_at timestamp(6) with time zone not null,
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    last_error varchar(1000),
    constraint notification_outbox_dedupe_uk unique (dedupe_key)
);
create index notification_outbox_due on notification_outbox (status, next_attempt_at);
