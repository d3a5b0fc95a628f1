-- The library: documents (with their files, in versions), updates and links, each at an information level.
-- Publishing at public needs a recorded agreement: a co-chair's approval or an adopted decision of the register.
create table library_item (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    form varchar(20) not null,
    kind varchar(30) not null,
    title varchar(300) not null,
    body varchar(20000),
    url varchar(1000),
    organisation varchar(40) not null,
    item_date date not null,
    languages varchar(100),
    gcm_objectives varchar(200),
    level varchar(20) not null,
    approved_by varchar(100),
    approved_at timestamp(6) with time zone,
    decision_number varchar(30),
    created_by varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0
);
create index library_item_by_network on library_item (network_slug, level, item_date);
create index library_item_by_group on library_item (working_group_id);

create table library_file (
    id uuid not null primary key,
    item_id uuid not null references library_item (id),
    file_version integer not null,
    filename varchar(300) not null,
    media_type varchar(120) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    storage_key varchar(60) not null,
    extracted_text text,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp(6) with time zone not null,
    constraint library_file_version_uk unique (item_id, file_version)
);
