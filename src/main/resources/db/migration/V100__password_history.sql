-- Passwords (issue 11): a password set by someone else (an administrator, an import) must be changed by its
-- holder at the next sign-in (identity.SignInSteps); the hashes of the last passwords are kept so that none of
-- the last five can be chosen again (identity.PasswordPolicy). Only BCrypt hashes, never a password.
alter table app_user add column must_change_password boolean not null default false;

create table password_history (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id) on delete cascade,
    password_hash text not null,
    set_at        timestamptz not null default now()
);
create index password_history_user on password_history (user_id, id desc);

-- the current password of every existing account counts as its latest one
insert into password_history (user_id, password_hash) select id, password_hash from app_user;
