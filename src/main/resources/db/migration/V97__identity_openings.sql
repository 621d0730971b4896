-- 身份查看记录: every opening of a person's identity in clear (a tipster's name, phone, ID number and address; a
-- case party's full ID number) by the one person allowed to (the filing's assigned handler, the case's handling
-- officer), with the reason they gave and the client address. The unit head reviews them (三员分立 / 个人信息保护法
-- 第五十一条: access control and review of who opened personal data). Owned by the privacy module; the unit
-- path and region path are the owning unit's (the filing's unit, the case's unit), for the review scope.
create table identity_opening (
    id               bigserial   primary key,
    kind             text        not null check (kind in ('FILER', 'CASE_PARTY')),
    object_id        bigint      not null,
    label            text        not null,
    fields           text        not null,
    unit_id          bigint      not null,
    unit_path        text        not null,
    region_path      text        not null,
    opened_by        bigint      not null,
    opened_by_name   text        not null,
    opened_at        timestamptz not null,
    reason           text        not null check (char_length(reason) between 4 and 500),
    client_address   text,
    reviewed_at      timestamptz,
    reviewed_by      bigint,
    reviewed_by_name text,
    review_remark    text        check (review_remark is null or char_length(review_remark) <= 500)
);
create index identity_opening_unit_idx on identity_opening (unit_path text_pattern_ops, opened_at desc);
create index identity_opening_region_idx on identity_opening (region_path text_pattern_ops, opened_at desc);
create index identity_opening_object_idx on identity_opening (kind, object_id);

-- The unit head (own unit) reviews the openings of the unit's records.
update role set permissions = array_append(permissions, 'PERSONAL_DATA_REVIEW')
 where code = 'UNIT_HEAD' and not ('PERSONAL_DATA_REVIEW' = any (permissions));
