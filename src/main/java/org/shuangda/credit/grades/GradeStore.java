package org.shuangda.credit.grades;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grade tables of V155 ({@code credit_risk_scheme}, {@code credit_risk_grade}, {@code
 * credit_risk_grade_history}, {@code credit_risk_run}). The computation is one set-based statement per range of
 * entity ids ({@link #computeRange}): it counts the range's facts of {@code credit_fact} (this module's) by kind,
 * joins the entities module's published view {@code pub_entity_grading} (place, establishment date), scores and
 * grades in SQL, and writes only what changed, with a history line for every changed grade or score.
 */
@Repository
class GradeStore {

    /** All grade writes take this transaction-level advisory lock first, so two runs never interleave. */
    private static final long LOCK = 74_140_155L;

    private static final String SCHEME_COLUMNS = """
            select version, window_months, w_penalty_warning, w_penalty_minor, w_penalty_general, w_penalty_serious,
                   w_abnormal_listed, w_serious_listed, w_sample_failed, w_inspection_finding, w_complaint_upheld,
                   w_under_one_year, w_under_three_years, threshold_b, threshold_c, threshold_d, note, created_by,
                   created_at
              from credit_risk_scheme
            """;

    private static final String COUNT_COLUMNS = "n_penalty_warning, n_penalty_minor, n_penalty_general, "
            + "n_penalty_serious, n_abnormal_listed, n_serious_listed, n_sample_failed, n_inspection_finding, "
            + "n_complaint_upheld, years_in_business";

    /**
     * One range: counts, score, grade; the current rows that differ are upserted, a history line is written for
     * each changed grade or score, rows of entities no longer in the directory are dropped; answers the rows whose
     * grade changed (or that got their first grade), with what the events and explanations need.
     */
    private static final String COMPUTE = """
            with ent as (
                select e.id, e.region_path, e.established_on
                  from pub_entity_grading e
                 where e.id >= :lo and e.id < :hi
            ), f as (
                select entity_id,
                       count(*) filter (where kind = 'PENALTY' and tier = 'NOT_SHOWN') as n_penalty_warning,
                       count(*) filter (where kind = 'PENALTY' and tier = 'MINOR') as n_penalty_minor,
                       count(*) filter (where kind = 'PENALTY' and tier = 'GENERAL') as n_penalty_general,
                       count(*) filter (where kind = 'PENALTY' and tier = 'SERIOUS') as n_penalty_serious,
                       count(*) filter (where kind = 'ABNORMAL_LISTED') as n_abnormal_listed,
                       count(*) filter (where kind = 'SERIOUS_LISTED') as n_serious_listed,
                       count(*) filter (where kind = 'SAMPLE_FAILED') as n_sample_failed,
                       count(*) filter (where kind = 'INSPECTION_RESULT'
                                          and coalesce(detail ->> 'negative', 'true') <> 'false') as n_inspection_finding,
                       count(*) filter (where kind = 'COMPLAINT_UPHELD') as n_complaint_upheld
                  from credit_fact
                 where entity_id >= :lo and entity_id < :hi
                   and occurred_on > :since and occurred_on <= :today
                   and kind in ('PENALTY', 'ABNORMAL_LISTED', 'SERIOUS_LISTED', 'SAMPLE_FAILED', 'INSPECTION_RESULT',
                                'COMPLAINT_UPHELD')
                 group by entity_id
            ), c as (
                select ent.id as entity_id, ent.region_path,
                       coalesce(f.n_penalty_warning, 0)::int as n_penalty_warning,
                       coalesce(f.n_penalty_minor, 0)::int as n_penalty_minor,
                       coalesce(f.n_penalty_general, 0)::int as n_penalty_general,
                       coalesce(f.n_penalty_serious, 0)::int as n_penalty_serious,
                       coalesce(f.n_abnormal_listed, 0)::int as n_abnormal_listed,
                       coalesce(f.n_serious_listed, 0)::int as n_serious_listed,
                       coalesce(f.n_sample_failed, 0)::int as n_sample_failed,
                       coalesce(f.n_inspection_finding, 0)::int as n_inspection_finding,
                       coalesce(f.n_complaint_upheld, 0)::int as n_complaint_upheld,
                       case when ent.established_on is null or ent.established_on > :today then null
                            else extract(year from age(:today, ent.established_on))::int end as years_in_business
                  from ent left join f on f.entity_id = ent.id
            ), s as (
                select c.*,
                       (n_penalty_warning * :wWarning + n_penalty_minor * :wMinor + n_penalty_general * :wGeneral
                        + n_penalty_serious * :wSerious + n_abnormal_listed * :wAbnormal
                        + n_serious_listed * :wSeriousList + n_sample_failed * :wSample
                        + n_inspection_finding * :wInspection + n_complaint_upheld * :wComplaint
                        + case when years_in_business is null then 0
                               when years_in_business < 1 then :wUnderOne
                               when years_in_business < 3 then :wUnderThree else 0 end)::int as score
                  from c
            ), g as (
                select s.*, case when score >= :tD then 'D' when score >= :tC then 'C'
                                 when score >= :tB then 'B' else 'A' end as grade
                  from s
            ), changed as (
                select g.*, o.grade as previous, o.score as previous_score, o.grade_since as previous_since
                  from g left join credit_risk_grade o on o.entity_id = g.entity_id
                 where o.entity_id is null or o.grade <> g.grade or o.score <> g.score
                    or o.scheme_version <> :version or o.region_path <> g.region_path
                    or (o.n_penalty_warning, o.n_penalty_minor, o.n_penalty_general, o.n_penalty_serious,
                        o.n_abnormal_listed, o.n_serious_listed, o.n_sample_failed, o.n_inspection_finding,
                        o.n_complaint_upheld, o.years_in_business)
                       is distinct from
                       (g.n_penalty_warning, g.n_penalty_minor, g.n_penalty_general, g.n_penalty_serious,
                        g.n_abnormal_listed, g.n_serious_listed, g.n_sample_failed, g.n_inspection_finding,
                        g.n_complaint_upheld, g.years_in_business)
            ), up as (
                insert into credit_risk_grade (entity_id, region_path, grade, score, scheme_version, %1$s,
                                               computed_on, computed_at, grade_since)
                select entity_id, region_path, grade, score, :version, %1$s, :today, :now,
                       case when previous = grade then previous_since else :now end
                  from changed
                on conflict (entity_id) do update
                   set region_path = excluded.region_path, grade = excluded.grade, score = excluded.score,
                       scheme_version = excluded.scheme_version,
                       n_penalty_warning = excluded.n_penalty_warning, n_penalty_minor = excluded.n_penalty_minor,
                       n_penalty_general = excluded.n_penalty_general, n_penalty_serious = excluded.n_penalty_serious,
                       n_abnormal_listed = excluded.n_abnormal_listed, n_serious_listed = excluded.n_serious_listed,
                       n_sample_failed = excluded.n_sample_failed,
                       n_inspection_finding = excluded.n_inspection_finding,
                       n_complaint_upheld = excluded.n_complaint_upheld,
                       years_in_business = excluded.years_in_business,
                       computed_on = excluded.computed_on, computed_at = excluded.computed_at,
                       grade_since = excluded.grade_since
            ), hist as (
                insert into credit_risk_grade_history (entity_id, previous_grade, grade, score, scheme_version, %1$s,
                                                       reason, computed_on, computed_at)
                select entity_id, previous, grade, score, :version, %1$s, :reason, :today, :now
                  from changed
                 where previous is distinct from grade or previous_score is distinct from score
            ), gone as (
                delete from credit_risk_grade r
                 where r.entity_id >= :lo and r.entity_id < :hi
                   and not exists (select 1 from ent where ent.id = r.entity_id)
            )
            select t.in_range, c.entity_id, c.previous, c.grade, c.score, %2$s
              from (select count(*) as in_range from g) t
              left join changed c on true
                        """.formatted(COUNT_COLUMNS, "c." + COUNT_COLUMNS.replace(", ", ", c."));


    private final JdbcClient jdbc;

    GradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises grade writes (transaction-scoped; call first in the writing transaction). */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query(Object.class).single();
    }

    GradeRangeResult computeRange(long lo, long hi, RiskScheme s, LocalDate today, Instant now, String reason) {
        Map<String, Object> p = new HashMap<>();
        p.put("lo", lo);
        p.put("hi", hi);
        p.put("since", today.minusMonths(s.windowMonths()));
        p.put("today", today);
        p.put("now", Timestamp.from(now));
        p.put("reason", reason);
        p.put("version", s.version());
        p.put("wWarning", s.penaltyWarning());
        p.put("wMinor", s.penaltyMinor());
        p.put("wGeneral", s.penaltyGeneral());
        p.put("wSerious", s.penaltySerious());
        p.put("wAbnormal", s.abnormalListed());
        p.put("wSeriousList", s.seriousListed());
        p.put("wSample", s.sampleFailed());
        p.put("wInspection", s.inspectionFinding());
        p.put("wComplaint", s.complaintUpheld());
        p.put("wUnderOne", s.underOneYear());
        p.put("wUnderThree", s.underThreeYears());
        p.put("tB", s.thresholdB());
        p.put("tC", s.thresholdC());
        p.put("tD", s.thresholdD());
        long[] inRange = new long[1];
        List<GradeChange> written = new java.util.ArrayList<>();
        jdbc.sql(COMPUTE).params(p).query(rs -> {
            inRange[0] = rs.getLong("in_range");
            long id = rs.getLong("entity_id");
            if (!rs.wasNull()) {
                written.add(new GradeChange(id, rs.getString("previous"), rs.getString("grade"), rs.getInt("score"),
                        counts(rs)));
            }
        });
        List<GradeChange> changes = written.stream().filter(c -> !c.grade().equals(c.previous())).toList();
        return new GradeRangeResult(inRange[0], written.size(), changes);
    }

    /** The lowest and highest entity id of the directory, or empty when it holds none. */
    Optional<long[]> idBounds() {
        return jdbc.sql("select min(id) as lo, max(id) as hi from pub_entity_grading")
                .query((rs, n) -> {
                    long lo = rs.getLong("lo");
                    return rs.wasNull() ? null : new long[] {lo, rs.getLong("hi")};
                }).optional();
    }

    /**
     * Grades of entities that left the directory above the run's highest id (the ranges never reach them); an
     * entity created and graded while the run went on keeps its grade.
     */
    int dropAbove(long hi) {
        return jdbc.sql("delete from credit_risk_grade g where g.entity_id > :hi"
                        + " and not exists (select 1 from pub_entity_grading e where e.id = g.entity_id)")
                .param("hi", hi).update();
    }

    /** The entity's region path from the published view, or empty when no such entity exists. */
    Optional<String> entityRegionPath(long entityId) {
        return jdbc.sql("select region_path from pub_entity_grading where id = :id").param("id", entityId)
                .query(String.class).optional();
    }

    Optional<String> entityName(long entityId) {
        return jdbc.sql("select name from pub_entity_grading where id = :id").param("id", entityId)
                .query(String.class).optional();
    }

    /** The path of a region code, or empty when no such region exists. */
    Optional<String> regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :code").param("code", code)
                .query(String.class).optional();
    }

    /** The places (code and name) of the graded entities within {@code visible}, for the filter. */
    List<String[]> regions(SqlPredicate visible) {
        return jdbc.sql("select r.code, r.name from pub_region r where r.code in (select distinct e.region_code"
                        + " from credit_risk_grade g join pub_entity_grading e on e.id = g.entity_id where "
                        + visible.sql() + ") order by r.code limit 500")
                .params(visible.params())
                .query((rs, n) -> new String[] {rs.getString("code"), rs.getString("name")}).list();
    }

    // ---- schemes

    RiskScheme currentScheme() {
        return jdbc.sql(SCHEME_COLUMNS + " order by version desc limit 1").query(GradeStore::scheme).single();
    }

    Optional<RiskScheme> scheme(int version) {
        return jdbc.sql(SCHEME_COLUMNS + " where version = :v").param("v", version).query(GradeStore::scheme)
                .optional();
    }

    List<RiskScheme> schemes() {
        return jdbc.sql(SCHEME_COLUMNS + " order by version desc").query(GradeStore::scheme).list();
    }

    /** Saves the scheme as the next version; false when {@code s.version()} was taken meanwhile. */
    boolean insertScheme(RiskScheme s, Instant now) {
        return jdbc.sql("""
                        insert into credit_risk_scheme (version, window_months, w_penalty_warning, w_penalty_minor,
                               w_penalty_general, w_penalty_serious, w_abnormal_listed, w_serious_listed,
                               w_sample_failed, w_inspection_finding, w_complaint_upheld, w_under_one_year,
                               w_under_three_years, threshold_b, threshold_c, threshold_d, note, created_by, created_at)
                        values (:version, :window, :pw, :pm, :pg, :ps, :al, :sl, :sf, :inf, :cu, :u1, :u3, :tb, :tc,
                                :td, :note, :by, :at)
                        on conflict (version) do nothing
                        """)
                .param("version", s.version()).param("window", s.windowMonths()).param("pw", s.penaltyWarning())
                .param("pm", s.penaltyMinor()).param("pg", s.penaltyGeneral()).param("ps", s.penaltySerious())
                .param("al", s.abnormalListed()).param("sl", s.seriousListed()).param("sf", s.sampleFailed())
                .param("inf", s.inspectionFinding()).param("cu", s.complaintUpheld()).param("u1", s.underOneYear())
                .param("u3", s.underThreeYears()).param("tb", s.thresholdB()).param("tc", s.thresholdC())
                .param("td", s.thresholdD()).param("note", s.note()).param("by", s.createdBy())
                .param("at", Timestamp.from(now)).update() == 1;
    }

    // ---- reading grades

    private static final String GRADE_COLUMNS = "entity_id, grade, score, scheme_version, " + COUNT_COLUMNS
            + ", computed_on, computed_at";


    Optional<CurrentGrade> current(long entityId) {
        return jdbc.sql("select " + GRADE_COLUMNS + ", region_path from credit_risk_grade where entity_id = :id")
                .param("id", entityId)
                .query((rs, n) -> new CurrentGrade(record(rs, null, null), rs.getString("region_path"))).optional();
    }

    Map<Long, String> currentGrades(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Long[] array = ids.stream().distinct().toArray(Long[]::new);
        jdbc.sql("select entity_id, grade from credit_risk_grade where entity_id = any(:ids)")
                .param("ids", array)
                .query(rs -> {
                    out.put(rs.getLong("entity_id"), rs.getString("grade"));
                });
        return out;
    }

    /** The entity's history, newest first. */
    List<GradeRecord> history(long entityId) {
        return jdbc.sql("select " + GRADE_COLUMNS + ", previous_grade, reason from credit_risk_grade_history"
                        + " where entity_id = :id order by id desc")
                .param("id", entityId)
                .query((rs, n) -> record(rs, rs.getString("previous_grade"), rs.getString("reason"))).list();
    }

    /** How many entities hold each grade, within {@code visible} (and the optional grade and name filters). */
    Map<String, Long> distribution(SqlPredicate visible, String regionPath, String q) {
        Map<String, Object> p = new HashMap<>(visible.params());
        String where = filters(visible, regionPath, null, q, p);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String g : List.of("A", "B", "C", "D")) {
            out.put(g, 0L);
        }
        jdbc.sql("select g.grade, count(*) as n from credit_risk_grade g join pub_entity_grading e on e.id = g.entity_id"
                        + " where " + where + " group by g.grade")
                .params(p).query(rs -> {
                    out.put(rs.getString("grade"), rs.getLong("n"));
                });
        return out;
    }

    /** A page of graded entities, worst grade and highest score first. */
    List<GradeRow> page(SqlPredicate visible, String regionPath, String grade, String q, int page, int size) {
        Map<String, Object> p = new HashMap<>(visible.params());
        String where = filters(visible, regionPath, grade, q, p);
        p.put("limit", size);
        p.put("offset", (long) page * size);
        return jdbc.sql("select g.entity_id, e.name, e.uscc, e.region_code, g.grade, g.score, g.grade_since"
                        + " from credit_risk_grade g join pub_entity_grading e on e.id = g.entity_id"
                        + " where " + where + " order by g.grade desc, g.score desc, g.entity_id"
                        + " limit :limit offset :offset")
                .params(p)
                .query((rs, n) -> new GradeRow(rs.getLong("entity_id"), rs.getString("name"), rs.getString("uscc"),
                        rs.getString("region_code"), rs.getString("grade"), rs.getInt("score"),
                        rs.getTimestamp("grade_since").toInstant())).list();
    }

    long count(SqlPredicate visible, String regionPath, String grade, String q) {
        Map<String, Object> p = new HashMap<>(visible.params());
        String where = filters(visible, regionPath, grade, q, p);
        return jdbc.sql("select count(*) from credit_risk_grade g join pub_entity_grading e on e.id = g.entity_id"
                + " where " + where).params(p).query(Long.class).single();
    }

    private static String filters(SqlPredicate visible, String regionPath, String grade, String q,
            Map<String, Object> p) {
        StringBuilder where = new StringBuilder(visible.sql());
        if (regionPath != null) {
            where.append(" and g.region_path ~>=~ :rlo and g.region_path ~<~ :rhi");
            p.put("rlo", regionPath);
            p.put("rhi", regionPath + "~");
        }
        if (grade != null) {
            where.append(" and g.grade = :grade");
            p.put("grade", grade);
        }
        if (q != null) {
            where.append(" and (e.name like :q or e.uscc = :uscc)");
            p.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            p.put("uscc", q.toUpperCase());
        }
        return where.toString();
    }

    // ---- runs

    long startRun(String reason, int version, LocalDate today, Instant now) {
        return jdbc.sql("insert into credit_risk_run (reason, scheme_version, computed_on, started_at)"
                        + " values (:reason, :version, :today, :now) returning id")
                .param("reason", reason).param("version", version).param("today", today)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void finishRun(long id, long entities, long changed, Instant now) {
        jdbc.sql("update credit_risk_run set finished_at = :now, entities = :entities, changed = :changed where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).param("entities", entities)
                .param("changed", changed).update();
    }

    Optional<GradeRun> lastFinishedRun() {
        return jdbc.sql("select * from credit_risk_run where finished_at is not null order by id desc limit 1")
                .query((rs, n) -> new GradeRun(rs.getLong("id"), rs.getString("reason"), rs.getInt("scheme_version"),
                        rs.getObject("computed_on", LocalDate.class), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(), rs.getLong("entities"), rs.getLong("changed")))
                .optional();
    }

    // ---- mapping

    private static RiskScheme scheme(ResultSet rs, int n) throws SQLException {
        return new RiskScheme(rs.getInt("version"), rs.getInt("window_months"), rs.getInt("w_penalty_warning"),
                rs.getInt("w_penalty_minor"), rs.getInt("w_penalty_general"), rs.getInt("w_penalty_serious"),
                rs.getInt("w_abnormal_listed"), rs.getInt("w_serious_listed"), rs.getInt("w_sample_failed"),
                rs.getInt("w_inspection_finding"), rs.getInt("w_complaint_upheld"), rs.getInt("w_under_one_year"),
                rs.getInt("w_under_three_years"), rs.getInt("threshold_b"), rs.getInt("threshold_c"),
                rs.getInt("threshold_d"), rs.getString("note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static GradeCounts counts(ResultSet rs) throws SQLException {
        int years = rs.getInt("years_in_business");
        Integer y = rs.wasNull() ? null : years;
        return new GradeCounts(rs.getInt("n_penalty_warning"), rs.getInt("n_penalty_minor"),
                rs.getInt("n_penalty_general"), rs.getInt("n_penalty_serious"), rs.getInt("n_abnormal_listed"),
                rs.getInt("n_serious_listed"), rs.getInt("n_sample_failed"), rs.getInt("n_inspection_finding"),
                rs.getInt("n_complaint_upheld"), y);
    }

    private static GradeRecord record(ResultSet rs, String previous, String reason) throws SQLException {
        return new GradeRecord(rs.getLong("entity_id"), rs.getString("grade"), previous, rs.getInt("score"),
                rs.getInt("scheme_version"), counts(rs), reason, rs.getObject("computed_on", LocalDate.class),
                rs.getTimestamp("computed_at").toInstant(), null);
    }
}
