-- A built-in report template whose figures the complaints module derives from its filings
-- (org.shuangda.complaints.ComplaintFigures), so reporting can show them beside the typed-in ones.
insert into report_template (code, name, figures, builtin)
values ('SHUANGDA_COMPLAINTS', '投诉举报统计表', 'PERIOD', true);

insert into report_indicator (template_id, code, name, measure, value_type, formula, sort_order)
select t.id, i.code, i.name, i.measure, i.value_type, i.formula, i.sort_order
  from report_template t,
       (values ('complaints_received', '受理投诉', '件', 'INTEGER', null, 10),
               ('tips_received', '受理举报', '件', 'INTEGER', null, 20),
               ('enquiries_received', '受理咨询', '件', 'INTEGER', null, 30),
               ('tips_to_clues', '举报转为案件线索', '件', 'INTEGER', null, 40),
               ('filings_closed', '办结', '件', 'INTEGER', null, 50),
               ('filings_closed_on_time', '按期办结', '件', 'INTEGER', null, 60),
               ('filings_on_time_rate', '按期办结率', '%', 'DECIMAL', 'filings_closed_on_time / filings_closed * 100', 70))
       as i (code, name, measure, value_type, formula, sort_order)
 where t.code = 'SHUANGDA_COMPLAINTS';
