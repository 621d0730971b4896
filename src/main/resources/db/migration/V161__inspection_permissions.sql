-- Inspections (issue 16): who may do what. 三员分立 untouched: INSPECTION_VIEW and INSPECTION_SETTINGS are of no
-- duty, INSPECTION_HANDLE is handling.
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{INSPECTION_VIEW,INSPECTION_HANDLE}'::text[])) p order by p),
       version = version + 1
 where code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD');
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{INSPECTION_VIEW,INSPECTION_HANDLE,INSPECTION_SETTINGS}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'LEADING_GROUP_OFFICE';
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{INSPECTION_VIEW}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'READ_ONLY_LEADER';
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id
               where r.code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD', 'LEADING_GROUP_OFFICE', 'READ_ONLY_LEADER'));
