package org.shuangda.assessment.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangda.assessment.supervision.Visit.Check;
import org.shuangda.assessment.supervision.Visit.Finding;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits with their checklist and findings; unit names and paths from {@code pub_unit}. */
@Repository
class VisitStore {

    /** A visit with the paths of the office's and the visited unit (scope checks). */
    record Placed(Visit visit, String officePath, String officeRegionPath, String unitPath, String unitRegionPath) {
    }

    private static final String SELECT = """
            select v.*, o.name as office_name, o.path as office_path, o.region_path as office_region_path,
                   u.name as unit_name, u.path as unit_path, u.region_path as unit_region_path
              from supervision_visit v join pub_unit o on o.id = v.office_unit_id join pub_unit u on u.id = v.unit_id
            """;

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Placed> find(long id) {
        List<Placed> found = load(jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(this::head).list());
        return found.stream().findFirst();
    }

    /** Visits whose office {@code office} covers or whose visited unit {@code visited} covers, latest plan first. */
    List<Placed> visible(SqlPredicate office, SqlPredicate visited) {
        return load(jdbc.sql(SELECT + " where " + office.sql() + " or " + visited.sql()
                        + " order by v.planned_on desc, v.id desc limit 500")
                .params(office.params()).params(visited.params()).query(this::head).list());
    }

    long insert(Visit v) {
        long id = jdbc.sql("""
                insert into supervision_visit (office_unit_id, region_code, unit_id, title, planned_on, status, created_by)
                values (:office, :region, :unit, :title, :on, 'PLANNED', :by) returning id""")
                .param("office", v.officeUnitId()).param("region", v.regionCode()).param("unit", v.unitId())
                .param("title", v.title()).param("on", v.plannedOn()).param("by", v.createdBy()).query(Long.class)
                .single();
        writeChecks(id, v.checks());
        return id;
    }

    boolean update(Visit v) {
        int n = jdbc.sql("""
                update supervision_visit set unit_id = :unit, title = :title, planned_on = :on, version = version + 1
                 where id = :id and version = :version and status = 'PLANNED'""")
                .param("unit", v.unitId()).param("title", v.title()).param("on", v.plannedOn()).param("id", v.id())
                .param("version", v.version()).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from supervision_check where visit_id = :id").param("id", v.id()).update();
        writeChecks(v.id(), v.checks());
        return true;
    }

    /** Records the visit (checks' outcomes, findings); false if it changed meanwhile. */
    boolean record(Visit v) {
        int n = jdbc.sql("""
                update supervision_visit set visited_on = :on, inspectors = :who, summary = :summary, status = :status,
                       version = version + 1 where id = :id and version = :version and status = 'PLANNED'""")
                .param("on", v.visitedOn()).param("who", v.inspectors()).param("summary", v.summary())
                .param("status", v.status().name()).param("id", v.id()).param("version", v.version()).update();
        if (n == 0) {
            return false;
        }
        for (Check c : v.checks()) {
            jdbc.sql("update supervision_check set outcome = :o, note = :n where visit_id = :id and seq = :s")
                    .param("o", c.outcome() == null ? null : c.outcome().name()).param("n", c.note())
                    .param("id", v.id()).param("s", c.seq()).update();
        }
        for (Finding f : v.findings()) {
            jdbc.sql("insert into supervision_finding (visit_id, seq, text, due_on) values (:id, :s, :t, :due)")
                    .param("id", v.id()).param("s", f.seq()).param("t", f.text()).param("due", f.dueOn()).update();
        }
        return true;
    }

