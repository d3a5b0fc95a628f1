-- An invitation to a focal point to create an account: single use, valid seven days, revocable.
create table membership_invitation (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    person_id uuid not null references membership_person (id),
    email varchar(320) not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    invited_by varchar(100) not null,
    accepted_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    constraint membership_invitation_token_uk unique (token_hash)
);
create index membership_invitation_by_person on membership_invitation (person_id, created_at);
