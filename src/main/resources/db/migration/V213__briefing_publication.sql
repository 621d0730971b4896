-- 通报 and stage summaries published on the public portal (issue 18): an issued document the office marks public
-- is shown at /public/briefings until the office withdraws it. A table of its own, so a document's own row and its
-- lifecycle are not touched: the public side is one fact about an issued document.
create table briefing_publication (
    briefing_id  bigint primary key references briefing (id) on delete cascade,
    published_on date   not null,
    published_by text   not null,
    withdrawn_on date,
    withdrawn_by text,
    check (withdrawn_on is null or withdrawn_by is not null)
);
create index briefing_publication_shown_idx on briefing_publication (published_on desc) where withdrawn_on is null;
