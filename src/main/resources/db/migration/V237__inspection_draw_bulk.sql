-- A province-sized draw (issue 16, bench/inspections: 1,000,000 entities, 114,011 targets) spent most of its time
-- moving the frozen pool as a bigint[] literal, and writing three rows per target, each checked by a foreign key. Owned by inspections.

-- The frozen pool's ids as 8 bytes each, big-endian (int8send), ascending: one binary value to write and read
-- instead of a million-element array literal. Stored uncompressed (the ids are hashed, never searched in SQL).
alter table inspection_pool add column entity_id_bytes bytea;
update inspection_pool p
   set entity_id_bytes = coalesce((select string_agg(int8send(u.id), ''::bytea order by u.o)
                                     from unnest(p.entity_ids) with ordinality as u(id, o)), ''::bytea);
alter table inspection_pool alter column entity_id_bytes set not null;
alter table inspection_pool alter column entity_id_bytes set storage external;
alter table inspection_pool add constraint inspection_pool_ids_whole check (octet_length(entity_id_bytes) = 8 * size);
alter table inspection_pool drop column entity_ids;

-- A target row carries its inspectors (ids in draw order): one row per target instead of three, the officer's
-- targets found through the GIN index. The rows of a draw are written once, by DrawStore.insert, in the
-- transaction that inserts their draw, and never changed (append-only triggers): the per-row foreign-key check cost
-- about a second on a province draw and guarded against nothing that can happen.
alter table inspection_draw_target add column inspector_ids bigint[];
alter table inspection_draw_target disable trigger inspection_draw_target_append_only;
update inspection_draw_target t
   set inspector_ids = coalesce((select array_agg(i.officer_id order by i.ord) from inspection_draw_inspector i
                                  where i.draw_id = t.draw_id and i.entity_id = t.entity_id), '{}');
alter table inspection_draw_target enable trigger inspection_draw_target_append_only;
alter table inspection_draw_target alter column inspector_ids set not null;
create index inspection_draw_target_inspector on inspection_draw_target using gin (inspector_ids);
alter table inspection_draw_target drop constraint inspection_draw_target_draw_id_fkey;
drop table inspection_draw_inspector;
