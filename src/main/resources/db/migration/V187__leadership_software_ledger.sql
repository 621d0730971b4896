-- Software legalisation (软件正版化, issue 15): each government unit's ledger of the software on its computers —
-- operating systems, office and security software — with installations, licences, expiry and procurement; where
-- licences are fewer than installations the entry names its rectification. Checks (the unit's yearly self-check,
-- the office's inspection) keep a snapshot of the totals, so a period's figures are those of its latest check;
-- an inspection's findings may become a rectification task of a campaign.
create table software_unit (
    unit_id     bigint primary key references unit (id),
    region_code char(6) not null references region (code),
    computers   integer not null check (computers >= 0),
    updated_by  text not null,
    updated_at  timestamptz not null default now(),
    version     integer not null default 0
);

create table software_entry (
    id                 bigserial primary key,
    unit_id            bigint not null references unit (id),
    region_code        char(6) not null references region (code),
    category           text not null check (category in ('OS', 'OFFICE', 'SECURITY', 'OTHER')),
    product            text not null,
    installed          integer not null check (installed >= 0),
    licensed           integer not null check (licensed >= 0),
    licence_expires_on date,
    procured_on        date,
    procurement_amount numeric(16, 2) check (procurement_amount >= 0),
    rectification      text not null default '',
    updated_by         text not null,
    updated_at         timestamptz not null default now(),
    version            integer not null default 0,
    check (licensed >= installed or rectification <> '')
);
create index software_entry_unit_idx on software_entry (unit_id, category);

create table software_check (
    id          bigserial primary key,
    unit_id     bigint not null references unit (id),
    region_code char(6) not null references region (code),
    kind        text not null check (kind in ('SELF_CHECK', 'INSPECTION')),
    checked_on  date not null,
    checked_by  text not null,
    computers   integer not null,
    installed   integer not null,
    licensed    integer not null,
    -- installations covered by a licence, per category: min(licensed, installed) summed over the entries
    covered     integer not null,
    findings    text not null default '',
    rectify_by  date,
    task_id     bigint references campaign_task (id) on delete set null,
    created_at  timestamptz not null default now()
);
create index software_check_unit_idx on software_check (unit_id, checked_on desc);

-- The figures reporting is offered from the ledger (org.shuangda.leadership.SoftwareFigures).
insert into report_template (code, name, figures, builtin)
values ('SHUANGDA_SOFTWARE', '软件正版化工作情况统计表', 'PERIOD', true);

insert into report_indicator (template_id, code, name, measure, value_type, formula, sort_order)
select t.id, i.code, i.name, i.measure, i.value_type, i.formula, i.sort_order
  from report_template t,
       (values ('software_computers', '在用计算机', '台', 'INTEGER', null, 10),
               ('software_installed', '安装软件', '套', 'INTEGER', null, 20),
               ('software_covered', '其中正版', '套', 'INTEGER', null, 30),
               ('software_licensed_rate', '软件正版率', '%', 'DECIMAL', 'software_covered / software_installed * 100', 40),
               ('software_inspections', '检查次数', '次', 'INTEGER', null, 50))
       as i (code, name, measure, value_type, formula, sort_order)
 where t.code = 'SHUANGDA_SOFTWARE';
