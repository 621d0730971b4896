package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit page's query on {@code audit_entry}: filters, scope and a keyset position, as bound parameters. */
@Repository
class AuditEntryStore {

    private final JdbcClient jdbc;

    AuditEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An entry belongs to the unit its actor was in when it was written (the snapshot paths); entries without
     * a unit (the system, unknown usernames at login) are seen only with scope ALL.
     */
    static SqlPredicate visible(DataScope scope) {
        return scope.unitOwned("a.actor_unit_path", "a.actor_region_path");
    }

    /**
     * Up to {@code limit} entries matching {@code query} within {@code scope}: older than its position, newest
     * first, or (backwards) newer than it, oldest first.
     */
    List<AuditEntryView> page(AuditQuery query, DataScope scope, boolean backwards, int limit) {
        // Only constant fragments are added; every value is a bound parameter.
        SqlPredicate visible = visible(scope);
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_name, actor_username, actor_unit_name, client_ip, action,
                       object_type, object_id, summary, before::text as before, after::text as after
                  from audit_entry a where\s""").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (query.actor() != null) {
            sql.append(" and (a.actor_name ilike :actor or a.actor_username ilike :actor)");
            params.put("actor", "%" + escapeLike(query.actor()) + "%");
        }
        if (query.action() != null) {
            sql.append(" and a.action = :action");
            params.put("action", query.action().name());
        }
        if (query.objectType() != null) {
            sql.append(" and lower(a.object_type) = lower(:objectType)");
            params.put("objectType", query.objectType());
        }
        if (query.objectId() != null) {
            sql.append(" and a.object_id = :objectId");
            params.put("objectId", query.objectId());
        }
        if (query.from() != null) {
            sql.append(" and a.occurred_at >= :from");
            params.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and a.occurred_at < :to");
            params.put("to", startOf(query.to().plusDays(1)));
        }
        if (backwards) {
            sql.append(" and a.id > :newerThan order by a.id asc");
            params.put("newerThan", query.newerThan());
        } else if (query.olderThan() != null) {
            sql.append(" and a.id < :olderThan order by a.id desc");
            params.put("olderThan", query.olderThan());
        } else {
            sql.append(" order by a.id desc");
        }
        sql.append(" limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntryStore::view).list();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AuditLog.CHINA).toOffsetDateTime();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(AuditLog.CHINA).toLocalDateTime(),
                rs.getString("actor_name"), rs.getString("actor_username"), rs.getString("actor_unit_name"),
                rs.getString("client_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"),
                AuditEntryView.changes(CanonicalJson.parseObject(rs.getString("before")),
                        CanonicalJson.parseObject(rs.getString("after"))));
    }
}
