create table audit_entry (
    id uuid not null primary key,
    occurred_at timestamp(6) with time zone not null,
    network_slug varchar(60),
    actor varchar(100) not null,
    record_type varchar(60) not null,
    record_id varchar(100) not null,
    action varchar(60) not null,
    details varchar(4000)
);
create index audit_entry_by_network on audit_entry (network_slug, occurred_at);
