-- Meetings of a network or of one of its working groups, and their agendas.
create table meeting (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    type varchar(30) not null,
    title varchar(300) not null,
    starts_at timestamp(6) with time zone not null,
    time_zone varchar(60) not null,
    duration_minutes integer not null,
    place varchar(300),
    online_link varchar(500),
    unct_meeting varchar(300),
    status varchar(30) not null,
    agenda_status varchar(20) not null,
    agenda_cleared_by varchar(100),
    cancellation_reason varchar(1000),
    calendar_sequence integer not null default 0,
    version bigint not null default 0
);
create index meeting_by_network on meeting (network_slug, starts_at);
create index meeting_by_group on meeting (working_group_id, starts_at);

create table meeting_agenda_item (
    id uuid not null primary key,
    meeting_id uuid not null references meeting (id),
    position integer not null,
    title varchar(300) not null,
    purpose varchar(20) not null,
    presenter varchar(60),
    duration_minutes integer not null
);
create index meeting_agenda_item_by_meeting on meeting_agenda_item (meeting_id, position);
