-- Cases (案件) and clues (线索): the administrative enforcement record of a unit, its legal clocks and
-- documents. A case's unit and region paths are copied onto the row so that the data-scope predicate and the
-- county lists run on one table (2 million rows in the benchmark).

-- The abbreviation a unit prints in its document numbers (黎市监处〔2026〕12号 → 黎市监); null: the short name.
alter table unit add column case_abbreviation text;

-- Clue and case numbers per unit and year, taken under a row lock (insert … on conflict do update).
create table case_number_sequence (
    unit_id bigint  not null references unit (id),
    kind    text    not null check (kind in ('CLUE', 'CASE')),
    year    integer not null,
    last    integer not null,
    primary key (unit_id, kind, year)
);

create table clue (
    id              bigserial primary key,
    number          text        not null unique,
    unit_id         bigint      not null references unit (id),
    unit_path       text        not null,
    region_path     text        not null,
    source          text        not null,
    source_ref      text,
    filing_id       bigint,
    received_at     timestamp   not null,
    subject         text        not null,
    subject_uscc    text,
    content         text        not null,
    status          text        not null default 'VERIFYING',
    due_on          date,
    outcome_reason  text,
    decided_on      date,
    decided_by      text,
    case_id         bigint,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0
);
create index clue_unit_path_idx on clue (unit_path text_pattern_ops, received_at desc);
create index clue_region_path_idx on clue (region_path text_pattern_ops, received_at desc);
create unique index clue_filing_idx on clue (filing_id) where filing_id is not null;

create table enforcement_case (
    id                      bigserial primary key,
    number                  text          not null unique,
    unit_id                 bigint        not null references unit (id),
    unit_path               text          not null,
    region_path             text          not null,
    clue_id                 bigint references clue (id),
    title                   text          not null,
    category                text          not null,
    product_category        text,
    status                  text          not null default 'REGISTERED',
    registered_at           timestamp     not null,
    facts                   text,
    case_value              numeric(16, 2),
    illegal_gains           numeric(16, 2),
    illegal_business_amount numeric(16, 2),
    -- decision clock cache: refreshed on every pause, resume, extension and state change; null while paused or
    -- when no decision is pending. Overdue itself is computed at read time from today's date.
    decision_due_on         date,
    clock_paused            boolean       not null default false,
    collective_extension    text,
    seizure_started_at      timestamp,
    seizure_extended        boolean       not null default false,
    seizure_released_at     timestamp,
    supervised              boolean       not null default false,
    supervise_every_days    integer,
    supervise_note          text,
    supervised_since        date,
    decision_number         text,
    decision_procedure      text,
    penalty_kinds           text[]        not null default '{}',
    fine_amount             numeric(16, 2),
    legal_basis             text,
    decision_facts          text,
    decided_on              date,
    outcome_reason          text,
    closed_on               date,
    transfer_id             bigint,
    search_text             text          not null default '',
    created_by              text          not null,
    created_at              timestamptz   not null default now(),
    version                 integer       not null default 0
);
create index case_unit_path_idx on enforcement_case (unit_path text_pattern_ops, registered_at desc);
create index case_region_path_idx on enforcement_case (region_path text_pattern_ops, registered_at desc);
create index case_registered_idx on enforcement_case (registered_at desc, id desc);
create index case_status_idx on enforcement_case (status, registered_at desc);
create index case_unit_idx on enforcement_case (unit_id, registered_at desc);
create index case_category_idx on enforcement_case (category, registered_at desc);
create index case_status_category_idx on enforcement_case (status, category, registered_at desc);
create index case_decision_due_idx on enforcement_case (decision_due_on) where decision_due_on is not null;
create index case_paused_idx on enforcement_case (registered_at desc) where clock_paused;
create index case_search_trgm_idx on enforcement_case using gin (search_text gin_trgm_ops);
create index case_decision_number_idx on enforcement_case (decision_number) where decision_number is not null;

alter table clue add constraint clue_case_fk foreign key (case_id) references enforcement_case (id);

