package org.shuangda.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code identity_opening}: insert, the scoped review list, one row, marking it reviewed. */
@Repository
class IdentityOpeningStore {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = """
            select o.*, u.name as unit_name from identity_opening o left join pub_unit u on u.id = o.unit_id""";

    private final JdbcClient jdbc;

    IdentityOpeningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(IdentityOpenings.Subject s, long userId, String userName, Instant at, String reason,
            String clientAddress) {
        return jdbc.sql("""
                insert into identity_opening (kind, object_id, label, fields, unit_id, unit_path, region_path,
                                              opened_by, opened_by_name, opened_at, reason, client_address)
                values (:kind, :object, :label, :fields, :unit, :unitPath, :regionPath, :by, :byName, :at, :reason,
                        :client) returning id""")
                .param("kind", s.kind().name()).param("object", s.objectId()).param("label", s.label())
                .param("fields", s.fields()).param("unit", s.unitId()).param("unitPath", s.unitPath())
                .param("regionPath", s.regionPath()).param("by", userId).param("byName", userName)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("reason", reason).param("client", clientAddress)
                .query(Long.class).single();
    }

    List<IdentityOpening> list(DataScope scope, IdentityOpenings.Filter filter, ZoneId zone, int offset, int limit) {
        Where w = where(scope, filter, zone);
        String order = switch (filter.sort()) {
            case OPENED_AT -> "o.opened_at";
            case OPENED_BY -> "o.opened_by_name";
            case KIND -> "o.kind";
            case REVIEWED_AT -> "o.reviewed_at";
        };
        String dir = filter.ascending() ? " asc nulls first" : " desc nulls last";
        return jdbc.sql(COLUMNS + " where " + w.sql + " order by " + order + dir + ", o.id desc"
                        + " offset :offset limit :limit")
                .params(w.params).param("offset", offset).param("limit", limit).query(this::row).list();
    }

    long count(DataScope scope, IdentityOpenings.Filter filter, ZoneId zone) {
        Where w = where(scope, filter, zone);
        return jdbc.sql("select count(*) from identity_opening o where " + w.sql).params(w.params)
                .query(Long.class).single();
    }

    Optional<IdentityOpening> find(long id, DataScope scope) {
        SqlPredicate visible = scope.unitOwned("o.unit_path", "o.region_path", "scope");
        return jdbc.sql(COLUMNS + " where o.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(this::row).optional();
    }

    /** False when someone else marked it meanwhile. */
    boolean markReviewed(long id, long userId, String userName, Instant at, String remark) {
        return jdbc.sql("""
                update identity_opening set reviewed_at = :at, reviewed_by = :by, reviewed_by_name = :byName,
                       review_remark = :remark
                 where id = :id and reviewed_at is null""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", userId).param("byName", userName)
                .param("remark", remark).param("id", id).update() == 1;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(DataScope scope, IdentityOpenings.Filter filter, ZoneId zone) {
        SqlPredicate visible = scope.unitOwned("o.unit_path", "o.region_path", "scope");
        StringBuilder sql = new StringBuilder(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (filter.from() != null) {
            sql.append(" and o.opened_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and o.opened_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.reviewed() != null) {
            sql.append(filter.reviewed() ? " and o.reviewed_at is not null" : " and o.reviewed_at is null");
        }
        return new Where(sql.toString(), params);
    }

    private IdentityOpening row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new IdentityOpening(rs.getLong("id"), IdentityOpening.Kind.valueOf(rs.getString("kind")),
                rs.getLong("object_id"), rs.getString("label"), rs.getString("fields"), rs.getString("unit_name"),
                rs.getLong("opened_by"), rs.getString("opened_by_name"),
                rs.getObject("opened_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDateTime(), rs.getString("reason"),
                rs.getString("client_address"), reviewed == null ? null : reviewed.atZoneSameInstant(CHINA).toLocalDateTime(),
                rs.getString("reviewed_by_name"), rs.getString("review_remark"));
    }
}
