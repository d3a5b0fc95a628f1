-- "Each member shall be represented at meetings": who each member organisation sends (or its apologies), and who
-- attended.
create table meeting_representation (
    id uuid not null primary key,
    meeting_id uuid not null references meeting (id),
    organisation varchar(40) not null,
    intention varchar(20),
    representative varchar(200),
    attended boolean,
    version bigint not null default 0,
    constraint meeting_representation_uk unique (meeting_id, organisation)
);
