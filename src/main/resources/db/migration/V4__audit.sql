-- The audit trail (审计日志): append-only and SM3 hash-chained.
--
-- Each entry stores hash = SM3(prev_hash || canonical form of the entry), prev_hash being the previous
-- entry's hash (64 zeros for the first). AuditChain.verify() recomputes the chain.
--
-- id is NOT a bigserial on purpose: the recorder assigns last id + 1 while it holds the chain's advisory
-- lock. A sequence leaves gaps whenever a business transaction rolls back, and then a gap could not tell
-- a deleted entry from a rolled-back one; with dense ids every gap means a deletion.
--
-- The actor and unit columns are snapshots taken when the entry is written (no foreign keys): an audit
-- entry must outlive a renamed unit or a deleted user, and data scope filters on the paths as they were.
-- client_ip is text, not inet, because inet normalises addresses and the hash covers the exact text.
create table audit_entry (
    id                bigint primary key,
    occurred_at       timestamptz not null,
    actor_user_id     bigint,
    actor_username    text,
    actor_name        text,
    actor_unit_id     bigint,
    actor_unit_name   text,
    actor_unit_path   text,
    actor_region_path text,
    client_ip         text,
    action            text not null,
    object_type       text,
    object_id         text,
    summary           text,
    before            jsonb not null default '{}',
    after             jsonb not null default '{}',
    prev_hash         char(64) not null,
    hash              char(64) not null,
    check (id > 0)
);

-- The page lists newest first (primary key, backwards) and filters by these.
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_action_idx on audit_entry (action, id);
create index audit_entry_object_idx on audit_entry (lower(object_type), object_id, id);
create index audit_entry_object_id_idx on audit_entry (object_id, id);
create index audit_entry_actor_name_trgm_idx on audit_entry using gin (actor_name gin_trgm_ops);
create index audit_entry_actor_username_trgm_idx on audit_entry using gin (actor_username gin_trgm_ops);
create index audit_entry_unit_path_idx on audit_entry (actor_unit_path text_pattern_ops);
create index audit_entry_region_path_idx on audit_entry (actor_region_path text_pattern_ops);

-- Append-only: UPDATE, DELETE and TRUNCATE fail, also for the table's owner and the application's own
-- database user. In production grant the application role only SELECT and INSERT on this table as well.
--
-- A superuser can still get around this (ALTER TABLE ... DISABLE TRIGGER, or
-- SET session_replication_role = replica) and change or delete rows. That is exactly what the hash chain
-- is for: such an edit breaks the chain and AuditChain.verify() reports the first broken entry.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation',
              hint = 'Audit entries can only be added. 审计日志只能追加,不能修改或删除。';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
