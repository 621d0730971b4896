-- Sampling inspection (抽检, issue 17, module sampling): laboratories, plans, samples with their test portion and
-- backup (复检备份), the lab's report, the failure notice, re-tests with the lab drawn at random, objections,
-- follow-up of failed samples and the backup store. Rules: docs rules-inspections-credit.md (食品安全抽样检验管理办法,
-- 产品质量监督抽查管理暂行办法). Owned by sampling; units, entities and users are read through pub_* views.

-- 检验机构: accredited laboratories with their scope. Their people are users of the lab's own unit (unit_id) with the
-- LABORATORY role: they see the samples sent to this lab only. published: on the list re-test labs are drawn from.
create table sampling_lab (
    id            bigserial    primary key,
    name          text         not null unique check (char_length(name) between 2 and 200),
    unit_id       bigint       not null unique,
    accreditation text         not null check (char_length(accreditation) between 2 and 100),
    kinds         text[]       not null check (cardinality(kinds) between 1 and 3
                                   and kinds <@ '{FOOD,PRODUCT_QUALITY,AGRICULTURAL_INPUT}'::text[]),
    scope         text         not null check (char_length(scope) between 1 and 2000),
    published     boolean      not null default true,
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    version       integer      not null default 0
);

-- A lab tied to a business (commissioned tests, shares, staff): never drawn for a re-test the business applies for
-- (食品安全抽样检验管理办法 art.32).
create table sampling_lab_tie (
    lab_id      bigint      not null references sampling_lab (id),
    uscc        text        not null check (uscc ~ '^[0-9A-Z]{18}$'),
    entity_name text        not null check (char_length(entity_name) between 1 and 200),
    kind        text        not null check (kind in ('COMMISSIONED', 'SHAREHOLDING', 'STAFF', 'OTHER')),
    note        text        not null default '' check (char_length(note) <= 500),
    declared_by text        not null,
    declared_at timestamptz not null,
    primary key (lab_id, uscc)
);

-- Yearly sampling plans of a department: kind, stages, targets (batches per 1,000 residents against the population
-- the office enters), categories with batches, items and standards, and the labs assigned.
create table sampling_plan (
    id                  bigserial    primary key,
    year                integer      not null check (year between 2000 and 2100),
    title               text         not null check (char_length(title) between 2 and 200),
    kind                text         not null check (kind in ('FOOD', 'PRODUCT_QUALITY', 'AGRICULTURAL_INPUT')),
    unit_id             bigint       not null,
    unit_path           text         not null,
    region_path         text         not null,
    stages              text[]       not null check (cardinality(stages) between 1 and 4
                                         and stages <@ '{PRODUCTION,CIRCULATION,CATERING,ONLINE}'::text[]),
    population          integer      check (population between 1 and 200000000),
    target_per_thousand numeric(6, 2) check (target_per_thousand between 0 and 1000),
    samplers_per_sample integer      not null default 2 check (samplers_per_sample between 2 and 10),
    note                text         not null default '' check (char_length(note) <= 2000),
    created_by          text         not null,
    created_at          timestamptz  not null,
    version             integer      not null default 0
);
create index sampling_plan_unit on sampling_plan (unit_path text_pattern_ops);
create index sampling_plan_region on sampling_plan (region_path text_pattern_ops);

create table sampling_plan_category (
    plan_id   bigint  not null references sampling_plan (id),
    seq       integer not null check (seq between 1 and 200),
    name      text    not null check (char_length(name) between 1 and 100),
    batches   integer not null check (batches between 1 and 1000000),
    items     text[]  not null check (cardinality(items) between 1 and 100),
    standards text    not null check (char_length(standards) between 1 and 1000),
    primary key (plan_id, seq)
);

create table sampling_plan_lab (
    plan_id bigint not null references sampling_plan (id),
    lab_id  bigint not null references sampling_lab (id),
    primary key (plan_id, lab_id)
);

