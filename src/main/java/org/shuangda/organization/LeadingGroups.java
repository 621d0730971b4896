package org.shuangda.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.organization.LeadingGroup.Member;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leading groups: everyone who may see units sees the groups of their region ({@code UNIT_VIEW}, region
 * reach); changing one needs {@code UNIT_MANAGE} over its office unit.
 */
@Service
public class LeadingGroups {

    private static final String SELECT = """
            select g.id, g.name, g.region_code, r.name as region_name, g.office_unit_id, u.name as office_name,
                   g.office_contact, g.office_phone, g.duties, g.established_on, g.version, u.path as office_path,
                   r.path as region_path
              from leading_group g join region r on r.code = g.region_code join unit u on u.id = g.office_unit_id
            """;

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Units units;
    private final ApplicationEventPublisher events;

    LeadingGroups(JdbcClient jdbc, Regions regions, Units units, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.units = units;
        this.events = events;
    }

    public List<LeadingGroup> list() {
        DataScope scope = Actors.scopeFor(Permission.UNIT_VIEW);
        return jdbc.sql(SELECT + " where (:all or r.path like any(:areaPatterns)) order by r.path, g.name")
                .params(scope.areaParams())
                .query(LeadingGroups::header).list().stream().map(this::withMembers).toList();
    }

    public LeadingGroup get(long id) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_VIEW);
        return jdbc.sql(SELECT + " where g.id = :id and (:all or r.path like any(:areaPatterns))").param("id", id)
                .params(scope.areaParams()).query(LeadingGroups::header)
                .optional().map(this::withMembers).orElseThrow(() -> new NotFoundProblem("leading group", id));
    }

    /** Creates ({@code group.id() == null}) or replaces a group with its members. */
    @Transactional
    public LeadingGroup save(LeadingGroup group) {
        DataScope scope = Actors.scopeFor(Permission.UNIT_MANAGE);
        LeadingGroup before = group.id() == null ? null : managed(group.id(), scope);
        validate(group, scope);
        long id;
        if (before == null) {
            id = jdbc.sql("""
                    insert into leading_group (name, region_code, office_unit_id, office_contact, office_phone,
                                               duties, established_on)
                    values (:name, :region, :office, :contact, :phone, :duties, :established) returning id""")
                    .params(params(group)).query(Long.class).single();
        } else {
            id = group.id();
            int changed = jdbc.sql("""
                    update leading_group set name = :name, region_code = :region, office_unit_id = :office,
                           office_contact = :contact, office_phone = :phone, duties = :duties,
                           established_on = :established, version = version + 1
                     where id = :id and version = :version""")
                    .params(params(group)).param("id", id).param("version", group.version()).update();
            if (changed == 0) {
                throw new InvalidInput("version", "error.staleVersion");
            }
            jdbc.sql("delete from leading_group_member where group_id = :id").param("id", id).update();
        }
        int order = 0;
        for (Member m : group.members()) {
            jdbc.sql("""
                    insert into leading_group_member (group_id, position, person_name, title, unit_id, sort_order)
                    values (:group, :position, :person, :title, :unit, :order)""")
                    .param("group", id).param("position", m.position().name()).param("person", blank(m.personName()))
                    .param("title", m.title().strip()).param("unit", m.unitId()).param("order", order++).update();
        }
        LeadingGroup after = get(id);
        events.publishEvent(before == null
                ? AuditableChange.created("leading_group", id, after.name(), audit(after))
                : AuditableChange.updated("leading_group", id, after.name(), audit(before), audit(after)));
        return after;
    }

    @Transactional
    public void delete(long id) {
        LeadingGroup group = managed(id, Actors.scopeFor(Permission.UNIT_MANAGE));
        jdbc.sql("delete from leading_group where id = :id").param("id", id).update();
        events.publishEvent(AuditableChange.deleted("leading_group", id, group.name(), audit(group)));
    }

    private LeadingGroup managed(long id, DataScope scope) {
        record Placed(LeadingGroup group, String officePath, String regionPath) {
        }
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id)
                .query((rs, n) -> new Placed(header(rs, n), rs.getString("office_path"), rs.getString("region_path")))
                .optional().filter(p -> scope.coversUnit(p.officePath(), p.regionPath()))
                .map(p -> withMembers(p.group())).orElseThrow(() -> new NotFoundProblem("leading group", id));
    }

    private void validate(LeadingGroup group, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (group.name() == null || group.name().isBlank()) {
            problems.add("name", "error.required");
        }
        Optional<Region> region = regions.find(group.regionCode());
        if (region.isEmpty()) {
            problems.add("regionCode", "region.unknown", group.regionCode());
        }
        Optional<Unit> office = group.officeUnitId() == null ? Optional.empty() : units.find(group.officeUnitId(), scope);
        if (office.isEmpty()) {
            problems.add("officeUnitId", "group.office.unknown");
        }
        if (group.members().stream().noneMatch(m -> m.position() == LeadingGroup.Position.LEADER)) {
            problems.add("members", "group.leader.required");
        }
        for (int i = 0; i < group.members().size(); i++) {
            Member m = group.members().get(i);
            if (m.position() == null) {
                problems.add("members[" + i + "].position", "error.required");
            }
            if (m.title() == null || m.title().isBlank()) {
                problems.add("members[" + i + "].title", "group.member.title.required", i + 1);
            }
            if (m.unitId() != null && units.find(m.unitId(), DataScope.everything()).isEmpty()) {
                problems.add("members[" + i + "].unitId", "unit.parent.unknown");
            }
        }
        if (region.isPresent() && group.name() != null) {
            boolean taken = jdbc.sql("select count(*) from leading_group where region_code = :r and name = :n "
                    + "and id <> :id").param("r", group.regionCode()).param("n", group.name().strip())
                    .param("id", group.id() == null ? -1L : group.id()).query(Long.class).single() > 0;
            if (taken) {
                problems.add("name", "group.name.taken");
            }
        }
        problems.throwIfAny();
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

    private static Map<String, Object> params(LeadingGroup g) {
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

    private static Map<String, Object> audit(LeadingGroup g) {
        Map<String, Object> fields = new LinkedHashMap<>(params(g));
        fields.put("members", g.members().stream().map(m -> m.position() + " " + (m.personName() == null ? ""
                : m.personName()) + " " + m.title()).toList());
        return fields;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
