-- Bumped by every change that takes rights away or changes who may sign in: disabling, a new password, a
-- changed unit or role assignment, a changed role's permissions. A web session keeps the version it signed in
-- with and ends on its next request once the row's version is ahead (identity.SessionRightsFilter).
alter table app_user add column rights_version integer not null default 0;