-- One sample (one batch, 批次): where and what was sampled (the columns lists and figures need; the rest of the
-- 抽样单 in site and product), then the lab's work, the failure notice, the re-test and the final result. The
-- lifecycle is sampling.SampleState, moved only by sampling.Sample's guarded methods.
create table sampling_sample (
    id                  bigserial    primary key,
    number              text         not null unique,
    plan_id             bigint       not null references sampling_plan (id),
    kind                text         not null check (kind in ('FOOD', 'PRODUCT_QUALITY', 'AGRICULTURAL_INPUT')),
    category            text         not null,
    stage               text         not null check (stage in ('PRODUCTION', 'CIRCULATION', 'CATERING', 'ONLINE')),
    unit_id             bigint       not null,
    unit_path           text         not null,
    region_path         text         not null,
    entity_id           bigint,
    entity_name         text         not null check (char_length(entity_name) between 1 and 200),
    entity_uscc         text,
    entity_region_code  char(6)      not null,
    producer_name       text,
    producer_uscc       text,
    producer_region_code char(6),
    product_name        text         not null check (char_length(product_name) between 1 and 200),
    brand               text,
    batch_no            text,
    sampled_on          date         not null,
    site                jsonb        not null,
    product             jsonb        not null,
    state               text         not null,
    lab_id              bigint       not null references sampling_lab (id),
    sent_on             date,
    received_on         date,
    received_by         text,
    result              text         check (result in ('PASS', 'FAIL')),
    failed_items        text[]       not null default '{}',
    microbiological     boolean      not null default false,
    report_no           text,
    concluded_on        date,
    reported_on         date,
    report_file_id      bigint,
    notice_no           text,
    served_on           date,
    acknowledged_by     text,
    retest_requested_on date,
    retest_applicant    text,
    retest_applicant_uscc text,
    retest_reason       text,
    retest_decided_on   date,
    retest_refusal      text,
    retest_lab_id       bigint       references sampling_lab (id),
    retest_drawn_on     date,
    retest_received_on  date,
    retest_result       text         check (retest_result in ('PASS', 'FAIL')),
    retest_report_no    text,
    retest_concluded_on date,
    retest_reported_on  date,
    retest_file_id      bigint,
    final_result        text         check (final_result in ('PASS', 'FAIL')),
    final_on            date,
    created_by          text         not null,
    created_at          timestamptz  not null,
    version             integer      not null default 0
);
create index sampling_sample_unit_day on sampling_sample (unit_id, sampled_on);
create index sampling_sample_scope on sampling_sample (unit_path text_pattern_ops);
create index sampling_sample_plan on sampling_sample (plan_id, category, stage);
create index sampling_sample_lab on sampling_sample (lab_id);
create index sampling_sample_retest_lab on sampling_sample (retest_lab_id) where retest_lab_id is not null;
create index sampling_sample_open on sampling_sample (state) where final_result is null;
create index sampling_sample_entity on sampling_sample (entity_uscc) where entity_uscc is not null;
create index sampling_sample_producer on sampling_sample (producer_uscc) where producer_uscc is not null;

-- Every step taken on a sample, append-only, for its page (who, when, what).
create table sampling_sample_step (
    id        bigserial   primary key,
    sample_id bigint      not null references sampling_sample (id),
    action    text        not null,
    note      text        not null default '',
    by_user   text        not null,
    by_name   text        not null,
    at        timestamptz not null
);
create index sampling_sample_step_sample on sampling_sample_step (sample_id, id);

