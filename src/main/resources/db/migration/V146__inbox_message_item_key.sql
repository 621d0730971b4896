-- The daily notices of due items (messages.DueNotices) name their item (kind:id) on each person's message, so that
-- a person with the item's notice still unread is not sent it again the next day: the unread count and the inbox
-- show each due item once.
alter table inbox_message add column item_key text;
create index inbox_message_item_unread_idx on inbox_message (item_key) where item_key is not null and read_at is null;
