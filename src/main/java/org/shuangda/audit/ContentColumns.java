package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The columns an entry's hash covers, other than its id, shared by {@code audit_entry} and
 * {@code audit_pending}: written and read back the same way in both, so an entry folded from the pending
 * table hashes exactly as it would have when appended directly.
 */
final class ContentColumns {

    /** Column names, in table order. */
    static final String NAMES = """
            occurred_at, actor_user_id, actor_username, actor_name, actor_unit_id, actor_unit_name,
            actor_unit_path, actor_region_path, client_ip, action, object_type, object_id, summary, before, after""";

    /** Named parameters matching {@link #NAMES}, for {@link #bind}. */
    static final String VALUES = """
            :occurredAt, :actorUserId, :actorUsername, :actorName, :actorUnitId, :actorUnitName,
            :actorUnitPath, :actorRegionPath, :clientIp, :action, :objectType, :objectId, :summary,
            cast(:before as jsonb), cast(:after as jsonb)""";

    /** For reading: {@link #NAMES} with the JSON as text, to be parsed by {@link CanonicalJson}. */
    static final String SELECT = """
            occurred_at, actor_user_id, actor_username, actor_name, actor_unit_id, actor_unit_name,
            actor_unit_path, actor_region_path, client_ip, action, object_type, object_id, summary,
            before::text as before, after::text as after""";

    private ContentColumns() {
    }

    static StatementSpec bind(StatementSpec spec, HashedContent c) {
        return spec.param("occurredAt", OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC))
                .param("actorUserId", c.actorUserId(), Types.BIGINT)
                .param("actorUsername", c.actorUsername(), Types.VARCHAR)
                .param("actorName", c.actorName(), Types.VARCHAR)
                .param("actorUnitId", c.actorUnitId(), Types.BIGINT)
                .param("actorUnitName", c.actorUnitName(), Types.VARCHAR)
                .param("actorUnitPath", c.actorUnitPath(), Types.VARCHAR)
                .param("actorRegionPath", c.actorRegionPath(), Types.VARCHAR)
                .param("clientIp", c.clientIp(), Types.VARCHAR)
                .param("action", c.action())
                .param("objectType", c.objectType(), Types.VARCHAR)
                .param("objectId", c.objectId(), Types.VARCHAR)
                .param("summary", c.summary(), Types.VARCHAR)
                .param("before", CanonicalJson.write(c.before()))
                .param("after", CanonicalJson.write(c.after()));
    }

    /** The content of the current row (selected with {@link #SELECT}) at chain position {@code id}. */
    static HashedContent read(ResultSet rs, long id) throws SQLException {
        return new HashedContent(id, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_user_id", Long.class), rs.getString("actor_username"),
                rs.getString("actor_name"), rs.getObject("actor_unit_id", Long.class),
                rs.getString("actor_unit_name"), rs.getString("actor_unit_path"), rs.getString("actor_region_path"),
                rs.getString("client_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"), CanonicalJson.parseObject(rs.getString("before")),
                CanonicalJson.parseObject(rs.getString("after")));
    }
}
