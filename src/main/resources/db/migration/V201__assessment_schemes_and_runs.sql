-- Assessment schemes (考核方案, issue 18): a year's scheme of an issuing office over the regions one level down or
-- over member units, a tree of categories and items (max points, scoring rule, evidence asked; REVIEWED by reviewers
-- or COMPUTED from the platform's records with a formula of reporting's expression language; VETO items that make
-- the grade D; BONUS items under a cap), grade thresholds and the dates of its steps. A scheme in use never changes:
-- the next one is a clone (edition + 1 of the same code, or next year's).
create table assessment_scheme (
    id               bigserial primary key,
    code             text not null check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
    edition          integer not null check (edition > 0),
    based_on         bigint references assessment_scheme (id),
    year             integer not null check (year between 2000 and 2100),
    title            text not null,
    issuing_unit_id  bigint not null references unit (id),
    -- the issuing office's region, copied so the scope checks need one join
    region_code      char(6) not null references region (code),
    target_kind      text not null check (target_kind in ('REGIONS', 'UNITS')),
    period_from      date not null,
    period_to        date not null,
    grade_a          numeric(6, 2) not null,
    grade_b          numeric(6, 2) not null,
    grade_c          numeric(6, 2) not null,
    bonus_cap        numeric(6, 2) not null default 0,
    self_from        date,
    self_to          date,
    first_from       date,
    first_to         date,
    second_from      date,
    second_to        date,
    publish_on       date,
    status           text not null check (status in ('DRAFT', 'IN_USE', 'PUBLISHED')),
    started_at       timestamptz,
    started_by       text,
    computed_at      timestamptz,
    published_at     timestamptz,
    published_by     text,
    created_by       text not null,
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    unique (code, edition),
    check (period_from <= period_to),
    check (grade_a > grade_b and grade_b > grade_c and grade_c > 0)
);
create index assessment_scheme_region_idx on assessment_scheme (region_code, year desc);

-- Who is assessed: a region one level below the scheme's (REGIONS) or a member unit (UNITS), in the scheme's order.
create table assessment_scheme_target (
    scheme_id   bigint not null references assessment_scheme (id) on delete cascade,
    seq         integer not null,
    region_code char(6) references region (code),
    unit_id     bigint references unit (id),
    primary key (scheme_id, seq),
    check ((region_code is null) <> (unit_id is null))
);

create table assessment_category (
    id        bigserial primary key,
    scheme_id bigint not null references assessment_scheme (id) on delete cascade,
    parent_id bigint references assessment_category (id) on delete cascade,
    seq       integer not null,
    name      text not null,
    unique (scheme_id, seq)
);

create table assessment_item (
    id          bigserial primary key,
    scheme_id   bigint not null references assessment_scheme (id) on delete cascade,
    category_id bigint not null references assessment_category (id) on delete cascade,
    seq         integer not null,
    code        text not null,
    title       text not null,
    kind        text not null check (kind in ('REVIEWED', 'COMPUTED', 'VETO', 'BONUS')),
    max_points  numeric(6, 2) not null check (max_points >= 0),
    rule        text not null default '',
    evidence    text not null default '',
    formula_key text,
    formula     text,
    no_data     text not null default 'FULL' check (no_data in ('FULL', 'ZERO')),
    unique (scheme_id, seq),
    unique (scheme_id, code),
    check (kind <> 'COMPUTED' or formula is not null)
);
create index assessment_item_category_idx on assessment_item (category_id);

-- One assessed unit's run through the steps: self-assessment, 初评, 复评, the draft released with its appeal window,
-- appeals decided, the final score, publication (with the scheme's).
create table assessment_run (
    id             bigserial primary key,
    scheme_id      bigint not null references assessment_scheme (id),
    target_seq     integer not null,
    -- REGIONS: the region assessed, and its leading-group office's unit (which fills the self-assessment)
    region_code    char(6) references region (code),
    unit_id        bigint not null references unit (id),
    target_name    text not null,
    status         text not null check (status in ('SELF_ASSESSMENT', 'FIRST_REVIEW', 'SECOND_REVIEW', 'DRAFT_RELEASED',
                                                   'FINAL', 'PUBLISHED')),
    submitted_at   timestamptz,
    submitted_by   text,
    returned_reason text,
    first_done_at  timestamptz,
    first_done_by  text,
    second_done_at timestamptz,
    second_done_by text,
    released_on    date,
    appeal_due     date,
    -- the unit confirmed the draft (无异议): the office may finalise before the window ends
    draft_accepted_at timestamptz,
    draft_accepted_by text,
    finalised_at   timestamptz,
    finalised_by   text,
    published_at   timestamptz,
    version        integer not null default 0,
    unique (scheme_id, target_seq),
    check (status in ('SELF_ASSESSMENT', 'FIRST_REVIEW', 'SECOND_REVIEW') or released_on is not null)
);
create index assessment_run_unit_idx on assessment_run (unit_id);
create index assessment_run_region_idx on assessment_run (region_code);

-- The scores of one item in one run: the unit's self-assessment, 初评, 复评 (who and when), the computed score with
-- the figures it came from, and the final score after appeals. A veto item's decision is a yes/no per stage.
create table assessment_run_item (
    run_id          bigint not null references assessment_run (id) on delete cascade,
    item_id         bigint not null references assessment_item (id),
    self_points     numeric(6, 2),
    self_note       text not null default '',
    first_points    numeric(6, 2),
    first_veto      boolean,
    first_note      text not null default '',
    first_by        text,
    first_at        timestamptz,
    second_points   numeric(6, 2),
    second_veto     boolean,
    second_note     text not null default '',
    second_by       text,
    second_at       timestamptz,
    computed_points numeric(6, 2),
    computed_figures jsonb,
    computed_at     timestamptz,
    primary key (run_id, item_id)
);

-- Evidence files of a run (佐证材料): each file keeps its versions; one file may serve several items.
create table assessment_evidence (
    id         bigserial primary key,
    run_id     bigint not null references assessment_run (id) on delete cascade,
    title      text not null,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index assessment_evidence_run_idx on assessment_evidence (run_id);

create table assessment_evidence_version (
    evidence_id  bigint not null references assessment_evidence (id) on delete cascade,
    version      integer not null check (version > 0),
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null check (size_bytes > 0),
    file_key     text not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now(),
    primary key (evidence_id, version)
);

create table assessment_evidence_item (
    evidence_id bigint not null references assessment_evidence (id) on delete cascade,
    item_id     bigint not null references assessment_item (id),
    primary key (evidence_id, item_id)
);
create index assessment_evidence_item_item_idx on assessment_evidence_item (item_id);

-- An appeal on one item of a run's draft score, within the appeal window, and the office's decision.
create table assessment_appeal (
    id             bigserial primary key,
    run_id         bigint not null references assessment_run (id) on delete cascade,
    item_id        bigint not null references assessment_item (id),
    reason         text not null,
    filed_by       text not null,
    filed_at       timestamptz not null,
    status         text not null default 'PENDING' check (status in ('PENDING', 'UPHELD', 'REJECTED')),
    decision       text not null default '',
    decided_points numeric(6, 2),
    decided_veto   boolean,
    decided_by     text,
    decided_at     timestamptz,
    unique (run_id, item_id)
);

-- The 考核通报 composed from a published scheme's scores, edited as paragraphs, issued under a number and archived.
create table assessment_bulletin (
    id         bigserial primary key,
    scheme_id  bigint not null references assessment_scheme (id),
    status     text not null check (status in ('DRAFT', 'ISSUED')),
    doc_number text,
    issued_on  date,
    issued_by  text,
    issued_at  timestamptz,
    created_by text not null,
    created_at timestamptz not null default now(),
    version    integer not null default 0,
    check (status <> 'ISSUED' or (doc_number is not null and issued_on is not null))
);
create index assessment_bulletin_scheme_idx on assessment_bulletin (scheme_id);
create unique index assessment_bulletin_number_idx on assessment_bulletin (scheme_id, doc_number)
    where doc_number is not null;

create table assessment_bulletin_paragraph (
    bulletin_id bigint not null references assessment_bulletin (id) on delete cascade,
    seq         integer not null,
    style       text not null check (style in ('TITLE', 'ADDRESSEE', 'HEADING', 'BODY', 'SIGNATURE')),
    text        text not null,
    primary key (bulletin_id, seq)
);
