-- Publicity activities (宣传活动, issue 18): what a member unit did to tell the public — exhibitions, lectures, media
-- reports, online campaigns, public destruction of seized goods, consultation desks (3·15, 4·26) — with the day, the
-- campaign it belongs to, materials handed out (份), attendance (人次) and reach (人次 reached by media and online),
-- and photos. They feed reporting's 宣传资料 and the activity counts (org.shuangda.publicity.PublicityFigures).
create table publicity_activity (
    id           bigserial primary key,
    unit_id      bigint  not null references unit (id),
    -- the unit's paths, copied so every scope check is a prefix range on the row
    unit_path    text    not null,
    region_path  text    not null,
    campaign_id  bigint  references campaign (id),
    held_on      date    not null,
    kind         text    not null check (kind in ('EXHIBITION', 'LECTURE', 'MEDIA', 'ONLINE', 'DESTRUCTION',
                                                  'CONSULTATION')),
    title        text    not null check (char_length(title) between 1 and 200),
    place        text    not null default '',
    materials    integer not null default 0 check (materials between 0 and 100000000),
    attendance   integer not null default 0 check (attendance between 0 and 100000000),
    reach        bigint  not null default 0 check (reach between 0 and 10000000000),
    note         text    not null default '',
    created_by   text    not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer not null default 0
);
create index publicity_activity_unit_idx on publicity_activity (unit_id, held_on);
create index publicity_activity_unit_path_idx on publicity_activity (unit_path text_pattern_ops);
create index publicity_activity_region_path_idx on publicity_activity (region_path text_pattern_ops);
create index publicity_activity_held_idx on publicity_activity (held_on desc, id desc);

-- Photos of an activity, in the database (every node serves them): JPG or PNG, checked by their first bytes.
create table publicity_photo (
    id           bigserial primary key,
    activity_id  bigint  not null references publicity_activity (id) on delete cascade,
    name         text    not null,
    content_type text    not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes   integer not null check (size_bytes > 0),
    content      bytea   not null,
    uploaded_by  text    not null,
    uploaded_at  timestamptz not null default now()
);
create index publicity_photo_activity_idx on publicity_photo (activity_id, id);

-- The figures reporting is offered from the activities: 宣传资料 is SHUANGDA_BASIC's (V8); the counts stand in a
-- template of their own, as the software ledger's do (V187).
insert into report_template (code, name, figures, builtin)
values ('SHUANGDA_PUBLICITY', '宣传活动情况统计表', 'PERIOD', true);

insert into report_indicator (template_id, code, name, measure, value_type, formula, sort_order)
select t.id, i.code, i.name, i.measure, i.value_type, i.formula, i.sort_order
  from report_template t,
       (values ('publicity_activities', '开展宣传活动', '次', 'INTEGER', null, 10),
               ('publicity_exhibitions', '其中：展览', '次', 'INTEGER', null, 20),
               ('publicity_lectures', '讲座', '次', 'INTEGER', null, 30),
               ('publicity_media', '媒体报道', '次', 'INTEGER', null, 40),
               ('publicity_online', '网络宣传', '次', 'INTEGER', null, 50),
               ('publicity_destructions', '集中销毁', '次', 'INTEGER', null, 60),
               ('publicity_desks', '咨询台', '次', 'INTEGER', null, 70),
               ('leaflets', '宣传资料', '份', 'INTEGER', null, 80),
               ('publicity_attendance', '参与群众', '人次', 'INTEGER', null, 90),
               ('publicity_reach', '覆盖人群', '人次', 'INTEGER', null, 100))
       as i (code, name, measure, value_type, formula, sort_order)
 where t.code = 'SHUANGDA_PUBLICITY';
