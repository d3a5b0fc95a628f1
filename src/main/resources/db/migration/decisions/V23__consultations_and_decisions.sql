-- Proposals put to the members of a body (the network or one of its working groups), consulted in a meeting, in
-- writing or by silence procedure; each round of a revised proposal is kept.
create table decision_proposal (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    working_group_id uuid,
    meeting_id uuid,
    title varchar(300) not null,
    text varchar(20000) not null,
    rationale varchar(4000),
    state_relevant boolean not null,
    procedure varchar(30) not null,
    deadline timestamp(6) with time zone,
    round integer not null,
    status varchar(30) not null,
    outcome_reason varchar(100),
    reminded_round integer not null default 0,
    opened_by varchar(100) not null,
    opened_at timestamp(6) with time zone not null,
    closed_at timestamp(6) with time zone,
    version bigint not null default 0
);
create index decision_proposal_by_network on decision_proposal (network_slug, status, opened_at);
create index decision_proposal_due on decision_proposal (status, deadline);

create table decision_earlier_round (
    proposal_id uuid not null references decision_proposal (id),
    round integer not null,
    text varchar(20000) not null,
    deadline timestamp(6) with time zone,
    ended_at timestamp(6) with time zone not null,
    constraint decision_earlier_round_pk primary key (proposal_id, round)
);

-- The government counterpart's consultation on a state-relevant proposal: its response, when, who recorded it.
create table decision_counterpart_consultation (
    proposal_id uuid not null references decision_proposal (id),
    counterpart varchar(40) not null,
    response varchar(2000) not null,
    consulted_on date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint decision_counterpart_consultation_pk primary key (proposal_id, counterpart)
);

-- Every position a member organisation gave, in every round; the current one per organisation is named by the
-- second table, whose key makes it exactly one however many are given at once.
create table decision_position (
    id uuid not null primary key,
    proposal_id uuid not null references decision_proposal (id),
    round integer not null,
    organisation varchar(40) not null,
    kind varchar(20) not null,
    note varchar(2000),
    given_by varchar(100) not null,
    given_at timestamp(6) with time zone not null
);
create index decision_position_by_proposal on decision_position (proposal_id, round, given_at);

create table decision_current_position (
    proposal_id uuid not null references decision_proposal (id),
    round integer not null,
    organisation varchar(40) not null,
    position_id uuid not null references decision_position (id),
    constraint decision_current_position_pk primary key (proposal_id, round, organisation)
);

-- The register: adopted decisions numbered per network and year, and their implementation.
create table decision (
    id uuid not null primary key,
    network_slug varchar(60) not null,
    number varchar(30) not null,
    register_year integer not null,
    register_sequence integer not null,
    proposal_id uuid not null references decision_proposal (id),
    adopted_at timestamp(6) with time zone not null,
    implementation_status varchar(20) not null,
    implementation_due date,
    implementation_note varchar(2000),
    version bigint not null default 0,
    constraint decision_number_uk unique (network_slug, number),
    constraint decision_proposal_uk unique (proposal_id)
);
create index decision_by_network on decision (network_slug, register_year, register_sequence);

create table decision_counter (
    network_slug varchar(60) not null,
    register_year integer not null,
    last_number integer not null,
    constraint decision_counter_pk primary key (network_slug, register_year)
);
create index decision_proposal_by_meeting on decision_proposal (meeting_id);
