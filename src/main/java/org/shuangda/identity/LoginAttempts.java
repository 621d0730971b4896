package org.shuangda.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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

    /** Names no account has are forgotten after a day without a failure, so guessed names cannot fill the table. */
    private static final Duration FORGET_UNKNOWN = Duration.ofDays(1);

    private final LoginAttemptStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(LoginAttemptStore store, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangda.security.max-failed-logins:5}") int maxFailures,
            @Value("${shuangda.security.lockout-minutes:15}") int lockoutMinutes) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    /**
     * A failure for a name no account has is counted too, and locks that name the same way (tries during
     * the lock are not counted, as a real account's are not), so the page never shows whether a username
     * exists.
     */
    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Integer failures = store.failed(username, maxFailures, now.plus(lockout)).orElse(null);
        if (failures == null) {
            store.failedUnknown(username, maxFailures, now, now.plus(lockout), now.minus(FORGET_UNKNOWN));
        }
        events.publishEvent(attempt(AuditAction.LOGIN_FAILURE,
                failures == null ? "unknown user" : "failed attempt " + failures, username));
        if (failures != null && failures == maxFailures) {
            events.publishEvent(attempt(AuditAction.ACCOUNT_LOCKED, "locked for " + lockout.toMinutes() + " minutes",
                    username));
        }
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        events.publishEvent(attempt(AuditAction.LOGIN_FAILURE, "account locked", username));
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        // with two-factor sign-in the password alone is not a success: the failures in a row go on counting
        // until the code is right (secondFactorSucceeded), so guessing codes cannot be reset by the password
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user && !user.totpEnrolled()) {
            succeeded(user);
        }
    }

    /** The right code after the right password: the sign-in succeeded. */
    @Transactional
    public void secondFactorSucceeded(SignedInUser user) {
        succeeded(user);
    }

    private void succeeded(SignedInUser user) {
        store.succeeded(user.userId(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.of(user, AuditAction.LOGIN_SUCCESS, "user", user.userId(),
                user.displayName(), Map.of()));
    }

    /**
     * A wrong second-factor code after the right password counts as a failed sign-in of the account: the
     * password may be known to someone who is not its holder. True when the account is locked now.
     */
    @Transactional
    public boolean secondFactorFailed(SignedInUser user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int failures = store.failed(user.username(), maxFailures, now.plus(lockout)).orElse(maxFailures);
        events.publishEvent(attempt(AuditAction.LOGIN_FAILURE, "wrong two-factor code, failed attempt " + failures,
                user.username()));
        if (failures == maxFailures) {
            events.publishEvent(attempt(AuditAction.ACCOUNT_LOCKED, "locked for " + lockout.toMinutes() + " minutes",
                    user.username()));
        }
        return failures >= maxFailures;
    }

    /** Whether the name is locked now: also on the very attempt that locked it (already counted by then). */
    boolean locked(String username) {
        return store.locked(username, OffsetDateTime.now(clock));
    }

    /**
     * An attempt is recorded under the username typed, not as an actor: whoever typed the password is not
     * known to be the account holder ({@code actorName}, see {@link AuditableChange}).
     */
    private static AuditableChange attempt(AuditAction action, String summary, String username) {
        return new AuditableChange(action, "user", null, summary, Map.of(), Map.of(), username, null);
    }
}
