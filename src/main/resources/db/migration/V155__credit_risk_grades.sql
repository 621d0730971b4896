-- Credit-risk grades A–D (信用风险分类, 国市监信发〔2022〕6号), owned by credit (credit.grades). Grades are never
-- published and never exempt an entity from random checks (不评价、不惩戒、不公开、不免抽).

-- The scoring scheme, versioned: a change is a new row, never an update; every grade names the version it was
-- computed with, so an old grade still explains itself with the weights of its day.
create table credit_risk_scheme (
    version              integer     primary key check (version >= 1),
    window_months        integer     not null check (window_months between 1 and 120),
    w_penalty_warning    integer     not null check (w_penalty_warning between 0 and 1000),
    w_penalty_minor      integer     not null check (w_penalty_minor between 0 and 1000),
    w_penalty_general    integer     not null check (w_penalty_general between 0 and 1000),
    w_penalty_serious    integer     not null check (w_penalty_serious between 0 and 1000),
    w_abnormal_listed    integer     not null check (w_abnormal_listed between 0 and 1000),
    w_serious_listed     integer     not null check (w_serious_listed between 0 and 1000),
    w_sample_failed      integer     not null check (w_sample_failed between 0 and 1000),
    w_inspection_finding integer     not null check (w_inspection_finding between 0 and 1000),
    w_complaint_upheld   integer     not null check (w_complaint_upheld between 0 and 1000),
    -- years in business (from the entity's establishment date): younger than 1 year / 1 to under 3 years
    w_under_one_year     integer     not null check (w_under_one_year between 0 and 1000),
    w_under_three_years  integer     not null check (w_under_three_years between 0 and 1000),
    -- a score at or above the threshold gives the grade (below threshold_b: A)
    threshold_b          integer     not null,
    threshold_c          integer     not null,
    threshold_d          integer     not null,
    note                 text        not null default '',
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    check (0 < threshold_b and threshold_b < threshold_c and threshold_c < threshold_d and threshold_d <= 100000)
);

insert into credit_risk_scheme (version, window_months, w_penalty_warning, w_penalty_minor, w_penalty_general,
                                w_penalty_serious, w_abnormal_listed, w_serious_listed, w_sample_failed,
                                w_inspection_finding, w_complaint_upheld, w_under_one_year, w_under_three_years,
                                threshold_b, threshold_c, threshold_d, note, created_by)
values (1, 24, 5, 10, 15, 30, 15, 50, 20, 10, 5, 10, 5, 10, 30, 70,
        '初始方案（国市监信发〔2022〕6号；分值为本地默认，可由管理员调整）', '系统');

-- The current grade of each entity, with the counts it was computed from (the explanation is rendered from them
-- and the scheme's weights). region_path is the entity's (data scope), copied at each computation.
create table credit_risk_grade (
    entity_id            bigint      primary key,
    region_path          text        not null,
    grade                char(1)     not null check (grade in ('A', 'B', 'C', 'D')),
    score                integer     not null,
    scheme_version       integer     not null references credit_risk_scheme (version),
    n_penalty_warning    integer     not null default 0,
    n_penalty_minor      integer     not null default 0,
    n_penalty_general    integer     not null default 0,
    n_penalty_serious    integer     not null default 0,
    n_abnormal_listed    integer     not null default 0,
    n_serious_listed     integer     not null default 0,
    n_sample_failed      integer     not null default 0,
    n_inspection_finding integer     not null default 0,
    n_complaint_upheld   integer     not null default 0,
    years_in_business    integer,
    computed_on          date        not null,
    computed_at          timestamptz not null,
    -- since when the entity holds this grade
    grade_since          timestamptz not null
);
create index credit_risk_grade_region on credit_risk_grade (region_path text_pattern_ops, grade);
create index credit_risk_grade_grade on credit_risk_grade (grade, entity_id);

-- Every change of an entity's grade or score (its first grade included), newest last.
create table credit_risk_grade_history (
    id                   bigserial   primary key,
    entity_id            bigint      not null,
    previous_grade       char(1),
    grade                char(1)     not null check (grade in ('A', 'B', 'C', 'D')),
    score                integer     not null,
    scheme_version       integer     not null references credit_risk_scheme (version),
    n_penalty_warning    integer     not null,
    n_penalty_minor      integer     not null,
    n_penalty_general    integer     not null,
    n_penalty_serious    integer     not null,
    n_abnormal_listed    integer     not null,
    n_serious_listed     integer     not null,
    n_sample_failed      integer     not null,
    n_inspection_finding integer     not null,
    n_complaint_upheld   integer     not null,
    years_in_business    integer,
    reason               text        not null check (reason in ('START', 'MONTHLY', 'FACT', 'SCHEME', 'MANUAL')),
    computed_on          date        not null,
    computed_at          timestamptz not null
);
create index credit_risk_grade_history_entity on credit_risk_grade_history (entity_id, id);

-- Full recomputations (first start, monthly job, a new scheme): when, why, how many entities and changes.
create table credit_risk_run (
    id             bigserial   primary key,
    reason         text        not null check (reason in ('START', 'MONTHLY', 'FACT', 'SCHEME', 'MANUAL')),
    scheme_version integer     not null,
    computed_on    date        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    entities       bigint      not null default 0,
    changed        bigint      not null default 0
);
