-- A 先进个人 may be a person with an account (identity's user id, read through pub_user; no foreign key across
-- modules): his approved commendations then show on his own record (the home page's 我的荣誉).
alter table commendation_nomination add column nominee_user_id bigint;
create index commendation_nomination_user_idx on commendation_nomination (nominee_user_id) where status = 'APPROVED';
