-- People act for organisations; roles in a network follow from focal-point appointments and co-chair terms,
-- so the appointment table of the first version gives way to them.
drop table membership_appointment;

alter table membership_organisation add column website varchar(500);
alter table membership_organisation add column created_in_network varchar(60);

create table membership_person (
    id uuid not null primary key,
    organisation_id uuid not null references membership_organisation (id),
    full_name varchar(200) not null,
    position varchar(200),
    email varchar(320) not null,
    phone varchar(60),
    languages varchar(60),
    account_id uuid,
    version bigint not null default 0
);
create index membership_person_by_organisation on membership_person (organisation_id);
create index membership_person_by_account on membership_person (account_id);
create index membership_person_by_email on membership_person (email);

-- An organisation's membership of a body: the network itself (working_group_id null) or one of its working groups.
create table membership_member (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    organisation_id uuid not null references membership_organisation (id),
    role varchar(40) not null,
    joined_on date not null,
    left_on date,
    version bigint not null default 0
);
create index membership_member_by_network on membership_member (network_slug, working_group_id, joined_on);
create index membership_member_by_organisation on membership_member (organisation_id);

create table membership_focal_point (
    id uuid not null primary key,
    member_id uuid not null references membership_member (id),
    person_id uuid not null references membership_person (id),
    kind varchar(20) not null,
    from_date date not null,
    to_date date
);
create index membership_focal_point_by_member on membership_focal_point (member_id, from_date);
create index membership_focal_point_by_person on membership_focal_point (person_id);

create table membership_co_chair_term (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    position_code varchar(60) not null,
    person_id uuid not null references membership_person (id),
    from_date date not null,
    to_date date
);
create index membership_co_chair_term_by_network on membership_co_chair_term (network_slug, from_date);
create index membership_co_chair_term_by_person on membership_co_chair_term (person_id);

-- The dated history of the member list: joined, left, role changed, focal point appointed, replaced or ended.
create table membership_change (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    effective_on date not null,
    recorded_at timestamp(6) with time zone not null,
    actor varchar(100) not null,
    kind varchar(40) not null,
    organisation_id uuid not null,
    person_id uuid,
    details varchar(1000)
);
create index membership_change_by_network on membership_change (network_slug, effective_on);
