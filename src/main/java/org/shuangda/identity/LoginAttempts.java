package org.shuangda.identity;

import java.time.Duration;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account for {@code lockout-minutes} after {@code max-failed-logins}
 * failures in a row; every success and failure goes to the audit trail (the username tried, never the
 * password).
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(JdbcClient jdbc, ApplicationEventPublisher events,
            @Value("${shuangda.security.max-failed-logins:5}") int maxFailures,
            @Value("${shuangda.security.lockout-minutes:15}") int lockoutMinutes) {
        this.jdbc = jdbc;
        this.events = events;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Integer failures = jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                       locked_until = case when failed_attempts + 1 >= :max
                                           then now() + make_interval(mins => :minutes) else locked_until end
                 where lower(username) = lower(:username)
                returning failed_attempts""")
                .param("max", maxFailures).param("minutes", (int) lockout.toMinutes()).param("username", username)
                .query(Integer.class).optional().orElse(null);
        if (failures == null) {
            countUnknown(username);
        }
        events.publishEvent(new AuditableChange(AuditAction.LOGIN_FAILURE, "user", null,
                failures == null ? "unknown user" : "failed attempt " + failures, null, null, username));
        if (failures != null && failures == maxFailures) {
            events.publishEvent(new AuditableChange(AuditAction.ACCOUNT_LOCKED, "user", null,
                    "locked for " + lockout.toMinutes() + " minutes", null, null, username));
        }
    }

    /**
     * A failure for a name no account has is counted too, and locks that name the same way (tries during
     * the lock are not counted, as a real account's are not), so the page never shows whether a username
     * exists. Names with no failure for a day are forgotten, so guessed names cannot fill the table.
     */
    private void countUnknown(String username) {
        jdbc.sql("delete from login_unknown_attempt where last_failed_at < now() - interval '1 day'").update();
        jdbc.sql("""
                insert into login_unknown_attempt (username_key, failed_attempts, locked_until)
                values (lower(:username), 1, case when 1 >= :max then now() + make_interval(mins => :minutes) end)
                on conflict (username_key) do update
                   set failed_attempts = login_unknown_attempt.failed_attempts + 1,
                       locked_until = case when login_unknown_attempt.failed_attempts + 1 >= :max
                                           then now() + make_interval(mins => :minutes)
                                           else login_unknown_attempt.locked_until end,
                       last_failed_at = now()
                 where not coalesce(login_unknown_attempt.locked_until > now(), false)""")
                .param("username", username).param("max", maxFailures).param("minutes", (int) lockout.toMinutes())
                .update();
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        events.publishEvent(new AuditableChange(AuditAction.LOGIN_FAILURE, "user", null, "account locked", null,
                null, username));
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = now() "
                    + "where id = :id").param("id", user.userId()).update();
            events.publishEvent(new AuditableChange(AuditAction.LOGIN_SUCCESS, "user",
                    String.valueOf(user.userId()), user.displayName(), null, null, null));
        }
    }
}
