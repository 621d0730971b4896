package org.shuangda.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shuangda.assessment.Run.Appeal;
import org.shuangda.assessment.Run.RunItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs with their item scores and appeals. A step writes the new state with its who and when only if the run is
 * still in the state and version it was read in (false otherwise: someone else acted meanwhile). Figures are kept as
 * JSON of decimal strings, so no value passes through floating point.
 */
@Repository
class RunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FIGURES = new TypeReference<>() {
    };

    /** The columns a step may stamp (who and when), so no caller passes a column name of its own. */
    enum Stamp {
        SUBMITTED("submitted_at", "submitted_by"),
        FIRST_DONE("first_done_at", "first_done_by"),
        SECOND_DONE("second_done_at", "second_done_by"),
        DRAFT_ACCEPTED("draft_accepted_at", "draft_accepted_by"),
        FINALISED("finalised_at", "finalised_by");

        final String at;
        final String by;

        Stamp(String at, String by) {
            this.at = at;
            this.by = by;
        }
    }

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schemeId, Scheme.Target target, long unitId, List<Long> itemIds) {
        long id = jdbc.sql("""
                insert into assessment_run (scheme_id, target_seq, region_code, unit_id, target_name, status)
                values (:s, :seq, :region, :unit, :name, 'SELF_ASSESSMENT') returning id""")
                .param("s", schemeId).param("seq", target.seq()).param("region", target.regionCode())
                .param("unit", unitId).param("name", target.name()).query(Long.class).single();
        for (Long item : itemIds) {
            jdbc.sql("insert into assessment_run_item (run_id, item_id) values (:r, :i)").param("r", id)
                    .param("i", item).update();
        }
        return id;
    }

    Optional<Run> find(long id) {
        List<Run> runs = load("r.id = :key", id);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    List<Run> ofScheme(long schemeId) {
        return load("r.scheme_id = :key", schemeId);
    }

    Optional<Long> schemeOf(long runId) {
        return jdbc.sql("select scheme_id from assessment_run where id = :id").param("id", runId).query(Long.class)
                .optional();
    }

    /** The run's new state with the step's stamp; false if it is no longer in {@code from} at {@code version}. */
    boolean transition(Run run, RunStatus to, Stamp stamp, String by, OffsetDateTime at) {
        String stamps = stamp == null ? "" : ", " + stamp.at + " = :at, " + stamp.by + " = :by";
        return jdbc.sql("update assessment_run set status = :to, version = version + 1" + stamps
                        + " where id = :id and version = :version and status = :from")
                .param("to", to.name()).param("from", run.status().name()).param("id", run.id())
                .param("version", run.version()).param("at", at).param("by", by).update() == 1;
    }

    /** 退回: back to the unit with the reason (kept until it hands in again). */
    boolean returned(Run run, String reason) {
        return jdbc.sql("""
                update assessment_run set status = 'SELF_ASSESSMENT', returned_reason = :reason, version = version + 1
                 where id = :id and version = :version and status = 'FIRST_REVIEW'""")
                .param("reason", reason).param("id", run.id()).param("version", run.version()).update() == 1;
    }

    /** 复评 done: the draft is released on {@code on}, appeals until {@code due}. */
    boolean released(Run run, String by, OffsetDateTime at, LocalDate on, LocalDate due) {
        return jdbc.sql("""
                update assessment_run set status = 'DRAFT_RELEASED', second_done_at = :at, second_done_by = :by,
                       released_on = :on, appeal_due = :due, version = version + 1
                 where id = :id and version = :version and status = 'SECOND_REVIEW'""")
                .param("at", at).param("by", by).param("on", on).param("due", due).param("id", run.id())
                .param("version", run.version()).update() == 1;
    }

    /** Every final run of the scheme becomes published; answers how many. */
    int publish(long schemeId, OffsetDateTime at) {
        return jdbc.sql("""
                update assessment_run set status = 'PUBLISHED', published_at = :at, version = version + 1
                 where scheme_id = :s and status = 'FINAL'""").param("s", schemeId).param("at", at).update();
    }

    void saveSelf(long runId, long itemId, BigDecimal points, String note) {
        jdbc.sql("update assessment_run_item set self_points = :p, self_note = :n where run_id = :r and item_id = :i")
                .param("p", points).param("n", note).param("r", runId).param("i", itemId).update();
    }

    void saveReview(long runId, long itemId, boolean second, BigDecimal points, Boolean veto, String note, String by,
            OffsetDateTime at) {
        String prefix = second ? "second" : "first";
        jdbc.sql("update assessment_run_item set " + prefix + "_points = :p, " + prefix + "_veto = :v, " + prefix
                        + "_note = :n, " + prefix + "_by = :by, " + prefix + "_at = :at where run_id = :r and item_id = :i")
                .param("p", points).param("v", veto).param("n", note).param("by", by).param("at", at)
                .param("r", runId).param("i", itemId).update();
    }

    void saveComputed(long runId, long itemId, BigDecimal points, Map<String, BigDecimal> figures, OffsetDateTime at) {
        Map<String, String> text = new TreeMap<>();
        figures.forEach((k, v) -> text.put(k, v == null ? null : v.toPlainString()));
        jdbc.sql("""
                update assessment_run_item set computed_points = :p, computed_figures = cast(:f as jsonb),
                       computed_at = :at where run_id = :r and item_id = :i""")
                .param("p", points).param("f", JSON.writeValueAsString(text)).param("at", at).param("r", runId)
                .param("i", itemId).update();
    }

    /** Marks the run changed (its version moves), so a step taken on an older reading is refused. */
    boolean touch(Run run) {
        return jdbc.sql("update assessment_run set version = version + 1 where id = :id and version = :v")
                .param("id", run.id()).param("v", run.version()).update() == 1;
    }

    long insertAppeal(long runId, long itemId, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                insert into assessment_appeal (run_id, item_id, reason, filed_by, filed_at)
                values (:r, :i, :reason, :by, :at) returning id""")
                .param("r", runId).param("i", itemId).param("reason", reason).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    boolean decideAppeal(long appealId, AppealStatus status, String decision, BigDecimal points, Boolean veto,
            String by, OffsetDateTime at) {
        return jdbc.sql("""
                update assessment_appeal set status = :s, decision = :d, decided_points = :p, decided_veto = :v,
                       decided_by = :by, decided_at = :at where id = :id and status = 'PENDING'""")
                .param("s", status.name()).param("d", decision).param("p", points).param("v", veto).param("by", by)
                .param("at", at).param("id", appealId).update() == 1;
    }

    /** Runs (with items and appeals) whose key column matches, three queries whatever their number. */
    private List<Run> load(String where, long key) {
        List<Run> heads = jdbc.sql("select r.* from assessment_run r where " + where + " order by r.target_seq")
                .param("key", key).query(this::head).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        String ids = heads.stream().map(r -> String.valueOf(r.id())).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        Map<Long, List<RunItem>> items = new HashMap<>();
        jdbc.sql("select i.* from assessment_run_item i join assessment_item it on it.id = i.item_id"
                        + " where i.run_id = any(cast(:ids as bigint[])) order by i.run_id, it.seq")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getLong("run_id"), item(rs))).list()
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Appeal>> appeals = new HashMap<>();
        jdbc.sql("select a.* from assessment_appeal a where a.run_id = any(cast(:ids as bigint[])) order by a.id")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getLong("run_id"), appeal(rs))).list()
                .forEach(e -> appeals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Run> out = new ArrayList<>();
        for (Run h : heads) {
            out.add(new Run(h.id(), h.schemeId(), h.targetSeq(), h.regionCode(), h.unitId(), h.targetName(), h.status(),
                    h.submittedAt(), h.submittedBy(), h.returnedReason(), h.firstDoneAt(), h.firstDoneBy(),
                    h.secondDoneAt(), h.secondDoneBy(), h.releasedOn(), h.appealDue(), h.draftAcceptedAt(),
                    h.draftAcceptedBy(), h.finalisedAt(), h.finalisedBy(),
                    h.publishedAt(), items.getOrDefault(h.id(), List.of()), appeals.getOrDefault(h.id(), List.of()),
                    h.version()));
        }
        return out;
    }

    private Run head(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getLong("id"), rs.getLong("scheme_id"), rs.getInt("target_seq"), rs.getString("region_code"),
                rs.getLong("unit_id"), rs.getString("target_name"), RunStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getString("returned_reason"),
                instant(rs, "first_done_at"), rs.getString("first_done_by"), instant(rs, "second_done_at"),
                rs.getString("second_done_by"), rs.getObject("released_on", LocalDate.class),
                rs.getObject("appeal_due", LocalDate.class), instant(rs, "draft_accepted_at"),
                rs.getString("draft_accepted_by"), instant(rs, "finalised_at"), rs.getString("finalised_by"),
                instant(rs, "published_at"), List.of(), List.of(), rs.getInt("version"));
    }

    private static RunItem item(ResultSet rs) throws SQLException {
        String json = rs.getString("computed_figures");
        Map<String, BigDecimal> figures = null;
        if (json != null) {
            figures = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : JSON.readValue(json, FIGURES).entrySet()) {
                figures.put(e.getKey(), e.getValue() == null ? null : new BigDecimal(e.getValue()));
            }
        }
        return new RunItem(rs.getLong("item_id"), rs.getBigDecimal("self_points"), rs.getString("self_note"),
                rs.getBigDecimal("first_points"), rs.getObject("first_veto", Boolean.class), rs.getString("first_note"),
                rs.getString("first_by"), instant(rs, "first_at"), rs.getBigDecimal("second_points"),
                rs.getObject("second_veto", Boolean.class), rs.getString("second_note"), rs.getString("second_by"),
                instant(rs, "second_at"), rs.getBigDecimal("computed_points"), figures, instant(rs, "computed_at"));
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        return new Appeal(rs.getLong("id"), rs.getLong("item_id"), rs.getString("reason"), rs.getString("filed_by"),
                instant(rs, "filed_at"), AppealStatus.valueOf(rs.getString("status")), rs.getString("decision"),
                rs.getBigDecimal("decided_points"), rs.getObject("decided_veto", Boolean.class),
                rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
