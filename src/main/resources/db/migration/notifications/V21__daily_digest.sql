-- Whether mail to an address that needs no action goes out at once or gathered in one e-mail a day.
create table notification_preference (
    email varchar(320) not null primary key,
    daily_digest boolean not null,
    updated_at timestamp(6) with time zone not null
);
-- A notice held for the daily digest waits with status DIGEST, then IN_DIGEST with the digest message that carried it.
alter table notification_outbox add column locale varchar(10);
alter table notification_outbox add column digest_id uuid;
create index notification_outbox_by_recipient on notification_outbox (recipient, status);
