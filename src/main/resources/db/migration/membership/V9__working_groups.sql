-- Working groups, permanent or ad hoc (ToR: "Working Groups can be established on a permanent or ad-hoc basis");
-- their members are rows of membership_member with the group's id.
create table membership_working_group (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    name_en varchar(300) not null,
    name_ru varchar(300) not null,
    kind varchar(20) not null,
    mandate_en varchar(4000) not null,
    mandate_ru varchar(4000),
    starts_on date not null,
    ends_on date,
    lead_organisations varchar(300) not null,
    version bigint not null default 0
);
create index membership_working_group_by_network on membership_working_group (network_slug, starts_on);
