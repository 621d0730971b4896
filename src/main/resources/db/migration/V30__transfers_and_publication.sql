-- 两法衔接: criminal thresholds, transfers of suspected crimes to the police with their history, the
-- prosecutor's 建议移送 opinions, and the publication of penalty decisions with corrections and withdrawals.

-- 立案追诉标准: per case category the charge and its threshold on one amount of the case; a case reaching any
-- row of a charge meets it. Editable by CASE_SETTINGS. Amounts are the case's own figures in 元:
-- BUSINESS_AMOUNT = 非法经营数额 / 销售金额, ILLEGAL_GAINS = 违法所得, CASE_VALUE = 案值.
create table criminal_threshold (
    id          bigserial primary key,
    category    text          not null,
    charge      text          not null,
    amount_kind text          not null check (amount_kind in ('BUSINESS_AMOUNT', 'ILLEGAL_GAINS', 'CASE_VALUE')),
    minimum     numeric(16, 2) not null check (minimum > 0),
    basis       text          not null,
    active      boolean       not null default true,
    sort_order  integer       not null default 0,
    version     integer       not null default 0
);
create index criminal_threshold_category_idx on criminal_threshold (category, sort_order);

-- Seeded from:
--  《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释》(法释〔2004〕19号)
--    第一条 (假冒注册商标: 非法经营数额五万元以上或者违法所得数额三万元以上), 第二条 (销售假冒注册商标的商品:
--    销售金额五万元以上), 第四条 (假冒专利: 非法经营数额二十万元以上或者违法所得数额十万元以上), 第五条
--    (侵犯著作权: 违法所得数额三万元以上; 非法经营数额五万元以上);
--  《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定(二)》(公通字〔2010〕23号) 第六十九条、
--    第七十条、第七十二条 (the same figures for 立案追诉);
--  《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定(一)》(公通字〔2008〕36号) 第十六条 and
--    刑法第一百四十条 (生产、销售伪劣产品: 销售金额五万元以上); 刑法第一百四十九条 applies 第一百四十条 to 伪劣
--    种子、食品、药品 that do not meet their own charge's conditions (伪劣种子罪 needs a loss of 二万元以上 to
--    production, 假药罪 no amount at all: neither is a figure of the case record, so officers judge those).
-- Only the plain single-right thresholds are seeded; the lower ones for two or more marks/patents are left to
-- the officer's judgement (the case record does not count the rights infringed).
insert into criminal_threshold (category, charge, amount_kind, minimum, basis, sort_order) values
 ('TRADEMARK', '假冒注册商标罪', 'BUSINESS_AMOUNT', 50000, '刑法第二百一十三条；法释〔2004〕19号第一条；立案追诉标准(二)第六十九条', 1),
 ('TRADEMARK', '假冒注册商标罪', 'ILLEGAL_GAINS', 30000, '刑法第二百一十三条；法释〔2004〕19号第一条；立案追诉标准(二)第六十九条', 2),
 ('TRADEMARK', '销售假冒注册商标的商品罪', 'BUSINESS_AMOUNT', 50000, '刑法第二百一十四条；法释〔2004〕19号第二条；立案追诉标准(二)第七十条', 3),
 ('GEOGRAPHICAL_INDICATION', '假冒注册商标罪（地理标志集体商标、证明商标）', 'BUSINESS_AMOUNT', 50000, '刑法第二百一十三条；法释〔2004〕19号第一条', 1),
 ('GEOGRAPHICAL_INDICATION', '假冒注册商标罪（地理标志集体商标、证明商标）', 'ILLEGAL_GAINS', 30000, '刑法第二百一十三条；法释〔2004〕19号第一条', 2),
 ('PATENT', '假冒专利罪', 'BUSINESS_AMOUNT', 200000, '刑法第二百一十六条；法释〔2004〕19号第四条；立案追诉标准(二)第七十二条', 1),
 ('PATENT', '假冒专利罪', 'ILLEGAL_GAINS', 100000, '刑法第二百一十六条；法释〔2004〕19号第四条；立案追诉标准(二)第七十二条', 2),
 ('COPYRIGHT', '侵犯著作权罪', 'ILLEGAL_GAINS', 30000, '刑法第二百一十七条；法释〔2004〕19号第五条', 1),
 ('COPYRIGHT', '侵犯著作权罪', 'BUSINESS_AMOUNT', 50000, '刑法第二百一十七条；法释〔2004〕19号第五条', 2),
 ('COUNTERFEIT_GOODS', '生产、销售伪劣产品罪', 'BUSINESS_AMOUNT', 50000, '刑法第一百四十条；立案追诉标准(一)第十六条', 1),
 ('SEEDS', '生产、销售伪劣产品罪', 'BUSINESS_AMOUNT', 50000, '刑法第一百四十条、第一百四十九条；立案追诉标准(一)第十六条', 1),
 ('FOOD', '生产、销售伪劣产品罪', 'BUSINESS_AMOUNT', 50000, '刑法第一百四十条、第一百四十九条；立案追诉标准(一)第十六条', 1),
 ('FAKE_MEDICINE', '生产、销售伪劣产品罪', 'BUSINESS_AMOUNT', 50000, '刑法第一百四十条、第一百四十九条；立案追诉标准(一)第十六条', 1);

