-- Intake is the hot path: the audit chain appends under one lock held until commit, so auditing each
-- filing in its own request transaction would queue every intake behind the previous one's fsync.
-- A new filing is committed with audited = false and FilingIntakeAudit appends its CREATE entry within a
-- second, many filings per chain lock; a crash in between leaves the flag false and the entry is written
-- after the restart, so no intake goes unaudited.
alter table filing add column audited boolean not null default true;
create index filing_unaudited_idx on filing (id) where not audited;
