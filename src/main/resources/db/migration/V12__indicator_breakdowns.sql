-- Breakdown values (分类) become real: the built-in template's 收缴查扣物品 is broken down by the product
-- categories the seeds name (食品、药品、农资、建材、汽车配件、电子产品, and 其他 for the rest). Categories are
-- optional detail: submissions without them stay valid; with them, the total is their sum.
update report_indicator set breakdowns = '{食品,药品,农资,建材,汽车配件,电子产品,其他}'
 where code = 'items_seized'
   and template_id = (select id from report_template where code = 'SHUANGDA_BASIC' and builtin);

-- A breakdown key points at a label of the indicator (1..n); 0 is the total.
alter table submission_value add constraint submission_value_breakdown_key_check check (breakdown_key >= 0);
