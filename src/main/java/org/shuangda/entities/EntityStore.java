package org.shuangda.entities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code market_entity}. Every read that serves a person takes their scope as bound parameters. */
@Repository
class EntityStore {

    /** A row as stored, with what writes need: the raw ID number and the region path for the scope check. */
    record Stored(MarketEntity entity, String legalRepIdNumber, String regionPath) {
    }

    private static final String INSERT = """
            insert into market_entity (name, uscc, uscc_override, override_reason, override_by, override_at,
                   entity_type, address, region_code, legal_representative, legal_rep_id_number, contact_person,
                   contact_phone, established_on, industry, created_at, updated_at)
            values (:name, :uscc, :usccOverride, :overrideReason, :overrideBy, :overrideAt, :entityType, :address,
                   :regionCode, :legalRepresentative, :legalRepIdNumber, :contactPerson, :contactPhone,
                   :establishedOn, :industry, :now, :now)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final LegalRepIdCipher idCipher;

    EntityStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, LegalRepIdCipher idCipher) {
        this.jdbc = jdbc;
        this.named = named;
        this.idCipher = idCipher;
    }

    EntityPage search(EntityQuery query, DataScope scope, String regionPath) {
        EntitySearchSql sql = EntitySearchSql.forText(query.q());
        SqlPredicate visible = EntitySearchSql.scope(scope);
        Map<String, Object> params = new java.util.HashMap<>(visible.params());
        params.put("regionPattern", regionPath == null ? "%" : regionPath + "%");
        if (query.q() != null) {
            params.put("q", query.q());
            params.put("like", EntitySearchSql.containsPattern(query.q()));
            params.put("code", Uscc.normalize(query.q()));
            params.put("codeLike", EntitySearchSql.containsPattern(String.valueOf(Uscc.normalize(query.q()))));
        }
        if (sql == EntitySearchSql.FUZZY) {
            // both local to the (read-only) transaction. The planner prices a GIN scan with many trigram keys
            // above a sequential scan; measured on 100,000 names the index is 10× faster (30 ms against 350 ms)
            jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true),"
                            + " set_config('enable_seqscan', 'off', true)")
                    .param("threshold", EntitySearchSql.NAME_SIMILARITY).query().listOfRows();
        }
        params.put("limit", query.size());
        params.put("offset", query.offset());
        long[] total = {0};
        List<MarketEntity> items = jdbc.sql(sql.select(visible)).params(params).query((rs, n) -> {
            if (sql.countsInWindow()) {
                total[0] = rs.getLong("total_count");
            }
            return map(rs);
        }).list();
        if (!sql.countsInWindow() || items.isEmpty() && query.page() > 1) {
            // no window count (no text, or past the last page): ask for it
            total[0] = jdbc.sql(sql.count(visible)).params(params).query(Long.class).single();
        }
        return new EntityPage(items, total[0], query.page(), query.size());
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(EntitySearchSql.COLUMNS + ", r.path as region_path"
                        + " from market_entity e join pub_region r on r.code = e.region_code where e.id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(map(rs), idCipher.decrypt(rs.getString("legal_rep_id_number")),
                        rs.getString("region_path")))
                .optional();
    }

    /** The unit's path (pub_unit), for the record of an opening by someone of that unit. */
    Optional<String> unitPath(long unitId) {
        return jdbc.sql("select path from pub_unit where id = :id").param("id", unitId).query(String.class)
                .optional();
    }

    /** The id and name of the entity holding {@code uscc}, other than {@code exceptId}. */
    Optional<Map.Entry<Long, String>> holderOf(String uscc, long exceptId) {
        return jdbc.sql("select id, name from market_entity where uscc = :uscc and id <> :id")
                .param("uscc", uscc).param("id", exceptId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).optional();
    }

    /** Which of {@code usccs} are registered already, with the holder's name: one query for a whole upload. */
    Map<String, String> holders(java.util.Collection<String> usccs) {
        Map<String, String> found = new java.util.HashMap<>();
        if (!usccs.isEmpty()) {
            jdbc.sql("select uscc, name from market_entity where uscc = any(:usccs)")
                    .param("usccs", usccs.toArray(String[]::new))
                    .query((rs, n) -> found.put(rs.getString("uscc"), rs.getString("name"))).list();
        }
        return found;
    }

    /** The ids of the entities holding {@code usccs} that {@code scope} covers (by the entity's region). */
    Map<String, Long> idsByUscc(java.util.Collection<String> usccs, org.shuangda.shared.DataScope scope) {
        Map<String, Long> found = new java.util.HashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        org.shuangda.shared.SqlPredicate visible = scope.regionOwned("r.path", "scope");
        jdbc.sql("select e.uscc, e.id from market_entity e join pub_region r on r.code = e.region_code"
                        + " where e.uscc = any(:usccs) and " + visible.sql())
                .param("usccs", usccs.toArray(String[]::new)).params(visible.params())
                .query((rs, n) -> found.put(rs.getString("uscc"), rs.getLong("id"))).list();
        return found;
    }

    /** {@code by} and {@code now}: who registers it (recorded when a code check is overridden) and when. */
    long insert(EntityValues v, String by, OffsetDateTime now) {
        return jdbc.sql(INSERT + " returning id").paramSource(params(v, by, now).addValue("now", now))
                .query(Long.class).single();
    }

    /** One round trip per few hundred rows: demo data and trusted loads. */
    void insertAll(List<EntityValues> values, String by, OffsetDateTime now) {
        SqlParameterSource[] batch = values.stream().map(v -> params(v, by, now).addValue("now", now))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(INSERT, batch);
    }

    /** Updates when the row still has {@code version}; false when someone else changed it meanwhile. */
    boolean update(long id, int version, EntityValues v, String overrideBy, OffsetDateTime overrideAt,
            OffsetDateTime now) {
        MapSqlParameterSource p = params(v, overrideBy, overrideAt).addValue("id", id).addValue("version", version)
                .addValue("now", now);
        return jdbc.sql("""
                update market_entity set name = :name, uscc = :uscc, uscc_override = :usccOverride,
                       override_reason = :overrideReason, override_by = :overrideBy, override_at = :overrideAt,
                       entity_type = :entityType, address = :address, region_code = :regionCode,
                       legal_representative = :legalRepresentative, legal_rep_id_number = :legalRepIdNumber,
                       contact_person = :contactPerson, contact_phone = :contactPhone,
                       established_on = :establishedOn, industry = :industry, updated_at = :now,
                       version = version + 1
                 where id = :id and version = :version""").paramSource(p).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from market_entity where id = :id").param("id", id).update();
    }

    private MapSqlParameterSource params(EntityValues v, String overrideBy, OffsetDateTime overrideAt) {
        return new MapSqlParameterSource()
                .addValue("name", v.name()).addValue("uscc", v.uscc()).addValue("usccOverride", v.usccOverride())
                .addValue("overrideReason", v.overrideReason())
                .addValue("overrideBy", v.usccOverride() ? overrideBy : null)
                .addValue("overrideAt", v.usccOverride() ? overrideAt : null)
                .addValue("entityType", v.entityType().name()).addValue("address", v.address())
                .addValue("regionCode", v.region().code()).addValue("legalRepresentative", v.legalRepresentative())
                .addValue("legalRepIdNumber", idCipher.encryptValid(v.legalRepIdNumber())).addValue("contactPerson", v.contactPerson())
                .addValue("contactPhone", v.contactPhone()).addValue("establishedOn", v.establishedOn())
                .addValue("industry", v.industry() == null ? null : v.industry().name());
    }

    /** Lists and pages get the masked number only; the clear one is decrypted for it and not kept. */
    MarketEntity map(ResultSet rs) throws SQLException {
        return new MarketEntity(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
                rs.getBoolean("uscc_override"), rs.getString("override_reason"), rs.getString("override_by"),
                rs.getObject("override_at", OffsetDateTime.class), EntityType.valueOf(rs.getString("entity_type")),
                rs.getString("address"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("legal_representative"), ResidentIdNumber.mask(idCipher.decrypt(rs.getString("legal_rep_id_number"))),
                rs.getString("contact_person"), rs.getString("contact_phone"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"), rs.getObject("established_on", java.time.LocalDate.class),
                rs.getString("industry") == null ? null : Industry.valueOf(rs.getString("industry")));
    }
}
