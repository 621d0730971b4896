-- Generated documents (通报, 阶段性总结): a draft is composed from the figures and stored as editable
-- paragraphs; issuing freezes it (number, date, who) and the DOCX is always produced from the stored text.
create table briefing (
    id          bigserial primary key,
    kind        text not null check (kind in ('ROUND_BRIEFING', 'STAGE_SUMMARY')),
    campaign_id bigint not null references campaign (id),
    round_id    bigint references report_round (id),
    -- the campaign's region, copied so every scope check is one join
    region_code char(6) not null references region (code),
    rounded     boolean not null,
    status      text not null check (status in ('DRAFT', 'ISSUED')),
    doc_number  text,
    issued_on   date,
    issued_by   text,
    issued_at   timestamptz,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0,
    check (kind = 'STAGE_SUMMARY' or round_id is not null),
    check (status = 'DRAFT' or (doc_number is not null and issued_on is not null and issued_by is not null))
);
create index briefing_campaign_idx on briefing (campaign_id, id);
-- a number is issued once per campaign
create unique index briefing_number_idx on briefing (campaign_id, doc_number) where doc_number is not null;

create table briefing_paragraph (
    briefing_id bigint not null references briefing (id) on delete cascade,
    seq         integer not null,
    style       text not null check (style in ('TITLE', 'ADDRESSEE', 'HEADING', 'BODY', 'SIGNATURE')),
    text        text not null,
    primary key (briefing_id, seq)
);

-- Reminders sent to units for a round: the scheduled kinds at most once per unit, round and kind;
-- the office's manual reminders as often as it presses the button.
create table reminder_log (
    id         bigserial primary key,
    round_id   bigint not null references report_round (id) on delete cascade,
    unit_id    bigint not null references unit (id),
    kind       text not null check (kind in ('DUE_SOON', 'OVERDUE', 'MANUAL')),
    sent_on    date not null,
    sent_by    text,
    sent_at    timestamptz not null default now()
);
create unique index reminder_log_once_idx on reminder_log (round_id, unit_id, kind) where kind <> 'MANUAL';
