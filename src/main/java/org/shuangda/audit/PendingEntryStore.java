package org.shuangda.audit;

import java.util.List;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_pending} table (V51): entries committed with their change but not yet on the chain,
 * waiting for the {@link AuditChainer}. Only the chainer deletes, holding the chain lock (a trigger refuses
 * any other delete).
 */
@Repository
class PendingEntryStore {

    /** A pending row: its place in the queue and its content (id 0: it has no chain position yet). */
    record Pending(long seq, HashedContent content) {
    }

    private final JdbcClient jdbc;

    PendingEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues {@code entries} in the caller's transaction, in the given order. */
    void insert(List<HashedContent> entries) {
        for (HashedContent entry : entries) {
            var insert = jdbc.sql("insert into audit_pending (" + ContentColumns.NAMES + ") values ("
                    + ContentColumns.VALUES + ")");
            ContentColumns.bind(insert, entry).update();
        }
    }

    /** The {@code limit} oldest committed rows, in queue order. */
    List<Pending> oldest(int limit) {
        return jdbc.sql("select seq, " + ContentColumns.SELECT + " from audit_pending order by seq limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new Pending(rs.getLong("seq"), ContentColumns.read(rs, 0))).list();
    }

    /** Removes folded rows; only allowed while holding the chain lock. */
    void delete(List<Pending> folded) {
        Long[] seqs = folded.stream().map(Pending::seq).toArray(Long[]::new);
        jdbc.sql("delete from audit_pending where seq = any(:seqs)").param("seqs", seqs).update();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from audit_pending)").query(Boolean.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
    }

    /** Rows within {@code scope}, by the same rule as the audit page (the actor's unit when written). */
    long count(DataScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        if (scope.all()) {
            return count();
        }
        SqlPredicate visible = AuditEntryStore.visible(scope);
        return jdbc.sql("select count(*) from audit_pending a where " + visible.sql()).params(visible.params())
                .query(Long.class).single();
    }
}
