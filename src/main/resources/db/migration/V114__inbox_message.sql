-- The message centre (issue 13): one row per recipient person of a notice. A notice to a unit (催报, a returned
-- submission, a transfer handed over, a deadline) is fanned out to the unit's users who may act on it; the row
-- keeps when it was created and when the person read it (the read receipt the sender sees).
create table inbox_message (
    id           bigserial primary key,
    notice_id    uuid        not null,            -- one notice = the rows of all its recipients
    recipient_id bigint      not null,            -- pub_user.id
    unit_id      bigint      not null,            -- the unit the notice was addressed to (pub_unit.id)
    kind         text        not null,            -- MANUAL, DUE_SOON, OVERDUE, SUBMISSION_RETURNED, TRANSFER_HANDED_OVER, …
    subject      text        not null,
    body         text        not null,
    link         text,
    sent_by      text,                            -- username of the person who sent it; null: the platform
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index inbox_message_recipient_idx on inbox_message (recipient_id, (read_at is null) desc, created_at desc, id desc);
create index inbox_message_unread_idx on inbox_message (recipient_id) where read_at is null;
create index inbox_message_sent_by_idx on inbox_message (sent_by, created_at desc) where sent_by is not null;
create index inbox_message_notice_idx on inbox_message (notice_id);
