-- 案值 as one figure from its parts (issue 13, cases.CaseValue): what the officer typed on the case form is kept
-- apart (case_value_entered, null when left to the goods), case_value stays the figure every list, threshold and
-- statistic reads: the itemised value of the goods and of the seized items (the same goods counted once), or the
-- typed figure where it is higher. Cases recorded before: a 案值 that is not the sum of the goods was typed.
alter table enforcement_case add column case_value_entered numeric(16, 2);
update enforcement_case c set case_value_entered = c.case_value
 where c.case_value is not null
   and c.case_value is distinct from (select sum(g.value) from case_goods g where g.case_id = c.id);

-- 解除查封（扣押）决定书 has a 文号 of its own, from the unit's 强 series (the seizure numbering, V118).
alter table case_seizure add column release_number text;
