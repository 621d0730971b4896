-- Foundation schema: regions (GB/T 2260), units, users, roles with data scope, API tokens,
-- application settings and Spring Modulith's event publication log.
create extension if not exists pg_trgm;

create table app_setting (
    key        text primary key,
    value      text not null,
    updated_at timestamptz not null default now()
);

-- Administrative divisions. A code keeps its row when it retires (valid_to set), so history stays readable.
create table region (
    code        char(6) primary key,
    name        text not null,
    level       text not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    parent_code char(6) references region (code),
    path        text not null,
    valid_from  date not null,
    valid_to    date,
    check (valid_to is null or valid_to >= valid_from)
);
create index region_parent_idx on region (parent_code);
create index region_path_idx on region (path text_pattern_ops);

-- Member units (成员单位). path is the materialised unit tree: /1/7/12/
create table unit (
    id          bigserial primary key,
    name        text not null,
    short_name  text,
    type        text not null,
    region_code char(6) not null references region (code),
    parent_id   bigint references unit (id),
    path        text not null default '',
    contact     text,
    phone       text,
    address     text,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    version     integer not null default 0,
    unique (region_code, name)
);
create index unit_path_idx on unit (path text_pattern_ops);
create index unit_region_idx on unit (region_code);
create index unit_parent_idx on unit (parent_id);

create table role (
    id          bigserial primary key,
    code        text not null unique,
    name_zh     text not null,
    name_en     text not null,
    builtin     boolean not null default false,
    permissions text[] not null default '{}',
    version     integer not null default 0
);

create table app_user (
    id              bigserial primary key,
    username        text not null,
    display_name    text not null,
    unit_id         bigint not null references unit (id),
    password_hash   text not null,
    phone           text,
    email           text,
    enabled         boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);
create unique index app_user_username_idx on app_user (lower(username));
create index app_user_unit_idx on app_user (unit_id);

-- A role held by a user with its own data scope; region_code narrows REGION_SUBTREE (default: the unit's region).
create table user_role (
    id          bigserial primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    role_id     bigint not null references role (id),
    scope_kind  text not null check (scope_kind in ('OWN_UNIT', 'UNIT_SUBTREE', 'REGION_SUBTREE', 'ALL')),
    region_code char(6) references region (code),
    unique (user_id, role_id)
);

-- Bearer tokens for systems (hotlines, provincial platforms). Only a SHA-256 of the token is stored.
create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         text not null,
    token_hash   char(64) not null unique,
    token_prefix text not null,
    created_at   timestamptz not null default now(),
    created_by   text not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
create index api_token_user_idx on api_token (user_id);

-- Spring Modulith's transactional event log (schema v2), so an event survives a crash.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The built-in roles; an admin may edit their permissions or add roles.
insert into role (code, name_zh, name_en, builtin, permissions) values
 ('SYSTEM_ADMIN', '系统管理员', 'System administrator', true,
  '{UNIT_VIEW,UNIT_MANAGE,USER_VIEW,USER_MANAGE,ROLE_MANAGE,TOKEN_MANAGE,AUDIT_VIEW,CALENDAR_MANAGE,ENTITY_VIEW,ENTITY_MANAGE,ENTITY_IMPORT}'),
 ('LEADING_GROUP_OFFICE', '领导小组办公室', 'Leading-group office', true,
  '{UNIT_VIEW,UNIT_MANAGE,USER_VIEW,ENTITY_VIEW,ENTITY_MANAGE,ENTITY_IMPORT}'),
 ('UNIT_REPORTER', '成员单位信息联络员', 'Unit reporter', true,
  '{UNIT_VIEW,ENTITY_VIEW}'),
 ('ENFORCEMENT_OFFICER', '执法人员', 'Enforcement officer', true,
  '{UNIT_VIEW,ENTITY_VIEW,ENTITY_MANAGE,ENTITY_IMPORT}'),
 ('POLICE_RECEIVER', '公安受理人员', 'Police receiver', true,
  '{UNIT_VIEW,ENTITY_VIEW}'),
 ('PROSECUTOR', '检察监督人员', 'Prosecutor', true,
  '{UNIT_VIEW,ENTITY_VIEW}'),
 ('READ_ONLY_LEADER', '领导(只读)', 'Leader (read-only)', true,
  '{UNIT_VIEW,USER_VIEW,ENTITY_VIEW}');
