package org.shuangda.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.campaigns.TaskRow.UnitName;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for tasks: {@link #find}, {@link #insert}, {@link #update} of a whole task (its plan, cooperating
 * units and completion), {@link #delete}; {@link #list} and {@link #findNamed} read the same rows with the
 * names a {@link TaskRow} shows. Visibility is one bound predicate ({@link #visible}); no state decisions here
 * ({@link CampaignTask} makes them). Units and regions are read through organization's views.
 */
@Repository
class TaskStore {

    /**
     * Who may see tasks: those whose {@code view} scope reaches the lead or a cooperating unit (by unit path or
     * by region) within the campaign's region, and those whose {@code managed} scope reaches the campaign's
     * region (the office; {@link DataScope#none()} for those who manage nothing).
     */
    record Reach(DataScope view, DataScope managed) {
    }

    /** A task with the names shown beside it; {@link Tasks} adds the timing to make it a {@link TaskRow}. */
    record Named(CampaignTask task, String campaignTitle, String leadUnitName, List<UnitName> cooperators) {
    }

    private static final String SELECT = """
            select t.*, c.title as campaign_title, c.status as campaign_status, c.starts_on as campaign_starts,
                   lu.name as lead_name, (t.created_at at time zone 'Asia/Shanghai')::date as created_on,
                   (select (max(p.reported_at) at time zone 'Asia/Shanghai')::date from task_progress p
                     where p.task_id = t.id and p.kind = 'PROGRESS') as last_progress
              from campaign_task t join campaign c on c.id = t.campaign_id join pub_region r on r.code = c.region_code
              join pub_unit lu on lu.id = t.lead_unit_id
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Named> list(Reach reach, Long campaignId, Long unitId) {
        SqlPredicate visible = visible(reach);
        return withCooperators(jdbc.sql(SELECT + " where " + visible.sql() + """
                  and (cast(:campaign as bigint) is null or t.campaign_id = :campaign)
                  and (cast(:unit as bigint) is null or t.lead_unit_id = :unit
                       or exists (select 1 from campaign_task_cooperator x where x.task_id = t.id and x.unit_id = :unit))
                order by c.starts_on desc, t.campaign_id, t.sort_order, t.id""").params(visible.params())
                .param("campaign", campaignId).param("unit", unitId).query(TaskStore::header).list());
    }

    Optional<CampaignTask> find(Reach reach, long id) {
        return findNamed(reach, id).map(Named::task);
    }

    /** The task with its names, if {@code reach} sees it. */
    Optional<Named> findNamed(Reach reach, long id) {
        SqlPredicate visible = visible(reach);
        return jdbc.sql(SELECT + " where t.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(TaskStore::header).optional().map(t -> withCooperators(List.of(t)).get(0));
    }

    /** Every task of a campaign regardless of scope, for cloning a campaign the actor manages. */
    List<CampaignTask> allOf(long campaignId) {
        return withCooperators(jdbc.sql(SELECT + " where t.campaign_id = :c order by t.sort_order, t.id")
                .param("c", campaignId).query(TaskStore::header).list()).stream().map(Named::task).toList();
    }

    /** Stores a new task at the end of its campaign's list; answers its id. */
    long insert(CampaignTask t) {
        long id = jdbc.sql("""
                insert into campaign_task (campaign_id, section, title, description, lead_unit_id, due_on, supervised,
                                           progress_every_working_days, completed_at, completed_by, sort_order)
                values (:campaign, :section, :title, :description, :lead, :due, :supervised, :every, :completedAt,
                        :completedBy,
                        (select coalesce(max(sort_order), 0) + 1 from campaign_task where campaign_id = :campaign))
                returning id""").params(params(t)).param("campaign", t.campaignId()).query(Long.class).single();
        replaceCooperators(id, t.cooperatorIds());
        return id;
    }

    /** Writes the whole task if {@code expectedVersion} is still current; false when someone saved in between. */
    boolean update(CampaignTask t, int expectedVersion) {
        int changed = jdbc.sql("""
                update campaign_task set section = :section, title = :title, description = :description,
                       lead_unit_id = :lead, due_on = :due, supervised = :supervised,
                       progress_every_working_days = :every, completed_at = :completedAt, completed_by = :completedBy,
                       version = version + 1
                 where id = :id and version = :version""").params(params(t)).param("id", t.id())
                .param("version", expectedVersion).update();
        if (changed == 1) {
            replaceCooperators(t.id(), t.cooperatorIds());
        }
        return changed == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from campaign_task where id = :id").param("id", id).update();
    }

    /**
     * The office sees the tasks of the campaigns it manages; everyone else those whose lead or cooperating
     * unit their scope reaches, within the campaign's region.
     */
    private static SqlPredicate visible(Reach reach) {
        SqlPredicate cooperator = reach.view().unitOwned("cu.path", "cu.region_path", "coop");
        SqlPredicate anyCooperator = new SqlPredicate("""
                exists (select 1 from campaign_task_cooperator tc join pub_unit cu on cu.id = tc.unit_id
                         where tc.task_id = t.id and""" + " " + cooperator.sql() + ")", cooperator.params());
        return SqlPredicate.anyOf(reach.managed().regionOwned("r.path", "managed"),
                SqlPredicate.allOf(SqlPredicate.anyOf(reach.view().unitOwned("lu.path", "lu.region_path", "lead"),
                        anyCooperator), reach.view().regionOwned("r.path", "area")));
    }

    private void replaceCooperators(long id, List<Long> unitIds) {
        jdbc.sql("delete from campaign_task_cooperator where task_id = :id").param("id", id).update();
        for (Long unit : unitIds) {
            jdbc.sql("insert into campaign_task_cooperator (task_id, unit_id) values (:t, :u) on conflict do nothing")
                    .param("t", id).param("u", unit).update();
        }
    }

    private List<Named> withCooperators(List<Named> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<UnitName>> byTask = new LinkedHashMap<>();
        jdbc.sql("""
                select tc.task_id, u.id, u.name from campaign_task_cooperator tc join pub_unit u on u.id = tc.unit_id
                 where tc.task_id = any(:ids) order by u.path""")
                .param("ids", tasks.stream().map(t -> t.task().id()).toArray(Long[]::new))
                .query((rs, n) -> byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UnitName(rs.getLong(2), rs.getString(3))))
                .list();
        return tasks.stream().map(n -> {
            List<UnitName> cooperators = byTask.getOrDefault(n.task().id(), List.of());
            CampaignTask t = n.task();
            return new Named(new CampaignTask(t.id(), t.campaignId(), t.campaignStatus(), t.campaignStartsOn(),
                    t.section(), t.title(), t.description(), t.leadUnitId(), cooperators.stream().map(UnitName::id)
                    .toList(), t.dueOn(), t.supervised(), t.progressEveryWorkingDays(), t.completedAt(),
                    t.completedBy(), t.createdOn(), t.lastProgressOn(), t.version()), n.campaignTitle(),
                    n.leadUnitName(), cooperators);
        }).toList();
    }

    private static Named header(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        CampaignTask task = new CampaignTask(rs.getLong("id"), rs.getLong("campaign_id"),
                CampaignStatus.valueOf(rs.getString("campaign_status")), rs.getObject("campaign_starts", LocalDate.class),
                rs.getString("section"), rs.getString("title"), rs.getString("description"), rs.getLong("lead_unit_id"),
                List.of(), rs.getObject("due_on", LocalDate.class), rs.getBoolean("supervised"),
                rs.getObject("progress_every_working_days", Integer.class),
                completed == null ? null : completed.toInstant(), rs.getString("completed_by"),
                rs.getObject("created_on", LocalDate.class), rs.getObject("last_progress", LocalDate.class),
                rs.getInt("version"));
        return new Named(task, rs.getString("campaign_title"), rs.getString("lead_name"), List.of());
    }

    private static Map<String, Object> params(CampaignTask t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("section", CampaignStore.blank(t.section()));
        p.put("title", t.title().strip());
        p.put("description", CampaignStore.blank(t.description()));
        p.put("lead", t.leadUnitId());
        p.put("due", t.dueOn());
        p.put("supervised", t.supervised());
        p.put("every", t.supervised() ? t.progressEveryWorkingDays() : null);
        p.put("completedAt", timestamp(t.completedAt()));
        p.put("completedBy", t.completedBy());
        return p;
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
