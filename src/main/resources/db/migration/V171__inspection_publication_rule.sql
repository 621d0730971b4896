-- 双随机、一公开 (issue 16): the publication clock of inspection results, in the rulebook like every period.
insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('inspection.result.publication', '抽查结果公示', 20, 'WORKING_DAYS', null, null,
 '《企业公示信息抽查办法》（国家市场监督管理总局令第67号，第101号令修改）第十二条、第十五条：抽查结果自检查结束之日起二十个工作日内通过国家企业信用信息公示系统公示', '2000-01-01');
