-- 12315/12365/12330/12312/12390 hotline operators take filings and hand them to units (分派/转办).
insert into role (code, name_zh, name_en, builtin, permissions)
values ('HOTLINE_AGENT', '热线受理员', 'Hotline agent', true, '{FILING_INTAKE,FILING_VIEW,FILING_ROUTE,UNIT_VIEW}');

update role set permissions = array_cat(permissions, '{FILING_INTAKE,FILING_VIEW,FILING_HANDLE,FILING_ROUTE,ROUTING_MANAGE}')
 where code = 'SYSTEM_ADMIN';
update role set permissions = array_cat(permissions, '{FILING_VIEW,FILING_ROUTE,ROUTING_MANAGE}')
 where code = 'LEADING_GROUP_OFFICE';
update role set permissions = array_cat(permissions, '{FILING_VIEW,FILING_HANDLE}')
 where code = 'ENFORCEMENT_OFFICER';
