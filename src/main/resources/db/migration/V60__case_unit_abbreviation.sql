-- The abbreviation a unit prints in its case and clue numbers (黎市监处〔2026〕12号) is a setting of the cases
-- module: it moves off organization's unit table (V20 added it there) into a table cases owns. A unit without
-- a row prints its short name + 处.
create table case_unit_abbreviation (
    unit_id      bigint primary key references unit (id) on delete cascade,
    abbreviation text not null
);

insert into case_unit_abbreviation (unit_id, abbreviation)
select id, case_abbreviation from unit where case_abbreviation is not null;

alter table unit drop column case_abbreviation;
