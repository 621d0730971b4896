-- 三员分立: a password reset by an administrator suspends the account's rights until the security administrator
-- confirms it (identity.Users.confirmReset). Otherwise the system administrator who set the password could sign
-- in as the holder and act with the holder's rights (read a tipster's identity). The role assignments stay; while
-- rights_suspended_at is set the account holds no permission (identity.AccountLoader).
alter table app_user add column rights_suspended_at timestamptz,
                     add column rights_suspended_by bigint references app_user (id) on delete set null;
create index app_user_rights_suspended on app_user (rights_suspended_at) where rights_suspended_at is not null;
