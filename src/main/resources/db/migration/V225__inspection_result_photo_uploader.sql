-- Evidence photos of an inspection result (issue 16 item 5; the table came with V170): who took them, and their
-- size for the list. The photos stay in the database (bytea, at most 5 MB each, 9 per result): on several
-- nodes every node serves them, and a backup of the database carries the evidence with the result.
alter table inspection_result_photo add column uploaded_by text not null default '';
alter table inspection_result_photo add column size integer not null default 0 check (size between 0 and 5242880);
create index inspection_result_photo_result on inspection_result_photo (result_id, id);
