package org.shuangda.sampling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code sampling_sample} (V190) and its step log: the sample's columns for lists and figures, the rest of
 * the 抽样单 as JSON ({@link Sample.Site}, {@link Sample.Product}). {@link #update} writes a sample back only at the
 * version it was read in. Names beside a sample come from pub_unit and this module's own tables.
 */
@Repository
class SampleStore {

    static final int LIST_MAX = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            select s.*, s.site::text as site_json, s.product::text as product_json, p.title as plan_title,
                   u.name as unit_name, l.name as lab_name, rl.name as retest_lab_name
              from sampling_sample s
              join sampling_plan p on p.id = s.plan_id
              join sampling_lab l on l.id = s.lab_id
              left join sampling_lab rl on rl.id = s.retest_lab_id
              left join pub_unit u on u.id = s.unit_id
            """;

    /** Filters of the sample list; null: any. */
    record Filter(SampleState state, SampleResult result, Long planId, Long labId, String text) {
    }

    private final JdbcClient jdbc;

    SampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Sample s, String by, Instant now) {
        return jdbc.sql("""
                        with next as (select nextval(pg_get_serial_sequence('sampling_sample', 'id')) as id)
                        insert into sampling_sample (id, number, plan_id, kind, category, stage, unit_id, unit_path,
                               region_path, entity_id, entity_name, entity_uscc, entity_region_code, producer_name,
                               producer_uscc, producer_region_code, product_name, brand, batch_no, sampled_on, site,
                               product, state, lab_id, created_by, created_at)
                        select next.id, :prefix || lpad(next.id::text, 6, '0'), :plan, :kind, :category, :stage,
                               :unit, :unitPath, :regionPath, :entity, :entityName, :uscc, :entityRegion,
                               :producer, :producerUscc, :producerRegion, :product, :brand, :batch, :sampledOn,
                               cast(:site as jsonb), cast(:productJson as jsonb), :state, :lab, :by, :now
                          from next returning id""")
                .param("prefix", "CJ" + s.site().sampledOn().getYear() + "-")
                .param("plan", s.planId()).param("kind", s.kind().name()).param("category", s.category())
                .param("stage", s.stage().name()).param("unit", s.unitId()).param("unitPath", s.unitPath())
                .param("regionPath", s.regionPath()).param("entity", s.site().entityId())
                .param("entityName", s.site().entityName()).param("uscc", s.site().uscc())
                .param("entityRegion", s.site().regionCode()).param("producer", s.product().producerName())
                .param("producerUscc", s.product().producerUscc())
                .param("producerRegion", s.product().producerRegionCode()).param("product", s.product().name())
                .param("brand", s.product().brand()).param("batch", s.product().batchNo())
                .param("sampledOn", s.site().sampledOn()).param("site", JSON.writeValueAsString(s.site()))
                .param("productJson", JSON.writeValueAsString(s.product())).param("state", s.state().name())
                .param("lab", s.labId()).param("by", by).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Writes the lab work, notice, re-test and result back if the sample is still at {@code expectedVersion}. */
    boolean update(Sample s, int expectedVersion) {
        Map<String, Object> p = new HashMap<>();
        Sample.LabWork w = s.lab();
        Sample.Retest r = s.retest();
        Sample.Notice n = s.notice();
        p.put("id", s.id());
        p.put("version", expectedVersion);
        p.put("state", s.state().name());
        p.put("sentOn", w.sentOn());
        p.put("receivedOn", w.receivedOn());
        p.put("receivedBy", w.receivedBy());
        p.put("result", w.result() == null ? null : w.result().name());
        p.put("failedItems", w.failedItems().toArray(String[]::new));
        p.put("micro", w.microbiological());
        p.put("reportNo", w.reportNo());
        p.put("concludedOn", w.concludedOn());
        p.put("reportedOn", w.reportedOn());
        p.put("reportFile", w.reportFileId());
        p.put("noticeNo", n == null ? null : n.noticeNo());
        p.put("servedOn", n == null ? null : n.servedOn());
        p.put("ackBy", n == null ? null : n.acknowledgedBy());
        p.put("rRequested", r.requestedOn());
        p.put("rApplicant", r.applicant());
        p.put("rApplicantUscc", r.applicantUscc());
        p.put("rReason", r.reason());
        p.put("rDecided", r.decidedOn());
        p.put("rRefusal", r.refusal());
        p.put("rLab", r.labId());
        p.put("rDrawn", r.drawnOn());
        p.put("rReceived", r.receivedOn());
        p.put("rResult", r.result() == null ? null : r.result().name());
        p.put("rReportNo", r.reportNo());
        p.put("rConcluded", r.concludedOn());
        p.put("rReported", r.reportedOn());
        p.put("rFile", r.fileId());
        p.put("final", s.finalResult() == null ? null : s.finalResult().name());
        p.put("finalOn", s.finalOn());
        return jdbc.sql("""
                        update sampling_sample set state = :state, sent_on = :sentOn, received_on = :receivedOn,
                               received_by = :receivedBy, result = :result, failed_items = :failedItems,
                               microbiological = :micro, report_no = :reportNo, concluded_on = :concludedOn,
                               reported_on = :reportedOn, report_file_id = :reportFile, notice_no = :noticeNo,
                               served_on = :servedOn, acknowledged_by = :ackBy, retest_requested_on = :rRequested,
                               retest_applicant = :rApplicant, retest_applicant_uscc = :rApplicantUscc,
                               retest_reason = :rReason, retest_decided_on = :rDecided, retest_refusal = :rRefusal,
                               retest_lab_id = :rLab, retest_drawn_on = :rDrawn, retest_received_on = :rReceived,
                               retest_result = :rResult, retest_report_no = :rReportNo,
                               retest_concluded_on = :rConcluded, retest_reported_on = :rReported,
                               retest_file_id = :rFile, final_result = :final, final_on = :finalOn,
                               version = version + 1
                         where id = :id and version = :version""").params(p).update() == 1;
    }

    void step(long sampleId, String action, String note, String by, String byName, Instant at) {
        jdbc.sql("""
                        insert into sampling_sample_step (sample_id, action, note, by_user, by_name, at)
                        values (:id, :action, :note, :by, :name, :at)""")
                .param("id", sampleId).param("action", action).param("note", note == null ? "" : note)
                .param("by", by).param("name", byName).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<SampleView.Step> steps(long sampleId) {
        return jdbc.sql("select action, note, by_name, at from sampling_sample_step where sample_id = :id order by id")
                .param("id", sampleId)
                .query((rs, n) -> new SampleView.Step(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).list();
    }

    Optional<SampleView> find(SqlPredicate visible, long id) {
        return jdbc.sql(SELECT + " where s.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(SampleStore::map).optional();
    }

    /** Visible samples, newest first, at most {@value #LIST_MAX}. */
    List<SampleView> list(SqlPredicate visible, Filter f) {
        return jdbc.sql(SELECT + " where " + visible.sql()
                        + " and (cast(:state as text) is null or s.state = :state)"
                        + " and (cast(:result as text) is null or s.final_result = :result)"
                        + " and (cast(:plan as bigint) is null or s.plan_id = :plan)"
                        + " and (cast(:lab as bigint) is null or s.lab_id = :lab or s.retest_lab_id = :lab)"
                        + " and (cast(:text as text) is null or s.product_name like '%' || :text || '%'"
                        + "      or s.entity_name like '%' || :text || '%' or s.number = :text)"
                        + " order by s.sampled_on desc, s.id desc limit " + LIST_MAX)
                .params(visible.params()).param("state", f.state() == null ? null : f.state().name())
                .param("result", f.result() == null ? null : f.result().name()).param("plan", f.planId())
                .param("lab", f.labId()).param("text", f.text()).query(SampleStore::map).list();
    }

    /** Samples waiting in {@code state} (for the daily sweep and the to-dos), oldest first. */
    List<SampleView> inState(SampleState state, SqlPredicate visible, int limit) {
        return jdbc.sql(SELECT + " where s.state = :state and " + visible.sql() + " order by s.id limit :limit")
                .params(visible.params()).param("state", state.name()).param("limit", limit)
                .query(SampleStore::map).list();
    }

    /** Samples not final, in the predicate, oldest first: the to-dos' and the overdue list's candidates. */
    List<SampleView> open(SqlPredicate visible, int limit) {
        return jdbc.sql(SELECT + " where s.final_result is null and " + visible.sql() + " order by s.id limit :limit")
                .params(visible.params()).param("limit", limit).query(SampleStore::map).list();
    }

    /** Ids of samples in {@code state} after {@code afterId}, for the sweep's batches. */
    List<Long> idsInState(SampleState state, long afterId, int limit) {
        return jdbc.sql("select id from sampling_sample where state = :state and id > :after order by id limit :limit")
                .param("state", state.name()).param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    static SampleView map(ResultSet rs, int row) throws SQLException {
        Sample.Site site = JSON.readValue(rs.getString("site_json"), Sample.Site.class);
        Sample.Product product = JSON.readValue(rs.getString("product_json"), Sample.Product.class);
        Sample.LabWork lab = new Sample.LabWork(date(rs, "sent_on"), date(rs, "received_on"),
                rs.getString("received_by"), result(rs, "result"), strings(rs.getArray("failed_items")),
                rs.getBoolean("microbiological"), rs.getString("report_no"), date(rs, "concluded_on"),
                date(rs, "reported_on"), longOrNull(rs, "report_file_id"));
        Sample.Notice notice = date(rs, "served_on") == null ? null : new Sample.Notice(rs.getString("notice_no"),
                date(rs, "served_on"), rs.getString("acknowledged_by"));
        Sample.Retest retest = new Sample.Retest(date(rs, "retest_requested_on"), rs.getString("retest_applicant"),
                rs.getString("retest_applicant_uscc"), rs.getString("retest_reason"), date(rs, "retest_decided_on"),
                rs.getString("retest_refusal"), longOrNull(rs, "retest_lab_id"), date(rs, "retest_drawn_on"),
                date(rs, "retest_received_on"), result(rs, "retest_result"), rs.getString("retest_report_no"),
                date(rs, "retest_concluded_on"), date(rs, "retest_reported_on"), longOrNull(rs, "retest_file_id"));
        Sample s = new Sample(rs.getLong("id"), rs.getString("number"), rs.getLong("plan_id"),
                SamplingKind.valueOf(rs.getString("kind")), rs.getString("category"),
                SamplingStage.valueOf(rs.getString("stage")), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("region_path"), site, product, SampleState.valueOf(rs.getString("state")),
                rs.getLong("lab_id"), lab, notice, retest, result(rs, "final_result"), date(rs, "final_on"),
                rs.getInt("version"));
        return new SampleView(s, rs.getString("plan_title"), rs.getString("unit_name"), rs.getString("lab_name"),
                rs.getString("retest_lab_name"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static SampleResult result(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : SampleResult.valueOf(v);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
