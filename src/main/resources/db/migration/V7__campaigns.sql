-- 专项行动: campaign plans (实施方案) with phases, their own leading-group seats, focus lists and tasks split
-- between a lead (牵头) unit and cooperating (配合) units; progress reports with attachments kept on disk.
create table campaign (
    id               bigserial primary key,
    title            text not null,
    doc_number       text,
    issuing_unit_id  bigint references unit (id),
    region_code      char(6) not null references region (code),
    starts_on        date not null,
    ends_on          date not null,
    guiding_idea     text,
    goals            text,
    leading_group_id bigint references leading_group (id) on delete set null,
    office_unit_id   bigint references unit (id),
    office_contact   text,
    office_phone     text,
    rights_types     text[] not null default '{}',
    key_products     text[] not null default '{}',
    key_areas        text[] not null default '{}',
    key_domains      text[] not null default '{}',
    status           text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    cloned_from_id   bigint references campaign (id) on delete set null,
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    check (ends_on >= starts_on)
);
create index campaign_region_idx on campaign (region_code, starts_on desc);

-- Seats of a campaign's own group when it does not (only) refer to a standing leading group.
create table campaign_member (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    text not null check (position in ('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'OFFICE_DIRECTOR')),
    person_name text,
    title       text not null,
    unit_id     bigint references unit (id),
    sort_order  integer not null default 0
);
create index campaign_member_campaign_idx on campaign_member (campaign_id, sort_order);

create table campaign_phase (
    id          bigserial primary key,
    campaign_id bigint not null references campaign (id) on delete cascade,
    name        text not null,
    starts_on   date not null,
    ends_on     date not null,
    description text,
    sort_order  integer not null default 0,
    check (ends_on >= starts_on)
);
create index campaign_phase_campaign_idx on campaign_phase (campaign_id, sort_order);

-- Status is computed (未开始/进行中/逾期 from progress and the working-day calendar); only completion is stored.
create table campaign_task (
    id                          bigserial primary key,
    campaign_id                 bigint not null references campaign (id) on delete cascade,
    section                     text,
    title                       text not null,
    description                 text,
    lead_unit_id                bigint not null references unit (id),
    due_on                      date not null,
    supervised                  boolean not null default false,
    progress_every_working_days integer check (progress_every_working_days between 1 and 250),
    sort_order                  integer not null default 0,
    completed_at                timestamptz,
    completed_by                text,
    created_at                  timestamptz not null default now(),
    version                     integer not null default 0
);
create index campaign_task_campaign_idx on campaign_task (campaign_id, sort_order);
create index campaign_task_lead_idx on campaign_task (lead_unit_id);

create table campaign_task_cooperator (
    task_id bigint not null references campaign_task (id) on delete cascade,
    unit_id bigint not null references unit (id),
    primary key (task_id, unit_id)
);
create index campaign_task_cooperator_unit_idx on campaign_task_cooperator (unit_id);

-- A progress report by the lead unit (or the office), or a note by a cooperating unit.
create table task_progress (
    id                  bigserial primary key,
    task_id             bigint not null references campaign_task (id) on delete cascade,
    kind                text not null check (kind in ('PROGRESS', 'NOTE')),
    unit_id             bigint not null references unit (id),
    reported_by         text not null,
    reported_by_user_id bigint,
    reported_at         timestamptz not null default now(),
    body                text not null,
    file_name           text,
    file_type           text,
    file_size           bigint,
    file_key            text
);
create index task_progress_task_idx on task_progress (task_id, reported_at);

-- The built-in roles learn the campaign permissions: offices and administrators manage, member units
-- report on their tasks, leaders and prosecutors read.
update role set permissions = array_cat(permissions, '{CAMPAIGN_VIEW,CAMPAIGN_MANAGE}')
 where code = 'SYSTEM_ADMIN';
update role set permissions = array_cat(permissions, '{CAMPAIGN_VIEW,CAMPAIGN_MANAGE,TASK_REPORT}')
 where code = 'LEADING_GROUP_OFFICE';
update role set permissions = array_cat(permissions, '{CAMPAIGN_VIEW,TASK_REPORT}')
 where code in ('UNIT_REPORTER', 'ENFORCEMENT_OFFICER', 'POLICE_RECEIVER');
update role set permissions = array_cat(permissions, '{CAMPAIGN_VIEW}')
 where code in ('PROSECUTOR', 'READ_ONLY_LEADER');
