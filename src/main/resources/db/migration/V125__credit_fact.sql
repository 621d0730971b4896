-- Credit supervision (信用监管): every fact of a market entity's credit record, one row each, written only through
-- credit.CreditFacts. Unique on (source_ref, kind) so that a re-delivered event records nothing twice.
-- entity_id is the entities module's id (no foreign key across modules: facts outlive a deleted entity's row).
create table credit_fact (
    id            bigserial primary key,
    entity_id     bigint      not null,
    kind          text        not null check (kind in ('PENALTY', 'ABNORMAL_LISTED', 'ABNORMAL_REMOVED',
                                  'SERIOUS_LISTED', 'SERIOUS_REMOVED', 'INSPECTION_RESULT', 'SAMPLE_FAILED',
                                  'SAMPLE_PASSED', 'COMPLAINT_UPHELD', 'RESTORED')),
    source_module text        not null,
    source_ref    text        not null,
    occurred_on   date        not null,
    unit_id       bigint,
    region_path   text        not null,
    summary       text        not null,
    detail        jsonb       not null default '{}',
    tier          text        not null default 'NOT_SHOWN'
                              check (tier in ('NOT_SHOWN', 'MINOR', 'GENERAL', 'SERIOUS')),
    public_from   date,
    public_until  date,
    hidden_at     timestamptz,
    hidden_reason text,
    recorded_at   timestamptz not null default now(),
    unique (source_ref, kind),
    check (public_until is null or public_from is not null and public_until >= public_from)
);
create index credit_fact_entity on credit_fact (entity_id, occurred_on desc, id desc);
-- the expiry job's scan: facts still shown, by their last day
create index credit_fact_shown_until on credit_fact (public_until) where hidden_at is null and public_until is not null;

-- Who may do what (三员分立 untouched: CREDIT_VIEW and CREDIT_SETTINGS are of no duty, CREDIT_MANAGE is handling).
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{CREDIT_VIEW,CREDIT_MANAGE}'::text[])) p
                            order by p),
       version = version + 1
 where code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD');
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{CREDIT_VIEW,CREDIT_MANAGE,CREDIT_SETTINGS}'::text[])) p order by p),
       version = version + 1
 where code = 'LEADING_GROUP_OFFICE';
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{CREDIT_VIEW}'::text[])) p order by p),
       version = version + 1
 where code in ('READ_ONLY_LEADER', 'HOTLINE_AGENT');
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id
               where r.code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD', 'LEADING_GROUP_OFFICE', 'READ_ONLY_LEADER',
                                'HOTLINE_AGENT'));
