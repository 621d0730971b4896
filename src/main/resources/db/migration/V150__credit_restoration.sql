-- Credit restoration (信用修复, SAMR Order 107): an application to stop showing one penalty fact of credit_fact
-- before its period ends. Owned by the credit module (credit.record). The handling authority is the fact's
-- deciding unit (unit_path, region_path: the data scope of the officers' list). Clocks are rulebook rows (V149);
-- their due days are cached for the list and its to-dos, and computed again from the start days when shown.
create table credit_restoration (
    id                 bigserial primary key,
    number             varchar(20)  not null unique,
    query_code_hash    varchar(64)  not null,
    fact_id            bigint       not null,
    entity_id          bigint       not null,
    entity_name        varchar(200) not null,
    uscc               varchar(18)  not null,
    decision_number    varchar(100) not null,
    unit_id            bigint,
    unit_path          varchar(200) not null,
    region_path        varchar(200) not null,
    applicant_name     varchar(50)  not null,
    applicant_phone    varchar(20)  not null,
    commitment         varchar(2000) not null,
    status             varchar(20)  not null
        check (status in ('SUBMITTED', 'PAPERS_MISSING', 'ACCEPTED', 'RESTORED', 'REFUSED')),
    received_on        date         not null,
    accept_due         date,
    missing_papers     varchar(2000),
    accepted_on        date,
    decide_due         date,
    extension_days     integer      not null default 0 check (extension_days >= 0),
    extension_approval varchar(500),
    decided_on         date,
    refusal_reason     varchar(2000),
    decided_by         varchar(100),
    applied_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            integer      not null default 0
);
create index credit_restoration_scope on credit_restoration (unit_path text_pattern_ops);
create index credit_restoration_region on credit_restoration (region_path text_pattern_ops);
create index credit_restoration_fact on credit_restoration (fact_id);
-- one open application per fact
create unique index credit_restoration_open on credit_restoration (fact_id)
    where status in ('SUBMITTED', 'PAPERS_MISSING', 'ACCEPTED');

-- The papers (申请材料) sent with an application or after a request for missing papers, kept as files on disk.
create table credit_restoration_paper (
    id             bigserial primary key,
    restoration_id bigint       not null references credit_restoration (id),
    name           varchar(200) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    file_key       varchar(64)  not null,
    added_at       timestamptz  not null
);
create index credit_restoration_paper_of on credit_restoration_paper (restoration_id);
