-- Early warning (issue 14 item 7): a credit restoration application near the end of its acceptance or decision
-- clock (SAMR Order 107 art.14, 16; the clocks are credit.record's). window_days: calendar days ahead, as for
-- PERIOD_ENDING. The national default warns two days ahead.
alter table credit_warning_rule drop constraint credit_warning_rule_kind_check;
alter table credit_warning_rule add constraint credit_warning_rule_kind_check check (kind in ('GRADE_FELL',
    'COMPLAINTS_ENTITY', 'COMPLAINTS_CATEGORY', 'COMPLAINTS_PLACE', 'SAMPLES_FAILED', 'PERIOD_ENDING', 'RESTORATION_DUE'));
alter table credit_warning drop constraint credit_warning_kind_check;
alter table credit_warning add constraint credit_warning_kind_check check (kind in ('GRADE_FELL',
    'COMPLAINTS_ENTITY', 'COMPLAINTS_CATEGORY', 'COMPLAINTS_PLACE', 'SAMPLES_FAILED', 'PERIOD_ENDING', 'RESTORATION_DUE'));
insert into credit_warning_rule (kind, threshold, window_days, grade) values ('RESTORATION_DUE', 1, 2, null);
