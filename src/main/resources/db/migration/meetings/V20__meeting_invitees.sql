-- Organisations invited to an Annual Network Meeting or a working group's meeting beyond its own members:
-- external partners and observers of the network (reached through their focal points) or stakeholders from the
-- register (reached through the contact recorded there when they were invited).
create table meeting_invitee (
    meeting_id uuid not null references meeting (id),
    organisation_id uuid not null,
    acronym varchar(60) not null,
    name_en varchar(300) not null,
    name_ru varchar(300) not null,
    contact_name varchar(200),
    contact_email varchar(320),
    constraint meeting_invitee_pk primary key (meeting_id, organisation_id)
);
create index meeting_invitee_by_organisation on meeting_invitee (organisation_id);
