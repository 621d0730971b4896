package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code sampling_plan}, {@code sampling_plan_category} and {@code sampling_plan_lab} (V190). */
@Repository
class SamplingPlanStore {

    private static final String COLUMNS = """
            select p.*, u.name as unit_name,
                   array(select pl.lab_id from sampling_plan_lab pl where pl.plan_id = p.id order by pl.lab_id)
                       as lab_ids,
                   array(select l.name from sampling_plan_lab pl join sampling_lab l on l.id = pl.lab_id
                          where pl.plan_id = p.id order by pl.lab_id) as lab_names
              from sampling_plan p left join pub_unit u on u.id = p.unit_id
            """;

    /** A validated plan ready to write. */
    record Row(int year, String title, SamplingKind kind, long unitId, String unitPath, String regionPath,
            Set<SamplingStage> stages, Integer population, java.math.BigDecimal targetPerThousand, int samplers,
            String note, List<SamplingPlan.Category> categories, List<Long> labIds) {
    }

    private final JdbcClient jdbc;

    SamplingPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Row r, String by, Instant now) {
        long id = jdbc.sql("""
                        insert into sampling_plan (year, title, kind, unit_id, unit_path, region_path, stages,
                               population, target_per_thousand, samplers_per_sample, note, created_by, created_at)
                        values (:year, :title, :kind, :unit, :unitPath, :regionPath, :stages, :population, :target,
                               :samplers, :note, :by, :now) returning id""")
                .param("year", r.year()).param("title", r.title()).param("kind", r.kind().name())
                .param("unit", r.unitId()).param("unitPath", r.unitPath()).param("regionPath", r.regionPath())
                .param("stages", r.stages().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("population", r.population()).param("target", r.targetPerThousand())
                .param("samplers", r.samplers()).param("note", r.note()).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(Long.class).single();
        writeLists(id, r);
        return id;
    }

    boolean update(long id, int version, Row r) {
        boolean saved = jdbc.sql("""
                        update sampling_plan set year = :year, title = :title, stages = :stages,
                               population = :population, target_per_thousand = :target,
                               samplers_per_sample = :samplers, note = :note, version = version + 1
                         where id = :id and version = :version""")
                .param("year", r.year()).param("title", r.title())
                .param("stages", r.stages().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("population", r.population()).param("target", r.targetPerThousand())
                .param("samplers", r.samplers()).param("note", r.note()).param("id", id).param("version", version)
                .update() == 1;
        if (saved) {
            jdbc.sql("delete from sampling_plan_category where plan_id = :id").param("id", id).update();
            jdbc.sql("delete from sampling_plan_lab where plan_id = :id").param("id", id).update();
            writeLists(id, r);
        }
        return saved;
    }

    private void writeLists(long id, Row r) {
        for (SamplingPlan.Category c : r.categories()) {
            jdbc.sql("""
                            insert into sampling_plan_category (plan_id, seq, name, batches, items, standards)
                            values (:plan, :seq, :name, :batches, :items, :standards)""")
                    .param("plan", id).param("seq", c.seq()).param("name", c.name()).param("batches", c.batches())
                    .param("items", c.items().toArray(String[]::new)).param("standards", c.standards()).update();
        }
        for (long lab : r.labIds()) {
            jdbc.sql("insert into sampling_plan_lab (plan_id, lab_id) values (:plan, :lab)").param("plan", id)
                    .param("lab", lab).update();
        }
    }

    Optional<SamplingPlan> find(SqlPredicate visible, long id) {
        return jdbc.sql(COLUMNS + " where p.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(SamplingPlanStore::map).optional().map(this::withCategories);
    }

    List<SamplingPlan> list(SqlPredicate visible, Integer year) {
        return jdbc.sql(COLUMNS + " where " + visible.sql() + " and (cast(:year as integer) is null or p.year = :year)"
                        + " order by p.year desc, p.id desc limit 500")
                .params(visible.params()).param("year", year).query(SamplingPlanStore::map).list().stream()
                .map(this::withCategories).toList();
    }

    private SamplingPlan withCategories(SamplingPlan p) {
        List<SamplingPlan.Category> categories = jdbc.sql("""
                        select seq, name, batches, items, standards from sampling_plan_category
                         where plan_id = :id order by seq""").param("id", p.id())
                .query((rs, n) -> new SamplingPlan.Category(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5))).list();
        return new SamplingPlan(p.id(), p.year(), p.title(), p.kind(), p.unitId(), p.unitName(), p.unitPath(),
                p.regionPath(), p.stages(), p.population(), p.targetPerThousand(), p.samplersPerSample(), p.note(),
                categories, p.labIds(), p.labNames(), p.createdBy(), p.version());
    }

    private static SamplingPlan map(ResultSet rs, int row) throws SQLException {
        Set<SamplingStage> stages = EnumSet.noneOf(SamplingStage.class);
        Arrays.stream((String[]) rs.getArray("stages").getArray()).map(SamplingStage::valueOf).forEach(stages::add);
        Integer population = rs.getObject("population") == null ? null : rs.getInt("population");
        return new SamplingPlan(rs.getLong("id"), rs.getInt("year"), rs.getString("title"),
                SamplingKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("region_path"), stages, population,
                rs.getBigDecimal("target_per_thousand"), rs.getInt("samplers_per_sample"), rs.getString("note"),
                List.of(), Arrays.asList((Long[]) rs.getArray("lab_ids").getArray()),
                Arrays.asList((String[]) rs.getArray("lab_names").getArray()), rs.getString("created_by"),
                rs.getInt("version"));
    }
}
