-- 督查 (issue 18): the office's planned visits to member units with a checklist; each finding becomes a
-- rectification task with a due date, answered by the unit and closed (销号) by the office.
create table supervision_visit (
    id             bigserial primary key,
    office_unit_id bigint not null references unit (id),
    region_code    char(6) not null references region (code),
    unit_id        bigint not null references unit (id),
    title          text not null,
    planned_on     date not null,
    visited_on     date,
    inspectors     text not null default '',
    summary        text not null default '',
    status         text not null check (status in ('PLANNED', 'VISITED', 'CLOSED')),
    created_by     text not null,
    created_at     timestamptz not null default now(),
    version        integer not null default 0
);
create index supervision_visit_unit_idx on supervision_visit (unit_id, planned_on desc);
create index supervision_visit_region_idx on supervision_visit (region_code, planned_on desc);

create table supervision_check (
    visit_id bigint not null references supervision_visit (id) on delete cascade,
    seq      integer not null,
    text     text not null,
    outcome  text check (outcome in ('MET', 'PROBLEM', 'NOT_APPLICABLE')),
    note     text not null default '',
    primary key (visit_id, seq)
);

create table supervision_finding (
    id            bigserial primary key,
    visit_id      bigint not null references supervision_visit (id) on delete cascade,
    seq           integer not null,
    text          text not null,
    due_on        date not null,
    status        text not null default 'OPEN' check (status in ('OPEN', 'REPORTED', 'CLOSED')),
    rectification text not null default '',
    reported_by   text,
    reported_at   timestamptz,
    closed_by     text,
    closed_on     date,
    unique (visit_id, seq)
);
create index supervision_finding_open_idx on supervision_finding (due_on) where status <> 'CLOSED';
