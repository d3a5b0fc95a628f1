create table membership_organisation (
    id uuid not null primary key,
    code varchar(40) not null,
    country varchar(2),
    kind varchar(40) not null,
    name_en varchar(300) not null,
    name_ru varchar(300) not null,
    version bigint not null default 0
);
create index membership_organisation_by_code on membership_organisation (code, country);

create table membership_appointment (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    account_id uuid not null,
    organisation_id uuid not null references membership_organisation (id),
    role varchar(30) not null,
    starts_on date not null,
    ends_on date
);
create index membership_appointment_by_account on membership_appointment (account_id, starts_on);
create index membership_appointment_by_network on membership_appointment (network_slug, role);
