package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code sampling_lab} and {@code sampling_lab_tie} (V190); unit names from pub_unit. */
@Repository
class LabStore {

    private static final String COLUMNS = """
            select l.id, l.name, l.unit_id, u.name as unit_name, l.accreditation, l.kinds, l.scope, l.published,
                   l.active, l.version
              from sampling_lab l left join pub_unit u on u.id = l.unit_id
            """;

    private final JdbcClient jdbc;

    LabStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, long unitId, String accreditation, Set<SamplingKind> kinds, String scope,
            boolean published, Instant now) {
        return jdbc.sql("""
                        insert into sampling_lab (name, unit_id, accreditation, kinds, scope, published, created_at)
                        values (:name, :unit, :acc, :kinds, :scope, :published, :now) returning id""")
                .param("name", name).param("unit", unitId).param("acc", accreditation).param("kinds", names(kinds))
                .param("scope", scope).param("published", published).param("now", OffsetDateTime.ofInstant(now,
                        ZoneOffset.UTC))
                .query(Long.class).single();
    }

    boolean update(long id, int version, String name, String accreditation, Set<SamplingKind> kinds, String scope,
            boolean published, boolean active) {
        return jdbc.sql("""
                        update sampling_lab set name = :name, accreditation = :acc, kinds = :kinds, scope = :scope,
                               published = :published, active = :active, version = version + 1
                         where id = :id and version = :version""")
                .param("name", name).param("acc", accreditation).param("kinds", names(kinds)).param("scope", scope)
                .param("published", published).param("active", active).param("id", id).param("version", version)
                .update() == 1;
    }

    void tie(long labId, Laboratory.Tie tie, String by, Instant now) {
        jdbc.sql("""
                        insert into sampling_lab_tie (lab_id, uscc, entity_name, kind, note, declared_by, declared_at)
                        values (:lab, :uscc, :name, :kind, :note, :by, :now)
                        on conflict (lab_id, uscc) do update set entity_name = excluded.entity_name,
                               kind = excluded.kind, note = excluded.note, declared_by = excluded.declared_by,
                               declared_at = excluded.declared_at""")
                .param("lab", labId).param("uscc", tie.uscc()).param("name", tie.entityName())
                .param("kind", tie.kind()).param("note", tie.note()).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from sampling_lab where lower(name) = lower(:name) and id <> :id)")
                .param("name", name).param("id", exceptId == null ? -1 : exceptId).query(Boolean.class).single();
    }

    boolean unitTaken(long unitId, Long exceptId) {
        return jdbc.sql("select exists (select 1 from sampling_lab where unit_id = :unit and id <> :id)")
                .param("unit", unitId).param("id", exceptId == null ? -1 : exceptId).query(Boolean.class).single();
    }

    Optional<Laboratory> find(long id) {
        return jdbc.sql(COLUMNS + " where l.id = :id").param("id", id).query(LabStore::map).optional()
                .map(this::withTies);
    }

    Optional<Laboratory> ofUnit(long unitId) {
        return jdbc.sql(COLUMNS + " where l.unit_id = :unit").param("unit", unitId).query(LabStore::map).optional()
                .map(this::withTies);
    }

    List<Laboratory> all() {
        List<Laboratory> labs = jdbc.sql(COLUMNS + " order by l.name, l.id").query(LabStore::map).list();
        Map<Long, List<Laboratory.Tie>> ties = new HashMap<>();
        jdbc.sql("select lab_id, uscc, entity_name, kind, note from sampling_lab_tie order by lab_id, uscc")
                .query((rs, n) -> {
                    ties.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(tie(rs));
                    return null;
                }).list();
        return labs.stream().map(l -> with(l, ties.getOrDefault(l.id(), List.of()))).toList();
    }

    private Laboratory withTies(Laboratory l) {
        return with(l, jdbc.sql("select lab_id, uscc, entity_name, kind, note from sampling_lab_tie where lab_id = :id"
                + " order by uscc").param("id", l.id()).query((rs, n) -> tie(rs)).list());
    }

    private static Laboratory with(Laboratory l, List<Laboratory.Tie> ties) {
        return new Laboratory(l.id(), l.name(), l.unitId(), l.unitName(), l.accreditation(), l.kinds(), l.scope(),
                l.published(), l.active(), ties, l.version());
    }

    private static Laboratory.Tie tie(ResultSet rs) throws SQLException {
        return new Laboratory.Tie(rs.getString("uscc"), rs.getString("entity_name"), rs.getString("kind"),
                rs.getString("note"));
    }

    private static Laboratory map(ResultSet rs, int row) throws SQLException {
        Set<SamplingKind> kinds = EnumSet.noneOf(SamplingKind.class);
        Arrays.stream((String[]) rs.getArray("kinds").getArray()).map(SamplingKind::valueOf).forEach(kinds::add);
        return new Laboratory(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("accreditation"), kinds, rs.getString("scope"), rs.getBoolean("published"),
                rs.getBoolean("active"), List.of(), rs.getInt("version"));
    }

    private static String[] names(Set<SamplingKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.toList()).toArray(String[]::new);
    }
}
