-- The inspector pool's own facts (执法检查人员名录库, issue 16 item 2): the officers themselves come from identity
-- (identity.Officers, a published query: enabled, INSPECTION_HANDLE, their unit); what inspections adds is each
-- officer's enforcement certificate (行政执法证: number and valid-until day) and specialties. An officer whose
-- certificate ran out is left out of the pools frozen after that day; one without a row is in (not yet entered).
create table inspection_inspector (
    officer_id        bigint      primary key,
    certificate_no    text        check (char_length(certificate_no) between 1 and 40),
    certificate_until date,
    specialties       text[]      not null default '{}',
    unit_path         text        not null,
    region_path       text        not null,
    updated_by        text        not null,
    updated_at        timestamptz not null,
    version           integer     not null default 0
);
