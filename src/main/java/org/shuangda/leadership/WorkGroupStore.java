package org.shuangda.leadership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work groups and their members; names of groups and units from the published views. */
@Repository
class WorkGroupStore {

    record Placed(WorkGroup group, String regionPath) {
    }

    private static final String SELECT = """
            select w.*, g.name as group_name, u.name as lead_name, r.path as region_path
              from work_group w join pub_leading_group g on g.id = w.leading_group_id
              join pub_unit u on u.id = w.lead_unit_id join pub_region r on r.code = w.region_code
            """;

    private final JdbcClient jdbc;

    WorkGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkGroup> inScope(SqlPredicate reach) {
        return jdbc.sql(SELECT + " where " + reach.sql() + " order by g.name, w.id").params(reach.params())
                .query(this::placed).list().stream().map(Placed::group).toList();
    }

    List<WorkGroup> ofLeadingGroup(long leadingGroupId) {
        return jdbc.sql(SELECT + " where w.leading_group_id = :g order by w.id").param("g", leadingGroupId)
                .query(this::placed).list().stream().map(Placed::group).toList();
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where w.id = :id").param("id", id).query(this::placed).optional();
    }

    boolean nameTaken(long leadingGroupId, String name, long exceptId) {
        return jdbc.sql("select exists (select 1 from work_group where leading_group_id = :g and name = :n and id <> :id)")
                .param("g", leadingGroupId).param("n", name).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(WorkGroup w) {
        long id = jdbc.sql("""
                insert into work_group (leading_group_id, region_code, name, duties, lead_unit_id)
                values (:g, :region, :name, :duties, :lead) returning id""")
                .param("g", w.leadingGroupId()).param("region", w.regionCode()).param("name", w.name())
                .param("duties", w.duties()).param("lead", w.leadUnitId()).query(Long.class).single();
        writeMembers(id, w.members());
        return id;
    }

    boolean update(WorkGroup w) {
        int changed = jdbc.sql("""
                update work_group set name = :name, duties = :duties, lead_unit_id = :lead, version = version + 1
                 where id = :id and version = :version""")
                .param("name", w.name()).param("duties", w.duties()).param("lead", w.leadUnitId())
                .param("id", w.id()).param("version", w.version()).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from work_group_member where work_group_id = :id").param("id", w.id()).update();
        writeMembers(w.id(), w.members());
        return true;
    }

    boolean inUse(long id) {
        return jdbc.sql("select exists (select 1 from meeting_decision where work_group_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from work_group where id = :id").param("id", id).update();
    }

    String regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :c").param("c", code).query(String.class).single();
    }

    private void writeMembers(long id, List<WorkGroup.Member> members) {
        for (int i = 0; i < members.size(); i++) {
            WorkGroup.Member m = members.get(i);
            jdbc.sql("""
                    insert into work_group_member (work_group_id, seq, role, person_name, title, unit_id)
                    values (:id, :seq, :role, :name, :title, :unit)""").param("id", id).param("seq", i + 1)
                    .param("role", m.role().name()).param("name", m.personName()).param("title", m.title())
                    .param("unit", m.unitId()).update();
        }
    }

    private Placed placed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<WorkGroup.Member> members = jdbc.sql("""
                select m.role, m.person_name, m.title, m.unit_id, u.name from work_group_member m
                  left join pub_unit u on u.id = m.unit_id where m.work_group_id = :id order by m.seq""")
                .param("id", id).query((r, i) -> new WorkGroup.Member(WorkGroup.Role.valueOf(r.getString(1)),
                        r.getString(2), r.getString(3), r.getObject(4, Long.class), r.getString(5))).list();
        return new Placed(new WorkGroup(id, rs.getLong("leading_group_id"), rs.getString("group_name"),
                rs.getString("region_code"), rs.getString("name"), rs.getString("duties"),
                rs.getObject("lead_unit_id", Long.class), rs.getString("lead_name"), members, rs.getInt("version")),
                rs.getString("region_path"));
    }
}
