-- Each sending of the member list, with the PDF that was sent. A scheduled sending names its period, and a
-- period is sent once per network, whatever the number of nodes or restarts.
create table membership_list_share (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    as_of date not null,
    shared_at timestamp(6) with time zone not null,
    shared_by varchar(100) not null,
    scheduled_period varchar(20),
    recipients integer not null,
    pdf_en bytea not null,
    pdf_ru bytea not null,
    constraint membership_list_share_period_uk unique (network_slug, scheduled_period)
);
create index membership_list_share_by_network on membership_list_share (network_slug, shared_at);
