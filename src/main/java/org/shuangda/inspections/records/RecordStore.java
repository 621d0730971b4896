package org.shuangda.inspections.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.Instants;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code inspection_record} and its lists (units, officers, entities, markets). Names come from the
 * published views pub_unit, pub_user and pub_entity_grading, markets from this module's own {@code key_market}.
 */
@Repository
class RecordStore {

    static final int LIST_MAX = 1000;

    /** A validated record ready to write; the lead unit's paths scope it. */
    record Row(RecordKind kind, String title, LocalDate startedOn, LocalDate endedOn, long leadUnitId,
            String unitPath, String regionPath, Map<Long, Integer> officersByUnit, List<Long> officerIds,
            List<Long> entityIds, List<Long> marketIds, int areasRectified, String areasNote, int densDestroyed,
            String goodsSeized, int itemsSeized, String problems, String followUp) {
    }

    /** The figures reporting is offered, for one unit and period. */
    record Figures(int records, long officerTimes, long entities, long markets, long areas, long joint, long dens) {
    }

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Row r, String by, OffsetDateTime now) {
        long id = jdbc.sql("""
                        insert into inspection_record (kind, title, started_on, ended_on, lead_unit_id, unit_path,
                               region_path, areas_rectified, areas_note, dens_destroyed, goods_seized, items_seized,
                               problems, follow_up, created_by, created_at, updated_at)
                        values (:kind, :title, :from, :to, :lead, :unitPath, :regionPath, :areas, :areasNote,
                               :dens, :goods, :items, :problems, :followUp, :by, :now, :now)
                        returning id""")
                .params(params(r)).param("by", by).param("now", now).query(Long.class).single();
        writeLists(id, r);
        return id;
    }

    boolean update(long id, int expectedVersion, Row r, OffsetDateTime now) {
        boolean saved = jdbc.sql("""
                        update inspection_record set kind = :kind, title = :title, started_on = :from, ended_on = :to,
                               lead_unit_id = :lead, unit_path = :unitPath, region_path = :regionPath,
                               areas_rectified = :areas, areas_note = :areasNote, dens_destroyed = :dens,
                               goods_seized = :goods, items_seized = :items, problems = :problems,
                               follow_up = :followUp, version = version + 1, updated_at = :now
                         where id = :id and version = :version""")
                .params(params(r)).param("id", id).param("version", expectedVersion).param("now", now).update() == 1;
        if (saved) {
            for (String table : List.of("inspection_record_unit", "inspection_record_officer",
                    "inspection_record_entity", "inspection_record_market")) {
                jdbc.sql("delete from " + table + " where record_id = :id").param("id", id).update();
            }
            writeLists(id, r);
        }
        return saved;
    }

    private void writeLists(long id, Row r) {
        r.officersByUnit().forEach((unit, officers) -> jdbc.sql(
                        "insert into inspection_record_unit (record_id, unit_id, lead, officers) values (:r, :u, :l, :o)")
                .param("r", id).param("u", unit).param("l", unit == r.leadUnitId()).param("o", officers).update());
        r.officerIds().forEach(u -> jdbc.sql("insert into inspection_record_officer (record_id, user_id) values (:r, :u)")
                .param("r", id).param("u", u).update());
        r.entityIds().forEach(e -> jdbc.sql("insert into inspection_record_entity (record_id, entity_id) values (:r, :e)")
                .param("r", id).param("e", e).update());
        r.marketIds().forEach(m -> jdbc.sql("insert into inspection_record_market (record_id, market_id) values (:r, :m)")
                .param("r", id).param("m", m).update());
    }

    /** The stored record with its lists, and the lead unit's paths (for the scope test). */
    record Stored(InspectionRecord record, String unitPath, String regionPath) {
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> stored(rs)).optional()
                .map(s -> new Stored(withLists(s.record()), s.unitPath(), s.regionPath()));
    }

    /** Visible records whose first day lies in {@code from..to} (either may be null), newest first, without lists. */
    List<InspectionRecord> list(SqlPredicate visible, LocalDate from, LocalDate to, RecordKind kind, int limit) {
        return jdbc.sql(SELECT + " where " + visible.sql()
                        + " and (cast(:from as date) is null or r.started_on >= :from)"
                        + " and (cast(:to as date) is null or r.started_on <= :to)"
                        + " and (cast(:kind as text) is null or r.kind = :kind)"
                        + " order by r.started_on desc, r.id desc limit :limit")
                .params(visible.params()).param("from", from).param("to", to)
                .param("kind", kind == null ? null : kind.name()).param("limit", limit)
                .query((rs, n) -> stored(rs).record()).list();
    }

    /**
     * One unit's figures for records whose first day lies in {@code from..to}: its own officers × days in every
     * record it took part in, the joint inspections it took part in, and, of the records it led, the distinct
     * entities and markets checked, the key areas and the dens (so a joint action's results count once).
     */
    Figures figures(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with mine as (
                            select r.id, r.kind, r.lead_unit_id, r.areas_rectified, r.dens_destroyed,
                                   p.officers * (r.ended_on - r.started_on + 1) as officer_times
                              from inspection_record r join inspection_record_unit p on p.record_id = r.id
                             where p.unit_id = :unit and r.started_on between :from and :to)
                        select count(*),
                               coalesce(sum(officer_times), 0),
                               (select count(distinct e.entity_id) from inspection_record_entity e
                                  join mine m on m.id = e.record_id where m.lead_unit_id = :unit),
                               (select count(distinct k.market_id) from inspection_record_market k
                                  join mine m on m.id = k.record_id where m.lead_unit_id = :unit),
                               coalesce(sum(areas_rectified) filter (where lead_unit_id = :unit), 0),
                               count(*) filter (where kind = 'JOINT'),
                               coalesce(sum(dens_destroyed) filter (where lead_unit_id = :unit), 0)
                          from mine""")
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new Figures(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    private static final String SELECT = """
            select r.*, u.name as lead_name, (r.ended_on - r.started_on + 1) as days,
                   (select coalesce(sum(p.officers), 0) from inspection_record_unit p where p.record_id = r.id)
                       as officers_per_day
              from inspection_record r
              left join pub_unit u on u.id = r.lead_unit_id
            """;

    private InspectionRecord withLists(InspectionRecord r) {
        List<InspectionRecord.Participant> units = jdbc.sql("""
                        select p.unit_id, u.name, p.lead, p.officers from inspection_record_unit p
                          left join pub_unit u on u.id = p.unit_id
                         where p.record_id = :id order by p.lead desc, u.tree_order, p.unit_id""")
                .param("id", r.id())
                .query((rs, n) -> new InspectionRecord.Participant(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getInt(4))).list();
        List<InspectionRecord.Named> officers = named("""
                select o.user_id, u.display_name from inspection_record_officer o
                  left join pub_user u on u.id = o.user_id where o.record_id = :id order by u.display_name, o.user_id""", r.id());
        List<InspectionRecord.Named> entities = named("""
                select x.entity_id, e.name from inspection_record_entity x
                  left join pub_entity_grading e on e.id = x.entity_id where x.record_id = :id order by e.name, x.entity_id""", r.id());
        List<InspectionRecord.Named> markets = named("""
                select x.market_id, m.name from inspection_record_market x
                  join key_market m on m.id = x.market_id where x.record_id = :id order by m.name, x.market_id""", r.id());
        return new InspectionRecord(r.id(), r.kind(), r.title(), r.startedOn(), r.endedOn(), r.days(), r.leadUnitId(),
                r.leadUnitName(), units, officers, entities, markets, r.areasRectified(), r.areasNote(),
                r.densDestroyed(), r.goodsSeized(), r.itemsSeized(), r.problems(), r.followUp(), r.officerTimes(),
                r.createdBy(), r.version(), r.updatedAt());
    }

    private List<InspectionRecord.Named> named(String sql, long id) {
        return jdbc.sql(sql).param("id", id)
                .query((rs, n) -> new InspectionRecord.Named(rs.getLong(1), rs.getString(2))).list();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        int days = rs.getInt("days");
        InspectionRecord r = new InspectionRecord(rs.getLong("id"), RecordKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), days, rs.getLong("lead_unit_id"), rs.getString("lead_name"),
                List.of(), List.of(), List.of(), List.of(), rs.getInt("areas_rectified"), rs.getString("areas_note"),
                rs.getInt("dens_destroyed"), rs.getString("goods_seized"), rs.getInt("items_seized"),
                rs.getString("problems"), rs.getString("follow_up"), rs.getInt("officers_per_day") * days,
                rs.getString("created_by"), rs.getInt("version"), Instants.wallTime(rs, "updated_at"));
        return new Stored(r, rs.getString("unit_path"), rs.getString("region_path"));
    }

    private static Map<String, Object> params(Row r) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", r.kind().name());
        p.put("title", r.title());
        p.put("from", r.startedOn());
        p.put("to", r.endedOn());
        p.put("lead", r.leadUnitId());
        p.put("unitPath", r.unitPath());
        p.put("regionPath", r.regionPath());
        p.put("areas", r.areasRectified());
        p.put("areasNote", r.areasNote());
        p.put("dens", r.densDestroyed());
        p.put("goods", r.goodsSeized());
        p.put("items", r.itemsSeized());
        p.put("problems", r.problems());
        p.put("followUp", r.followUp());
        return p;
    }
}
