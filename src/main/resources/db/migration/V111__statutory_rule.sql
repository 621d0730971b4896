-- The rulebook (时限规则, issue 12): every statutory period the platform applies, one row per version. A change is a
-- new row with a later effective_from, so a clock started before it keeps the version in force on its start day
-- (never changed silently). owner_region_path: null for the national rule, a province's path for its override
-- (shared/Configurable.STATUTORY_RULE). Seeded with the values the code used until now, effective since 2000.
create table statutory_rule (
    id                bigserial primary key,
    rule_key          varchar(60)  not null check (rule_key ~ '^[a-z][a-z0-9.-]*$'),
    owner_region_path varchar(200) check (owner_region_path ~ '^(/[0-9]{6})+/$'),
    name              varchar(100) not null,
    amount            integer      not null check (amount > 0),
    unit              varchar(20)  not null
        check (unit in ('WORKING_DAYS', 'NATURAL_DAYS', 'CALENDAR_DAYS', 'HOURS', 'MONTHS', 'YEARS')),
    extension_amount  integer check (extension_amount > 0),
    pauses            varchar(300),
    source            varchar(500) not null,
    effective_from    date         not null,
    changed_at        timestamp    not null default now(),
    changed_by        varchar(100) not null default 'system'
);
create unique index statutory_rule_version on statutory_rule (rule_key, coalesce(owner_region_path, ''), effective_from);

insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('complaint.acceptance', '投诉受理', 7, 'WORKING_DAYS', null, null,
 '《市场监督管理投诉举报处理暂行办法》：自收到投诉之日起七个工作日内作出受理或者不予受理的决定', '2000-01-01'),
('complaint.mediation', '投诉调解', 45, 'WORKING_DAYS', null, null,
 '《市场监督管理投诉举报处理暂行办法》：自投诉受理之日起四十五个工作日内未能达成调解协议的，终止调解', '2000-01-01'),
('tip.verification', '举报核查', 15, 'WORKING_DAYS', 15, '检测、检验、检疫、鉴定、专家评审、权利人辨认',
 '《市场监督管理投诉举报处理暂行办法》：自收到举报材料之日起十五个工作日内核查，经负责人批准可以延长十五个工作日', '2000-01-01'),
('tip.notice', '告知举报人', 5, 'WORKING_DAYS', null, null,
 '《市场监督管理投诉举报处理暂行办法》：自作出是否立案决定之日起五个工作日内告知实名举报人', '2000-01-01'),
('clue.verification', '线索核查', 15, 'WORKING_DAYS', 15, '检测、检验、检疫、鉴定、专家评审、权利人辨认',
 '《市场监督管理行政处罚程序规定》第十八条：自发现线索或者收到材料之日起十五个工作日内核查，特殊情况下经负责人批准可以延长十五个工作日', '2000-01-01'),
('case.decision', '作出处理决定', 90, 'NATURAL_DAYS', 30, '检测、检验、检疫、鉴定、专家评审、权利人辨认、听证、公告',
 '《中华人民共和国行政处罚法》第六十条：自立案之日起九十日内作出行政处罚决定；《市场监督管理行政处罚程序规定》第六十四条：经负责人批准可以延长三十日', '2000-01-01'),
('seizure.hold', '查封扣押期限', 30, 'NATURAL_DAYS', 30, '检测、检验、检疫、技术鉴定',
 '《中华人民共和国行政强制法》第二十五条：查封、扣押的期限不得超过三十日；情况复杂的，经批准可以延长，但延长期限不得超过三十日', '2000-01-01'),
('transfer.head-decision', '移送审批', 3, 'NATURAL_DAYS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条：正职负责人自接到报告之日起3日内作出批准移送或者不批准移送的决定。“3日”按期间的一般规定：不计当日，届满日为节假日的顺延至其后第一个工作日', '2000-01-01'),
('transfer.handover', '移送公安', 24, 'HOURS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条：决定批准的，应当在24小时内向同级公安机关移送；按小时精确计算，节假日不顺延', '2000-01-01'),
('transfer.acceptance', '公安受理', 3, 'NATURAL_DAYS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条：公安机关应当自接受移送之日起3日内审查。“3日”为自然日，届满日为节假日的顺延', '2000-01-01'),
('transfer.filing', '公安立案决定', 3, 'NATURAL_DAYS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条：3日内作出立案或者不予立案的决定。“3日”为自然日，届满日为节假日的顺延', '2000-01-01'),
('transfer.reconsideration-request', '提请复议', 3, 'NATURAL_DAYS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条：接到不予立案通知书后3日内可以提请复议。“3日”为自然日，届满日为节假日的顺延', '2000-01-01'),
('transfer.reconsideration-answer', '复议决定', 3, 'NATURAL_DAYS', null, null,
 '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条：公安机关应当自收到提请复议的文件之日起3日内作出复议决定。“3日”为自然日，届满日为节假日的顺延', '2000-01-01'),
('transfer.opinion-answer', '答复移送建议', 7, 'NATURAL_DAYS', null, null,
 '平台默认期限：《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第十四条规定检察机关依法实施监督，未规定答复期限', '2000-01-01'),
('publication.publish', '处罚信息公示', 20, 'WORKING_DAYS', null, null,
 '《市场监督管理行政处罚信息公示规定》第十条：自作出行政处罚决定之日起二十个工作日内公示', '2000-01-01');