-- A transfer (移送) of a case to a police unit; the steps are columns (at, by, note), the clocks are computed.
create table case_transfer (
    id                    bigserial primary key,
    case_id               bigint    not null references enforcement_case (id),
    unit_id               bigint    not null references unit (id),
    police_unit_id        bigint    not null references unit (id),
    charge                text      not null,
    reason                text      not null,
    status                text      not null check (status in ('PROPOSED', 'DECLINED', 'APPROVED', 'HANDED_OVER',
        'ACCEPTED', 'NOT_ACCEPTED', 'FILED', 'NOT_FILED', 'RECONSIDERING', 'RETURNED')),
    proposed_at           timestamp not null,
    proposed_by           text      not null,
    head_at timestamp, head_by text, head_note text,
    handover_at timestamp, handover_by text, handover_note text,
    acceptance_at timestamp, acceptance_by text, acceptance_note text,
    filing_at timestamp, filing_by text, filing_note text,
    recon_request_at timestamp, recon_request_by text, recon_request_note text,
    recon_answer_at timestamp, recon_answer_by text, recon_answer_note text,
    reconsidered_refusal  text check (reconsidered_refusal in ('NOT_ACCEPTED', 'NOT_FILED')),
    returned_at timestamp, returned_by text, returned_note text,
    notice_at timestamp, notice_by text, notice_note text,
    created_at            timestamptz not null default now(),
    version               integer   not null default 0
);
create index case_transfer_case_idx on case_transfer (case_id);
create index case_transfer_police_idx on case_transfer (police_unit_id, status);
create index case_transfer_unit_idx on case_transfer (unit_id, status);
-- at most one transfer in progress per case (declined and returned ones stay as history)
create unique index case_transfer_open_idx on case_transfer (case_id) where status not in ('DECLINED', 'RETURNED');

-- Every step as it happened, for the transfer's history and the prosecutor.
create table case_transfer_step (
    id          bigserial primary key,
    transfer_id bigint      not null references case_transfer (id) on delete cascade,
    action      text        not null,
    status      text        not null,
    note        text,
    actor       text        not null,
    at          timestamp   not null
);
create index case_transfer_step_transfer_idx on case_transfer_step (transfer_id, at, id);

-- 建议移送: a prosecutor's opinion on a case above a threshold that was not transferred; the agency answers.
create table transfer_opinion (
    id           bigserial primary key,
    case_id      bigint      not null references enforcement_case (id),
    unit_id      bigint      not null references unit (id),
    issued_by_unit_id bigint not null references unit (id),
    opinion      text        not null,
    issued_at    timestamp   not null,
    issued_by    text        not null,
    answer       text,
    answered_at  timestamp,
    answered_by  text,
    version      integer     not null default 0
);
create index transfer_opinion_case_idx on transfer_opinion (case_id);
create index transfer_opinion_open_idx on transfer_opinion (unit_id) where answered_at is null;

-- 行政处罚信息公示: one record per general-procedure penalty decision (not warnings). The party is stored as
-- the public may see it (natural persons masked); ID numbers never enter this table.
create table penalty_publication (
    id              bigserial primary key,
    case_id         bigint      not null unique references enforcement_case (id),
    unit_id         bigint      not null references unit (id),
    decision_number text        not null,
    decided_on      date        not null,
    due_on          date        not null,
    party_kind      text        not null check (party_kind in ('ENTITY', 'PERSON')),
    party_name      text        not null,
    uscc            text,
    facts           text        not null,
    legal_basis     text        not null,
    penalty         text        not null,
    authority       text        not null,
    status          text        not null check (status in ('PENDING', 'PUBLISHED', 'WITHDRAWN')),
    published_at    timestamptz,
    published_by    text,
    corrected       boolean     not null default false,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0
);
create index penalty_publication_unit_idx on penalty_publication (unit_id, status);
create index penalty_publication_public_idx on penalty_publication (decided_on desc) where status <> 'PENDING';
create index penalty_publication_search_idx on penalty_publication
    using gin ((decision_number || ' ' || party_name || ' ' || coalesce(uscc, '') || ' ' || facts) gin_trgm_ops);

-- What was public before each correction or withdrawal, and why it changed: shown publicly as history.
create table penalty_publication_revision (
    id              bigserial primary key,
    publication_id  bigint      not null references penalty_publication (id) on delete cascade,
    kind            text        not null check (kind in ('PUBLISHED', 'CORRECTED', 'WITHDRAWN')),
    reason          text,
    party_name      text        not null,
    facts           text        not null,
    legal_basis     text        not null,
    penalty         text        not null,
    actor           text        not null,
    at              timestamptz not null default now()
);
create index penalty_publication_revision_idx on penalty_publication_revision (publication_id, at, id);

-- Roles: police receive transfers; prosecutors oversee them and read cases (read-only); the leading-group
-- office publishes penalties; the system admin does all of it.
update role set permissions = array_cat(permissions, '{TRANSFER_RECEIVE}') where code = 'POLICE_RECEIVER';
update role set permissions = array_cat(permissions, '{TRANSFER_OVERSEE,CASE_VIEW}') where code = 'PROSECUTOR';
update role set permissions = array_cat(permissions, '{PENALTY_PUBLISH}') where code = 'LEADING_GROUP_OFFICE';
update role set permissions = array_cat(permissions, '{TRANSFER_RECEIVE,TRANSFER_OVERSEE,PENALTY_PUBLISH}')
 where code = 'SYSTEM_ADMIN';

-- Uploaded documents of a case's transfer package (调查报告, 检验报告…), kept in the database, outside the web root.
create table transfer_document (
    id           bigserial primary key,
    case_id      bigint      not null references enforcement_case (id),
    kind         text        not null check (kind in ('INVESTIGATION_REPORT', 'TEST_REPORT', 'OTHER')),
    name         text        not null,
    content_type text        not null,
    size         bigint      not null check (size > 0),
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index transfer_document_case_idx on transfer_document (case_id, id);
