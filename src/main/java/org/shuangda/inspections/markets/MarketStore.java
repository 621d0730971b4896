package org.shuangda.inspections.markets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangda.shared.Instants;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code key_market} and its sellers. Names come from the published views (pub_unit, pub_region,
 * pub_entity_grading); the director's columns hold ciphertexts, which the caller decrypts.
 */
@Repository
class MarketStore {

    static final int LIST_MAX = 1000;

    private static final String SELECT = """
            select m.*, u.name as unit_name, g.name as region_name, e.name as operator_name,
                   (select max(r.ended_on) from inspection_record_market x
                      join inspection_record r on r.id = x.record_id where x.market_id = m.id) as last_inspected
              from key_market m
              left join pub_unit u on u.id = m.unit_id
              left join pub_region g on g.code = m.region_code
              left join pub_entity_grading e on e.id = m.operator_entity_id
            """;

    /** A stored row: what the view shows plus the paths that scope it and the director's ciphertexts. */
    record Stored(long id, String name, MarketKind kind, long operatorEntityId, String operatorName, String address,
            String regionCode, String regionName, String regionPath, long unitId, String unitName, String unitPath,
            int stalls, int sellers, String directorNameCipher, String directorPhoneCipher, String goods,
            InspectionFrequency frequency, boolean active, int version, OffsetDateTime updatedAt,
            java.time.LocalDate lastInspected) {
    }

    /** What is written: a validated form with the director already encrypted. */
    record Row(String name, MarketKind kind, long operatorEntityId, String address, String regionCode,
            String regionPath, long unitId, String unitPath, int stalls, int sellers, String directorNameCipher,
            String directorPhoneCipher, String goods, InspectionFrequency frequency, boolean active) {
    }

    private final JdbcClient jdbc;

    MarketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(MarketStore::stored).optional();
    }

    /** The visible markets whose name or address contains {@code q} (any when blank), of a kind if given. */
    List<Stored> list(SqlPredicate visible, String q, MarketKind kind, int limit) {
        String text = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " where " + visible.sql()
                        + " and (cast(:q as text) is null or m.name like :q or m.address like :q)"
                        + " and (cast(:kind as text) is null or m.kind = :kind)"
                        + " order by m.region_path, m.name, m.id limit :limit")
                .params(visible.params()).param("q", text).param("kind", kind == null ? null : kind.name())
                .param("limit", limit).query(MarketStore::stored).list();
    }

    /** Of {@code ids}, those of visible markets. */
    Set<Long> visibleAmong(Collection<Long> ids, SqlPredicate visible) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select m.id from key_market m where m.id in (:ids) and " + visible.sql())
                .param("ids", List.copyOf(ids)).params(visible.params()).query(Long.class).list());
    }

    /** An active market and the last day it was inspected (null: never), for the to-dos. */
    record LastInspected(long id, String name, InspectionFrequency frequency, java.time.LocalDate last) {
    }

    List<LastInspected> lastInspected(SqlPredicate visible, int limit) {
        return jdbc.sql("""
                        select m.id, m.name, m.frequency,
                               (select max(r.ended_on) from inspection_record_market x
                                  join inspection_record r on r.id = x.record_id where x.market_id = m.id) as last
                          from key_market m where m.active""" + " and " + visible.sql()
                        + " order by m.id limit :limit")
                .params(visible.params()).param("limit", limit)
                .query((rs, n) -> new LastInspected(rs.getLong(1), rs.getString(2),
                        InspectionFrequency.valueOf(rs.getString(3)), rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }

    List<KeyMarket.Seller> sellers(long marketId) {
        return jdbc.sql("""
                        select s.entity_id, e.name, e.uscc, s.stall from key_market_seller s
                          left join pub_entity_grading e on e.id = s.entity_id
                         where s.market_id = :id order by e.name, s.entity_id""")
                .param("id", marketId)
                .query((rs, n) -> new KeyMarket.Seller(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    long insert(Row r, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into key_market (name, kind, operator_entity_id, address, region_code, region_path,
                               unit_id, unit_path, stalls, sellers, director_name, director_phone, goods, frequency,
                               active, created_by, created_at, updated_at)
                        values (:name, :kind, :operator, :address, :regionCode, :regionPath, :unitId, :unitPath,
                               :stalls, :sellers, :dName, :dPhone, :goods, :frequency, :active, :by, :now, :now)
                        returning id""")
                .params(params(r)).param("by", by).param("now", now).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, Row r, OffsetDateTime now) {
        return jdbc.sql("""
                        update key_market set name = :name, kind = :kind, operator_entity_id = :operator,
                               address = :address, region_code = :regionCode, region_path = :regionPath,
                               unit_id = :unitId, unit_path = :unitPath, stalls = :stalls, sellers = :sellers,
                               director_name = :dName, director_phone = :dPhone, goods = :goods,
                               frequency = :frequency, active = :active, version = version + 1, updated_at = :now
                         where id = :id and version = :version""")
                .params(params(r)).param("id", id).param("version", expectedVersion).param("now", now).update() == 1;
    }

    void replaceSellers(long marketId, List<Long> entityIds, List<String> stalls) {
        jdbc.sql("delete from key_market_seller where market_id = :id").param("id", marketId).update();
        for (int i = 0; i < entityIds.size(); i++) {
            jdbc.sql("insert into key_market_seller (market_id, entity_id, stall) values (:m, :e, :s)")
                    .param("m", marketId).param("e", entityIds.get(i)).param("s", stalls.get(i)).update();
        }
    }

    private static java.util.Map<String, Object> params(Row r) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", r.name());
        p.put("kind", r.kind().name());
        p.put("operator", r.operatorEntityId());
        p.put("address", r.address());
        p.put("regionCode", r.regionCode());
        p.put("regionPath", r.regionPath());
        p.put("unitId", r.unitId());
        p.put("unitPath", r.unitPath());
        p.put("stalls", r.stalls());
        p.put("sellers", r.sellers());
        p.put("dName", r.directorNameCipher());
        p.put("dPhone", r.directorPhoneCipher());
        p.put("goods", r.goods());
        p.put("frequency", r.frequency().name());
        p.put("active", r.active());
        return p;
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("name"), MarketKind.valueOf(rs.getString("kind")),
                rs.getLong("operator_entity_id"), rs.getString("operator_name"), rs.getString("address"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("region_path"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("unit_path"), rs.getInt("stalls"),
                rs.getInt("sellers"), rs.getString("director_name"), rs.getString("director_phone"),
                rs.getString("goods"), InspectionFrequency.valueOf(rs.getString("frequency")),
                rs.getBoolean("active"), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("last_inspected", java.time.LocalDate.class));
    }

    static java.time.LocalDateTime wall(OffsetDateTime t) {
        return Instants.wallTime(t);
    }
}
