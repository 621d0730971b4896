-- Two more filters of a 定向 random-inspection task's target pool (issue 16 item 2): the sellers of one key market
-- (inspections' own key_market, with its operator) and whether the entity is on a credit list now. The credit
-- module publishes who is listed through pub_credit_listed (a view may gain columns, never lose them): an entity
-- counts as listed from its listing day until its removal, on either list.
alter table inspection_task add column filter_market_id bigint references key_market (id);
alter table inspection_task add column filter_listed text check (filter_listed in ('LISTED', 'NOT_LISTED'));

create view pub_credit_listed as
select distinct entity_id, list_kind
  from credit_listing
 where entity_id is not null and listed_on is not null and removed_on is null;
