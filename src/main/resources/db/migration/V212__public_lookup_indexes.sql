-- The portal's entity lookup and an entity's page (issue 18). A two-character name is looked up as a prefix (pg_trgm
-- extracts no trigram from two characters, so the trigram index of V5 cannot serve it); three characters or more use
-- that trigram index, a whole USCC its unique index. An entity's page asks each section by the entity.
create index market_entity_name_prefix_idx on market_entity (name text_pattern_ops);
create index penalty_publication_uscc_idx on penalty_publication (uscc, decided_on desc) where status <> 'PENDING';
create index inspection_result_entity_idx on inspection_result (entity_id, published_at desc) where published_at is not null;
create index inspection_result_published_idx on inspection_result (published_at desc) where published_at is not null;
create index commendation_nomination_entity_idx on commendation_nomination (nominee_entity_id)
    where status = 'APPROVED' and nominee_entity_id is not null;
