package org.shuangda.inspections.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_plan} table (V170). */
@Repository
class PlanStore {

    private static final String COLUMNS = """
            select p.id, p.year, p.title, p.lead_unit_id, u.name as lead_name, p.unit_path, p.region_path, p.joint,
                   p.participating_unit_ids,
                   array(select pu.name from unnest(p.participating_unit_ids) with ordinality x(id, n)
                          join pub_unit pu on pu.id = x.id order by x.n) as participating_names,
                   p.note, p.created_by, p.version
              from inspection_plan p join pub_unit u on u.id = p.lead_unit_id
            """;

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PlanDraft d, long leadUnitId, String unitPath, String regionPath, List<Long> participating,
            String createdBy) {
        return jdbc.sql("""
                        insert into inspection_plan (year, title, lead_unit_id, unit_path, region_path, joint,
                                                     participating_unit_ids, note, created_by)
                        values (:year, :title, :lead, :unitPath, :regionPath, :joint, :participating, :note, :by)
                        returning id
                        """)
                .param("year", d.year()).param("title", d.title().strip()).param("lead", leadUnitId)
                .param("unitPath", unitPath).param("regionPath", regionPath).param("joint", d.joint())
                .param("participating", participating.toArray(Long[]::new))
                .param("note", d.note() == null ? "" : d.note().strip()).param("by", createdBy)
                .query(Long.class).single();
    }

    Optional<Plan> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where p.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(PlanStore::map).optional();
    }

    List<Plan> list(SqlPredicate visible, Integer year) {
        return jdbc.sql(COLUMNS + " where " + visible.sql() + " and (cast(:year as integer) is null or p.year = :year)"
                        + " order by p.year desc, p.id desc")
                .params(visible.params()).param("year", year).query(PlanStore::map).list();
    }

    /** InspectionTasks of the year's plans the reader sees, and how many of them belong to a joint plan. */
    JointShare share(SqlPredicate visible, int year) {
        return jdbc.sql("select count(t.id), count(t.id) filter (where p.joint) from inspection_plan p"
                        + " left join inspection_task t on t.plan_id = p.id where p.year = :year and " + visible.sql())
                .params(visible.params()).param("year", year)
                .query((rs, n) -> new JointShare(year, rs.getInt(1), rs.getInt(2))).single();
    }

    private static Plan map(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getInt("year"), rs.getString("title"), rs.getLong("lead_unit_id"),
                rs.getString("lead_name"), rs.getString("unit_path"), rs.getString("region_path"),
                rs.getBoolean("joint"), Arrays.asList((Long[]) rs.getArray("participating_unit_ids").getArray()),
                Arrays.asList((String[]) rs.getArray("participating_names").getArray()), rs.getString("note"),
                rs.getString("created_by"), rs.getInt("version"));
    }
}
