-- Audit entries committed but not yet on the chain (入链排队).
--
-- A transaction appends its entries to audit_entry just before it commits when the chain lock is free;
-- when another transaction holds it, the entries go here instead, in the same transaction (so they commit
-- or roll back with the change they describe) without waiting. AuditChainer folds them into audit_entry in
-- seq order, in batches, each batch in one transaction that holds the chain lock, appends with dense ids and
-- the SM3 chain, and deletes the rows it folded. A crash before folding loses nothing: rows wait here and
-- are folded at the next start.
--
-- Same content columns as audit_entry (the entry already built: actor snapshot, occurred_at = publication
-- time), without id, prev_hash and hash, which exist only once the entry is on the chain. seq is a sequence
-- on purpose: gaps from rolled-back transactions do not matter here, only the order.
create table audit_pending (
    seq               bigserial primary key,
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
    after             jsonb not null default '{}'
);

-- Pending rows are not hashed yet, so the chain cannot show an edit or a deletion here. The triggers keep
-- the application (and a mistaken hand) to insert-only, and allow DELETE only to a transaction holding the
-- chain lock, which is what AuditChainer does when it folds rows into audit_entry. They are a guard
-- against mistakes, not against someone with SQL access who takes the lock on purpose (as a superuser can
-- disable the triggers on audit_entry); rows stay here only until the chainer's next pass.
--
-- The lock is ChainAppender.CHAIN_LOCK = 0x53444155444954 ("SDAUDIT"); PostgreSQL shows a bigint advisory
-- key in pg_locks as classid = high 32 bits (5456961), objid = low 32 bits (1430538580), objsubid = 1.
create function audit_pending_guard() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (
            select 1 from pg_locks
             where locktype = 'advisory' and pid = pg_backend_pid() and granted
               and classid = 5456961 and objid = 1430538580 and objsubid = 1) then
        return null; -- statement-level trigger: the value is ignored, the delete goes ahead
    end if;
    raise exception 'audit_pending: % is only allowed to the audit chainer', tg_op
        using errcode = 'restrict_violation',
              hint = 'Pending audit entries are removed only when they are put on the chain. 待入链的审计记录只能在入链时删除。';
end;
$$;

create trigger audit_pending_no_update
    before update on audit_pending
    for each statement execute function audit_pending_guard();

create trigger audit_pending_delete_by_chainer_only
    before delete on audit_pending
    for each statement execute function audit_pending_guard();

create trigger audit_pending_no_truncate
    before truncate on audit_pending
    for each statement execute function audit_pending_guard();

-- The audit page counts pending entries within the viewer's scope.
create index audit_pending_unit_path_idx on audit_pending (actor_unit_path text_pattern_ops);
