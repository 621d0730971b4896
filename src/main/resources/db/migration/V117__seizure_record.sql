-- 查封扣押 as a record (行政强制法 第二十四条): the decision (measure, place, 文号, date) with its items, and its
-- release (第二十八条: date, reason, what was returned or confiscated). One record per seizure of a case; the
-- clock stays on enforcement_case (seizure_started_at / seizure_released_at).
create table case_seizure (
    id              bigserial primary key,
    case_id         bigint not null references enforcement_case (id),
    measure         text not null check (measure in ('SEAL', 'DETAIN')),
    place           text not null,
    decision_number text not null,
    decided_on      date not null,
    recorded_at     timestamptz not null default now(),
    recorded_by     text not null,
    released_on     date,
    release_reason  text,
    disposal        text check (disposal in ('RETURNED', 'CONFISCATED'))
);
create index case_seizure_case on case_seizure (case_id);

create table case_seizure_item (
    seizure_id    bigint not null references case_seizure (id) on delete cascade,
    position      int not null,
    name          text not null,
    specification text,
    quantity      numeric(16, 3) not null check (quantity > 0),
    unit_label    text not null,
    value         numeric(16, 2) not null check (value >= 0),
    primary key (seizure_id, position)
);