    boolean report(long findingId, String text, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update supervision_finding set status = 'REPORTED', rectification = :t, reported_by = :by,
                       reported_at = :at where id = :id and status = 'OPEN'""")
                .param("t", text).param("by", by).param("at", at).param("id", findingId).update() == 1;
    }

    boolean close(long findingId, String by, LocalDate on) {
        return jdbc.sql("""
                update supervision_finding set status = 'CLOSED', closed_by = :by, closed_on = :on
                 where id = :id and status = 'REPORTED'""").param("by", by).param("on", on).param("id", findingId)
                .update() == 1;
    }

    boolean reopen(long findingId, String reason) {
        return jdbc.sql("""
                update supervision_finding set status = 'OPEN',
                       rectification = rectification || E'\\n退回：' || :reason where id = :id and status = 'REPORTED'""")
                .param("reason", reason).param("id", findingId).update() == 1;
    }

    /** Closes the visit once none of its findings is open. */
    void closeIfDone(long visitId) {
        jdbc.sql("""
                update supervision_visit set status = 'CLOSED', version = version + 1 where id = :id and status = 'VISITED'
                   and not exists (select 1 from supervision_finding f where f.visit_id = :id and f.status <> 'CLOSED')""")
                .param("id", visitId).update();
    }

    Optional<Long> visitOfFinding(long findingId) {
        return jdbc.sql("select visit_id from supervision_finding where id = :id").param("id", findingId)
                .query(Long.class).optional();
    }

    /** Per visited unit: findings due in {@code from..to}, and those closed by their date. */
    List<Visits.FindingCount> findingsDue(List<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select v.unit_id, count(*) as due,
                       count(*) filter (where f.status = 'CLOSED' and f.closed_on <= f.due_on) as on_time
                  from supervision_finding f join supervision_visit v on v.id = f.visit_id
                 where v.unit_id = any(cast(:units as bigint[])) and f.due_on between :from and :to
                 group by v.unit_id""")
                .param("units", unitIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("from", from).param("to", to)
                .query((rs, n) -> new Visits.FindingCount(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private void writeChecks(long id, List<Check> checks) {
        for (Check c : checks) {
            jdbc.sql("insert into supervision_check (visit_id, seq, text) values (:id, :s, :t)").param("id", id)
                    .param("s", c.seq()).param("t", c.text()).update();
        }
    }

    private List<Placed> load(List<Placed> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        String ids = heads.stream().map(p -> String.valueOf(p.visit().id())).collect(Collectors.joining(",", "{", "}"));
        Map<Long, List<Check>> checks = new HashMap<>();
        jdbc.sql("select * from supervision_check where visit_id = any(cast(:ids as bigint[])) order by visit_id, seq")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getLong("visit_id"), new Check(rs.getInt("seq"),
                        rs.getString("text"), rs.getString("outcome") == null ? null
                                : Visit.Outcome.valueOf(rs.getString("outcome")), rs.getString("note")))).list()
                .forEach(e -> checks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Finding>> findings = new HashMap<>();
        jdbc.sql("select * from supervision_finding where visit_id = any(cast(:ids as bigint[])) order by visit_id, seq")
                .param("ids", ids).query((rs, n) -> {
                    OffsetDateTime at = rs.getObject("reported_at", OffsetDateTime.class);
                    return Map.entry(rs.getLong("visit_id"), new Finding(rs.getLong("id"), rs.getInt("seq"),
                            rs.getString("text"), rs.getObject("due_on", LocalDate.class),
                            FindingStatus.valueOf(rs.getString("status")), rs.getString("rectification"),
                            rs.getString("reported_by"), at == null ? null : at.toInstant(), rs.getString("closed_by"),
                            rs.getObject("closed_on", LocalDate.class)));
                }).list()
                .forEach(e -> findings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return heads.stream().map(p -> {
            Visit v = p.visit();
            return new Placed(new Visit(v.id(), v.officeUnitId(), v.officeUnitName(), v.regionCode(), v.unitId(),
                    v.unitName(), v.title(), v.plannedOn(), v.visitedOn(), v.inspectors(), v.summary(), v.status(),
                    checks.getOrDefault(v.id(), List.of()), findings.getOrDefault(v.id(), List.of()), v.createdBy(),
                    v.version()), p.officePath(), p.officeRegionPath(), p.unitPath(), p.unitRegionPath());
        }).toList();
    }

    private Placed head(ResultSet rs, int n) throws SQLException {
        Visit v = new Visit(rs.getLong("id"), rs.getLong("office_unit_id"), rs.getString("office_name"),
                rs.getString("region_code"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title"),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("visited_on", LocalDate.class),
                rs.getString("inspectors"), rs.getString("summary"), VisitStatus.valueOf(rs.getString("status")),
                List.of(), List.of(), rs.getString("created_by"), rs.getInt("version"));
        return new Placed(v, rs.getString("office_path"), rs.getString("office_region_path"), rs.getString("unit_path"),
                rs.getString("unit_region_path"));
    }
}
