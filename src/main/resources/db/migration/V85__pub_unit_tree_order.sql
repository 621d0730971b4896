-- pub_unit gains the unit's place in the tree as a sortable key, so that other modules order units (and the
-- rows they own) by tree without repeating organisation's expression: ids along the path as numbers, so that
-- /5/ sorts before /10/ (text order would not). Replaces the Java constant Units.TREE_ORDER.
create or replace view pub_unit as
select u.id, u.name, u.short_name, u.type, u.region_code, u.parent_id, u.path, u.active,
       r.name as region_name, r.path as region_path, r.level as region_level,
       string_to_array(trim(both '/' from u.path), '/')::bigint[] as tree_order
  from unit u
  left join region r on r.code = u.region_code;
