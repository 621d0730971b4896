-- 三员分立: unlocking an account locked after failed sign-ins is the security administrator's
-- (LOCKOUT_MANAGE, identity.Users.unlock); the system administrator, who manages the accounts, no longer unlocks
-- them.
update role set permissions = array_append(permissions, 'LOCKOUT_MANAGE'), version = version + 1
 where code = 'SECURITY_ADMIN' and not ('LOCKOUT_MANAGE' = any (permissions));
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id where r.code = 'SECURITY_ADMIN');
