package org.shuangda.audit;

import java.util.Optional;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chain's SQL on {@code audit_entry}: its lock, its head, appending one entry, and reading all of it in
 * order. The rules (who locks when, what is appended in which order) are {@link ChainAppender}'s.
 */
@Repository
class ChainStore {

    /** Key of the advisory lock that guards the head of the chain ("SDAUDIT" in ASCII; see V51 for pg_locks). */
    static final long CHAIN_LOCK = 0x53_44_41_55_44_49_54L;

    /** Key of the advisory lock held while an anchor is written ("SDANCHR"): one instance anchors at a time. */
    static final long ANCHOR_LOCK = 0x53_44_41_4E_43_48_52L;

    /** The newest entry's position and hash. */
    record Head(long id, String hash) {
    }

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the transaction-scoped chain lock if it is free; false, at once, if another transaction holds it. */
    boolean tryLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Boolean.class)
                .single();
    }

    /** Waits for the chain lock and holds it until the transaction ends. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
    }

    /** Takes the transaction-scoped anchor lock if it is free; false, at once, if another instance holds it. */
    boolean tryAnchorLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", ANCHOR_LOCK).query(Boolean.class)
                .single();
    }

    /**
     * The database server's data folder, if this connection may read it (superuser or
     * {@code pg_read_all_settings}); empty otherwise. Call outside a transaction: the refusal is an error.
     */
    Optional<String> dataDirectory() {
        try {
            return jdbc.sql("select current_setting('data_directory')").query(String.class).optional();
        } catch (org.springframework.dao.DataAccessException e) {
            return Optional.empty();
        }
    }

    Optional<Head> head() {
        return jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash"))).optional();
    }

    void insert(HashedContent c, String prevHash, String hash) {
        var insert = jdbc.sql("insert into audit_entry (id, " + ContentColumns.NAMES + ", prev_hash, hash) values (:id, "
                + ContentColumns.VALUES + ", :prevHash, :hash)");
        ContentColumns.bind(insert, c).param("id", c.id()).param("prevHash", prevHash).param("hash", hash).update();
    }

    /**
     * Streams every entry in id order ({@code id}, the content columns, {@code prev_hash}, {@code hash})
     * through a server-side cursor of {@code fetchSize} rows; needs a transaction (the driver streams only
     * with auto-commit off).
     */
    <T> T inOrder(int fetchSize, ResultSetExtractor<T> walk) {
        return jdbc.sql("select id, " + ContentColumns.SELECT + ", prev_hash, hash from audit_entry order by id")
                .withFetchSize(fetchSize).query(walk);
    }

    long pendingCount() {
        return jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
    }
}
