-- Action points decided at meetings, with their updates; open ones come back as matters arising.
create table meeting_action_point (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    meeting_id uuid not null references meeting (id),
    description varchar(2000) not null,
    owner_organisation varchar(40) not null,
    owner_person varchar(200),
    due_on date not null,
    status varchar(20) not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0
);
create index meeting_action_point_by_network on meeting_action_point (network_slug, status, due_on);
create index meeting_action_point_by_meeting on meeting_action_point (meeting_id);

create table meeting_action_update (
    id uuid not null primary key,
    action_point_id uuid not null references meeting_action_point (id),
    recorded_at timestamp(6) with time zone not null,
    recorded_by varchar(100) not null,
    status varchar(20) not null,
    note varchar(2000)
);
create index meeting_action_update_by_action on meeting_action_update (action_point_id, recorded_at);
