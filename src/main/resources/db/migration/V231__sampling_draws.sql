-- Targets and samplers of a sampling plan drawn at random (issue 17 item 1: "targets and samplers drawn at random
-- using the inspections module's draw"), module sampling. Entities are read through pub_entity_grading, officers
-- through identity's published query; nothing of another module is named here.

-- A pool frozen before the draw, one per draw to come: the entities of the plan's region (of the stage's industry
-- section and the entity type when asked), ids ascending, their SM3 hash (inspections.draw.DrawMath.idsHash); the
-- officers of the plan's unit who may sample (SAMPLING_HANDLE, enabled), ids ascending, and their hash; how many
-- targets and samplers per target are to be drawn. Never changed.
create table sampling_draw_pool (
    id                  bigserial   primary key,
    plan_id             bigint      not null references sampling_plan (id),
    category            text        not null check (char_length(category) between 1 and 100),
    stage               text        check (stage in ('PRODUCTION', 'CIRCULATION', 'CATERING', 'ONLINE')),
    entity_type         text        check (entity_type in
                                        ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'OTHER_ORGANIZATION')),
    industry            text        check (industry ~ '^[A-T]$'),
    target_count        integer     not null check (target_count >= 1),
    samplers_per_target integer     not null check (samplers_per_target between 2 and 10),
    entity_ids          bigint[]    not null check (cardinality(entity_ids) >= target_count),
    pool_hash           char(64)    not null,
    officer_ids         bigint[]    not null check (cardinality(officer_ids) >= samplers_per_target),
    officer_hash        char(64)    not null,
    frozen_by           text        not null,
    frozen_at           timestamptz not null
);
create index sampling_draw_pool_plan on sampling_draw_pool (plan_id);

-- Every draw of a plan's category, append-only: the pool drawn from (at most once), the public entropy with its
-- source and who entered it, seed = SM3(pool hash | pool id | entropy), the result's hash, the reason of a redraw
-- (seq > 1: a second draw of the same category), operator and time.
create table sampling_draw (
    id             bigserial   primary key,
    pool_id        bigint      not null unique references sampling_draw_pool (id),
    plan_id        bigint      not null references sampling_plan (id),
    category       text        not null,
    seq            integer     not null check (seq >= 1),
    entropy        text        not null check (entropy ~ '^[0-9]{20,64}$'),
    entropy_source text        not null check (char_length(entropy_source) between 2 and 200),
    entropy_by     text        not null,
    seed           char(64)    not null,
    result_hash    char(64)    not null,
    reason         text        check (reason is null or char_length(reason) between 2 and 500),
    drawn_by       text        not null,
    drawn_at       timestamptz not null,
    unique (plan_id, category, seq),
    check (seq = 1 or reason is not null)
);

-- The targets in draw order (rank 1: the smallest key SM3(seed | entity id)).
create table sampling_draw_target (
    draw_id   bigint   not null references sampling_draw (id),
    rank      integer  not null check (rank >= 1),
    entity_id bigint   not null,
    draw_key  char(64) not null,
    primary key (draw_id, rank),
    unique (draw_id, entity_id)
);
create index sampling_draw_target_entity on sampling_draw_target (entity_id);

-- The samplers of each target: the officers of the frozen pool with the smallest SM3(seed | I | entity id | officer
-- id), the inspections draw's rule for inspectors.
create table sampling_draw_sampler (
    draw_id    bigint   not null references sampling_draw (id),
    entity_id  bigint   not null,
    ord        integer  not null check (ord >= 1),
    officer_id bigint   not null,
    draw_key   char(64) not null,
    primary key (draw_id, entity_id, ord),
    unique (draw_id, entity_id, officer_id)
);

-- A sample recorded for a drawn target: which draw it answers (its samplers are that draw's).
create table sampling_sample_draw (
    sample_id bigint primary key references sampling_sample (id),
    draw_id   bigint not null references sampling_draw (id),
    entity_id bigint not null
);
create index sampling_sample_draw_draw on sampling_sample_draw (draw_id, entity_id);

create function sampling_draw_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'sampling draws are append-only (%)', tg_table_name;
end $$;
create trigger sampling_draw_pool_append_only before update or delete on sampling_draw_pool
    for each row execute function sampling_draw_append_only();
create trigger sampling_draw_append_only before update or delete on sampling_draw
    for each row execute function sampling_draw_append_only();
create trigger sampling_draw_target_append_only before update or delete on sampling_draw_target
    for each row execute function sampling_draw_append_only();
create trigger sampling_draw_sampler_append_only before update or delete on sampling_draw_sampler
    for each row execute function sampling_draw_append_only();
