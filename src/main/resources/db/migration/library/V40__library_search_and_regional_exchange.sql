-- The current file's text stays with its item, so the search index can always be rebuilt from the items alone.
alter table library_item add column file_text varchar(2000000);

-- Regional exchange: an item offered to another network on the same installation. An internal item reaches the
-- other network only once the owning network agreed (a co-chair, or an adopted decision named by its number).
create table library_share (
    item_id uuid not null references library_item (id),
    network_slug varchar(60) not null,
    offered_by varchar(100) not null,
    offered_at timestamp(6) with time zone not null,
    agreed_by varchar(100),
    agreed_at timestamp(6) with time zone,
    decision_number varchar(30),
    constraint library_share_pk primary key (item_id, network_slug)
);
create index library_share_by_network on library_share (network_slug, agreed_at);
