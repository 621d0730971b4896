-- Configuration owned by a level (issue 11, docs/decisions/0007-configuration-ownership.md): every configurable
-- row names the region that owns it by its path (/140000/140400/140426/); null is the national default. Edits
-- are checked by shared.Configurable; reads take the most specific row that applies to the region at hand.
-- (Routing rules already belong to their region_code and need no column.)

-- The owner of an existing row made by a person: national when that person held any role with scope ALL,
-- else the region of their unit. Unknown people (a deleted account, a system actor) leave the row national.
create function pg_temp.owner_of(who text) returns text language sql stable as $$
    select case when exists (select 1 from user_role ur where ur.user_id = u.id and ur.scope_kind = 'ALL')
                then null else r.path end
      from app_user u join unit un on un.id = u.unit_id join region r on r.code = un.region_code
     where lower(u.username) = lower(who)
$$;

-- 立案追诉标准: national law; every existing row is national.
alter table criminal_threshold add column owner_region_path text
    check (owner_region_path is null or owner_region_path ~ '^(/[0-9]{6})+/$');

-- 文书模板: one per document and owner (the shipped default stays in code, national).
alter table case_document_template add column owner_region_path text
    check (owner_region_path is null or owner_region_path ~ '^(/[0-9]{6})+/$');
update case_document_template set owner_region_path = pg_temp.owner_of(uploaded_by);
alter table case_document_template drop constraint case_document_template_pkey;
create unique index case_document_template_owner_idx on case_document_template (code, coalesce(owner_region_path, ''));

-- 报表模板: every version of a code has the owner of the code's first version; built-in ones are national.
alter table report_template add column owner_region_path text
    check (owner_region_path is null or owner_region_path ~ '^(/[0-9]{6})+/$');
update report_template t set owner_region_path = pg_temp.owner_of(
        (select f.changed_by from report_template f where f.code = t.code order by f.version limit 1))
 where not t.builtin;

-- the helper would otherwise live on in the pooled connection Flyway used
drop function pg_temp.owner_of(text);
