-- The read models organization and identity publish for other modules' SQL (docs/architecture.md, "Modules read
-- only what others publish"). A module joins these views, never the tables behind them, so that organization
-- and identity can change their tables without breaking anyone: only the view must keep its columns.
-- PostgreSQL inlines a view, so a join through it costs what the join on the table cost; the left joins on
-- primary keys are removed by the planner when a query uses none of their columns.

-- Units with their place: what a unit-owned row needs for display and for the data-scope predicate.
create view pub_unit as
select u.id, u.name, u.short_name, u.type, u.region_code, u.parent_id, u.path, u.active,
       r.name as region_name, r.path as region_path, r.level as region_level
  from unit u
  left join region r on r.code = u.region_code;

-- Regions (GB/T 2260, dated).
create view pub_region as
select code, name, level, parent_code, path, valid_from, valid_to
  from region;

-- People as others may name them: no password hash, no phone, no e-mail, no lockout state.
create view pub_user as
select id, username, display_name, unit_id, enabled
  from app_user;

-- Leading groups and their seats (complaints routes to a group's office, campaigns names a standing group).
create view pub_leading_group as
select id, name, region_code, office_unit_id from leading_group;
