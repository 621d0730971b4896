package org.shuangda.inspections.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code inspection_result} table (V170) and the drawn inspectors it checks against. */
@Repository
class ResultStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ResultDraft.PointOutcome>> POINTS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            select r.id, r.draw_id, r.task_id, t.title, r.entity_id, e.name, e.entity_type, e.uscc, r.code,
                   r.points::text as points, r.note, r.signed, r.needs_enforcement, r.inspected_on, r.publish_due,
                   r.recorded_by_name, r.recorded_at, r.published_at, r.clue_id, r.clue_number, r.unit_path,
                   r.region_path
              from inspection_result r
              join inspection_task t on t.id = r.task_id
              join pub_entity_grading e on e.id = r.entity_id
            """;

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target the officer was drawn for, in the task's current (latest) draw. */
    record Assignment(long drawId, long taskId, String taskTitle, long entityId, String entityName, String unitPath,
            String regionPath, long unitId, Long resultId) {
    }

    /** The officer's targets in current draws of tasks not ended more than a year ago; with the result if any. */
    List<Assignment> assignments(long officerId) {
        return jdbc.sql("""
                        select d.id, d.task_id, t.title, dt.entity_id, e.name, t.unit_path, t.region_path, t.unit_id, r.id
                          from inspection_draw_target dt
                          join inspection_draw d on d.id = dt.draw_id
                          join inspection_task t on t.id = d.task_id
                          join pub_entity_grading e on e.id = dt.entity_id
                          left join inspection_result r on r.draw_id = d.id and r.entity_id = dt.entity_id
                         where dt.inspector_ids @> array[cast(:officer as bigint)]
                           and d.seq = (select max(x.seq) from inspection_draw x where x.task_id = d.task_id)
                         order by (r.id is not null), t.period_to, d.id, e.name
                        """).param("officer", officerId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), (Long) rs.getObject(9)))
                .list();
    }

    Optional<Assignment> assignment(long officerId, long drawId, long entityId) {
        return assignments(officerId).stream().filter(a -> a.drawId() == drawId && a.entityId() == entityId)
                .findFirst();
    }

    long insert(Assignment a, ResultDraft d, LocalDate publishDue, long recordedBy, String recordedByName,
            Instant at) {
        return jdbc.sql("""
                        insert into inspection_result (draw_id, task_id, entity_id, unit_path, region_path, code, points,
                               note, signed, needs_enforcement, inspected_on, publish_due, recorded_by, recorded_by_name,
                               recorded_at)
                        values (:draw, :task, :entity, :unitPath, :regionPath, :code, cast(:points as jsonb), :note,
                                :signed, :needs, :on, :due, :by, :byName, :at)
                        returning id
                        """)
                .param("draw", a.drawId()).param("task", a.taskId()).param("entity", a.entityId())
                .param("unitPath", a.unitPath()).param("regionPath", a.regionPath()).param("code", d.code())
                .param("points", JSON.writeValueAsString(d.points())).param("note", d.note() == null ? "" : d.note().strip())
                .param("signed", d.signed() ? "SIGNED" : "REFUSED").param("needs", d.needsEnforcement())
                .param("on", d.inspectedOn()).param("due", publishDue).param("by", recordedBy)
                .param("byName", recordedByName).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    boolean publish(long id, Instant at) {
        return jdbc.sql("update inspection_result set published_at = :at where id = :id and published_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    void linkClue(long id, long clueId, String clueNumber) {
        jdbc.sql("update inspection_result set clue_id = :c, clue_number = :n where id = :id")
                .param("c", clueId).param("n", clueNumber).param("id", id).update();
    }

    Optional<InspectionResult> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where r.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(ResultStore::map).optional();
    }

    List<InspectionResult> list(SqlPredicate visible, boolean unpublishedOnly, int limit) {
        return jdbc.sql(COLUMNS + " where " + visible.sql()
                        + " and (not :unpublished or r.published_at is null) order by r.publish_due, r.id limit :limit")
                .params(visible.params()).param("unpublished", unpublishedOnly).param("limit", limit)
                .query(ResultStore::map).list();
    }

    List<InspectionResult> published(int limit, Instant shownSince) {
        return jdbc.sql(COLUMNS + " where r.published_at >= :since order by r.published_at desc, r.id desc limit :limit")
                .param("since", Timestamp.from(shownSince)).param("limit", limit).query(ResultStore::map).list();
    }

    /** A published result on the public site, with the name of the task's unit. */
    record Shown(InspectionResult result, String unitName) {
    }

    private static final String SHOWN = COLUMNS.replace(" from inspection_result r", ", u.name as unit_name"
            + " from inspection_result r") + " join pub_unit u on u.id = t.unit_id where r.published_at >= :since";

    /**
     * Results on the public site: published on or after {@code shownSince}, inspected within {@code from..to}, of a
     * task in the region at {@code regionPath}, matching the task's title, the entity's USCC or its name (a bare
     * personal name of an 个体工商户 is never searched), newest publication first.
     */
    List<Shown> shown(String like, LocalDate from, LocalDate to, String regionPath, Instant shownSince, int offset,
            int limit) {
        return jdbc.sql(SHOWN + SHOWN_FILTERS + " order by r.published_at desc, r.id desc limit :limit offset :offset")
                .param("since", Timestamp.from(shownSince)).param("like", like).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").param("limit", limit)
                .param("offset", offset).query((rs, n) -> new Shown(map(rs, n), rs.getString("unit_name"))).list();
    }

    long countShown(String like, LocalDate from, LocalDate to, String regionPath, Instant shownSince) {
        return jdbc.sql("select count(*) from (" + SHOWN + SHOWN_FILTERS + ") x")
                .param("since", Timestamp.from(shownSince)).param("like", like).param("from", from).param("to", to)
                .param("region", regionPath == null ? null : regionPath + "%").query(Long.class).single();
    }

    List<Shown> shownOfEntity(long entityId, Instant shownSince, int limit) {
        return jdbc.sql(SHOWN + " and r.entity_id = :entity order by r.published_at desc, r.id desc limit :limit")
                .param("since", Timestamp.from(shownSince)).param("entity", entityId).param("limit", limit)
                .query((rs, n) -> new Shown(map(rs, n), rs.getString("unit_name"))).list();
    }

    private static final String SHOWN_FILTERS = """
             and (cast(:from as date) is null or r.inspected_on >= :from)
             and (cast(:to as date) is null or r.inspected_on <= :to)
             and (cast(:region as text) is null or r.region_path like :region)
             and (cast(:like as text) is null or t.title like :like escape '\\' or e.uscc like :like escape '\\'
                  or (e.name like :like escape '\\'
                      and not (e.entity_type = 'INDIVIDUAL_BUSINESS' and char_length(e.name) <= 4)))
            """;

    private static InspectionResult map(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new InspectionResult(rs.getLong("id"), rs.getLong("draw_id"), rs.getLong("task_id"),
                rs.getString("title"), rs.getLong("entity_id"), rs.getString("name"), rs.getString("entity_type"),
                rs.getString("uscc"), ResultCode.valueOf(rs.getString("code")), JSON.readValue(rs.getString("points"), POINTS),
                rs.getString("note"), "SIGNED".equals(rs.getString("signed")), rs.getBoolean("needs_enforcement"),
                rs.getObject("inspected_on", LocalDate.class), rs.getObject("publish_due", LocalDate.class),
                rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant(),
                published == null ? null : published.toInstant(), (Long) rs.getObject("clue_id"),
                rs.getString("clue_number"), rs.getString("unit_path"), rs.getString("region_path"));
    }
}
