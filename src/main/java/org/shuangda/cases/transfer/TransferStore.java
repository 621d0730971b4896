package org.shuangda.cases.transfer;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.cases.transfer.Transfer.Saved;
import org.shuangda.cases.transfer.Transfer.Step;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of the transfer aggregate and its step history. Every read binds the caller's {@link TransferReach};
 * units come from organization's {@code pub_unit} view.
 */
@Repository
class TransferStore {

    /** A transfer row before its clock is computed. */
    record Loaded(Transfer transfer, String caseNumber, String caseTitle, String unitName, String unitPath,
            String regionPath, String policeName, String policePath, String policeRegion) {
    }

    private static final String SELECT = """
            select t.*, c.number as case_number, c.title as case_title, c.unit_path, c.region_path,
                   u.name as unit_name, pu.name as police_name, pu.path as police_path, pu.region_path as police_region
              from case_transfer t join enforcement_case c on c.id = t.case_id join pub_unit u on u.id = t.unit_id
              join pub_unit pu on pu.id = t.police_unit_id
            """;

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Loaded> list(TransferReach reach, TransferStatus status, Long caseId) {
        SqlPredicate reaches = reach.predicate();
        return jdbc.sql(SELECT + " where " + reaches.sql() + """
                  and (cast(:status as text) is null or t.status = :status)
                  and (cast(:caseId as bigint) is null or t.case_id = :caseId)
                order by t.proposed_at desc, t.id desc limit 500""").params(reaches.params())
                .param("status", status == null ? null : status.name()).param("caseId", caseId)
                .query(TransferStore::row).list();
    }

    Optional<Loaded> find(TransferReach reach, long id) {
        SqlPredicate reaches = reach.predicate();
        return jdbc.sql(SELECT + " where t.id = :id and " + reaches.sql()).params(reaches.params())
                .param("id", id).query(TransferStore::row).optional();
    }

    /** Locks the row for the step about to be taken (two police officers clicking at once: one wins). */
    void lock(long id) {
        jdbc.sql("select id from case_transfer where id = :id for update").param("id", id).query(Long.class).optional();
    }

    boolean hasOpenTransfer(long caseId) {
        return jdbc.sql("select count(*) from case_transfer where case_id = :c and status not in ('DECLINED', 'RETURNED')")
                .param("c", caseId).query(Long.class).single() > 0;
    }

    /** Whether a transfer of the case went past the proposal (approved, declined by the head, sent, answered). */
    boolean hasDecidedTransfer(long caseId) {
        return jdbc.sql("select count(*) from case_transfer where case_id = :c and status <> 'PROPOSED'")
                .param("c", caseId).query(Long.class).single() > 0;
    }

    long insert(Transfer t) {
        Saved s = t.saved();
        return jdbc.sql("""
                insert into case_transfer (case_id, unit_id, police_unit_id, charge, charge_code, reason, status, proposed_at,
                       proposed_by)
                values (:case, :unit, :police, :charge, :code, :reason, :status, :at, :by) returning id""")
                .param("code", t.criminalCharge().map(Enum::name).orElse(null))
                .param("case", s.caseId()).param("unit", s.unitId()).param("police", s.policeUnitId())
                .param("charge", s.charge()).param("reason", s.reason()).param("status", s.status().name())
                .param("at", Instants.instant(s.proposedAt())).param("by", s.proposedBy()).query(Long.class).single();
    }

