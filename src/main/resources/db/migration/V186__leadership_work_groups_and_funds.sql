-- Work groups under a leading group (issue 15: 日常事务组, 宣传报道组, 案件查办指导组 …) with members and duties; a
-- meeting's decision may be given to a work group (its lead unit leads the task, its members' units cooperate).
create table work_group (
    id               bigserial primary key,
    leading_group_id bigint not null references leading_group (id),
    region_code      char(6) not null references region (code),
    name             text not null,
    duties           text not null default '',
    lead_unit_id     bigint not null references unit (id),
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    unique (leading_group_id, name)
);

create table work_group_member (
    work_group_id bigint not null references work_group (id) on delete cascade,
    seq           integer not null,
    role          text not null check (role in ('HEAD', 'DEPUTY', 'MEMBER', 'LIAISON')),
    person_name   text not null,
    title         text not null default '',
    unit_id       bigint references unit (id),
    primary key (work_group_id, seq)
);

alter table meeting_decision add column work_group_id bigint references work_group (id);

-- Campaign funds (专项经费): what each unit is allocated for a campaign and purpose, what was disbursed (拨付) with
-- the date and the document, and what was spent by purpose. Amounts in yuan with two decimals (numeric, never
-- floating point). Disbursed never exceeds allocated per unit and campaign (checked by the service, in words).
create table fund_allocation (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id),
    region_code char(6) not null references region (code),
    unit_id     bigint not null references unit (id),
    purpose     text not null check (purpose in ('PUBLICITY', 'EQUIPMENT', 'TESTING', 'REWARDS', 'SOFTWARE',
                                                 'CASE_HANDLING', 'OTHER')),
    amount      numeric(16, 2) not null check (amount > 0),
    note        text not null default '',
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create index fund_allocation_campaign_idx on fund_allocation (campaign_id, unit_id);

create table fund_movement (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id),
    region_code char(6) not null references region (code),
    unit_id     bigint not null references unit (id),
    kind        text not null check (kind in ('DISBURSEMENT', 'SPENDING')),
    purpose     text not null check (purpose in ('PUBLICITY', 'EQUIPMENT', 'TESTING', 'REWARDS', 'SOFTWARE',
                                                 'CASE_HANDLING', 'OTHER')),
    amount      numeric(16, 2) not null check (amount > 0),
    happened_on date not null,
    document    text not null default '',
    note        text not null default '',
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create index fund_movement_campaign_idx on fund_movement (campaign_id, unit_id, kind);
