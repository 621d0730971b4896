package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain. Streams the entries in id order through a server-side cursor (fetch size,
 * inside a transaction: PostgreSQL's driver only streams with auto-commit off), so memory stays bounded
 * whatever the number of entries; REPEATABLE READ gives one consistent snapshot while new entries are
 * appended meanwhile. Stops at the first break.
 */
@Service
public class AuditChain {

    static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return jdbc.sql("""
                select id, occurred_at, actor_user_id, actor_username, actor_name, actor_unit_id, actor_unit_name,
                       actor_unit_path, actor_region_path, client_ip, action, object_type, object_id, summary,
                       before::text as before, after::text as after, prev_hash, hash
                  from audit_entry order by id""")
                .withFetchSize(FETCH_SIZE)
                .query(AuditChain::walk);
    }

    private static ChainVerification walk(ResultSet rs) throws SQLException {
        long checked = 0;
        long previousId = 0;
        String previousHash = HashedContent.GENESIS;
        while (rs.next()) {
            checked++;
            long id = rs.getLong("id");
            if (id != previousId + 1) {
                return ChainVerification.missing(checked, previousId, id);
            }
            if (!previousHash.equals(rs.getString("prev_hash"))) {
                return ChainVerification.linkBroken(checked, id);
            }
            String stored = rs.getString("hash");
            if (!matches(rs, previousHash, stored)) {
                return ChainVerification.contentChanged(checked, id);
            }
            previousId = id;
            previousHash = stored;
        }
        return ChainVerification.intact(checked, previousId, previousId == 0 ? null : previousHash);
    }

    private static boolean matches(ResultSet rs, String previousHash, String storedHash) throws SQLException {
        try {
            return content(rs).hash(previousHash).equals(storedHash);
        } catch (IllegalStateException e) {
            return false; // before/after edited into something other than a JSON object
        }
    }

    private static HashedContent content(ResultSet rs) throws SQLException {
        return new HashedContent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_user_id", Long.class), rs.getString("actor_username"),
                rs.getString("actor_name"), rs.getObject("actor_unit_id", Long.class),
                rs.getString("actor_unit_name"), rs.getString("actor_unit_path"), rs.getString("actor_region_path"),
                rs.getString("client_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"), CanonicalJson.parseObject(rs.getString("before")),
                CanonicalJson.parseObject(rs.getString("after")));
    }
}
