-- Sampling inspection (issue 17): who may do what. 三员分立 untouched: SAMPLING_VIEW and SAMPLING_SETTINGS are of no
-- duty; SAMPLING_HANDLE (record samples, serve notices, re-tests, follow-up) and SAMPLING_LAB (a laboratory receives
-- samples and reports on them) are handling. A laboratory's people hold the new role LABORATORY over their own unit
-- (the lab's): they see the samples sent to their lab and nothing else.
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{SAMPLING_VIEW,SAMPLING_HANDLE}'::text[])) p order by p),
       version = version + 1
 where code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD');
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{SAMPLING_VIEW,SAMPLING_HANDLE,SAMPLING_SETTINGS}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'LEADING_GROUP_OFFICE';
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{SAMPLING_VIEW}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'READ_ONLY_LEADER';
insert into role (code, name_zh, name_en, builtin, permissions) values
 ('LABORATORY', '检验机构', 'Laboratory', true, '{SAMPLING_LAB}');
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id
               where r.code in ('ENFORCEMENT_OFFICER', 'UNIT_HEAD', 'LEADING_GROUP_OFFICE', 'READ_ONLY_LEADER'));
