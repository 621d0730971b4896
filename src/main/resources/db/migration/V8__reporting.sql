-- Statistics reporting (数据报送): templates (报表表样) with indicators and rules, rounds per campaign,
-- one submission per unit and round, its values, and running totals per region kept current on accept
-- (so a roll-up reads a few hundred rows, never the 27 M raw values, and needs no nightly job).

create table report_template (
    id         bigserial primary key,
    code       text not null unique,
    name       text not null,
    -- PERIOD: figures for the round's covered period (campaign total = sum of rounds);
    -- CUMULATIVE: figures since the campaign started (campaign total = each unit's latest round).
    figures    text not null check (figures in ('PERIOD', 'CUMULATIVE')),
    version    integer not null default 1,
    builtin    boolean not null default false
);

create table report_indicator (
    id          bigserial primary key,
    template_id bigint not null references report_template (id) on delete cascade,
    code        text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name        text not null,
    measure     text not null,
    value_type  text not null check (value_type in ('INTEGER', 'DECIMAL', 'MONEY')),
    -- a derived indicator (结案率) is computed from others and never entered
    formula     text,
    -- optional breakdown labels (e.g. product categories); values then carry breakdown_key 1..n, 0 = total
    breakdowns  text[] not null default '{}',
    sort_order  integer not null,
    unique (template_id, code)
);

create table report_rule (
    id          bigserial primary key,
    template_id bigint not null references report_template (id) on delete cascade,
    code        text not null,
    expression  text not null,
    severity    text not null check (severity in ('ERROR', 'WARNING')),
    message_zh  text not null,
    message_en  text not null,
    unique (template_id, code)
);

-- campaign_id has no foreign key yet: the campaign table comes with the campaigns module (a later
-- migration adds the constraint). region_code is the campaign's region: its units are expected to report.
create table report_round (
    id            bigserial primary key,
    campaign_id   bigint not null,
    template_id   bigint not null references report_template (id),
    region_code   char(6) not null references region (code),
    seq           integer not null,
    name          text not null,
    period_from   date not null,
    period_to     date not null,
    due_on        date not null,
    on_time_until timestamp not null,
    locks_after   date not null,
    created_at    timestamptz not null default now(),
    check (period_to >= period_from and locks_after >= due_on),
    unique (campaign_id, seq)
);
create index report_round_campaign_idx on report_round (campaign_id, due_on);

-- The office reopens a locked round for one unit until a date.
create table report_reopen (
    id         bigserial primary key,
    round_id   bigint not null references report_round (id) on delete cascade,
    unit_id    bigint not null references unit (id),
    until_on   date not null,
    reason     text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (round_id, unit_id)
);

create table report_submission (
    id              bigserial primary key,
    round_id        bigint not null references report_round (id),
    unit_id         bigint not null references unit (id),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    submitted_at    timestamp,
    on_time         boolean,
    returned_reason text,
    accepted_at     timestamp,
    accepted_by     text,
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    unique (round_id, unit_id)
);
create index report_submission_unit_idx on report_submission (unit_id);

-- A comment explaining a warning (needed to submit despite it).
create table report_comment (
    submission_id bigint not null references report_submission (id) on delete cascade,
    rule_id       bigint not null references report_rule (id) on delete cascade,
    comment       text not null,
    primary key (submission_id, rule_id)
);

-- Narrow on purpose: about 27 M rows at national scale.
create table submission_value (
    submission_id bigint not null references report_submission (id) on delete cascade,
    indicator_id  bigint not null references report_indicator (id),
    breakdown_key smallint not null default 0,
    value         numeric(18, 2) not null,
    primary key (submission_id, indicator_id, breakdown_key)
);

-- Running totals of ACCEPTED submissions per round, region (each level: county, city, province, and
-- '000000' for the nation) and indicator, added to in the accepting transaction.
create table report_region_total (
    round_id     bigint not null references report_round (id) on delete cascade,
    region_code  char(6) not null,
    indicator_id bigint not null references report_indicator (id),
    value        numeric(20, 2) not null,
    primary key (round_id, region_code, indicator_id)
);

create table report_region_progress (
    round_id       bigint not null references report_round (id) on delete cascade,
    region_code    char(6) not null,
    accepted_units integer not null,
    primary key (round_id, region_code)
);

-- Multi-level approval: an upper office accepts a region's roll-up once every unit below is accepted
-- (county) or every child region is accepted (city, province).
create table report_region_signoff (
    round_id    bigint not null references report_round (id) on delete cascade,
    region_code char(6) not null references region (code),
    signed_by   text not null,
    signed_at   timestamp not null,
    primary key (round_id, region_code)
);

-- Recomputes a round's regional totals from its accepted submissions: the same figures the running totals
-- hold (RollupLedger adds to them on each accept). For repairs and for data loaded in bulk (demo, benchmark).
create function reporting_rebuild_totals(p_round bigint) returns void language sql as $$
    delete from report_region_total where round_id = p_round;
    delete from report_region_progress where round_id = p_round;
    insert into report_region_total (round_id, region_code, indicator_id, value)
    select s.round_id, a.code, v.indicator_id, sum(v.value)
      from report_submission s
      join unit u on u.id = s.unit_id join region g on g.code = u.region_code
      cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                          union all select '000000') a
      join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
     where s.round_id = p_round and s.status = 'ACCEPTED'
     group by s.round_id, a.code, v.indicator_id;
    insert into report_region_progress (round_id, region_code, accepted_units)
    select s.round_id, a.code, count(*)
      from report_submission s
      join unit u on u.id = s.unit_id join region g on g.code = u.region_code
      cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                          union all select '000000') a
     where s.round_id = p_round and s.status = 'ACCEPTED'
     group by s.round_id, a.code;
