package org.shuangda.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for systems acting for a user (hotline systems, provincial platforms). The token is shown
 * once when issued; only its SHA-256 is stored, so a database dump does not leak working tokens.
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

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    private final BearerUsers bearerUsers;

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events, BearerUsers bearerUsers) {
        this.jdbc = jdbc;
        this.events = events;
        this.bearerUsers = bearerUsers;
    }

    /** Issues a new random token for the user and returns it (the only time it is readable). */
    @Transactional
    public String issue(long userId, String name, String issuedBy) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = "sd_" + HexFormat.of().formatHex(bytes);
        store(userId, name, token, issuedBy);
        return token;
    }

    /** Stores a given token value: used by the demo data so the README can show a working token. */
    @Transactional
    public void store(long userId, String name, String token, String issuedBy) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "error.required");
        }
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, created_by)
                values (:user, :name, :hash, :prefix, :by) returning id""")
                .param("user", userId).param("name", name.strip()).param("hash", sha256(token))
                .param("prefix", token.substring(0, Math.min(10, token.length()))).param("by", issuedBy)
                .query(Long.class).single();
        events.publishEvent(new AuditableChange(AuditAction.TOKEN_ISSUED, "api_token", String.valueOf(id),
                name, Map.of(), Map.of("user_id", userId, "name", name), null));
    }

    @Transactional
    public void revoke(long tokenId, String revokedBy) {
        int changed = jdbc.sql("update api_token set revoked_at = now(), revoked_by = :by "
                + "where id = :id and revoked_at is null").param("id", tokenId).param("by", revokedBy).update();
        if (changed == 1) {
            bearerUsers.evictAll(); // the token stops working now, not when a cached entry expires
            events.publishEvent(new AuditableChange(AuditAction.TOKEN_REVOKED, "api_token",
                    String.valueOf(tokenId), null, Map.of(), Map.of(), null));
        }
    }

    /**
     * The user a presented token (given by its SHA-256) acts for, if the token exists and is not revoked.
     * Called only when {@link BearerUsers} has no fresh entry, i.e. about once per token per few seconds.
     */
    Optional<Long> userForHash(String hash) {
        Optional<Long> user = jdbc.sql("select user_id from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash).query(Long.class).optional();
        // last use to the minute: writing it on every call made all calls of one token queue on that row's
        // lock and commit (a call-centre system sends hundreds per second with one token)
        user.ifPresent(u -> jdbc.sql("""
                update api_token set last_used_at = now() where token_hash = :hash
                   and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("hash", hash).update());
        return user;
    }

    List<TokenView> list(List<Long> userIds) {
        return jdbc.sql("""
                select t.id, t.user_id, a.username, t.name, t.token_prefix, t.created_at, t.created_by,
                       t.last_used_at, t.revoked_at
                  from api_token t join app_user a on a.id = t.user_id
                 where t.user_id = any(:users) order by t.revoked_at nulls first, t.created_at desc""")
                .param("users", userIds.toArray(Long[]::new))
                .query((rs, n) -> new TokenView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    Optional<Long> ownerOf(long tokenId) {
        return jdbc.sql("select user_id from api_token where id = :id").param("id", tokenId).query(Long.class)
                .optional();
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
