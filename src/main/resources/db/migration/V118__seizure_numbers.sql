-- 查封扣押决定书 numbers (黎工商强〔2026〕n号) run per unit and year like case and clue numbers (V117's records).
alter table case_number_sequence drop constraint case_number_sequence_kind_check;
alter table case_number_sequence add constraint case_number_sequence_kind_check
    check (kind in ('CLUE', 'CASE', 'SEIZURE'));