$$;

-- The built-in template: the indicators and rules found in the seeds.
insert into report_template (code, name, figures, builtin)
values ('SHUANGDA_BASIC', '打击侵权假冒专项行动统计表', 'PERIOD', true);

insert into report_indicator (template_id, code, name, measure, value_type, formula, sort_order)
select t.id, i.code, i.name, i.measure, i.value_type, i.formula, i.sort_order
  from report_template t,
       (values ('officers', '出动执法人员', '人次', 'INTEGER', null, 10),
               ('entities_checked', '检查经营主体', '户', 'INTEGER', null, 20),
               ('markets_checked', '检查市场', '个', 'INTEGER', null, 30),
               ('areas_rectified', '整治重点区域', '处', 'INTEGER', null, 40),
               ('cases_opened', '立案查处案件', '件', 'INTEGER', null, 50),
               ('cases_closed', '结案', '件', 'INTEGER', null, 60),
               ('major_cases', '大案要案', '件', 'INTEGER', null, 70),
               ('case_value', '案值', '万元', 'MONEY', null, 80),
               ('dens_destroyed', '捣毁窝点', '个', 'INTEGER', null, 90),
               ('transferred', '移送公安', '件', 'INTEGER', null, 100),
               ('items_seized', '收缴查扣物品', '件', 'INTEGER', null, 110),
               ('leaflets', '宣传资料', '份', 'INTEGER', null, 120),
               ('joint_actions', '联合执法', '次', 'INTEGER', null, 130),
               ('samples', '抽检批次', '批次', 'INTEGER', null, 140),
               ('samples_passed', '抽检合格批次', '批次', 'INTEGER', null, 150),
               ('closure_rate', '结案率', '%', 'DECIMAL', 'cases_closed / cases_opened * 100', 160),
               ('pass_rate', '合格率', '%', 'DECIMAL', 'samples_passed / samples * 100', 170))
       as i (code, name, measure, value_type, formula, sort_order)
 where t.code = 'SHUANGDA_BASIC';

insert into report_rule (template_id, code, expression, severity, message_zh, message_en)
select t.id, r.code, r.expression, r.severity, r.zh, r.en
  from report_template t,
       (values ('transfer_le_opened', 'transferred <= cases_opened', 'ERROR',
                '移送公安案件数不能多于立案查处案件数', 'Cases transferred to police cannot exceed cases opened'),
               ('closed_le_opened', 'cases_closed <= cases_opened', 'ERROR',
                '结案数不能多于立案查处案件数', 'Cases closed cannot exceed cases opened'),
               ('major_le_opened', 'major_cases <= cases_opened', 'ERROR',
                '大案要案数不能多于立案查处案件数', 'Major cases cannot exceed cases opened'),
               ('passed_le_samples', 'samples_passed <= samples', 'ERROR',
                '抽检合格批次不能多于抽检批次', 'Batches passed cannot exceed batches sampled'),
               ('value_needs_case', 'case_value == 0 or cases_opened > 0', 'WARNING',
                '填报了案值但没有立案查处案件,请说明', 'A case value without any case opened: please explain'))
       as r (code, expression, severity, zh, en)
 where t.code = 'SHUANGDA_BASIC';

-- Permissions: the office reviews and manages templates; reporters and officers submit. Leaders and
-- prosecutors get nothing new here (they will read roll-ups, not individual submissions).
update role set permissions = array_cat(permissions, '{REPORT_REVIEW,TEMPLATE_MANAGE}')
 where code = 'LEADING_GROUP_OFFICE';
update role set permissions = array_cat(permissions, '{REPORT_SUBMIT}')
 where code in ('UNIT_REPORTER', 'ENFORCEMENT_OFFICER');
update role set permissions = array_cat(permissions, '{REPORT_SUBMIT,REPORT_REVIEW,TEMPLATE_MANAGE}')
 where code = 'SYSTEM_ADMIN';
