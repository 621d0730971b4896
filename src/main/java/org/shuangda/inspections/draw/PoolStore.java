package org.shuangda.inspections.draw;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The target pool query (entities of the published view {@code pub_entity_grading}, their grade from credit's
 * published {@code pub_credit_risk_grade}) and the frozen {@code inspection_pool} (V170), with the 回避 facts the
 * module keeps itself ({@code inspection_conflict}, {@code inspection_supervisor}, earlier draws).
 */
@Repository
class PoolStore {

    /** An entity never graded counts as B (normal): grades never exempt anyone from checks (不免抽). */
    static final String UNGRADED = "B";

    private final JdbcClient jdbc;

    PoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The candidates in ascending id order, each packed in one long as {@code id << 3 | grade index << 1 | repeated}
     * (grade index in {@link DrawMath#GRADES}; repeated: the same item checked it within the year already). A
     * province pool is a million rows: one sorted long[] instead of a million objects.
     */
    record Candidates(long[] packed) {

        int size() {
            return packed.length;
        }

        long id(int i) {
            return packed[i] >>> 3;
        }

        char grade(int i) {
            return DrawMath.GRADES.charAt((int) (packed[i] >>> 1) & 3);
        }

        boolean repeated(int i) {
            return (packed[i] & 1) != 0;
        }
    }

    /**
     * Every entity in the region (and, for a 定向 task, of the type, among the sellers or the operator of the key
     * market, listed or not on a credit list now, of the industry), ascending id; {@code repeated} when a current draw of another
     * task with one of this task's items drew it since {@code since}. Packed by the query itself (one bigint column:
     * a third of the decoding of three) and sorted here (a million-row sort spills to disk in the database; here it is
     * one parallel sort of longs). Entity ids are a sequence's, far below the 2^60 the packing leaves them.
     */
    Candidates candidates(long taskId, String regionPath, String entityType, Long marketId,
            String listed, String industry, LocalDateTime since) {
        java.util.stream.LongStream.Builder packed = java.util.stream.LongStream.builder();
        jdbc.sql("""
                        with current_draw as (
                            select d.id, d.task_id from inspection_draw d
                             where d.task_id <> :task and d.drawn_at >= :since
                               and d.seq = (select max(x.seq) from inspection_draw x where x.task_id = d.task_id)
                               and exists (select 1 from inspection_task_item a join inspection_task_item b
                                             on b.item_id = a.item_id and b.task_id = :task where a.task_id = d.task_id)),
                        repeated as (
                            select distinct dt.entity_id from inspection_draw_target dt
                              join current_draw c on c.id = dt.draw_id)
                        select e.id << 3
                               | case coalesce(g.grade, :ungraded) when 'A' then 0 when 'B' then 2 when 'C' then 4 else 6 end
                               | case when r.entity_id is null then 0 else 1 end
                          from pub_entity_grading e
                          left join pub_credit_risk_grade g on g.entity_id = e.id
                          left join repeated r on r.entity_id = e.id
                         where e.region_path ~>=~ :lo and e.region_path ~<~ :hi
                           and (cast(:type as text) is null or e.entity_type = :type)
                           and (cast(:industry as text) is null or e.industry = :industry)
                           and (cast(:market as bigint) is null
                                or exists (select 1 from key_market_seller s where s.market_id = :market and s.entity_id = e.id)
                                or exists (select 1 from key_market m where m.id = :market and m.operator_entity_id = e.id))
                           and (cast(:listed as text) is null
                                or (:listed = 'LISTED') = exists (select 1 from pub_credit_listed l where l.entity_id = e.id))
                        """)
                .param("task", taskId).param("since", Timestamp.valueOf(since)).param("ungraded", UNGRADED)
                .param("lo", regionPath).param("hi", regionPath + "~").param("type", entityType)
                .param("market", marketId).param("listed", listed).param("industry", industry)
                .query(rs -> {
                    packed.add(rs.getLong(1));
                });
        long[] out = packed.build().toArray();
        java.util.Arrays.parallelSort(out);
        return new Candidates(out);
    }

    void freeze(FrozenPool p) {
        long[] ids = p.entityIds();
        Long[] inspectors = java.util.Arrays.stream(p.inspectorIds()).boxed().toArray(Long[]::new);
        jdbc.sql("""
                        insert into inspection_pool (task_id, entity_id_bytes, grades, size, n_a, n_b, n_c, n_d,
                                                     repeat_excluded, pool_hash, inspector_ids, frozen_by, frozen_at)
                        values (:task, :ids, :grades, :size, :a, :b, :c, :d, :repeat, :hash, :inspectors, :by, :at)
                        """)
                .param("task", p.taskId()).param("ids", packIds(ids)).param("grades", p.grades()).param("size", ids.length)
                .param("a", p.perGrade()[0]).param("b", p.perGrade()[1]).param("c", p.perGrade()[2])
                .param("d", p.perGrade()[3]).param("repeat", p.repeatExcluded()).param("hash", p.poolHash())
                .param("inspectors", inspectors).param("by", p.frozenBy()).param("at", Timestamp.from(p.frozenAt()))
                .update();
    }

    Optional<FrozenPool> find(long taskId) {
        return jdbc.sql("""
                        select task_id, entity_id_bytes, grades, n_a, n_b, n_c, n_d, repeat_excluded, pool_hash,
                               inspector_ids, frozen_by, frozen_at
                          from inspection_pool where task_id = :task
                        """).param("task", taskId)
                .query((rs, n) -> new FrozenPool(rs.getLong(1), unpackIds(rs.getBytes(2)),
                        rs.getString(3), new int[] {rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)},
                        rs.getInt(8), rs.getString(9), longs((Long[]) rs.getArray(10).getArray()), rs.getString(11),
                        rs.getTimestamp(12).toInstant()))
                .optional();
    }

    /** The pool's size and hash without its ids (lists, public pages). */
    Optional<String> hashOf(long taskId) {
        return jdbc.sql("select pool_hash from inspection_pool where task_id = :task").param("task", taskId)
                .query(String.class).optional();
    }

    /** Declared conflicts and daily-supervision officers of the entities: entity → officer → reason kind. */
    Map<Long, Map<Long, String>> declaredConflicts(long[] entityIds) {
        Map<Long, Map<Long, String>> out = new HashMap<>();
        Long[] ids = java.util.Arrays.stream(entityIds).boxed().toArray(Long[]::new);
        jdbc.sql("""
                        select entity_id, officer_id, kind from inspection_conflict where entity_id = any(:ids)
                        union all
                        select entity_id, officer_id, 'SUPERVISOR' from inspection_supervisor where entity_id = any(:ids)
                        """).param("ids", ids)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .putIfAbsent(rs.getLong(2), rs.getString(3)))
                .list();
        return out;
    }

