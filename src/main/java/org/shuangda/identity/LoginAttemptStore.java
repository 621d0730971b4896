package org.shuangda.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed-login counters: on {@code app_user} for accounts, in {@code login_unknown_attempt} for names no
 * account has. The caller's clock decides: {@code now}, and {@code lockedUntil} = now + the lockout.
 */
@Repository
class LoginAttemptStore {

    private final JdbcClient jdbc;

    LoginAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a failure of an account and locks it at the {@code max}th; empty when no account has the name. */
    Optional<Integer> failed(String username, int max, OffsetDateTime lockedUntil) {
        return jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                       locked_until = case when failed_attempts + 1 >= :max
                                           then cast(:lockedUntil as timestamptz) else locked_until end
                 where lower(username) = lower(:username)
                returning failed_attempts""")
                .param("max", max).param("lockedUntil", lockedUntil).param("username", username)
                .query(Integer.class).optional();
    }

    /**
     * Counts a failure of a name no account has, the same way, except while it is locked; first forgets names
     * with no failure since {@code forgetBefore}.
     */
    void failedUnknown(String username, int max, OffsetDateTime now, OffsetDateTime lockedUntil,
            OffsetDateTime forgetBefore) {
        jdbc.sql("delete from login_unknown_attempt where last_failed_at < :before").param("before", forgetBefore)
                .update();
        jdbc.sql("""
                insert into login_unknown_attempt (username_key, failed_attempts, locked_until, last_failed_at)
                values (lower(:username), 1, case when 1 >= :max then cast(:lockedUntil as timestamptz) end, :now)
                on conflict (username_key) do update
                   set failed_attempts = login_unknown_attempt.failed_attempts + 1,
                       locked_until = case when login_unknown_attempt.failed_attempts + 1 >= :max
                                           then cast(:lockedUntil as timestamptz) else login_unknown_attempt.locked_until end,
                       last_failed_at = :now
                 where not coalesce(login_unknown_attempt.locked_until > :now, false)""")
                .param("username", username).param("max", max).param("now", now).param("lockedUntil", lockedUntil)
                .update();
    }

    void succeeded(long userId, OffsetDateTime now) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("id", userId).param("now", now).update();
    }

    /** Whether the name (an account's or not) is locked at {@code now}. */
    boolean locked(String username, OffsetDateTime now) {
        return jdbc.sql("""
                select coalesce(bool_or(locked_until > :now), false) from (
                    select locked_until from app_user where lower(username) = lower(:u)
                    union all select locked_until from login_unknown_attempt where username_key = lower(:u)) t""")
                .param("u", username).param("now", now).query(Boolean.class).single();
    }
}
