-- Credit record (issue 14 items 1 and 4): the display periods and the restoration clocks of SAMR Order 107
-- (市场监督管理信用修复管理办法, in force 2025-12-25) as rulebook rows, so that a change takes effect for facts and
-- applications from its effective date on and never moves a running period. Seeded as effective since 2000 like
-- the other rows: a historical penalty counts its period by the same rule.
insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('credit.display.minor', '轻微行政处罚信息公示期', 3, 'MONTHS', null, null,
 '《市场监督管理信用修复管理办法》第七条：仅受到通报批评或者从轻、减轻处以较低数额罚款（法人和其他组织五万元以下、自然人五千元以下）的行政处罚信息，公示期为三个月，期满停止公示', '2000-01-01'),
('credit.display.general', '一般行政处罚信息公示期', 1, 'YEARS', null, null,
 '《市场监督管理信用修复管理办法》第九条：其他一般行政处罚信息，公示期最短三个月、最长一年，期满停止公示', '2000-01-01'),
('credit.display.serious', '严重行政处罚信息公示期', 3, 'YEARS', null, null,
 '《市场监督管理信用修复管理办法》第八条：涉及食品、药品、特种设备等领域或者限制开展生产经营活动、降低资质等级、吊销许可证件、责令关闭等较重行政处罚信息，公示期最短一年、最长三年，期满停止公示', '2000-01-01'),
('credit.restoration.earliest-general', '一般处罚信用修复最早申请', 3, 'MONTHS', null, null,
 '《市场监督管理信用修复管理办法》第九条：公示满三个月后可以申请信用修复', '2000-01-01'),
('credit.restoration.earliest-serious', '严重处罚信用修复最早申请', 1, 'YEARS', null, null,
 '《市场监督管理信用修复管理办法》第八条：公示满一年后可以申请信用修复；吊销许可证件、责令关闭等处罚不予修复，公示满三年停止公示', '2000-01-01'),
('credit.restoration.acceptance', '信用修复受理', 2, 'WORKING_DAYS', null, null,
 '《市场监督管理信用修复管理办法》第十四条：自收到申请之日起二个工作日内作出受理决定；材料不齐全的，一次性告知需要补正的全部材料', '2000-01-01'),
('credit.restoration.decision', '信用修复决定', 7, 'WORKING_DAYS', 10, null,
 '《市场监督管理信用修复管理办法》第十六条：自受理之日起七个工作日内作出决定（经营异常名录二个工作日）；情况复杂的，经负责人批准可以延长十个工作日', '2000-01-01');

-- The system administrator may run the display-expiry job now (CREDIT_SETTINGS is of no duty: 三员分立 untouched).
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{CREDIT_SETTINGS}'::text[])) p order by p),
       version = version + 1
 where code = 'SYSTEM_ADMIN' and not ('CREDIT_SETTINGS' = any(permissions));
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id where r.code = 'SYSTEM_ADMIN');
