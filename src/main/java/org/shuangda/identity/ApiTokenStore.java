package org.shuangda.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: a token's SHA-256 and its first characters, never the token. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, String createdBy, OffsetDateTime at) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, created_by, created_at)
                values (:user, :name, :hash, :prefix, :by, :at) returning id""")
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("by", createdBy).param("at", at).query(Long.class).single();
    }

    /** False when the token was revoked already (or does not exist). */
    boolean revoke(long tokenId, String revokedBy, OffsetDateTime at) {
        return jdbc.sql("update api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
                .param("id", tokenId).param("by", revokedBy).param("at", at).update() == 1;
    }

    /**
     * The rights version of the token's user while the token is active and the user may act (enabled, unit
     * active): one indexed read that re-checks a cached token on every call ({@link BearerUsers}).
     */
    Optional<Integer> activeRightsVersion(String hash) {
        return jdbc.sql("""
                select a.rights_version from api_token t join app_user a on a.id = t.user_id
                  join pub_unit u on u.id = a.unit_id
                 where t.token_hash = :hash and t.revoked_at is null and a.enabled and u.active""")
                .param("hash", hash).query(Integer.class).optional();
    }

    Optional<Long> activeUser(String hash) {
        return jdbc.sql("select user_id from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash).query(Long.class).optional();
    }

    /**
     * Last use to the minute: writing it on every call made all calls of one token queue on that row's lock
     * and commit (a call-centre system sends hundreds per second with one token).
     */
    void touch(String hash, OffsetDateTime at) {
        jdbc.sql("""
                update api_token set last_used_at = :at where token_hash = :hash
                   and (last_used_at is null or last_used_at < :minuteAgo)""")
                .param("hash", hash).param("at", at).param("minuteAgo", at.minusMinutes(1)).update();
    }

    List<ApiTokens.TokenView> ofUsers(List<Long> userIds) {
        return jdbc.sql("""
                select t.id, t.user_id, a.username, t.name, t.token_prefix, t.created_at, t.created_by,
                       t.last_used_at, t.revoked_at
                  from api_token t join app_user a on a.id = t.user_id
                 where t.user_id = any(:users) order by t.revoked_at nulls first, t.created_at desc""")
                .param("users", userIds.toArray(Long[]::new))
                .query((rs, n) -> new ApiTokens.TokenView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    Optional<Long> ownerOf(long tokenId) {
        return jdbc.sql("select user_id from api_token where id = :id").param("id", tokenId).query(Long.class)
                .optional();
    }
}
