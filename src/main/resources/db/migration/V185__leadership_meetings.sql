-- The leading group's meetings (issue 15): a meeting of a leading group (领导小组会议, 联席会议, 总结会, 推进会,
-- 专题会) with the units invited from the group's seats and their replies and attendance, agenda items, the
-- minutes (会议纪要) in the seeds' structure and its numbered decisions; each decision becomes a campaign task when
-- the minutes are issued (task_id), so the next meeting's 上次会议议定事项落实情况 is read from the tasks.
create table meeting (
    id               bigserial primary key,
    leading_group_id bigint not null references leading_group (id),
    -- the group's region, copied so every scope check is one join (as briefings do)
    region_code      char(6) not null references region (code),
    -- the campaign whose tasks the decisions become; a meeting without one records decisions without tasks
    campaign_id      bigint references campaign (id),
    kind             text not null check (kind in ('LEADING_GROUP', 'JOINT', 'SUMMARY', 'PROGRESS', 'SPECIAL')),
    title            text not null,
    held_at          timestamptz not null,
    place            text not null,
    chair            text not null,
    status           text not null check (status in ('PLANNED', 'CONVENED', 'HELD', 'MINUTES_ISSUED')),
    convened_at      timestamptz,
    considers        text not null default '',
    points           text not null default '',
    emphasises       text not null default '',
    requires         text not null default '',
    minutes_number   text,
    minutes_issued_on date,
    minutes_issued_by text,
    created_by       text not null,
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    check (status <> 'MINUTES_ISSUED' or (minutes_number is not null and minutes_issued_on is not null))
);
create index meeting_group_idx on meeting (leading_group_id, held_at desc);
create unique index meeting_minutes_number_idx on meeting (leading_group_id, minutes_number)
    where minutes_number is not null;

-- The units invited (by default every unit with a seat in the group) and how each answered the 会议通知.
create table meeting_invitee (
    meeting_id  bigint not null references meeting (id) on delete cascade,
    unit_id     bigint not null references unit (id),
    reply       text not null default 'PENDING' check (reply in ('PENDING', 'ATTEND', 'SUBSTITUTE', 'ABSENT')),
    -- who comes (the seat's holder or the substitute) as the unit answered
    attendee    text not null default '',
    replied_by  text,
    replied_at  timestamptz,
    -- recorded by the office at the meeting: null until then
    attended    boolean,
    primary key (meeting_id, unit_id)
);

create table meeting_agenda_item (
    meeting_id bigint not null references meeting (id) on delete cascade,
    seq        integer not null,
    title      text not null,
    -- what the item discusses: a campaign, a round, a briefing, an assessment result (by id), or nothing
    link_kind  text check (link_kind in ('CAMPAIGN', 'ROUND', 'BRIEFING', 'ASSESSMENT')),
    link_id    bigint,
    primary key (meeting_id, seq),
    check ((link_kind is null) = (link_id is null))
);

create table meeting_decision (
    id           bigserial primary key,
    meeting_id   bigint not null references meeting (id) on delete cascade,
    seq          integer not null,
    text         text not null,
    lead_unit_id bigint not null references unit (id),
    cooperator_ids bigint[] not null default '{}',
    due_on       date,
    task_id      bigint references campaign_task (id) on delete set null,
    unique (meeting_id, seq)
);
create index meeting_decision_task_idx on meeting_decision (task_id);
