-- 转办 to oneself needs the unit head's approval (三员分立, issue 11): when the one who reroutes a filing could
-- handle it where it goes (FILING_HANDLE over the target unit), the reroute becomes a pending request that
-- the head (UNIT_HEAD, FILING_APPROVE) of the target unit approves or refuses; until then the filing stays
-- where it is, with its handler. Before, an administrator rerouted a real-name tip to his own unit, accepted
-- it and read the tipster's identity.
create table filing_reroute_request (
    id              bigserial primary key,
    filing_id       bigint not null references filing (id),
    from_unit_id    bigint not null,
    to_unit_id      bigint not null,
    reason          text not null,
    requested_by_id bigint not null,
    requested_by    text not null,
    requested_at    timestamptz not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text
);
-- one open request per filing
create unique index filing_reroute_request_pending_idx on filing_reroute_request (filing_id) where status = 'PENDING';
create index filing_reroute_request_unit_idx on filing_reroute_request (to_unit_id) where status = 'PENDING';

update role set permissions = array_append(permissions, 'FILING_APPROVE'), version = version + 1
 where code = 'UNIT_HEAD' and not ('FILING_APPROVE' = any (permissions));
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id where r.code = 'UNIT_HEAD');
