-- "The UN Migration Network will meet ... upon request by its members": requests and the co-chairs' decisions.
create table meeting_request (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    organisation varchar(40) not null,
    requested_by varchar(100) not null,
    purpose varchar(2000) not null,
    proposed_dates varchar(300) not null,
    status varchar(20) not null,
    decided_by varchar(100),
    decision_reason varchar(1000),
    meeting_id uuid,
    created_at timestamp(6) with time zone not null,
    decided_at timestamp(6) with time zone,
    version bigint not null default 0
);
create index meeting_request_by_network on meeting_request (network_slug, created_at);
