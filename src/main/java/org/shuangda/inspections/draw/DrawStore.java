package org.shuangda.inspections.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.shuangda.shared.BulkCopy;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code inspection_draw} and {@code inspection_draw_target} (each target with its inspectors, V237)
 * and the {@code inspection_redraw_request} table (V170).
 */
@Repository
class DrawStore {

    private static final String DRAW_COLUMNS = """
            select d.id, d.task_id, d.seq, d.pool_hash, d.entropy, d.entropy_source, d.entropy_by, d.seed,
                   d.result_hash, d.redraw_request_id, rr.reason, rr.approved_by, d.operator, d.drawn_at
              from inspection_draw d left join inspection_redraw_request rr on rr.id = d.redraw_request_id
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DrawStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    int nextSeq(long taskId) {
        // one draw at a time per task: the advisory lock holds until the transaction ends
        jdbc.sql("select pg_advisory_xact_lock(16016, cast(:task as integer))").param("task", taskId)
                .query((rs, n) -> 1).list();
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from inspection_draw where task_id = :task")
                .param("task", taskId).query(Integer.class).single();
    }

    long insert(long taskId, int seq, String poolHash, String entropy, String source, String entropyBy,
            DrawMath.Outcome outcome, String inputsJson, Long redrawRequestId, String operator, Instant at) {
        long id = jdbc.sql("""
                        insert into inspection_draw (task_id, seq, pool_hash, entropy, entropy_source, entropy_by, seed,
                                                     result_hash, inputs, redraw_request_id, operator, drawn_at)
                        values (:task, :seq, :pool, :entropy, :source, :by, :seed, :result, cast(:inputs as jsonb),
                                :redraw, :operator, :at)
                        returning id
                        """)
                .param("task", taskId).param("seq", seq).param("pool", poolHash).param("entropy", entropy)
                .param("source", source).param("by", entropyBy).param("seed", outcome.seed())
                .param("result", outcome.resultHash()).param("inputs", inputsJson).param("redraw", redrawRequestId)
                .param("operator", operator).param("at", Timestamp.from(at)).query(Long.class).single();
        // a province draw writes a hundred thousand rows: COPY, not a statement of giant array literals
        try (BulkCopy copy = BulkCopy.open(dataSource,
                "copy inspection_draw_target (draw_id, entity_id, grade, rank, draw_key, inspector_ids) from stdin")) {
            for (DrawMath.Target t : outcome.targets()) {
                StringBuilder row = copy.row().append(id).append('\t').append(t.entityId()).append('\t')
                        .append(t.grade()).append('\t').append(t.rank()).append('\t').append(t.key()).append("\t{");
                List<Long> inspectors = outcome.inspectors().getOrDefault(t.entityId(), List.of());
                for (int i = 0; i < inspectors.size(); i++) {
                    row.append(i == 0 ? "" : ",").append(inspectors.get(i));
                }
                row.append("}\n");
            }
            copy.finish();
        }
        return id;
    }

    List<Draw> ofTask(long taskId, boolean withTargets) {
        List<Draw> draws = jdbc.sql(DRAW_COLUMNS + " where d.task_id = :task order by d.seq").param("task", taskId)
                .query(DrawStore::map).list();
        return withTargets ? draws.stream().map(d -> withTargets(d, 0, Integer.MAX_VALUE)).toList() : draws;
    }

    Optional<Draw> find(long drawId) {
        return header(drawId).map(d -> withTargets(d, 0, Integer.MAX_VALUE));
    }

    /** The draw with the targets from {@code offset} in draw order (grade, then rank), at most {@code limit}. */
    Optional<Draw> findSlice(long drawId, int offset, int limit) {
        return header(drawId).map(d -> withTargets(d, offset, limit));
    }

    /** The draw's record without its targets. */
    Optional<Draw> header(long drawId) {
        return jdbc.sql(DRAW_COLUMNS + " where d.id = :id").param("id", drawId).query(DrawStore::map).optional();
    }

    int targetCount(long drawId) {
        return jdbc.sql("select count(*) from inspection_draw_target where draw_id = :draw").param("draw", drawId)
                .query(Integer.class).single();
    }

    /** The exclusions the draw used (entity → officers), as recorded in its inputs. */
    Map<Long, Set<Long>> exclusionsOf(long drawId) {
        Map<Long, Set<Long>> out = new java.util.TreeMap<>();
        jdbc.sql("""
                        select cast(e.key as bigint), cast(o.value as bigint)
                          from inspection_draw d, jsonb_each(d.inputs -> 'exclusions') e, jsonb_array_elements(e.value) o
                         where d.id = :id
                        """).param("id", drawId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getLong(2)))
                .list();
        return out;
    }

    int perTargetOf(long drawId) {
        return jdbc.sql("select cast(inputs ->> 'inspectorsPerTarget' as integer) from inspection_draw where id = :id")
                .param("id", drawId).query(Integer.class).single();
    }

    private Draw withTargets(Draw d, int offset, int limit) {
        record Row(long entityId, String name, String type, String uscc, String grade, int rank, String key,
                Long[] inspectors) {
        }
        List<Row> rows = jdbc.sql("""
                        select t.entity_id, e.name, e.entity_type, e.uscc, t.grade, t.rank, t.draw_key, t.inspector_ids
                          from inspection_draw_target t join pub_entity_grading e on e.id = t.entity_id
                         where t.draw_id = :draw order by position(t.grade in 'ABCD'), t.rank
                         offset :offset limit :limit
                        """).param("draw", d.id()).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), (Long[]) rs.getArray(8).getArray()))
                .list();
        // the officers of a draw are a few dozen at most: named once, not once per target
        Set<Long> officerIds = new java.util.HashSet<>();
        rows.forEach(r -> officerIds.addAll(List.of(r.inspectors())));
        Map<Long, Draw.DrawnInspector> officers = new java.util.HashMap<>();
        jdbc.sql("""
                        select u.id, coalesce(u.display_name, u.username), pu.name
                          from pub_user u left join pub_unit pu on pu.id = u.unit_id where u.id = any(:ids)
                        """).param("ids", officerIds.toArray(Long[]::new))
                .query((rs, n) -> officers.put(rs.getLong(1),
                        new Draw.DrawnInspector(rs.getLong(1), rs.getString(2), rs.getString(3))))
                .list();
        List<Draw.DrawnTarget> targets = rows.stream()
                .map(r -> new Draw.DrawnTarget(r.entityId(), r.name(), r.type(), r.uscc(), r.grade(), r.rank(), r.key(),
                        java.util.Arrays.stream(r.inspectors()).map(officers::get).filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
        return new Draw(d.id(), d.taskId(), d.seq(), d.poolHash(), d.entropy(), d.entropySource(), d.entropyBy(),
                d.seed(), d.resultHash(), d.redrawRequestId(), d.redrawReason(), d.redrawApprovedBy(), d.operator(),
                d.drawnAt(), targets);
    }

    long insertRedrawRequest(long taskId, String reason, String by, Instant at) {
        return jdbc.sql("""
                        insert into inspection_redraw_request (task_id, reason, requested_by, requested_at)
                        values (:task, :reason, :by, :at) returning id
                        """).param("task", taskId).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    Optional<RedrawRequest> redrawRequest(long id) {
        return jdbc.sql("select * from inspection_redraw_request where id = :id").param("id", id)
                .query(DrawStore::request).optional();
    }

    List<RedrawRequest> redrawRequests(long taskId) {
        return jdbc.sql("select * from inspection_redraw_request where task_id = :task order by id")
                .param("task", taskId).query(DrawStore::request).list();
    }

    /**
     * Requests not yet approved nor used, of tasks {@code visible} whose region lies strictly below
     * {@code ownRegionPath}, asked by someone else than {@code username}: what this approver may decide.
     */
    List<PendingRedraw> pendingRedraws(SqlPredicate visible, String ownRegionPath, String username) {
        return jdbc.sql("""
                        select rr.id, rr.task_id, t.title, rr.reason, rr.requested_by, rr.requested_at
                          from inspection_redraw_request rr join inspection_task t on t.id = rr.task_id
                         where rr.approved_by is null and not rr.used and rr.requested_by <> :me
                           and t.region_path <> :own and t.region_path ~>=~ :own and t.region_path ~<~ :ownHi
                           and\s""" + visible.sql() + " order by rr.requested_at, rr.id")
                .params(visible.params()).param("me", username).param("own", ownRegionPath)
                .param("ownHi", ownRegionPath + "~")
                .query((rs, n) -> new PendingRedraw(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    boolean approve(long id, String by, Instant at) {
        return jdbc.sql("""
                        update inspection_redraw_request set approved_by = :by, approved_at = :at
                         where id = :id and approved_by is null and not used
                        """).param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    boolean markUsed(long id) {
        return jdbc.sql("update inspection_redraw_request set used = true where id = :id and not used"
                        + " and approved_by is not null").param("id", id).update() == 1;
    }

    private static RedrawRequest request(ResultSet rs, int n) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new RedrawRequest(rs.getLong("id"), rs.getLong("task_id"), rs.getString("reason"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("approved_by"),
                approved == null ? null : approved.toInstant(), rs.getBoolean("used"));
    }

    private static Draw map(ResultSet rs, int n) throws SQLException {
        return new Draw(rs.getLong("id"), rs.getLong("task_id"), rs.getInt("seq"), rs.getString("pool_hash"),
                rs.getString("entropy"), rs.getString("entropy_source"), rs.getString("entropy_by"),
                rs.getString("seed"), rs.getString("result_hash"), (Long) rs.getObject("redraw_request_id"),
                rs.getString("reason"), rs.getString("approved_by"), rs.getString("operator"),
                rs.getTimestamp("drawn_at").toInstant(), List.of());
    }
}
