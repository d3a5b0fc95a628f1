-- The external stakeholders a network works with, and the log of its engagement with them.
create table membership_stakeholder (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    organisation_id uuid not null references membership_organisation (id),
    focus varchar(1000) not null,
    contact_name varchar(200),
    contact_email varchar(320),
    added_on date not null,
    version bigint not null default 0,
    constraint membership_stakeholder_uk unique (network_slug, organisation_id)
);
create index membership_stakeholder_by_network on membership_stakeholder (network_slug);

create table membership_engagement (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    occurred_on date not null,
    kind varchar(30) not null,
    stakeholder_id uuid not null references membership_stakeholder (id),
    participants varchar(1000),
    summary varchar(4000) not null,
    follow_up varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamp(6) with time zone not null
);
create index membership_engagement_by_network on membership_engagement (network_slug, occurred_on);
create index membership_engagement_by_stakeholder on membership_engagement (stakeholder_id);