-- Parties: an entity of the directory (name and USCC copied at the time) or a natural person whose ID number
-- is only ever shown masked.
create table case_party (
    id          bigserial primary key,
    case_id     bigint  not null references enforcement_case (id) on delete cascade,
    kind        text    not null check (kind in ('ENTITY', 'PERSON')),
    entity_id   bigint,
    name        text    not null,
    uscc        text,
    id_number   text,
    address     text,
    sort_order  integer not null default 0
);
create index case_party_case_idx on case_party (case_id, sort_order);

create table case_goods (
    id          bigserial primary key,
    case_id     bigint         not null references enforcement_case (id) on delete cascade,
    name        text           not null,
    quantity    numeric(16, 3) not null check (quantity >= 0),
    unit_label  text           not null,
    value       numeric(16, 2),
    sort_order  integer        not null default 0
);
create index case_goods_case_idx on case_goods (case_id, sort_order);

create table case_officer (
    case_id bigint not null references enforcement_case (id) on delete cascade,
    user_id bigint not null references app_user (id),
    primary key (case_id, user_id)
);

-- Pauses (中止) and extensions (延长) of the clue, decision and seizure clocks.
create table case_clock_pause (
    id        bigserial primary key,
    clue_id   bigint references clue (id) on delete cascade,
    case_id   bigint references enforcement_case (id) on delete cascade,
    clock     text      not null check (clock in ('VERIFICATION', 'DECISION')),
    reason    text      not null,
    note      text,
    from_at   timestamp not null,
    to_at     timestamp,
    check ((clue_id is null) <> (case_id is null))
);
create index case_clock_pause_case_idx on case_clock_pause (case_id, from_at);
create index case_clock_pause_clue_idx on case_clock_pause (clue_id, from_at);

create table case_clock_extension (
    id          bigserial primary key,
    clue_id     bigint references clue (id) on delete cascade,
    case_id     bigint references enforcement_case (id) on delete cascade,
    clock       text        not null check (clock in ('VERIFICATION', 'DECISION')),
    amount      integer     not null check (amount > 0),
    approval    text        not null,
    approved_by text        not null,
    approved_at timestamptz not null default now(),
    check ((clue_id is null) <> (case_id is null))
);

create table case_timeline (
    id       bigserial primary key,
    case_id  bigint      not null references enforcement_case (id) on delete cascade,
    at       timestamptz not null default now(),
    kind     text        not null,
    text     text        not null,
    actor    text        not null
);
create index case_timeline_case_idx on case_timeline (case_id, at, id);

create table case_attachment (
    id           bigserial primary key,
    case_id      bigint      not null references enforcement_case (id) on delete cascade,
    kind         text        not null,
    name         text        not null,
    content_type text        not null,
    size         bigint      not null,
    storage_key  text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index case_attachment_case_idx on case_attachment (case_id, id);

-- 督办 progress reports.
create table case_progress (
    id          bigserial primary key,
    case_id     bigint      not null references enforcement_case (id) on delete cascade,
    text        text        not null,
    reported_by text        not null,
    reported_at timestamptz not null default now()
);
create index case_progress_case_idx on case_progress (case_id, reported_at);

-- Replacement DOCX templates uploaded by an administrator; the defaults ship with the application.
create table case_document_template (
    code        text primary key,
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now()
);

-- Built-in roles learn the case permissions. Unit-head approval (延长, 集体讨论) is given to the
-- leading-group office, which already sees the county's units.
update role set permissions = array_cat(permissions,
        '{CASE_VIEW,CASE_HANDLE,CASE_APPROVE,CASE_SUPERVISE,CASE_SETTINGS}')
 where code = 'SYSTEM_ADMIN';
update role set permissions = array_cat(permissions, '{CASE_VIEW,CASE_HANDLE}')
 where code = 'ENFORCEMENT_OFFICER';
update role set permissions = array_cat(permissions, '{CASE_VIEW,CASE_SUPERVISE,CASE_APPROVE}')
 where code = 'LEADING_GROUP_OFFICE';
update role set permissions = array_cat(permissions, '{CASE_VIEW}')
 where code = 'READ_ONLY_LEADER';
