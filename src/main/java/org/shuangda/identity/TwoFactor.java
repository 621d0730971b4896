package org.shuangda.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP, {@link Totp}). A user enrols on the page 双因素登录:
 * the secret is shown as text and as an {@code otpauth://} URI, the first right code confirms it, and from then
 * on sign-in asks for a code after the password ({@link SignInSteps}). A code counts once ({@link TotpStore#use}).
 * A user who lost the phone asks an administrator with {@code USER_MANAGE} over their unit to reset it
 * ({@link #reset}, audited); they enrol again. Enrolling and resetting end the user's other web sessions.
 */
@Service
public class TwoFactor {

    /** What the enrolment page shows: the secret in Base32 and the URI an app takes. */
    public record Enrolment(String secret, String uri) {
    }

    static final String ISSUER = "双打协同平台";

    private final TotpStore store;
    private final TotpCipher cipher;
    private final UserStore users;
    private final Users userService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactor(TotpStore store, TotpCipher cipher, UserStore users, Users userService,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.users = users;
        this.userService = userService;
        this.events = events;
        this.clock = clock;
    }

    public boolean enrolled(Actor actor) {
        return !actor.isSystem() && store.find(actor.userId()).map(TotpStore.Row::confirmed).orElse(false);
    }

    /** The open enrolment of the user, or a new one; empty when two-factor sign-in is already on. */
    @Transactional
    public Optional<Enrolment> enrolment(Actor actor) {
        long id = person(actor);
        Optional<TotpStore.Row> row = store.find(id);
        if (row.isPresent() && row.get().confirmed()) {
            return Optional.empty();
        }
        byte[] secret = row.map(r -> cipher.decrypt(id, r.secretCipher())).orElseGet(() -> {
            byte[] fresh = Totp.newSecret();
            store.startEnrolment(id, cipher.encrypt(id, fresh), now());
            return fresh;
        });
        return Optional.of(new Enrolment(Totp.base32(secret), Totp.uri(ISSUER, actor.username(), secret)));
    }

    /** Confirms the open enrolment with a code from the app; a wrong or stale code is a 422 on {@code code}. */
    @Transactional
    public void confirm(Actor actor, String code) {
        long id = person(actor);
        TotpStore.Row row = store.find(id).filter(r -> !r.confirmed())
                .orElseThrow(() -> new InvalidInput("code", "totp.noEnrolment"));
        if (!accept(row, code)) {
            throw new InvalidInput("code", "totp.code.wrong");
        }
        users.bumpRightsVersion(id);
        events.publishEvent(AuditableChange.of(actor, AuditAction.TOTP_ENROLLED, "user", id,
                actor.username() + "：启用双因素登录", Map.of()));
    }

    /** The sign-in's second step: whether {@code code} is right for the user now and was not used before. */
    @Transactional
    boolean verifySignIn(long userId, String code) {
        return store.find(userId).filter(TotpStore.Row::confirmed).map(row -> accept(row, code)).orElse(false);
    }

    /** Turns someone's two-factor sign-in off (a lost phone); they enrol again at their next sign-in if needed. */
    @Transactional
    public void reset(Actor actor, long userId) {
        UserView user = userService.findInScope(actor, userId, Permission.USER_MANAGE)
                .orElseThrow(() -> new NotFoundProblem("user", userId));
        if (store.delete(userId)) {
            users.bumpRightsVersion(userId);
            events.publishEvent(AuditableChange.of(actor, AuditAction.TOTP_RESET, "user", userId,
                    user.username() + "：重置双因素登录", Map.of()));
        }
    }

    /** Whether someone has two-factor sign-in on, for the user form (no secret leaves this class). */
    public boolean enrolled(Actor actor, long userId) {
        userService.findInScope(actor, userId, Permission.USER_VIEW)
                .orElseThrow(() -> new NotFoundProblem("user", userId));
        return store.find(userId).map(TotpStore.Row::confirmed).orElse(false);
    }

    private boolean accept(TotpStore.Row row, String code) {
        OptionalLong step = Totp.matchingStep(cipher.decrypt(row.userId(), row.secretCipher()), code,
                clock.instant());
        return step.isPresent() && store.use(row.userId(), step.getAsLong(), now());
    }

    private static long person(Actor actor) {
        if (actor.isSystem()) {
            throw new AccessDeniedProblem("a system actor does not sign in");
        }
        return actor.userId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
