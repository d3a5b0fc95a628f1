-- Minutes, per agenda item: drafted by the secretariat, cleared by a co-chair, disseminated.
create table meeting_minutes (
    meeting_id uuid not null primary key references meeting (id),
    status varchar(20) not null,
    cleared_by varchar(100),
    version bigint not null default 0
);

create table meeting_minutes_text (
    meeting_id uuid not null references meeting_minutes (meeting_id),
    agenda_item_id uuid not null,
    text varchar(20000) not null,
    constraint meeting_minutes_text_pk primary key (meeting_id, agenda_item_id)
);
