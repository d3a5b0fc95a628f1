create table identity_account (
    id uuid not null primary key,
    username varchar(100) not null,
    email varchar(320) not null,
    display_name varchar(200) not null,
    password_hash varchar(200) not null,
    platform_admin boolean not null default false,
    demo boolean not null default false,
    enabled boolean not null default true,
    created_at timestamp(6) with time zone not null,
    version bigint not null default 0,
    constraint identity_account_username_uk unique (username),
    constraint identity_account_email_uk unique (email)
);
create index identity_account_demo on identity_account (demo);

create table identity_access_token (
    id uuid not null primary key,
    account_id uuid not null references identity_account (id),
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    constraint identity_access_token_hash_uk unique (token_hash)
);
create index identity_access_token_account on identity_access_token (account_id, created_at);
