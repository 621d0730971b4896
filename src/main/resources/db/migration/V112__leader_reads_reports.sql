-- The read-only leader (领导(只读)) reads what his scope reports: rounds, progress, dashboards and the cockpit
-- (REPORT_VIEW, a read permission of no duty of its own: 三员分立 is untouched) and the complaint statistics
-- (FILING_VIEW). He administers nothing: USER_VIEW, which put 系统管理 → 用户 in his menu, leaves.
update role
   set permissions = array(select distinct p from unnest(array_cat(array_remove(permissions, 'USER_VIEW'),
                                                                   '{REPORT_VIEW,FILING_VIEW}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'READ_ONLY_LEADER';

-- Their sessions hold the old permissions: they end on the next request (V90).
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id where r.code = 'READ_ONLY_LEADER');
