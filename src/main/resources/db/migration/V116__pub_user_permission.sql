-- Who holds which permission, published for other modules (issue 13: only those holding the enforcement
-- permission CASE_HANDLE count as 承办人; cases reads this view, never identity's tables). An account whose
-- rights are suspended after an administrator's reset (V110) holds nothing until the reset is confirmed.
create view pub_user_permission as
select distinct ur.user_id, p.permission
  from user_role ur
  join role r on r.id = ur.role_id
  join app_user u on u.id = ur.user_id
 cross join lateral unnest(r.permissions) as p(permission)
 where u.enabled and u.rights_suspended_at is null;
