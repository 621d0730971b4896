-- 三员分立 (separation of duties): system administration, security administration and audit are held by three
-- different people, none of whom handles cases, filings, transfers or reports (shared.Permission.Duty says
-- which permission belongs to which duty; identity.Roles refuses a role that mixes them and
-- identity.UserValidation a user who would hold two of them).
--
-- The system administrator keeps units, users, the calendar, the configuration tables and the readings
-- (masked); roles and tokens go to the new security administrator, the audit trail to the new security
-- auditor; every handling permission leaves. An existing installation's system administrators grant the
-- two new roles to two other people (users are theirs to manage) and the handling roles to the handlers.
insert into role (code, name_zh, name_en, builtin, permissions) values
 ('SECURITY_ADMIN', '安全管理员', 'Security administrator', true, '{ROLE_MANAGE,TOKEN_MANAGE,UNIT_VIEW,USER_VIEW}'),
 ('AUDIT_ADMIN', '安全审计员', 'Security auditor', true, '{AUDIT_VIEW}');

update role
   set permissions = array(select p from unnest(permissions) p
                            where p <> all ('{ROLE_MANAGE,TOKEN_MANAGE,AUDIT_VIEW,CAMPAIGN_MANAGE,TASK_REPORT,'
                                            'REPORT_SUBMIT,REPORT_REVIEW,CASE_HANDLE,CASE_APPROVE,CASE_SUPERVISE,'
                                            'TRANSFER_RECEIVE,TRANSFER_OVERSEE,PENALTY_PUBLISH,FILING_INTAKE,'
                                            'FILING_HANDLE,FILING_ROUTE}'::text[])
                            order by p),
       version = version + 1
 where code = 'SYSTEM_ADMIN';

-- Their sessions hold the old permissions: they end on the next request (V90).
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id where r.code = 'SYSTEM_ADMIN');
