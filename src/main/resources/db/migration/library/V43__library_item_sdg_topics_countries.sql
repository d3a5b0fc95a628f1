-- What an item is about, besides its GCM objectives: SDG targets (codes of the reference table), topics in the
-- members' own words, and the countries it concerns (ISO 3166 alpha-2 codes).
alter table library_item add column sdg_targets varchar(400);
alter table library_item add column topics varchar(300);
alter table library_item add column countries varchar(400);
