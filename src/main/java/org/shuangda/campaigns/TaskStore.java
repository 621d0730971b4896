package org.shuangda.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.campaigns.CampaignTask.UnitName;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for tasks. Visibility is one bound predicate: the caller's view scope reaches the lead unit or a
 * cooperating unit (by unit path or by region), or the caller manages the campaign's region (the office).
 */
@Repository
class TaskStore {

    /** Who may see tasks: the view scope, plus the region patterns of the campaigns the actor manages. */
    record Reach(DataScope view, String[] managedAreas) {
    }

    private static final String SELECT = """
            select t.*, c.title as campaign_title, c.status as campaign_status, c.starts_on as campaign_starts,
                   lu.name as lead_name, (t.created_at at time zone 'Asia/Shanghai')::date as created_on,
                   (select (max(p.reported_at) at time zone 'Asia/Shanghai')::date from task_progress p
                     where p.task_id = t.id and p.kind = 'PROGRESS') as last_progress
              from campaign_task t join campaign c on c.id = t.campaign_id join region r on r.code = c.region_code
              join unit lu on lu.id = t.lead_unit_id join region lr on lr.code = lu.region_code
            """;

    private static final String VISIBLE = """
             (:all or r.path like any(:managed)
              or ((lu.path like any(:unitPatterns) or lr.path like any(:regionPatterns)
                   or exists (select 1 from campaign_task_cooperator tc join unit cu on cu.id = tc.unit_id
                                join region cr on cr.code = cu.region_code
                               where tc.task_id = t.id and (cu.path like any(:unitPatterns) or cr.path like any(:regionPatterns))))
                  and r.path like any(:areaPatterns)))
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignTask> list(Reach reach, Long campaignId, Long unitId) {
        List<CampaignTask> tasks = scoped(jdbc.sql(SELECT + " where " + VISIBLE + """
                  and (cast(:campaign as bigint) is null or t.campaign_id = :campaign)
                  and (cast(:unit as bigint) is null or t.lead_unit_id = :unit
                       or exists (select 1 from campaign_task_cooperator x where x.task_id = t.id and x.unit_id = :unit))
                order by c.starts_on desc, t.campaign_id, t.sort_order, t.id"""), reach)
                .param("campaign", campaignId).param("unit", unitId).query(TaskStore::header).list();
        return withCooperators(tasks);
    }

    Optional<CampaignTask> find(Reach reach, long id) {
        return scoped(jdbc.sql(SELECT + " where t.id = :id and " + VISIBLE), reach).param("id", id)
                .query(TaskStore::header).optional().map(t -> withCooperators(List.of(t)).get(0));
    }

    long insert(long campaignId, TaskForm f) {
        long id = jdbc.sql("""
                insert into campaign_task (campaign_id, section, title, description, lead_unit_id, due_on, supervised,
                                           progress_every_working_days, sort_order)
                values (:campaign, :section, :title, :description, :lead, :due, :supervised, :every,
                        (select coalesce(max(sort_order), 0) + 1 from campaign_task where campaign_id = :campaign))
                returning id""").params(params(f)).param("campaign", campaignId).query(Long.class).single();
        replaceCooperators(id, f.cooperatorIds());
        return id;
    }

    boolean update(long id, TaskForm f) {
        int changed = jdbc.sql("""
                update campaign_task set section = :section, title = :title, description = :description,
                       lead_unit_id = :lead, due_on = :due, supervised = :supervised,
                       progress_every_working_days = :every, version = version + 1
                 where id = :id and version = :version""").params(params(f)).param("id", id)
                .param("version", f.version()).update();
        if (changed == 1) {
            replaceCooperators(id, f.cooperatorIds());
        }
        return changed == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from campaign_task where id = :id").param("id", id).update();
    }

    void setCompleted(long id, OffsetDateTime at, String by) {
        jdbc.sql("update campaign_task set completed_at = :at, completed_by = :by, version = version + 1 where id = :id")
                .param("at", at).param("by", by).param("id", id).update();
    }

    /** Every task of a campaign regardless of scope, for cloning a campaign the actor manages. */
    List<CampaignTask> allOf(long campaignId) {
        return withCooperators(jdbc.sql(SELECT + " where t.campaign_id = :c order by t.sort_order, t.id")
                .param("c", campaignId).query(TaskStore::header).list());
    }

    private void replaceCooperators(long id, List<Long> unitIds) {
        jdbc.sql("delete from campaign_task_cooperator where task_id = :id").param("id", id).update();
        for (Long unit : unitIds) {
            jdbc.sql("insert into campaign_task_cooperator (task_id, unit_id) values (:t, :u) on conflict do nothing")
                    .param("t", id).param("u", unit).update();
        }
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Reach reach) {
        DataScope s = reach.view();
        return spec.params(s.unitParams()).params(s.areaParams()).param("managed", reach.managedAreas());
    }

    private List<CampaignTask> withCooperators(List<CampaignTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<UnitName>> byTask = new LinkedHashMap<>();
        jdbc.sql("""
                select tc.task_id, u.id, u.name from campaign_task_cooperator tc join unit u on u.id = tc.unit_id
                 where tc.task_id = any(:ids) order by u.path""")
                .param("ids", tasks.stream().map(CampaignTask::id).toArray(Long[]::new))
                .query((rs, n) -> byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UnitName(rs.getLong(2), rs.getString(3))))
                .list();
        return tasks.stream().map(t -> new CampaignTask(t.id(), t.campaignId(), t.campaignTitle(), t.campaignStatus(),
                t.campaignStartsOn(), t.section(), t.title(), t.description(), t.leadUnitId(), t.leadUnitName(),
                byTask.getOrDefault(t.id(), List.of()), t.dueOn(), t.supervised(), t.progressEveryWorkingDays(),
                t.completedAt(), t.completedBy(), t.createdOn(), t.lastProgressOn(), t.version())).toList();
    }

    private static CampaignTask header(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new CampaignTask(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("campaign_title"),
                CampaignStatus.valueOf(rs.getString("campaign_status")), rs.getObject("campaign_starts", LocalDate.class),
                rs.getString("section"), rs.getString("title"), rs.getString("description"), rs.getLong("lead_unit_id"),
                rs.getString("lead_name"), List.of(), rs.getObject("due_on", LocalDate.class), rs.getBoolean("supervised"),
                rs.getObject("progress_every_working_days", Integer.class),
                completed == null ? null : completed.toInstant(), rs.getString("completed_by"),
                rs.getObject("created_on", LocalDate.class), rs.getObject("last_progress", LocalDate.class),
                rs.getInt("version"));
    }

    private static Map<String, Object> params(TaskForm f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("section", CampaignStore.blank(f.section()));
        p.put("title", f.title().strip());
        p.put("description", CampaignStore.blank(f.description()));
        p.put("lead", f.leadUnitId());
        p.put("due", f.dueOn());
        p.put("supervised", f.supervised());
        p.put("every", f.supervised() ? f.progressEveryWorkingDays() : null);
        return p;
    }
}
