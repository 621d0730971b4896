package org.shuangda.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for systems acting for a user (hotline systems, provincial platforms). The token is shown
 * once when issued; only its SHA-256 is stored, so a database dump does not leak working tokens. Who may
 * issue a token for whom is {@link TokenAdministration}'s question; these methods record who did.
 */
@Service
public class ApiTokens {

    /** A token as listed to an admin; never the token itself. */
    public record TokenView(long id, long userId, String username, String name, String prefix,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final ApplicationEventPublisher events;
    private final BearerUsers bearerUsers;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, ApplicationEventPublisher events, BearerUsers bearerUsers, Clock clock) {
        this.store = store;
        this.events = events;
        this.bearerUsers = bearerUsers;
        this.clock = clock;
    }

    /** Issues a new random token for the user and returns it (the only time it is readable). */
    @Transactional
    public String issue(Actor actor, long userId, String name) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = "sd_" + HexFormat.of().formatHex(bytes);
        store(actor, userId, name, token);
        return token;
    }


    /** Stores a given token value: used by the demo data so the README can show a working token. */
    @Transactional
    public void store(Actor actor, long userId, String name, String token) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        long id = store.insert(userId, name.strip(), sha256(token), token.substring(0, Math.min(10, token.length())),
                actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.of(actor, AuditAction.TOKEN_ISSUED, "api_token", id, name,
                Map.of("user_id", userId, "name", name)));
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        if (store.revoke(tokenId, actor.username(), OffsetDateTime.now(clock))) {
            bearerUsers.evictAll(); // the token stops working now, not when a cached entry expires
            events.publishEvent(AuditableChange.of(actor, AuditAction.TOKEN_REVOKED, "api_token", tokenId, null,
                    Map.of()));
        }
    }

    /**
     * The user a presented token (given by its SHA-256) acts for, if the token exists and is not revoked.
     * Called only when {@link BearerUsers} has no fresh entry, i.e. about once per token per few seconds.
     */
    /** The rights version of the token's user, empty when the token or its user can no longer act. */
    Optional<Integer> activeRightsVersion(String hash) {
        Optional<Integer> version = store.activeRightsVersion(hash);
        version.ifPresent(v -> store.touch(hash, OffsetDateTime.now(clock)));
        return version;
    }

    Optional<Long> userForHash(String hash) {
        Optional<Long> user = store.activeUser(hash);
        user.ifPresent(u -> store.touch(hash, OffsetDateTime.now(clock)));
        return user;
    }

    List<TokenView> list(List<Long> userIds) {
        return store.ofUsers(userIds);
    }

    Optional<Long> ownerOf(long tokenId) {
        return store.ownerOf(tokenId);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
