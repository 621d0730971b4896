-- What the entities module publishes for set-based credit computations (credit.grades): one row per market
-- entity with its place and establishment date, no personal data (docs/architecture.md, "Modules read only what
-- others publish"). A view may gain columns, never lose them.
create view pub_entity_grading as
select e.id, e.name, e.uscc, e.entity_type, e.region_code, r.path as region_path, e.established_on
  from market_entity e
  join region r on r.code = e.region_code;
