package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.organization.LeadingGroup.Member;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code leading_group} and {@code leading_group_member} tables; a group is read and written with its seats. */
@Repository
class LeadingGroupStore {

    /** A group with the paths its write check needs: its office unit's and its region's. */
    record Placed(LeadingGroup group, String officePath, String regionPath) {
    }

    private static final String SELECT = """
            select g.id, g.name, g.region_code, r.name as region_name, g.office_unit_id, u.name as office_name,
                   g.office_contact, g.office_phone, g.duties, g.established_on, g.version, u.path as office_path,
                   r.path as region_path
              from leading_group g join region r on r.code = g.region_code join unit u on u.id = g.office_unit_id
            """;

    private final JdbcClient jdbc;

    LeadingGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups of the regions {@code scope} reaches (a group belongs to its region, like an entity). */
    List<LeadingGroup> inScope(DataScope scope) {
        SqlPredicate reach = scope.regionOwned("r.path");
        return jdbc.sql(SELECT + " where " + reach.sql() + " order by r.path, g.name").params(reach.params())
                .query(LeadingGroupStore::header).list().stream().map(this::withMembers).toList();
    }

    Optional<LeadingGroup> find(long id, DataScope scope) {
        SqlPredicate reach = scope.regionOwned("r.path");
        return jdbc.sql(SELECT + " where g.id = :id and " + reach.sql()).params(reach.params()).param("id", id)
                .query(LeadingGroupStore::header).optional().map(this::withMembers);
    }

    Optional<Placed> placed(long id) {
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id)
                .query((rs, n) -> new Placed(header(rs, n), rs.getString("office_path"), rs.getString("region_path")))
                .optional().map(p -> new Placed(withMembers(p.group()), p.officePath(), p.regionPath()));
    }

    long insert(LeadingGroup group) {
        long id = jdbc.sql("""
                insert into leading_group (name, region_code, office_unit_id, office_contact, office_phone,
                                           duties, established_on)
                values (:name, :region, :office, :contact, :phone, :duties, :established) returning id""")
                .params(columns(group)).query(Long.class).single();
        insertMembers(id, group.members());
        return id;
    }

    /** Replaces the group and its seats when it still has its version; false when someone changed it meanwhile. */
    boolean update(LeadingGroup group) {
        int changed = jdbc.sql("""
                update leading_group set name = :name, region_code = :region, office_unit_id = :office,
                       office_contact = :contact, office_phone = :phone, duties = :duties,
                       established_on = :established, version = version + 1
                 where id = :id and version = :version""")
                .params(columns(group)).param("id", group.id()).param("version", group.version()).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from leading_group_member where group_id = :id").param("id", group.id()).update();
        insertMembers(group.id(), group.members());
        return true;
    }

    void delete(long id) {
        jdbc.sql("delete from leading_group where id = :id").param("id", id).update();
    }

    boolean nameTaken(String regionCode, String name, long exceptId) {
        return jdbc.sql("select count(*) from leading_group where region_code = :r and name = :n and id <> :id")
                .param("r", regionCode).param("n", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** The columns of a group as written; also what the audit trail records of it. */
    static Map<String, Object> columns(LeadingGroup g) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", g.name().strip());
        p.put("region", g.regionCode());
        p.put("office", g.officeUnitId());
        p.put("contact", blank(g.officeContact()));
        p.put("phone", blank(g.officePhone()));
        p.put("duties", blank(g.duties()));
        p.put("established", g.establishedOn());
        return p;
    }

    private void insertMembers(long groupId, List<Member> members) {
        int order = 0;
        for (Member m : members) {
            jdbc.sql("""
                    insert into leading_group_member (group_id, position, person_name, title, unit_id, sort_order)
                    values (:group, :position, :person, :title, :unit, :order)""")
                    .param("group", groupId).param("position", m.position().name()).param("person", blank(m.personName()))
                    .param("title", m.title().strip()).param("unit", m.unitId()).param("order", order++).update();
        }
    }

    private LeadingGroup withMembers(LeadingGroup g) {
        List<Member> members = jdbc.sql("""
                select m.position, m.person_name, m.title, m.unit_id, u.name
                  from leading_group_member m left join unit u on u.id = m.unit_id
                 where m.group_id = :id order by m.sort_order""").param("id", g.id())
                .query((rs, n) -> new Member(LeadingGroup.Position.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)))
                .list();
        return new LeadingGroup(g.id(), g.name(), g.regionCode(), g.regionName(), g.officeUnitId(),
                g.officeUnitName(), g.officeContact(), g.officePhone(), g.duties(), g.establishedOn(), members,
                g.version());
    }

    private static LeadingGroup header(ResultSet rs, int row) throws SQLException {
        return new LeadingGroup(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getLong("office_unit_id"), rs.getString("office_name"),
                rs.getString("office_contact"), rs.getString("office_phone"), rs.getString("duties"),
                rs.getObject("established_on", LocalDate.class), List.of(), rs.getInt("version"));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
