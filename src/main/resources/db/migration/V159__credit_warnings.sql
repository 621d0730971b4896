-- Early warning (预警): the configurable triggers, the warnings they raised (each once: unique dedupe_key) and,
-- for the complaint triggers, credit's own note of every filing received (from complaints.FilingReceived: credit
-- never reads the complaints module's tables). All owned by credit (credit.alerts).
-- Rules are configuration owned by a level (shared.Configurable.CREDIT_WARNING_RULE): owner_region_path null is the
-- national default; a province, city or county may keep its own version of a kind, which applies to what happens
-- in its region (the most specific one wins).
create table credit_warning_rule (
    id                bigserial   primary key,
    kind              text        not null check (kind in ('GRADE_FELL', 'COMPLAINTS_ENTITY', 'COMPLAINTS_CATEGORY',
                                                  'COMPLAINTS_PLACE', 'SAMPLES_FAILED', 'PERIOD_ENDING')),
    owner_region_path text        check (owner_region_path ~ '^(/[0-9]{6})+/$'),
    enabled           boolean     not null default true,
    -- complaints and samples: how many within the window raise a warning (this many or more)
    threshold         int         not null check (threshold between 1 and 10000),
    -- complaints and samples: the window in calendar days back; period ending: calendar days ahead
    window_days       int         not null check (window_days between 1 and 3660),
    -- grade fell: the grade from which on (C: C or D; D: D only)
    grade             text        check (grade in ('C', 'D')),
    version           int         not null default 0,
    updated_at        timestamptz not null default now(),
    updated_by        text
);
create unique index credit_warning_rule_owner on credit_warning_rule (kind, coalesce(owner_region_path, ''));
insert into credit_warning_rule (kind, threshold, window_days, grade) values
    ('GRADE_FELL', 1, 1, 'C'),
    ('COMPLAINTS_ENTITY', 3, 30, null),
    ('COMPLAINTS_CATEGORY', 5, 30, null),
    ('COMPLAINTS_PLACE', 10, 30, null),
    ('SAMPLES_FAILED', 2, 365, null),
    ('PERIOD_ENDING', 1, 15, null);

create table credit_warning (
    id              bigserial primary key,
    kind            text        not null check (kind in ('GRADE_FELL', 'COMPLAINTS_ENTITY', 'COMPLAINTS_CATEGORY',
                                                'COMPLAINTS_PLACE', 'SAMPLES_FAILED', 'PERIOD_ENDING')),
    -- what makes it the same warning: raised once, whatever delivers the trigger again
    dedupe_key      text        not null unique,
    -- the thing watched (entity:42, category:FOOD@/140000/…/, place:/140000/…/): no second warning of a kind for it
    -- while one raised within the rule's window exists
    subject_key     text        not null,
    entity_id       bigint,
    subject         text        not null,
    region_path     text        not null,
    summary         text        not null,
    fact_ids        bigint[]    not null default '{}',
    filing_ids      bigint[]    not null default '{}',
    raised_at       timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    ack_note        text,
    version         int         not null default 0,
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index credit_warning_open on credit_warning (region_path text_pattern_ops) where acknowledged_at is null;
create index credit_warning_raised on credit_warning (raised_at desc, id desc);
create index credit_warning_subject on credit_warning (kind, subject_key, raised_at desc);

create table credit_complaint (
    filing_id   bigint      primary key,
    tracking_no text        not null,
    track       text        not null,
    category    text        not null,
    region_path text        not null,
    target_name text,
    target_uscc text,
    entity_id   bigint,
    received_at timestamptz not null
);
create index credit_complaint_entity on credit_complaint (entity_id, received_at) where entity_id is not null;
create index credit_complaint_category on credit_complaint (category, region_path, received_at);
create index credit_complaint_place on credit_complaint (region_path, received_at);
