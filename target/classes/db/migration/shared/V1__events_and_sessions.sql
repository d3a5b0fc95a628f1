-- Event publication registry (Spring Modulith): a listener that fails is retried after a restart.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp(6) with time zone not null,
    completion_date timestamp(6) with time zone,
    last_resubmission_date timestamp(6) with time zone,
    completion_attempts integer not null default 0,
    status varchar(32)
);
create index event_publication_by_completion on event_publication (completion_date);

create table event_publication_archive (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp(6) with time zone not null,
    completion_date timestamp(6) with time zone,
    last_resubmission_date timestamp(6) with time zone,
    completion_attempts integer not null default 0,
    status varchar(32)
);

-- Sessions live in the database, so several nodes can serve one person.
create table spring_session (
    primary_id char(36) not null primary key,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
