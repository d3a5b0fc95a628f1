-- Records of the network's work in the library: disseminated minutes and delivered joint statements, one entry per
-- record, pointing at its page. The record's module decides the level; the latest filing (by source_as_of) holds.
alter table library_item add column source_kind varchar(20);
alter table library_item add column source_id uuid;
alter table library_item add column source_as_of timestamp(6) with time zone;
alter table library_item add column public_url varchar(1000);
create unique index library_item_by_source on library_item (source_kind, source_id);

-- Papers for a meeting (and one of its agenda items) or for a proposal put to the members.
alter table library_item add column meeting_id uuid;
alter table library_item add column agenda_item_id uuid;
alter table library_item add column proposal_id uuid;
create index library_item_by_meeting on library_item (meeting_id);
create index library_item_by_proposal on library_item (proposal_id);