    /** Entity → inspectors of the latest current draw of another task that drew it ("inspected it in the previous draw"). */
    Map<Long, Set<Long>> previousInspectors(long taskId, long[] entityIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        Long[] ids = java.util.Arrays.stream(entityIds).boxed().toArray(Long[]::new);
        jdbc.sql("""
                        with current_draw as (
                            select d.id, d.drawn_at from inspection_draw d
                             where d.task_id <> :task
                               and d.seq = (select max(x.seq) from inspection_draw x where x.task_id = d.task_id)),
                        previous as (
                            select distinct on (dt.entity_id) dt.entity_id, dt.inspector_ids
                              from inspection_draw_target dt join current_draw c on c.id = dt.draw_id
                             where dt.entity_id = any(:ids)
                             order by dt.entity_id, c.drawn_at desc, c.id desc)
                        select p.entity_id, o.officer_id from previous p, unnest(p.inspector_ids) as o(officer_id)
                        """).param("task", taskId).param("ids", ids)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        return out;
    }

    void declareConflict(long officerId, long entityId, String kind, String note, String by, Instant at) {
        jdbc.sql("""
                        insert into inspection_conflict (officer_id, entity_id, kind, note, declared_by, declared_at)
                        values (:o, :e, :k, :note, :by, :at) on conflict (officer_id, entity_id, kind) do nothing
                        """).param("o", officerId).param("e", entityId).param("k", kind).param("note", note)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    void assignSupervisor(long entityId, long officerId, Instant at) {
        jdbc.sql("""
                        insert into inspection_supervisor (entity_id, officer_id, assigned_at) values (:e, :o, :at)
                        on conflict (entity_id) do update set officer_id = excluded.officer_id,
                                                              assigned_at = excluded.assigned_at
                        """).param("e", entityId).param("o", officerId).param("at", Timestamp.from(at)).update();
    }

    /** "名称甲、名称乙" for the refusal that names targets lacking inspectors (the first 20, then "等"). */
    String names(java.util.List<Long> entityIds) {
        java.util.List<String> names = jdbc.sql("select name from pub_entity_grading where id = any(:ids) order by id")
                .param("ids", entityIds.stream().limit(20).toArray(Long[]::new)).query(String.class).list();
        return String.join("、", names) + (entityIds.size() > 20 ? "等" : "");
    }

    /** The pool's ids as stored (V237): 8 bytes each, big-endian, as PostgreSQL's {@code int8send} writes them. */
    static byte[] packIds(long[] ids) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(ids.length * 8);
        buffer.asLongBuffer().put(ids);
        return buffer.array();
    }

    static long[] unpackIds(byte[] bytes) {
        long[] ids = new long[bytes.length / 8];
        java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(ids);
        return ids;
    }

    static long[] longs(Long[] boxed) {
        long[] out = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