    /** Writes the transfer's state and steps if it is still at {@code expectedVersion}; false when it is not. */
    boolean update(Transfer t, int expectedVersion) {
        Saved s = t.saved();
        var spec = jdbc.sql("""
                update case_transfer set status = :status,
                       head_at = :head_at, head_by = :head_by, head_note = :head_note,
                       handover_at = :handover_at, handover_by = :handover_by, handover_note = :handover_note,
                       acceptance_at = :acceptance_at, acceptance_by = :acceptance_by, acceptance_note = :acceptance_note,
                       filing_at = :filing_at, filing_by = :filing_by, filing_note = :filing_note,
                       recon_request_at = :recon_request_at, recon_request_by = :recon_request_by,
                       recon_request_note = :recon_request_note, recon_answer_at = :recon_answer_at,
                       recon_answer_by = :recon_answer_by, recon_answer_note = :recon_answer_note,
                       reconsidered_refusal = :refusal,
                       returned_at = :returned_at, returned_by = :returned_by, returned_note = :returned_note,
                       notice_at = :notice_at, notice_by = :notice_by, notice_note = :notice_note,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("status", s.status().name()).param("id", s.id()).param("version", expectedVersion)
                .param("refusal", s.reconsideredRefusal() == null ? null : s.reconsideredRefusal().name());
        spec = step(spec, "head", s.headDecision());
        spec = step(spec, "handover", s.handover());
        spec = step(spec, "acceptance", s.acceptance());
        spec = step(spec, "filing", s.filing());
        spec = step(spec, "recon_request", s.reconsiderationRequest());
        spec = step(spec, "recon_answer", s.reconsiderationAnswer());
        spec = step(spec, "returned", s.returned());
        spec = step(spec, "notice", s.partyNotice());
        return spec.update() == 1;
    }

    void log(long transferId, String action, TransferStatus status, String note, String actor, LocalDateTime at) {
        jdbc.sql("""
                insert into case_transfer_step (transfer_id, action, status, note, actor, at)
                values (:t, :action, :status, :note, :actor, :at)""")
                .param("t", transferId).param("action", action).param("status", status.name()).param("note", note)
                .param("actor", actor).param("at", Instants.instant(at)).update();
    }

    /** How many transfers the unit handed over to the police between the two Beijing dates (report figures). */
    long handedOverBetween(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from case_transfer where unit_id = :unit and handover_at::date between :from and :to""")
                .param("unit", unitId).param("from", from).param("to", to).query(Long.class).single();
    }

    List<TransferHistoryEntry> history(long transferId) {
        return jdbc.sql("select * from case_transfer_step where transfer_id = :t order by at, id").param("t", transferId)
                .query((rs, n) -> new TransferHistoryEntry(rs.getString("action"), TransferStatus.valueOf(rs.getString("status")),
                        rs.getString("note"), rs.getString("actor"), Instants.wallTime(rs, "at")))
                .list();
    }

    private static JdbcClient.StatementSpec step(JdbcClient.StatementSpec spec, String prefix, Step step) {
        return spec.param(prefix + "_at", step == null ? null : Instants.instant(step.at()))
                .param(prefix + "_by", step == null ? null : step.by())
                .param(prefix + "_note", step == null ? null : step.note());
    }

    private static Step step(ResultSet rs, String prefix) throws SQLException {
        LocalDateTime at = Instants.wallTime(rs, prefix + "_at");
        return at == null ? null : new Step(at, rs.getString(prefix + "_by"), rs.getString(prefix + "_note"));
    }

    private static Loaded row(ResultSet rs, int n) throws SQLException {
        String refusal = rs.getString("reconsidered_refusal");
        Transfer t = Transfer.restore(new Saved(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                rs.getLong("police_unit_id"), rs.getString("charge"), rs.getString("reason"),
                Instants.wallTime(rs, "proposed_at"), rs.getString("proposed_by"),
                TransferStatus.valueOf(rs.getString("status")), step(rs, "head"), step(rs, "handover"),
                step(rs, "acceptance"), step(rs, "filing"), step(rs, "recon_request"), step(rs, "recon_answer"),
                refusal == null ? null : TransferStatus.valueOf(refusal), step(rs, "returned"), step(rs, "notice"),
                rs.getInt("version")));
        return new Loaded(t, rs.getString("case_number"), rs.getString("case_title"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("region_path"), rs.getString("police_name"),
                rs.getString("police_path"), rs.getString("police_region"));
    }
}
