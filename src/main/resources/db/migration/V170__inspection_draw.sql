-- 双随机、一公开 (issue 16, inspections.draw): items, plans, tasks, the frozen pool, the draws, 回避 and results.
-- Rules: docs rules-inspections-credit.md (企业公示信息抽查办法 art.4–15). Owned by inspections.

-- What credit publishes for set-based draws: the current grade per graded entity (never shown on any page,
-- 不评价、不惩戒、不公开、不免抽). A view may gain columns, never lose them.
create view pub_credit_risk_grade as
select entity_id, grade from credit_risk_grade;

-- 抽查事项清单: per department (unit). Once a task used an item its text is frozen as a revision and an edit makes
-- the next revision; tasks name the revision they used.
create table inspection_item (
    id           bigserial   primary key,
    unit_id      bigint      not null,
    unit_path    text        not null,
    region_path  text        not null,
    name         text        not null check (char_length(name) between 1 and 200),
    legal_basis  text        not null check (char_length(legal_basis) between 1 and 1000),
    kind         text        not null check (kind in ('KEY', 'GENERAL')),
    checklist    text[]      not null check (cardinality(checklist) between 1 and 50),
    revision     integer     not null default 1 check (revision >= 1),
    used         boolean     not null default false,
    active       boolean     not null default true,
    version      integer     not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index inspection_item_unit on inspection_item (unit_path text_pattern_ops);

create table inspection_item_revision (
    item_id     bigint      not null references inspection_item (id),
    revision    integer     not null,
    name        text        not null,
    legal_basis text        not null,
    kind        text        not null,
    checklist   text[]      not null,
    frozen_at   timestamptz not null default now(),
    primary key (item_id, revision)
);

-- Yearly plans: a department's own, or joint (lead unit plus participating units).
create table inspection_plan (
    id                 bigserial   primary key,
    year               integer     not null check (year between 2000 and 2100),
    title              text        not null check (char_length(title) between 1 and 200),
    lead_unit_id       bigint      not null,
    unit_path          text        not null,
    region_path        text        not null,
    joint              boolean     not null default false,
    participating_unit_ids bigint[] not null default '{}',
    note               text        not null default '',
    published          boolean     not null default true,
    created_by         text        not null,
    version            integer     not null default 0,
    created_at         timestamptz not null default now()
);
create index inspection_plan_unit on inspection_plan (unit_path text_pattern_ops);

-- Tasks: items, scope filter (region, entity type), 定向 or 不定向, ratio per grade in basis points (300 = 3%).
create table inspection_task (
    id                bigserial   primary key,
    plan_id           bigint      not null references inspection_plan (id),
    title             text        not null check (char_length(title) between 1 and 200),
    unit_id           bigint      not null,
    unit_path         text        not null,
    region_path       text        not null,
    targeted          boolean     not null default false,
    filter_region_code char(6)    not null,
    filter_region_path text       not null,
    filter_entity_type text,
    ratio_a           integer     not null check (ratio_a between 1 and 10000),
    ratio_b           integer     not null check (ratio_b between 1 and 10000),
    ratio_c           integer     not null check (ratio_c between 1 and 10000),
    ratio_d           integer     not null check (ratio_d between 1 and 10000),
    period_from       date        not null,
    period_to         date        not null check (period_to >= period_from),
    -- same entity, same item within a year: excluded unless overridden with a reason
    repeat_override_reason text,
    state             text        not null default 'DRAFT' check (state in ('DRAFT', 'PREPARED', 'DRAWN', 'ENDED')),
    ended_on          date,
    created_by        text        not null,
    version           integer     not null default 0,
    created_at        timestamptz not null default now()
);
create index inspection_task_unit on inspection_task (unit_path text_pattern_ops);

create table inspection_task_item (
    task_id       bigint  not null references inspection_task (id),
    item_id       bigint  not null references inspection_item (id),
    item_revision integer not null,
    primary key (task_id, item_id)
);

-- The pool frozen when the draw is prepared: ids ascending and their grades (one char each, same order), the SM3
-- hash of the canonical list ("id,grade\n" per entity) recorded before any draw. One row per task, never changed.
create table inspection_pool (
    task_id     bigint      primary key references inspection_task (id),
    entity_ids  bigint[]    not null,
    grades      text        not null,
    size        integer     not null,
    n_a         integer     not null,
    n_b         integer     not null,
    n_c         integer     not null,
    n_d         integer     not null,
    repeat_excluded integer not null default 0,
    pool_hash   text        not null check (pool_hash ~ '^[0-9a-f]{64}$'),
    -- the inspector pool frozen with it (officers holding INSPECTION_HANDLE in the task's units), ids ascending
    inspector_ids bigint[]  not null,
    frozen_by   text        not null,
    frozen_at   timestamptz not null
);

-- Declared conflicts (回避): relatives, former employment, business ties.
create table inspection_conflict (
    id          bigserial   primary key,
    officer_id  bigint      not null,
    entity_id   bigint      not null,
    kind        text        not null check (kind in ('RELATIVE', 'FORMER_EMPLOYMENT', 'BUSINESS_TIE')),
    note        text        not null default '',
    declared_by text        not null,
    declared_at timestamptz not null,
    unique (officer_id, entity_id, kind)
);
-- The officer in charge of an entity's daily supervision (网格/片区).
create table inspection_supervisor (
    entity_id   bigint      primary key,
    officer_id  bigint      not null,
    assigned_at timestamptz not null
);

-- Redraw requests: a reason and the upper level's approval before a new draw of the same task.
create table inspection_redraw_request (
    id           bigserial   primary key,
    task_id      bigint      not null references inspection_task (id),
    reason       text        not null check (char_length(reason) between 2 and 1000),
    requested_by text        not null,
    requested_at timestamptz not null,
    approved_by  text,
    approved_at  timestamptz,
    used         boolean     not null default false
);

-- Every draw, append-only (a trigger refuses update and delete): inputs, seed, result hash, operator, time.
create table inspection_draw (
    id             bigserial   primary key,
    task_id        bigint      not null references inspection_task (id),
    seq            integer     not null check (seq >= 1),
    pool_hash      text        not null,
    entropy        text        not null check (entropy ~ '^[0-9]{20,64}$'),
    entropy_source text        not null,
    entropy_by     text        not null,
    seed           text        not null,
    result_hash    text        not null,
    inputs         jsonb       not null,
    redraw_request_id bigint   references inspection_redraw_request (id),
    operator       text        not null,
    drawn_at       timestamptz not null,
    unique (task_id, seq)
);
create table inspection_draw_target (
    draw_id   bigint  not null references inspection_draw (id),
    entity_id bigint  not null,
    grade     char(1) not null,
    rank      integer not null,
    draw_key  text    not null,
    primary key (draw_id, entity_id)
);
create table inspection_draw_inspector (
    draw_id    bigint  not null references inspection_draw (id),
    entity_id  bigint  not null,
    officer_id bigint  not null,
    ord        integer not null,
    primary key (draw_id, entity_id, officer_id)
);
create index inspection_draw_inspector_officer on inspection_draw_inspector (officer_id);

create function inspection_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'inspection draws are append-only (%)', tg_table_name;
end $$;
create trigger inspection_draw_append_only before update or delete on inspection_draw
    for each row execute function inspection_append_only();
create trigger inspection_draw_target_append_only before update or delete on inspection_draw_target
    for each row execute function inspection_append_only();
create trigger inspection_draw_inspector_append_only before update or delete on inspection_draw_inspector
    for each row execute function inspection_append_only();

-- Results (检查结果) by the drawn inspectors: national result code, per checklist point, photos, signature note.
create table inspection_result (
    id            bigserial   primary key,
    draw_id       bigint      not null references inspection_draw (id),
    task_id       bigint      not null references inspection_task (id),
    entity_id     bigint      not null,
    unit_path     text        not null,
    region_path   text        not null,
    code          text        not null,
    points        jsonb       not null default '[]',
    note          text        not null default '',
    signed        text        not null default 'SIGNED' check (signed in ('SIGNED', 'REFUSED')),
    needs_enforcement boolean not null default false,
    inspected_on  date        not null,
    publish_due   date        not null,
    recorded_by   bigint      not null,
    recorded_by_name text     not null,
    recorded_at   timestamptz not null,
    published_at  timestamptz,
    clue_id       bigint,
    clue_number   text,
    unique (draw_id, entity_id)
);
create index inspection_result_region on inspection_result (region_path text_pattern_ops);
create table inspection_result_photo (
    id           bigserial   primary key,
    result_id    bigint      not null references inspection_result (id),
    name         text        not null,
    content_type text        not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null
);
