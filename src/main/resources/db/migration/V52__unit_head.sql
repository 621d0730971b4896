-- 单位负责人: the head of a member unit (or the one in charge of its work).
--
-- 国务院令第310号《行政执法机关移送涉嫌犯罪案件的规定》第五条 gives the decision to transfer a suspected crime
-- (批准移送 or not, within 3 days of the report) to the head of the agency that investigated it; the same head
-- approves the extensions of the agency's own clocks (线索核查 +15 working days, 办案期限 +30 days, 查封扣押
-- +30 days). Until now the county leading-group office held CASE_APPROVE: it coordinates the member units but
-- heads none of them, so it loses the approval here and keeps 督办 (CASE_SUPERVISE). A deployment that relied on
-- the office approving grants UNIT_HEAD (own unit) to each agency's head.
insert into role (code, name_zh, name_en, builtin, permissions)
values ('UNIT_HEAD', '单位负责人', 'Unit head', true,
        '{UNIT_VIEW,ENTITY_VIEW,CAMPAIGN_VIEW,TASK_REPORT,CASE_VIEW,CASE_APPROVE,FILING_VIEW}');

update role set permissions = array_remove(permissions, 'CASE_APPROVE') where code = 'LEADING_GROUP_OFFICE';
