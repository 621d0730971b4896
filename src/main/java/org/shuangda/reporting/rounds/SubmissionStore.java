package org.shuangda.reporting.rounds;

import org.shuangda.shared.Instants;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.templates.EnteredValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind submissions: rows, their values and comments, and their state as the submission decided it.
 * No scope here: the callers check it.
 */
@Component
class SubmissionStore {

    /** A stored submission with what a scope check needs (the unit's tree and region paths). */
    record Row(long id, long roundId, long unitId, String unitName, String unitPath, String regionPath,
            SubmissionState state, int version) {
    }

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id) {
        return jdbc.sql("""
                select s.id, s.round_id, s.unit_id, u.name as unit_name, u.path as unit_path, u.region_path,
                       s.status, s.submitted_at, s.on_time, s.returned_reason, s.accepted_at, s.accepted_by, s.version
                  from report_submission s join pub_unit u on u.id = s.unit_id
                 where s.id = :id""").param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("region_path"),
                        new SubmissionState(SubmissionStatus.valueOf(rs.getString("status")),
                                Instants.wallTime(rs, "submitted_at"), rs.getObject("on_time", Boolean.class),
                                rs.getString("returned_reason"), Instants.wallTime(rs, "accepted_at"),
                                rs.getString("accepted_by")),
                        rs.getInt("version")))
                .optional();
    }

    Optional<Long> idFor(long roundId, long unitId) {
        return jdbc.sql("select id from report_submission where round_id = :r and unit_id = :u")
                .param("r", roundId).param("u", unitId).query(Long.class).optional();
    }

    /** The unit's submission to the round, created in {@code state} unless it exists; its id either way. */
    long create(long roundId, long unitId, SubmissionState state, LocalDateTime now) {
        return jdbc.sql("""
                insert into report_submission (round_id, unit_id, status, submitted_at, on_time, returned_reason,
                                               accepted_at, accepted_by, updated_at)
                values (:r, :u, :status, :submittedAt, :onTime, :reason, :acceptedAt, :acceptedBy, :now)
                on conflict (round_id, unit_id) do nothing returning id""")
                .param("r", roundId).param("u", unitId).params(columns(state)).param("now", now)
                .query(Long.class).optional().orElseGet(() -> idFor(roundId, unitId).orElseThrow());
    }

    /** The status of the unit's submission to the round, empty when the unit has not started. */
    Optional<SubmissionStatus> statusOf(long roundId, long unitId) {
        return jdbc.sql("select status from report_submission where round_id = :r and unit_id = :u")
                .param("r", roundId).param("u", unitId).query(String.class).optional().map(SubmissionStatus::valueOf);
    }

    /** The unit's submissions to these rounds, by round: id, status and the return's reason. */
    Map<Long, Submissions.Mine> ofUnit(long unitId, Collection<Long> roundIds) {
        Map<Long, Submissions.Mine> mine = new LinkedHashMap<>();
        if (roundIds.isEmpty()) {
            return mine;
        }
        jdbc.sql("""
                select id, round_id, status, returned_reason, submitted_at from report_submission
                 where unit_id = :u and round_id in (:rounds)""").param("u", unitId).param("rounds", roundIds)
                .query((rs, n) -> mine.put(rs.getLong("round_id"), new Submissions.Mine(rs.getLong("id"),
                        SubmissionStatus.valueOf(rs.getString("status")), rs.getString("returned_reason"),
                        Instants.wallTime(rs, "submitted_at")))).list();
        return mine;
    }

    /** Code → value of the totals (breakdown 0). */
    Map<String, BigDecimal> values(long id) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("""
                select i.code, v.value from submission_value v join report_indicator i on i.id = v.indicator_id
                 where v.submission_id = :id and v.breakdown_key = 0 order by i.sort_order""").param("id", id)
                .query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list();
        return values;
    }

    /** Code → category label → value of the breakdowns (keys 1..n, the indicator's labels in order). */
    Map<String, Map<String, BigDecimal>> breakdowns(long id, Template template) {
        Map<String, Map<String, BigDecimal>> breakdowns = new LinkedHashMap<>();
        Map<Long, Indicator> byId = template.byId();
        jdbc.sql("""
                select v.indicator_id, v.breakdown_key, v.value from submission_value v
                 where v.submission_id = :id and v.breakdown_key > 0 order by v.indicator_id, v.breakdown_key""")
                .param("id", id)
                .query((rs, n) -> {
                    Indicator indicator = byId.get(rs.getLong(1));
                    int key = rs.getInt(2);
                    if (indicator != null && key <= indicator.breakdowns().size()) {
                        breakdowns.computeIfAbsent(indicator.code(), c -> new LinkedHashMap<>())
                                .put(indicator.breakdowns().get(key - 1), rs.getBigDecimal(3).stripTrailingZeros());
                    }
                    return null;
                }).list();
        return breakdowns;
    }

    Map<String, String> comments(long id) {
        Map<String, String> comments = new LinkedHashMap<>();
        jdbc.sql("""
                select r.code, c.comment from report_comment c join report_rule r on r.id = c.rule_id
                 where c.submission_id = :id""").param("id", id)
                .query((rs, n) -> comments.put(rs.getString(1), rs.getString(2))).list();
        return comments;
    }

    /** Replaces every value of the submission (the form always sends the whole table). */
    void replaceValues(long id, Template template, EnteredValues values) {
        jdbc.sql("delete from submission_value where submission_id = :id").param("id", id).update();
        values.totals().forEach((code, value) -> insert(id, template.indicator(code).orElseThrow(), 0, value));
        values.breakdowns().forEach((code, categories) -> {
            Indicator indicator = template.indicator(code).orElseThrow();
            categories.forEach((label, value) -> insert(id, indicator, indicator.breakdowns().indexOf(label) + 1, value));
        });
    }

    private void insert(long id, Indicator indicator, int breakdownKey, BigDecimal value) {
        jdbc.sql("""
                insert into submission_value (submission_id, indicator_id, breakdown_key, value)
                values (:id, :indicator, :key, :value)""")
                .param("id", id).param("indicator", indicator.id()).param("key", breakdownKey).param("value", value)
                .update();
    }

    void replaceComments(long id, Template template, Map<String, String> comments) {
        jdbc.sql("delete from report_comment where submission_id = :id").param("id", id).update();
        template.rules().forEach(rule -> {
            String comment = comments.get(rule.code());
            if (comment != null && !comment.isBlank()) {
                jdbc.sql("insert into report_comment (submission_id, rule_id, comment) values (:id, :rule, :c)")
                        .param("id", id).param("rule", rule.id()).param("c", comment.strip()).update();
            }
        });
    }

    /** Writes the new state if nobody changed the row meanwhile; false when someone did. */
    boolean saveState(long id, int version, SubmissionState s, LocalDateTime now) {
        return jdbc.sql("""
                update report_submission set status = :status, submitted_at = :submittedAt, on_time = :onTime,
                       returned_reason = :reason, accepted_at = :acceptedAt, accepted_by = :acceptedBy,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .params(columns(s)).param("now", now).param("id", id).param("version", version).update() == 1;
    }

    void touch(long id, LocalDateTime now) {
        jdbc.sql("update report_submission set updated_at = :now, version = version + 1 where id = :id")
                .param("now", now).param("id", id).update();
    }

    private static Map<String, Object> columns(SubmissionState s) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", s.status().name());
        columns.put("submittedAt", Instants.instant(s.submittedAt()));
        columns.put("onTime", s.onTime());
        columns.put("reason", s.returnedReason());
        columns.put("acceptedAt", Instants.instant(s.acceptedAt()));
        columns.put("acceptedBy", s.acceptedBy());
        return columns;
    }

    /** A submission waiting for the office's review after its round's due day (for the daily notices). */
    record AwaitingReview(long id, long roundId, String roundName, java.time.LocalDate dueOn, String unitName,
            String regionCode) {
    }

    /**
     * Submissions handed in and not yet accepted or returned, in rounds whose due day lies before {@code today}
     * and that are still open ({@code today} on or before the lock date), most overdue first.
     */
    java.util.List<AwaitingReview> awaitingReviewPastDue(java.time.LocalDate today) {
        return jdbc.sql("""
                select s.id, s.round_id, r.name as round_name, r.due_on, u.name as unit_name, u.region_code
                  from report_submission s
                  join report_round r on r.id = s.round_id
                  join pub_unit u on u.id = s.unit_id
                 where s.status = 'SUBMITTED' and r.due_on < :today and r.locks_after >= :today
                 order by r.due_on, s.id""")
                .param("today", today)
                .query((rs, n) -> new AwaitingReview(rs.getLong("id"), rs.getLong("round_id"),
                        rs.getString("round_name"), rs.getObject("due_on", java.time.LocalDate.class),
                        rs.getString("unit_name"), rs.getString("region_code")))
                .list();
    }
}
