create table network (
    id uuid not null primary key,
    slug varchar(60) not null,
    name_en varchar(300) not null,
    name_ru varchar(300) not null,
    country varchar(2) not null,
    source_name varchar(200) not null,
    source_text varchar(1000000) not null,
    checksum varchar(64) not null,
    configured_at timestamp(6) with time zone not null,
    version bigint not null default 0,
    constraint network_slug_uk unique (slug)
);

create table network_configuration_change (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    applied_at timestamp(6) with time zone not null,
    checksum varchar(64) not null,
    source_name varchar(200) not null,
    changes varchar(4000) not null,
    source_text varchar(1000000) not null
);
create index network_configuration_change_by_network on network_configuration_change (network_slug, applied_at);

create table network_reference_dataset (
    name varchar(60) not null primary key,
    checksum varchar(64) not null,
    row_count integer not null,
    loaded_at timestamp(6) with time zone not null
);

create table network_gcm_objective (
    number integer not null primary key,
    paragraph integer not null,
    short_label_en varchar(200) not null,
    title_en varchar(1000) not null
);

create table network_sdg_goal (
    goal integer not null primary key,
    title_en varchar(1000) not null,
    short_en varchar(200),
    title_ru varchar(1000),
    short_ru varchar(200),
    title_kk varchar(1000),
    short_kk varchar(200),
    title_tk varchar(1000),
    short_tk varchar(200)
);

create table network_sdg_target (
    code varchar(10) not null primary key,
    goal integer not null,
    title_en varchar(2000) not null,
    migration_relevant boolean not null default false,
    title_ru varchar(2000),
    title_kk varchar(2000),
    title_tk varchar(2000)
);
create index network_sdg_target_by_goal on network_sdg_target (goal);
create index network_sdg_target_migration on network_sdg_target (migration_relevant);

create table network_sdg_indicator (
    code varchar(12) not null,
    target varchar(10) not null,
    goal integer not null,
    unsd_code varchar(20),
    title_en varchar(2000) not null,
    title_ru varchar(2000),
    title_kk varchar(2000),
    title_tk varchar(2000),
    matches_2025_wording boolean not null default false,
    constraint network_sdg_indicator_pk primary key (code, target)
);
create index network_sdg_indicator_by_target on network_sdg_indicator (target);

create table network_country (
    alpha2 varchar(2) not null primary key,
    alpha3 varchar(3) not null,
    numeric_code varchar(3) not null,
    name_en varchar(200) not null,
    name_ru varchar(200),
    name_kk varchar(200),
    name_tk varchar(200)
);

create table network_un_entity (
    code varchar(40) not null primary key,
    name_en varchar(300) not null,
    name_ru varchar(300),
    aliases varchar(300),
    principal_organ varchar(200),
    category varchar(200),
    website varchar(500),
    note varchar(500)
);
