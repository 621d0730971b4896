package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.inspections.draw.DrawMath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code sampling_draw_pool}, {@code sampling_draw}, {@code sampling_draw_target},
 * {@code sampling_draw_sampler} and {@code sampling_sample_draw} (V231), append-only; the candidate entities from the
 * published view {@code pub_entity_grading}, names of people from {@code pub_user}.
 */
@Repository
class SamplingDrawStore {

    private final JdbcClient jdbc;

    SamplingDrawStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entity ids of the region (path prefix), of the type and industry section when given, ascending. */
    long[] candidates(String regionPath, String entityType, String industry) {
        return jdbc.sql("""
                        select e.id from pub_entity_grading e
                         where e.region_path ~>=~ :lo and e.region_path ~<~ :hi
                           and (cast(:type as text) is null or e.entity_type = :type)
                           and (cast(:industry as text) is null or e.industry = :industry)
                         order by e.id""")
                .param("lo", regionPath).param("hi", regionPath + "~").param("type", entityType)
                .param("industry", industry).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** A frozen pool to write. */
    record NewPool(long planId, String category, SamplingStage stage, String entityType, String industry,
            int targetCount, int samplersPerTarget, long[] entityIds, String poolHash, long[] officerIds,
            String officerHash) {
    }

    long insertPool(NewPool p, String by, Instant at) {
        return jdbc.sql("""
                        insert into sampling_draw_pool (plan_id, category, stage, entity_type, industry, target_count,
                               samplers_per_target, entity_ids, pool_hash, officer_ids, officer_hash, frozen_by,
                               frozen_at)
                        values (:plan, :category, :stage, :type, :industry, :count, :per, :ids, :hash, :officers,
                                :officerHash, :by, :at) returning id""")
                .param("plan", p.planId()).param("category", p.category())
                .param("stage", p.stage() == null ? null : p.stage().name()).param("type", p.entityType())
                .param("industry", p.industry()).param("count", p.targetCount()).param("per", p.samplersPerTarget())
                .param("ids", boxed(p.entityIds())).param("hash", p.poolHash()).param("officers", boxed(p.officerIds()))
                .param("officerHash", p.officerHash()).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    private static final String POOL = """
            select p.*, d.id as draw_id,
                   array(select coalesce(u.display_name, '#' || o.id) from unnest(p.officer_ids) with ordinality o(id, n)
                          left join pub_user u on u.id = o.id order by o.n) as officer_names
              from sampling_draw_pool p left join sampling_draw d on d.pool_id = p.id
            """;

    Optional<SamplingDrawPool> pool(long id) {
        return jdbc.sql(POOL + " where p.id = :id").param("id", id).query(SamplingDrawStore::mapPool).optional();
    }

    /** The plan's pools not drawn yet, newest first. */
    List<SamplingDrawPool> pendingPools(long planId) {
        return jdbc.sql(POOL + " where p.plan_id = :plan and d.id is null order by p.id desc limit 50")
                .param("plan", planId).query(SamplingDrawStore::mapPool).list();
    }

    private static SamplingDrawPool mapPool(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        Long drawId = rs.getObject("draw_id", Long.class);
        return new SamplingDrawPool(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("category"),
                stage == null ? null : SamplingStage.valueOf(stage), rs.getString("entity_type"),
                rs.getString("industry"), rs.getInt("target_count"), rs.getInt("samplers_per_target"),
                Arrays.asList((Long[]) rs.getArray("entity_ids").getArray()), rs.getString("pool_hash"),
                Arrays.asList((Long[]) rs.getArray("officer_ids").getArray()),
                Arrays.asList((String[]) rs.getArray("officer_names").getArray()), rs.getString("officer_hash"),
                rs.getString("frozen_by"), rs.getObject("frozen_at", OffsetDateTime.class).toInstant(), drawId);
    }

    /** Locks the plan's row: draws of one plan are numbered one at a time. */
    void lockPlan(long planId) {
        jdbc.sql("select id from sampling_plan where id = :id for update").param("id", planId).query(Long.class)
                .optional();
    }

    int nextSeq(long planId, String category) {
        return jdbc.sql("""
                        select coalesce(max(seq), 0) + 1 from sampling_draw where plan_id = :plan and category = :c""")
                .param("plan", planId).param("c", category).query(Integer.class).single();
    }

    /** A draw computed, to write with its targets and samplers. */
    record NewDraw(long poolId, long planId, String category, int seq, String entropy, String entropySource,
            String entropyBy, String seed, String resultHash, String reason, List<DrawMath.Pick> targets,
            Map<Long, List<DrawMath.Pick>> samplers) {
    }

    long insertDraw(NewDraw d, String by, Instant at) {
        long id = jdbc.sql("""
                        insert into sampling_draw (pool_id, plan_id, category, seq, entropy, entropy_source, entropy_by,
                               seed, result_hash, reason, drawn_by, drawn_at)
                        values (:pool, :plan, :category, :seq, :entropy, :source, :entropyBy, :seed, :result, :reason,
                                :by, :at) returning id""")
                .param("pool", d.poolId()).param("plan", d.planId()).param("category", d.category())
                .param("seq", d.seq()).param("entropy", d.entropy()).param("source", d.entropySource())
                .param("entropyBy", d.entropyBy()).param("seed", d.seed()).param("result", d.resultHash())
                .param("reason", d.reason()).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class).single();
        jdbc.sql("""
                        insert into sampling_draw_target (draw_id, rank, entity_id, draw_key)
                        select :draw, * from unnest(cast(:ranks as integer[]), cast(:ids as bigint[]),
                                                    cast(:keys as text[]))""")
                .param("draw", id).param("ranks", d.targets().stream().map(DrawMath.Pick::rank).toArray(Integer[]::new))
                .param("ids", d.targets().stream().map(DrawMath.Pick::id).toArray(Long[]::new))
                .param("keys", d.targets().stream().map(DrawMath.Pick::key).toArray(String[]::new)).update();
        List<Long> entities = new ArrayList<>();
        List<Integer> ords = new ArrayList<>();
        List<Long> officers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        d.samplers().forEach((entity, picks) -> picks.forEach(p -> {
            entities.add(entity);
            ords.add(p.rank());
            officers.add(p.id());
            keys.add(p.key());
        }));
        jdbc.sql("""
                        insert into sampling_draw_sampler (draw_id, entity_id, ord, officer_id, draw_key)
                        select :draw, * from unnest(cast(:entities as bigint[]), cast(:ords as integer[]),
                                                    cast(:officers as bigint[]), cast(:keys as text[]))""")
                .param("draw", id).param("entities", entities.toArray(Long[]::new))
                .param("ords", ords.toArray(Integer[]::new)).param("officers", officers.toArray(Long[]::new))
                .param("keys", keys.toArray(String[]::new)).update();
        return id;
    }

    private static final String DRAW = """
            select d.*, p.stage, p.entity_type, p.industry, cardinality(p.entity_ids) as pool_size, p.pool_hash,
                   p.officer_ids, p.officer_hash, p.samplers_per_target,
                   d.seq = (select max(x.seq) from sampling_draw x where x.plan_id = d.plan_id
                                                                     and x.category = d.category) as current
              from sampling_draw d join sampling_draw_pool p on p.id = d.pool_id
            """;

    Optional<SamplingDraw> find(long id) {
        return jdbc.sql(DRAW + " where d.id = :id").param("id", id).query(SamplingDrawStore::mapDraw).optional()
                .map(d -> withTargets(List.of(d)).get(0));
    }

    /** The plan's draws, by category then newest first. */
    List<SamplingDraw> ofPlan(long planId) {
        return withTargets(jdbc.sql(DRAW + " where d.plan_id = :plan order by d.category, d.seq desc")
                .param("plan", planId).query(SamplingDrawStore::mapDraw).list());
    }

    /**
     * The current draws of the plan (the latest of each category) in which the entity is a target, the sample's
     * category first: the draw a sample of that entity answers.
     */
    Optional<SamplingDraw> currentWithTarget(long planId, String category, long entityId) {
        return jdbc.sql(DRAW + """
                         where d.plan_id = :plan
                           and d.seq = (select max(x.seq) from sampling_draw x where x.plan_id = d.plan_id
                                                                             and x.category = d.category)
                           and exists (select 1 from sampling_draw_target t where t.draw_id = d.id
                                                                              and t.entity_id = :entity)
                         order by (d.category = :category) desc, d.id desc limit 1""")
                .param("plan", planId).param("category", category == null ? "" : category).param("entity", entityId)
                .query(SamplingDrawStore::mapDraw).optional().map(d -> withTargets(List.of(d)).get(0));
    }

    /** The draw a sample answers (its id and seed), if it was of a drawn target. */
    Optional<String[]> drawOfSample(long sampleId) {
        return jdbc.sql("""
                        select d.id, d.seed from sampling_sample_draw x join sampling_draw d on d.id = x.draw_id
                         where x.sample_id = :s""").param("s", sampleId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    void linkSample(long sampleId, long drawId, long entityId) {
        jdbc.sql("insert into sampling_sample_draw (sample_id, draw_id, entity_id) values (:s, :d, :e)")
                .param("s", sampleId).param("d", drawId).param("e", entityId).update();
    }

    private List<SamplingDraw> withTargets(List<SamplingDraw> draws) {
        if (draws.isEmpty()) {
            return draws;
        }
        Long[] ids = draws.stream().map(SamplingDraw::id).toArray(Long[]::new);
        Map<Long, Map<Long, List<SamplingDraw.Sampler>>> samplers = new HashMap<>();
        jdbc.sql("""
                        select s.draw_id, s.entity_id, s.officer_id, coalesce(u.display_name, '#' || s.officer_id), s.draw_key
                          from sampling_draw_sampler s left join pub_user u on u.id = s.officer_id
                         where s.draw_id = any(:ids) order by s.draw_id, s.entity_id, s.ord""")
                .param("ids", ids).query((rs, n) -> samplers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new SamplingDraw.Sampler(rs.getLong(3), rs.getString(4), rs.getString(5))))
                .list();
        Map<Long, List<SamplingDraw.Target>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.draw_id, t.rank, t.entity_id, e.name, e.uscc, t.draw_key, sd.sample_id, s.number
                          from sampling_draw_target t
                          left join pub_entity_grading e on e.id = t.entity_id
                          left join lateral (select x.sample_id from sampling_sample_draw x
                                              where x.draw_id = t.draw_id and x.entity_id = t.entity_id
                                              order by x.sample_id limit 1) sd on true
                          left join sampling_sample s on s.id = sd.sample_id
                         where t.draw_id = any(:ids) order by t.draw_id, t.rank""")
                .param("ids", ids).query((rs, n) -> {
                    long draw = rs.getLong(1);
                    long entity = rs.getLong(3);
                    long sample = rs.getLong(7);
                    boolean noSample = rs.wasNull();
                    return targets.computeIfAbsent(draw, k -> new ArrayList<>()).add(new SamplingDraw.Target(
                            rs.getInt(2), entity, rs.getString(4), rs.getString(5), rs.getString(6),
                            samplers.getOrDefault(draw, Map.of()).getOrDefault(entity, List.of()),
                            noSample ? null : sample, rs.getString(8)));
                }).list();
        return draws.stream().map(d -> new SamplingDraw(d.id(), d.poolId(), d.planId(), d.category(), d.seq(),
                d.stage(), d.entityType(), d.industry(), d.poolSize(), d.poolHash(), d.officerIds(), d.officerHash(),
                d.samplersPerTarget(), d.entropy(), d.entropySource(), d.entropyBy(), d.seed(), d.resultHash(),
                d.reason(), d.drawnBy(), d.drawnAt(), d.current(), targets.getOrDefault(d.id(), List.of()))).toList();
    }

    private static SamplingDraw mapDraw(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        return new SamplingDraw(rs.getLong("id"), rs.getLong("pool_id"), rs.getLong("plan_id"),
                rs.getString("category"), rs.getInt("seq"), stage == null ? null : SamplingStage.valueOf(stage),
                rs.getString("entity_type"), rs.getString("industry"), rs.getInt("pool_size"),
                rs.getString("pool_hash"), Arrays.asList((Long[]) rs.getArray("officer_ids").getArray()),
                rs.getString("officer_hash"), rs.getInt("samplers_per_target"), rs.getString("entropy"),
                rs.getString("entropy_source"), rs.getString("entropy_by"), rs.getString("seed"),
                rs.getString("result_hash"), rs.getString("reason"), rs.getString("drawn_by"),
                rs.getObject("drawn_at", OffsetDateTime.class).toInstant(), rs.getBoolean("current"), List.of());
    }

    private static Long[] boxed(long[] ids) {
        return Arrays.stream(ids).boxed().toArray(Long[]::new);
    }
}
