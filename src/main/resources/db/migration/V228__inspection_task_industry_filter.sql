-- A 定向 task's pool by industry (门类 of GB/T 4754-2017, published by entities in pub_entity_grading.industry).
alter table inspection_task add column filter_industry text check (filter_industry ~ '^[A-T]$');
