package org.shuangda.campaigns;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.campaigns.Campaign.Member;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.organization.LeadingGroup.Position;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for campaigns with their phases and their own group seats: {@link #find}, {@link #insert} and
 * {@link #update} of the whole plan, and the {@link CampaignView} ({@link #findView}) read by the same query
 * with the names joined in. No scope or state decisions here: callers pass the scope, the {@link Campaign}
 * decides its status. Units, regions and leading groups are read through organization's published views.
 */
@Repository
class CampaignStore {

    /** A loaded campaign with the region path its scope is checked on. */
    record Placed(Campaign campaign, String regionPath) {
    }

    /** A campaign as shown, with the region path its scope is checked on. */
    record Shown(CampaignView view, String regionPath) {
    }

    /** One read of a campaign: its state, its region path and the names a view shows beside it. */
    private record Loaded(Campaign campaign, String regionPath, String issuingName, String regionName,
            String groupName, String officeName, List<String> memberUnitNames) {

        Placed placed() {
            return new Placed(campaign, regionPath);
        }

        Shown shown() {
            return new Shown(CampaignView.of(campaign, issuingName, regionName, groupName, officeName,
                    memberUnitNames), regionPath);
        }
    }

    private static final String SELECT = """
            select c.*, r.name as region_name, r.path as region_path, iu.name as issuing_name,
                   ou.name as office_name, g.name as group_name
              from campaign c join pub_region r on r.code = c.region_code
              left join pub_unit iu on iu.id = c.issuing_unit_id left join pub_unit ou on ou.id = c.office_unit_id
              left join pub_leading_group g on g.id = c.leading_group_id
            """;

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignSummary> list(DataScope scope, CampaignStatus status) {
        SqlPredicate visible = scope.regionOwned("r.path");
        return jdbc.sql("""
                select c.id, c.title, c.doc_number, c.region_code, r.name as region_name, c.starts_on, c.ends_on,
                       c.status, (select count(*) from campaign_task t where t.campaign_id = c.id) as tasks
                  from campaign c join pub_region r on r.code = c.region_code
                """ + " where " + visible.sql() + " and (cast(:status as text) is null or c.status = :status)"
                + " order by c.starts_on desc, c.id desc")
                .params(visible.params())
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> new CampaignSummary(rs.getLong("id"), rs.getString("title"),
                        rs.getString("doc_number"), rs.getString("region_code"), rs.getString("region_name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        CampaignStatus.valueOf(rs.getString("status")), rs.getLong("tasks")))
                .list();
    }

    Optional<Placed> find(long id) {
        return load(id).map(Loaded::placed);
    }

    /** The campaign as pages and the API show it. */
    Optional<Shown> findView(long id) {
        return load(id).map(Loaded::shown);
    }

    private Optional<Loaded> load(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id)
                .query((rs, n) -> new Loaded(header(rs), rs.getString("region_path"), rs.getString("issuing_name"),
                        rs.getString("region_name"), rs.getString("group_name"), rs.getString("office_name"),
                        List.of()))
                .optional().map(this::withChildren);
    }

    long insert(Campaign c) {
        long id = jdbc.sql("""
                insert into campaign (title, doc_number, issuing_unit_id, region_code, starts_on, ends_on, guiding_idea,
                                      goals, leading_group_id, office_unit_id, office_contact, office_phone, rights_types,
                                      key_products, key_areas, key_domains, status, cloned_from_id)
                values (:title, :doc, :issuing, :region, :starts, :ends, :idea, :goals, :group, :office, :contact,
                        :phone, :rights, :products, :areas, :domains, :status, :clonedFrom) returning id""")
                .params(params(c)).param("status", c.status().name()).param("clonedFrom", c.clonedFromId())
                .query(Long.class).single();
        replaceChildren(id, c);
        return id;
    }

    /** The ids of the campaigns titled {@code title}, oldest first (the demo names its plans). */
    List<Long> idsTitled(String title) {
        return jdbc.sql("select id from campaign where title = :t order by id").param("t", title).query(Long.class)
                .list();
    }

    /**
     * Writes the whole plan (status, phases and seats included) if {@code expectedVersion} is still current;
     * false when someone saved in between.
     */
    boolean update(Campaign c, int expectedVersion) {
        int changed = jdbc.sql("""
                update campaign set title = :title, doc_number = :doc, issuing_unit_id = :issuing, region_code = :region,
                       starts_on = :starts, ends_on = :ends, guiding_idea = :idea, goals = :goals, leading_group_id = :group,
                       office_unit_id = :office, office_contact = :contact, office_phone = :phone, rights_types = :rights,
                       key_products = :products, key_areas = :areas, key_domains = :domains, status = :status,
                       version = version + 1
                 where id = :id and version = :version""")
                .params(params(c)).param("status", c.status().name()).param("id", c.id())
                .param("version", expectedVersion).update();
        if (changed == 1) {
            replaceChildren(c.id(), c);
        }
        return changed == 1;
    }

    private void replacePhases(long id, List<Phase> phases) {
        jdbc.sql("delete from campaign_phase where campaign_id = :id").param("id", id).update();
        int order = 0;
        for (Phase p : phases) {
            jdbc.sql("""
                    insert into campaign_phase (campaign_id, name, starts_on, ends_on, description, sort_order)
                    values (:c, :name, :starts, :ends, :description, :order)""")
                    .param("c", id).param("name", p.name().strip()).param("starts", p.startsOn())
                    .param("ends", p.endsOn()).param("description", blank(p.description())).param("order", order++)
                    .update();
        }
    }

    private void replaceChildren(long id, Campaign c) {
        replacePhases(id, c.phases());
        jdbc.sql("delete from campaign_member where campaign_id = :id").param("id", id).update();
        int order = 0;
        for (Member m : c.members()) {
            jdbc.sql("""
                    insert into campaign_member (campaign_id, position, person_name, title, unit_id, sort_order)
                    values (:c, :position, :person, :title, :unit, :order)""")
                    .param("c", id).param("position", m.position().name()).param("person", blank(m.personName()))
                    .param("title", m.title().strip()).param("unit", m.unitId()).param("order", order++).update();
        }
    }

    private Loaded withChildren(Loaded l) {
        long id = l.campaign().id();
        List<Phase> phases = jdbc.sql("""
                select name, starts_on, ends_on, description from campaign_phase where campaign_id = :id
                 order by sort_order""").param("id", id)
                .query((rs, n) -> new Phase(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
        List<Member> members = new ArrayList<>();
        List<String> unitNames = new ArrayList<>();
        jdbc.sql("""
                select m.position, m.person_name, m.title, m.unit_id, u.name
                  from campaign_member m left join pub_unit u on u.id = m.unit_id
                 where m.campaign_id = :id order by m.sort_order""").param("id", id)
                .query(rs -> {
                    members.add(new Member(Position.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getObject(4, Long.class)));
                    unitNames.add(rs.getString(5));
                });
        return new Loaded(l.campaign().withChildren(phases, members), l.regionPath(), l.issuingName(),
                l.regionName(), l.groupName(), l.officeName(), unitNames);
    }

    private static Campaign header(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("doc_number"),
                rs.getObject("issuing_unit_id", Long.class), rs.getString("region_code"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("guiding_idea"), rs.getString("goals"), rs.getObject("leading_group_id", Long.class),
                rs.getObject("office_unit_id", Long.class), rs.getString("office_contact"),
                rs.getString("office_phone"), texts(rs.getArray("rights_types")), texts(rs.getArray("key_products")),
                texts(rs.getArray("key_areas")), texts(rs.getArray("key_domains")),
                CampaignStatus.valueOf(rs.getString("status")), rs.getObject("cloned_from_id", Long.class), List.of(),
                List.of(), rs.getInt("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Map<String, Object> params(Campaign c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", c.title().strip());
        p.put("doc", c.docNumber());
        p.put("issuing", c.issuingUnitId());
        p.put("region", c.regionCode());
        p.put("starts", c.startsOn());
        p.put("ends", c.endsOn());
        p.put("idea", blank(c.guidingIdea()));
        p.put("goals", blank(c.goals()));
        p.put("group", c.leadingGroupId());
        p.put("office", c.officeUnitId());
        p.put("contact", blank(c.officeContact()));
        p.put("phone", blank(c.officePhone()));
        p.put("rights", c.rightsTypes().toArray(String[]::new));
        p.put("products", c.keyProducts().toArray(String[]::new));
        p.put("areas", c.keyAreas().toArray(String[]::new));
        p.put("domains", c.keyDomains().toArray(String[]::new));
        return p;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
