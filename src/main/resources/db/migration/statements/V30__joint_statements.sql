-- One Voice joint statements of a network (or of one of its working groups): drafted in versions, endorsed through a
-- consultation of the members, signed off by both co-chair positions of the ToR, then delivered.
create table statement (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    status varchar(20) not null,
    information_level varchar(20) not null,
    current_version integer not null,
    outcome_reason varchar(100),
    outcome_proposal_id uuid,
    endorsed_at timestamp(6) with time zone,
    decision_number varchar(40),
    delivered_on date,
    occasion varchar(300),
    delivered_by varchar(100),
    delivered_at timestamp(6) with time zone,
    created_by varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null default 0
);
create index statement_by_network on statement (network_slug, updated_at);
create index statement_published on statement (network_slug, status, information_level, delivered_on);

-- A version is written once and never changed; its proposal is the consultation that endorses it, if any.
create table statement_version (
    id uuid not null primary key,
    statement_id uuid not null references statement (id),
    number integer not null,
    note varchar(1000),
    author varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    proposal_id uuid,
    endorsement_hash varchar(64),
    constraint statement_version_number unique (statement_id, number)
);
create index statement_version_by_proposal on statement_version (proposal_id);

-- The title and text of a version in one language of the network.
create table statement_text (
    version_id uuid not null references statement_version (id),
    language varchar(8) not null,
    title varchar(200) not null,
    text varchar(8000) not null,
    constraint statement_text_pk primary key (version_id, language)
);

-- A co-chair position's sign-off of the endorsed version: who held the position, who recorded it, when.
create table statement_sign_off (
    statement_id uuid not null references statement (id),
    position_code varchar(60) not null,
    version_number integer not null,
    full_name varchar(200) not null,
    job_title varchar(300),
    organisation varchar(40),
    signed_by varchar(100) not null,
    signed_at timestamp(6) with time zone not null,
    on_behalf boolean not null,
    constraint statement_sign_off_pk primary key (statement_id, position_code)
);
