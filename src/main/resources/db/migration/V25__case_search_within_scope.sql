-- Fuzzy search within a county or a unit (issue 4 benchmark, 2 million cases): the trigram index alone finds a
-- rare phrase in the whole country, and the scope indexes walk a county's newest cases, but neither can do both,
-- so PostgreSQL walked the county's newest cases testing the pattern row by row (seconds for a rare phrase).
-- One GIN index over the scope paths (btree_gin, compared in the "C" collation so a path prefix is a plain range)
-- and the trigrams of search_text lets the search intersect both inside the index and sort the few hits.
-- It replaces the trigram-only index: a search over all cases uses its search_text column alone.
create extension if not exists btree_gin;
drop index if exists case_search_trgm_idx;
create index if not exists case_search_scope_idx on enforcement_case using gin
    (unit_path collate "C", region_path collate "C", search_text gin_trgm_ops);
