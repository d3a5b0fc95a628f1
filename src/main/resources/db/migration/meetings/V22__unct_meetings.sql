-- The UN Country Team's meeting dates, recorded by the secretariat, so the network can meet "whenever possible in
-- conjunction with the UN Country Team meetings": the planner offers them when a date is proposed.
create table meeting_unct_date (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    held_on date not null,
    title varchar(300) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint meeting_unct_date_uk unique (network_slug, held_on)
);
