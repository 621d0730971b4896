-- The public portal (一公开, issue 18): how long a published record stays on the public site, in the rulebook like
-- every period, so a province may keep its own and a change takes effect from a future day.
insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('publication.display', '行政处罚信息公示期（本平台公示栏）', 3, 'YEARS', null, null,
 '《市场监督管理行政处罚信息公示规定》第十四条：行政处罚信息自公示之日起届满三年的，停止公示（仅受到通报批评或者较低数额罚款的为三个月，由信用档案的公示期管理）', '2000-01-01'),
('inspection.result.display', '双随机抽查结果公示期（本平台公示栏）', 3, 'YEARS', null, null,
 '《企业公示信息抽查办法》第十二条、第十五条规定抽查结果应当公示，未规定停止公示的期限；本平台按三年公示，省级可另定', '2000-01-01');
