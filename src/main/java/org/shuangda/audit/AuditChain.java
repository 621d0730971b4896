package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Verifies {@code audit_entry}, and counts, in the same snapshot, the entries committed but still
     * waiting in {@code audit_pending} to be chained (not verifiable yet: they have no hash).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        ChainVerification chained = jdbc.sql("select id, " + ContentColumns.SELECT + """
                , prev_hash, hash from audit_entry order by id""")
                .withFetchSize(FETCH_SIZE)
                .query(AuditChain::walk);
        return chained.withPending(jdbc.sql("select count(*) from audit_pending").query(Long.class).single());
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
            return ContentColumns.read(rs, rs.getLong("id")).hash(previousHash).equals(storedHash);
        } catch (IllegalStateException e) {
            return false; // before/after edited into something other than a JSON object
        }
    }
}
