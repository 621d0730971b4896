-- Commendations (表彰, issue 15): the office opens a round for a campaign with quotas per nominating unit for
-- 先进集体 and 先进个人; units nominate with their deeds (事迹材料); the office closes the round, approves or
-- rejects each nomination (a market entity on a credit list cannot be commended: checked at nomination) and issues
-- the 表扬通知, published on the public pages when the round is marked public.
create table commendation_round (
    id                 bigserial primary key,
    campaign_id        bigint not null references campaign (id),
    region_code        char(6) not null references region (code),
    title              text not null,
    collective_quota   integer not null check (collective_quota between 0 and 100),
    individual_quota   integer not null check (individual_quota between 0 and 100),
    nominations_due    date not null,
    public             boolean not null default false,
    status             text not null check (status in ('OPEN', 'REVIEW', 'ISSUED')),
    notice_number      text,
    issued_on          date,
    issued_by          text,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    version            integer not null default 0,
    check (status <> 'ISSUED' or (notice_number is not null and issued_on is not null))
);
create index commendation_round_campaign_idx on commendation_round (campaign_id);

create table commendation_nomination (
    id                 bigserial primary key,
    round_id           bigint not null references commendation_round (id) on delete cascade,
    nominating_unit_id bigint not null references unit (id),
    kind               text not null check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    -- a collective is a unit or a market entity; a person belongs to a unit
    nominee_unit_id    bigint references unit (id),
    nominee_entity_id  bigint references market_entity (id),
    nominee_name       text not null,
    person_title       text not null default '',
    deeds              text not null,
    status             text not null default 'NOMINATED' check (status in ('NOMINATED', 'APPROVED', 'REJECTED')),
    decision_reason    text not null default '',
    decided_by         text,
    decided_at         timestamptz,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    check (kind = 'INDIVIDUAL' or nominee_unit_id is not null or nominee_entity_id is not null)
);
create index commendation_nomination_round_idx on commendation_nomination (round_id, nominating_unit_id);
create index commendation_nomination_unit_idx on commendation_nomination (nominee_unit_id) where status = 'APPROVED';
