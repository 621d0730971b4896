-- The section (门类, A–T) of GB/T 4754-2017 国民经济行业分类 an entity works in (issue 16: the random inspection's
-- pool may be filtered by industry). Optional: entities registered before it was asked have none. Published
-- in pub_entity_grading (a view gains columns at its end, never loses them).
alter table market_entity add column industry text check (industry ~ '^[A-T]$');
create index market_entity_industry on market_entity (industry) where industry is not null;

create or replace view pub_entity_grading as
select e.id, e.name, e.uscc, e.entity_type, e.region_code, r.path as region_path, e.established_on, e.industry
  from market_entity e
  join region r on r.code = e.region_code;
