alter table membership_invitation add column version bigint not null default 0;
