-- The message centre's daily notices of due items (messages.DueNotices): one row per item, unit and day a
-- notice went out, so that a second run the same day (a restart, a second instance) sends nothing twice.
create table due_notice_sent (
    kind        text        not null,
    item_id     text        not null,
    unit_id     bigint      not null,
    notice_day  date        not null,
    due_on      date        not null,
    sent_at     timestamptz not null,
    recipients  integer     not null default 0,
    primary key (kind, item_id, unit_id, notice_day)
);
create index due_notice_sent_day_idx on due_notice_sent (notice_day);
