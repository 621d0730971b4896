-- Template versions: a template already used by a round is never changed under it. Editing it makes a new
-- version (same code, version + 1, based_on the old one) that new rounds use; existing rounds keep theirs.
-- Exactly one version of a code is current. A copy starts a new code at version 1, based_on its source.
alter table report_template drop constraint report_template_code_key;
alter table report_template add constraint report_template_code_version_key unique (code, version);
alter table report_template add column based_on bigint references report_template (id);
alter table report_template add column current boolean not null default true;
alter table report_template add column changed_at timestamptz not null default now();
alter table report_template add column changed_by text;
create unique index report_template_current_idx on report_template (code) where current;
