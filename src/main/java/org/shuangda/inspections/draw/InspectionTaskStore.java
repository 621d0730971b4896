package org.shuangda.inspections.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_task} and {@code inspection_task_item} tables (V170). */
@Repository
class InspectionTaskStore {

    private static final String COLUMNS = """
            select t.id, t.plan_id, p.title as plan_title, p.joint, t.title, t.unit_id, u.name as unit_name, t.unit_path,
                   t.region_path, t.targeted, t.filter_region_code, t.filter_region_path, r.name as region_name,
                   t.filter_entity_type, t.ratio_a, t.ratio_b, t.ratio_c, t.ratio_d, t.period_from, t.period_to,
                   t.repeat_override_reason, t.state, t.ended_on, t.created_by, t.version,
                   (select count(*) from inspection_draw d where d.task_id = t.id) as draws,
                   t.filter_market_id, km.name as market_name, t.filter_listed, t.filter_industry
              from inspection_task t
              join inspection_plan p on p.id = t.plan_id
              join pub_unit u on u.id = t.unit_id
              left join pub_region r on r.code = t.filter_region_code
              left join key_market km on km.id = t.filter_market_id
            """;

    private final JdbcClient jdbc;

    InspectionTaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TaskDraft d, Plan plan, String regionPath, int[] ratios, String createdBy) {
        return jdbc.sql("""
                        insert into inspection_task (plan_id, title, unit_id, unit_path, region_path, targeted,
                               filter_region_code, filter_region_path, filter_entity_type, ratio_a, ratio_b, ratio_c,
                               ratio_d, period_from, period_to, repeat_override_reason, created_by, filter_market_id,
                               filter_listed, filter_industry)
                        values (:plan, :title, :unit, :unitPath, :regionPath, :targeted, :code, :path, :type, :a, :b,
                                :c, :d, :from, :to, :override, :by, :market, :listed, :industry)
                        returning id
                        """)
                .param("plan", plan.id()).param("title", d.title().strip()).param("unit", plan.leadUnitId())
                .param("unitPath", plan.unitPath()).param("regionPath", plan.regionPath())
                .param("targeted", d.targeted()).param("code", d.regionCode()).param("path", regionPath)
                .param("type", d.targeted() ? d.entityType() : null).param("a", ratios[0]).param("b", ratios[1])
                .param("c", ratios[2]).param("d", ratios[3]).param("from", d.periodFrom()).param("to", d.periodTo())
                .param("override", blankToNull(d.repeatOverrideReason())).param("by", createdBy)
                .param("market", d.targeted() ? d.marketId() : null).param("listed", d.targeted() ? d.listed() : null)
                .param("industry", d.targeted() ? d.industry() : null)
                .query(Long.class).single();
    }

    void addItems(long taskId, Map<Long, Integer> revisions) {
        revisions.forEach((item, revision) -> jdbc.sql("""
                        insert into inspection_task_item (task_id, item_id, item_revision) values (:t, :i, :r)
                        """).param("t", taskId).param("i", item).param("r", revision).update());
    }

    /** Moves the task from {@code from} to {@code to}; false when it was not in {@code from} (someone was faster). */
    boolean move(long taskId, TaskState from, TaskState to) {
        return jdbc.sql("update inspection_task set state = :to, version = version + 1 where id = :id and state = :from")
                .param("to", to.name()).param("id", taskId).param("from", from.name()).update() == 1;
    }

    boolean end(long taskId, java.time.LocalDate endedOn) {
        return jdbc.sql("""
                        update inspection_task set state = 'ENDED', ended_on = :on, version = version + 1
                         where id = :id and state = 'DRAWN'
                        """).param("on", endedOn).param("id", taskId).update() == 1;
    }

    Optional<Task> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where t.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(InspectionTaskStore::map).optional();
    }

    List<Task> list(SqlPredicate visible, Long planId) {
        return jdbc.sql(COLUMNS + " where " + visible.sql()
                        + " and (cast(:plan as bigint) is null or t.plan_id = :plan) order by t.period_from desc, t.id desc")
                .params(visible.params()).param("plan", planId).query(InspectionTaskStore::map).list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getBoolean("joint"),
                rs.getString("title"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("unit_path"),
                rs.getString("region_path"), rs.getBoolean("targeted"), rs.getString("filter_region_code"),
                rs.getString("filter_region_path"), rs.getString("region_name"), rs.getString("filter_entity_type"),
                new int[] {rs.getInt("ratio_a"), rs.getInt("ratio_b"), rs.getInt("ratio_c"), rs.getInt("ratio_d")},
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class), rs.getString("repeat_override_reason"),
                TaskState.valueOf(rs.getString("state")), rs.getObject("ended_on", java.time.LocalDate.class),
                rs.getString("created_by"), rs.getInt("draws"), rs.getInt("version"),
                (Long) rs.getObject("filter_market_id"), rs.getString("market_name"), rs.getString("filter_listed"),
                rs.getString("filter_industry"));
    }
}
