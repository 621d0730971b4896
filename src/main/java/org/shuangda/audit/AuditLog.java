package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail for the page, newest first, 50 entries a page by keyset (id), within the viewer's
 * data scope: an entry belongs to the unit its actor was in when it was written (the snapshot paths), and
 * entries without a unit (the system, unknown usernames at login) are seen only with scope ALL. Entries
 * still waiting in {@code audit_pending} are not listed, only counted ({@link #pendingCount}).
 */
@Service
public class AuditLog {

    /** China has one time zone; days in the date filter and times on the page are in it. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One page: the entries, and where the neighbouring pages start (null when there is none). */
    public record Page(List<AuditEntryView> entries, Long olderThan, Long newerThan) {
    }

    private final JdbcClient jdbc;
    private final PendingEntries pending;

    AuditLog(JdbcClient jdbc, PendingEntries pending) {
        this.jdbc = jdbc;
        this.pending = pending;
    }

    /**
     * Entries within {@code scope} committed but not yet on the chain (see {@link AuditChainer}): the page
     * lists only chained entries (they have their id) and says how many more are on their way.
     */
    public long pendingCount(DataScope scope) {
        return pending.count(scope);
    }

    public Page search(AuditQuery query, DataScope scope) {
        if (scope.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        // Only constant fragments are added; every value is a bound parameter.
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_name, actor_username, actor_unit_name, client_ip, action,
                       object_type, object_id, summary, before::text as before, after::text as after
                  from audit_entry a where true""");
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            sql.append(" and (a.actor_unit_path like any(:unitPatterns) or a.actor_region_path like any(:regionPatterns))");
            params.putAll(scope.unitParams());
        }
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
        boolean backwards = query.newerThan() != null && query.olderThan() == null;
        if (backwards) {
            sql.append(" and a.id > :newerThan order by a.id asc");
            params.put("newerThan", query.newerThan());
        } else if (query.olderThan() != null) {
            sql.append(" and a.id < :olderThan order by a.id desc");
            params.put("olderThan", query.olderThan());
        } else {
            sql.append(" order by a.id desc");
        }
        sql.append(" limit ").append(AuditQuery.PAGE_SIZE + 1);

        List<AuditEntryView> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                .query(AuditLog::view).list());
        boolean more = rows.size() > AuditQuery.PAGE_SIZE;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page(rows, null, null);
        }
        boolean hasOlder = backwards || more;
        boolean hasNewer = backwards ? more : query.olderThan() != null;
        return new Page(rows, hasOlder ? rows.get(rows.size() - 1).id() : null, hasNewer ? rows.get(0).id() : null);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CHINA).toOffsetDateTime();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDateTime(),
                rs.getString("actor_name"), rs.getString("actor_username"), rs.getString("actor_unit_name"),
                rs.getString("client_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"),
                AuditEntryView.changes(CanonicalJson.parseObject(rs.getString("before")),
                        CanonicalJson.parseObject(rs.getString("after"))));
    }
}
