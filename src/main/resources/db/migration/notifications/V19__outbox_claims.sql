-- When a message was claimed for sending, so a claim left behind by a stopped node can be taken back.
alter table notification_outbox add column claimed_at timestamp(6) with time zone;
-- What caused a message ("meeting:<id>", "minutes:<id>", "action:<id>"), to find a cause's messages.
alter table notification_outbox add column cause varchar(120);
create index notification_outbox_by_cause on notification_outbox (cause);
