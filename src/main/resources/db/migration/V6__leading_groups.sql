-- 领导小组: the standing 双打 leading group of a region, its office (办公室) and members by post.
-- Campaigns refer to it; a campaign may also carry its own group.
create table leading_group (
    id             bigserial primary key,
    name           text not null,
    region_code    char(6) not null references region (code),
    office_unit_id bigint not null references unit (id),
    office_contact text,
    office_phone   text,
    duties         text,
    established_on date,
    version        integer not null default 0,
    unique (region_code, name)
);
create index leading_group_office_idx on leading_group (office_unit_id);

create table leading_group_member (
    id          bigserial primary key,
    group_id    bigint not null references leading_group (id) on delete cascade,
    position    text not null check (position in ('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'OFFICE_DIRECTOR')),
    person_name text,
    title       text not null,
    unit_id     bigint references unit (id),
    sort_order  integer not null default 0
);
create index leading_group_member_group_idx on leading_group_member (group_id, sort_order);
create index leading_group_member_unit_idx on leading_group_member (unit_id);
