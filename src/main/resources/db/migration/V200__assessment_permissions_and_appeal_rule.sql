-- Assessment (检查考核, issue 18): who may do what. 三员分立 untouched: ASSESSMENT_VIEW is of no duty; MANAGE (schemes,
-- appeals, publication, 通报, 督查), REVIEW (初评, 复评) and SUBMIT (a unit's self-assessment, appeals, rectification)
-- are handling. The offices assess below and are assessed above, so they hold all four; a unit's reporter and head
-- fill their unit's self-assessment and answer 督查 findings; leaders read.
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{ASSESSMENT_VIEW,ASSESSMENT_MANAGE,ASSESSMENT_REVIEW,ASSESSMENT_SUBMIT}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'LEADING_GROUP_OFFICE';
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions,
                                              '{ASSESSMENT_VIEW,ASSESSMENT_SUBMIT}'::text[])) p order by p),
       version = version + 1
 where code in ('UNIT_REPORTER', 'UNIT_HEAD');
update role
   set permissions = array(select distinct p from unnest(array_cat(permissions, '{ASSESSMENT_VIEW}'::text[])) p
                            order by p),
       version = version + 1
 where code = 'READ_ONLY_LEADER';
update app_user set rights_version = rights_version + 1
 where id in (select ur.user_id from user_role ur join role r on r.id = ur.role_id
               where r.code in ('LEADING_GROUP_OFFICE', 'UNIT_REPORTER', 'UNIT_HEAD', 'READ_ONLY_LEADER'));

-- The appeal window after the draft scores are released to the assessed unit, in the rulebook like every period
-- (a province or a scheme's office changes it there, from a future date).
insert into statutory_rule (rule_key, name, amount, unit, extension_amount, pauses, source, effective_from) values
('assessment.appeal', '考核初步结果申诉期', 5, 'WORKING_DAYS', null, null,
 '考核方案通例：被考核单位对初步考核结果有异议的，可自结果反馈之日起五个工作日内提出书面申诉，逾期不予受理', '2000-01-01');
