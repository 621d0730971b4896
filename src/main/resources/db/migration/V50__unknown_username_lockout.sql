-- Failed logins for usernames that do not exist, counted like real accounts' failures so that the login page
-- answers a guessed name exactly as it answers a real one (a locked message after the same number of tries):
-- the lockout must not tell an attacker which usernames exist. Rows expire with their lock.
create table login_unknown_attempt (
    username_key    text primary key,
    failed_attempts integer not null,
    locked_until    timestamptz,
    last_failed_at  timestamptz not null default now()
);
