package org.shuangda.complaints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code filing_reroute_request} table (V95). */
@Repository
class RerouteRequestStore {

    private static final String SELECT = """
            select q.id, q.filing_id, f.tracking_no, q.from_unit_id, fu.name, q.to_unit_id, u.name, q.reason,
                   q.requested_by, q.requested_at, q.status, q.decided_by, q.decided_at, q.decision_note
              from filing_reroute_request q join filing f on f.id = q.filing_id
              join pub_unit u on u.id = q.to_unit_id join pub_unit fu on fu.id = q.from_unit_id
            """;

    private final JdbcClient jdbc;

    RerouteRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the filing has an open request already. */
    Optional<Long> insert(long filingId, long fromUnit, long toUnit, String reason, long byId, String by,
            OffsetDateTime at) {
        try {
            return Optional.of(jdbc.sql("""
                    insert into filing_reroute_request (filing_id, from_unit_id, to_unit_id, reason, requested_by_id,
                                                        requested_by, requested_at)
                    values (:filing, :from, :to, :reason, :byId, :by, :at) returning id""")
                    .param("filing", filingId).param("from", fromUnit).param("to", toUnit).param("reason", reason)
                    .param("byId", byId).param("by", by).param("at", at).query(Long.class).single());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    Optional<RerouteRequest> find(long id) {
        return jdbc.sql(SELECT + " where q.id = :id").param("id", id).query(RerouteRequestStore::row).optional();
    }

    /** Requests whose target unit lies in {@code targets} (the head's scope), open ones first, newest first. */
    List<RerouteRequest> forTargets(SqlPredicate targets, boolean pendingOnly, int limit) {
        return jdbc.sql(SELECT + " where " + targets.sql() + (pendingOnly ? " and q.status = 'PENDING'" : "")
                        + " order by (q.status = 'PENDING') desc, q.requested_at desc limit :limit")
                .params(targets.params()).param("limit", limit).query(RerouteRequestStore::row).list();
    }

    /** False when it was decided meanwhile. */
    boolean decide(long id, RerouteRequest.Status status, String by, OffsetDateTime at, String note) {
        return jdbc.sql("""
                update filing_reroute_request set status = :status, decided_by = :by, decided_at = :at,
                       decision_note = :note where id = :id and status = 'PENDING'""")
                .param("status", status.name()).param("by", by).param("at", at).param("note", note).param("id", id)
                .update() == 1;
    }

    private static RerouteRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RerouteRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), RerouteRequest.Status.valueOf(rs.getString(11)),
                rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14));
    }
}