-- Files of a sample on disk (shared.UploadedFiles, folder sampling): photos of the test portion and the backup,
-- online sampling evidence, the lab's reports, the served notice's receipt.
create table sampling_file (
    id           bigserial   primary key,
    sample_id    bigint      not null references sampling_sample (id),
    kind         text        not null check (kind in ('PORTION_PHOTO', 'BACKUP_PHOTO', 'ONLINE_EVIDENCE', 'REPORT',
                                                       'RETEST_REPORT', 'NOTICE_RECEIPT')),
    name         text        not null,
    content_type text        not null,
    size         bigint      not null,
    storage_key  text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index sampling_file_sample on sampling_file (sample_id);

-- 复检备份 in the store: where it is, until when it is kept (set when the result is final: 3 months after a pass, 6
-- after a failure, never past the product's expiry; art.25), handed to the re-test lab, disposed of.
create table sampling_backup (
    sample_id       bigint      primary key references sampling_sample (id),
    description     text        not null check (char_length(description) between 1 and 500),
    location        text        not null check (char_length(location) between 1 and 200),
    seal_no         text,
    keep_until      date,
    handed_over_on  date,
    disposed_on     date,
    disposed_by     text,
    disposal_method text,
    version         integer     not null default 0
);
create index sampling_backup_due on sampling_backup (keep_until) where disposed_on is null;

-- The re-test lab's draw, logged like inspections' draws: the pool of eligible labs (published, the sample's kind in
-- scope, never the first lab nor one tied to the applicant), its SM3 hash, the entropy, the seed and the lab chosen.
create table sampling_retest_draw (
    id             bigserial   primary key,
    sample_id      bigint      not null references sampling_sample (id),
    seq            integer     not null check (seq >= 1),
    pool_ids       bigint[]    not null check (cardinality(pool_ids) >= 1),
    excluded       jsonb       not null,
    pool_hash      char(64)    not null,
    entropy        text        not null,
    entropy_source text        not null,
    seed           char(64)    not null,
    chosen_lab_id  bigint      not null references sampling_lab (id),
    chosen_key     char(64)    not null,
    drawn_by       text        not null,
    drawn_at       timestamptz not null,
    unique (sample_id, seq)
);

-- 异议: on the sampling process (within 7 working days of sampling, reviewed in 20) or on the method or standard
-- (within 7 working days of the notice, reviewed in 30), art.37, 39.
create table sampling_objection (
    id          bigserial   primary key,
    sample_id   bigint      not null references sampling_sample (id),
    kind        text        not null check (kind in ('PROCESS', 'METHOD')),
    filed_on    date        not null,
    applicant   text        not null check (char_length(applicant) between 1 and 200),
    content     text        not null check (char_length(content) between 1 and 2000),
    decided_on  date,
    outcome     text        check (outcome in ('UPHELD', 'REJECTED')),
    decision    text,
    decided_by  text,
    created_by  text        not null,
    created_at  timestamptz not null
);
create index sampling_objection_sample on sampling_objection (sample_id);

-- 核查处置 of a failed sample: one task per business to follow up (the seller sampled, the labelled producer), given
-- to the unit of the platform where the business is registered (another county's unit gets it in its to-dos); a
-- business registered outside the platform's regions is listed to be pushed to the other province.
create table sampling_follow_up (
    id            bigserial   primary key,
    sample_id     bigint      not null references sampling_sample (id),
    subject       text        not null check (subject in ('SELLER', 'PRODUCER')),
    subject_name  text        not null,
    subject_uscc  text,
    region_code   char(6),
    unit_id       bigint,
    unit_path     text,
    region_path   text,
    started_on    date        not null,
    state         text        not null check (state in ('OPEN', 'DONE', 'OUTSIDE', 'PUSHED')),
    recalled      boolean,
    removed       boolean,
    measures      text,
    violation     boolean,
    finding       text,
    clue_id       bigint,
    clue_number   text,
    done_on       date,
    done_by       text,
    pushed_to     text,
    version       integer     not null default 0,
    unique (sample_id, subject)
);
create index sampling_follow_up_unit on sampling_follow_up (unit_path text_pattern_ops) where unit_id is not null;
create index sampling_follow_up_open on sampling_follow_up (state) where state in ('OPEN', 'OUTSIDE');
