-- A tip's verification clock stands still for testing, inspection, quarantine, appraisal, expert review and the
-- rights holder's identification (《市场监督管理行政处罚程序规定》第十八条第二款, as for a clue; issue 12). One row per
-- pause; to_at null while it stands still; at most one open pause per filing.
create table filing_clock_pause (
    id         bigserial primary key,
    filing_id  bigint       not null references filing (id),
    reason     varchar(40)  not null,
    note       varchar(300),
    from_at    timestamptz  not null,
    to_at      timestamptz,
    paused_by  varchar(100) not null,
    resumed_by varchar(100),
    check (to_at is null or to_at >= from_at)
);
create index filing_clock_pause_filing on filing_clock_pause (filing_id);
create unique index filing_clock_pause_one_open on filing_clock_pause (filing_id) where to_at is null;
