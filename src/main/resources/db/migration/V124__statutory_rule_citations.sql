-- The articles of the seeded periods' sources (issue 12: the legal source names regulation and article). Only the
-- citation text of the seeded national versions changes, never a length: running clocks are untouched.
update statutory_rule set source =
 '《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）第十四条：自收到投诉之日起七个工作日内作出受理或者不予受理的决定，并告知投诉人'
 where rule_key = 'complaint.acceptance' and owner_region_path is null and effective_from = '2000-01-01';
update statutory_rule set source =
 '《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）第二十一条：自投诉受理之日起四十五个工作日内投诉人和被投诉人未能达成调解协议的，终止调解'
 where rule_key = 'complaint.mediation' and owner_region_path is null and effective_from = '2000-01-01';
update statutory_rule set source =
 '《市场监督管理投诉举报处理暂行办法》第三十一条：举报按照市场监督管理行政处罚有关规定处理；《市场监督管理行政处罚程序规定》第十八条：自收到材料之日起十五个工作日内予以核查，特殊情况下经负责人批准可以延长十五个工作日；检测、检验、检疫、鉴定、专家评审以及权利人辨认或者鉴别等所需时间不计入期限'
 where rule_key = 'tip.verification' and owner_region_path is null and effective_from = '2000-01-01';
update statutory_rule set source =
 '《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）第三十一条：举报人实名举报的，有处理权限的市场监督管理部门还应当自作出是否立案决定之日起五个工作日内告知举报人'
 where rule_key = 'tip.notice' and owner_region_path is null and effective_from = '2000-01-01';
update statutory_rule set source =
 '《市场监督管理行政处罚程序规定》第十八条：自发现线索或者收到材料之日起十五个工作日内予以核查，特殊情况下经负责人批准可以延长十五个工作日；检测、检验、检疫、鉴定、专家评审以及权利人辨认或者鉴别等所需时间不计入期限'
 where rule_key = 'clue.verification' and owner_region_path is null and effective_from = '2000-01-01';
