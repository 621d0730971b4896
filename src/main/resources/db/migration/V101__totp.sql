-- Two-factor sign-in (TOTP, RFC 6238). The shared secret is stored encrypted (identity.TotpCipher, AES-GCM,
-- key id in the value); confirmed_at is null while an enrolment waits for its first code. last_step is the
-- 30-second step of the last accepted code: a code is accepted only for a later step, so none is used twice.
create table user_totp (
    user_id       bigint primary key references app_user (id) on delete cascade,
    secret_cipher text not null,
    created_at    timestamptz not null,
    confirmed_at  timestamptz,
    last_step     bigint not null default 0
);
