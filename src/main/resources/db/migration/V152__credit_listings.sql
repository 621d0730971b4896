-- The two credit lists (issue 14): 经营异常名录 (企业经营异常名录管理办法, SAMR Order 68) and 严重违法失信名单
-- (市场监督管理严重违法失信名单管理办法, SAMR Order 44). One row per listing, owned by the listing unit (its unit and
-- region path: the data scope), written only through credit.listings.CreditListings. entity_id is the entities
-- module's id (no foreign key across modules); case_id the cases module's (a serious listing proposed with a
-- penalty decision). Each listing and removal is also a credit fact (credit_fact, through credit.CreditFacts).
create table credit_listing (
    id                 bigserial primary key,
    list_kind          text        not null check (list_kind in ('ABNORMAL', 'SERIOUS')),
    state              text        not null check (state in ('PENDING', 'AWAITING_AGREEMENT', 'LISTED',
                                       'OBJECTION_FILED', 'OBJECTION_VERIFYING', 'CORRECTING', 'CORRECTED',
                                       'REMOVAL_APPLIED', 'REMOVAL_ACCEPTED', 'REMOVED', 'DROPPED', 'REJECTED')),
    entity_id          bigint,
    subject_name       text        not null,
    subject_kind       text        not null check (subject_kind in ('ENTITY', 'PERSON')),
    uscc               text,
    ground             text        not null,
    -- by ground: reportYear, orderedOn, letters [{sentOn, returnedOn, signed}], factors, reasons, penalty …
    ground_detail      jsonb       not null default '{}',
    trigger_on         date        not null,
    unit_id            bigint      not null,
    unit_path          text        not null,
    region_path        text        not null,
    case_id            bigint,
    decision_number    text,
    -- a county or city unit's serious listing: the region whose units agree (the level above), else null
    agreement_region_path text,
    agreed_by_unit_id  bigint,
    agreed_by          text,
    agreed_on          date,
    listed_on          date,
    period_start       date,
    period_end         date,
    period_no          integer     not null default 1,
    stage_started_on   date,
    application_text   text,
    removed_on         date,
    removal_kind       text check (removal_kind in ('APPLICATION', 'EXPIRY', 'CORRECTION')),
    removal_reason     text,
    listed_fact_id     bigint,
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    version            integer     not null default 0,
    check (period_end is null or period_start is not null and period_end >= period_start)
);
create index credit_listing_unit on credit_listing (unit_path text_pattern_ops);
create index credit_listing_region on credit_listing (region_path text_pattern_ops);
create index credit_listing_entity on credit_listing (entity_id);
-- a penalty decision proposes one serious listing (a re-delivered PenaltyDecided records nothing twice)
create unique index credit_listing_case on credit_listing (case_id) where list_kind = 'SERIOUS';
-- the daily expiry job's scan and the public pages: listings on view, by the end of their period
create index credit_listing_shown on credit_listing (list_kind, period_end) where removed_on is null and listed_on is not null;

-- Each step of a listing, as the listing page shows its history.
create table credit_listing_step (
    id          bigserial primary key,
    listing_id  bigint      not null references credit_listing (id),
    action      text        not null,
    state       text        not null,
    note        text,
    actor       text        not null,
    at          timestamptz not null
);
create index credit_listing_step_listing on credit_listing_step (listing_id, id);

-- The periods of the two lists (时限规则), counted on the working-day calendar unless a row says otherwise.
insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('credit.abnormal.listing', '列入经营异常名录', 10, 'WORKING_DAYS', null, null,
 '《企业经营异常名录管理办法》（国家市场监督管理总局令第68号，第101号令修改）第六条至第九条：自发现或者期限届满之日起十个工作日内作出列入决定', '2000-01-01'),
('credit.abnormal.objection', '经营异常名录异议期', 30, 'NATURAL_DAYS', null, null,
 '《企业经营异常名录管理办法》第十五条：企业对被列入经营异常名录有异议的，可以自公示之日起三十日内提出', '2000-01-01'),
('credit.abnormal.objection-acceptance', '异议受理', 5, 'WORKING_DAYS', null, null,
 '《企业经营异常名录管理办法》第十五条：自收到异议申请之日起五个工作日内决定是否受理', '2000-01-01'),
('credit.abnormal.objection-verification', '异议核实', 20, 'WORKING_DAYS', null, null,
 '《企业经营异常名录管理办法》第十五条：自受理之日起二十个工作日内核实', '2000-01-01'),
('credit.abnormal.correction', '异议成立更正', 5, 'WORKING_DAYS', null, null,
 '《企业经营异常名录管理办法》第十五条：经核实属于错误列入的，自核实之日起五个工作日内更正', '2000-01-01'),
('credit.removal.acceptance', '移出申请受理', 2, 'WORKING_DAYS', null, null,
 '《市场监督管理信用修复管理办法》（国家市场监督管理总局令第107号）第十四条：自收到申请之日起二个工作日内受理或者一次性告知需要补正的材料；《市场监督管理严重违法失信名单管理办法》第十七条', '2000-01-01'),
('credit.abnormal.removal-decision', '移出经营异常名录决定', 2, 'WORKING_DAYS', 10, null,
 '《市场监督管理信用修复管理办法》（国家市场监督管理总局令第107号）第十六条：移出经营异常名录的，自受理之日起二个工作日内作出决定', '2000-01-01'),
('credit.serious.publication', '严重违法失信名单公示', 20, 'WORKING_DAYS', null, null,
 '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）第十四条：自作出列入决定之日起二十个工作日内通过国家企业信用信息公示系统公示', '2000-01-01'),
('credit.serious.removal-decision', '提前移出严重违法失信名单决定', 15, 'WORKING_DAYS', null, null,
 '《市场监督管理严重违法失信名单管理办法》第十七条：自受理申请之日起十五个工作日内作出决定', '2000-01-01'),
('credit.serious.stop-showing', '移出后停止公示', 3, 'WORKING_DAYS', null, null,
 '《市场监督管理严重违法失信名单管理办法》第十八条：决定移出的，自作出决定之日起三个工作日内停止公示', '2000-01-01'),
('credit.serious.early-removal', '提前移出申请期', 1, 'YEARS', null, null,
 '《市场监督管理严重违法失信名单管理办法》第十六条：列入满一年，已履行义务、消除危害后果且未再受到较重行政处罚的，可以申请提前移出', '2000-01-01'),
('credit.serious.period', '严重违法失信名单列入期', 3, 'YEARS', null, null,
 '《市场监督管理严重违法失信名单管理办法》第二十一条：列入满三年的，自动移出；法律、行政法规另有规定的从其规定；第二十条：以欺骗等不正当手段移出的，撤销移出决定，重新计算列入期', '2000-01-01');
