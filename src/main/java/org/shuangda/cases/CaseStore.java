package org.shuangda.cases;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.cases.CaseParty.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for one case and its parts. Reads here are unscoped: {@link CaseAccess} checks the scope of the loaded
 * row (and {@link CaseListSql} binds it for lists).
 */
@Repository
class CaseStore {

    /** A resolved party ready to store: the person's ID number in full. */
    record PartyRow(PartyKind kind, Long entityId, String name, String uscc, String idNumber, String address) {
    }

    private final JdbcClient jdbc;
    private final ClockStore clocks;

    CaseStore(JdbcClient jdbc, ClockStore clocks) {
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    long insert(String number, long unitId, String unitPath, String regionPath, Long clueId, CaseDraft d,
            LocalDateTime registeredAt, String createdBy) {
        long id = jdbc.sql("""
                insert into enforcement_case (number, unit_id, unit_path, region_path, clue_id, title, category,
                       product_category, registered_at, facts, case_value, illegal_gains, illegal_business_amount,
                       created_by)
                values (:number, :unit, :unitPath, :regionPath, :clue, :title, :category, :product, :registered,
                        :facts, :value, :gains, :amount, :by)
                returning id""").params(details(d)).param("number", number).param("unit", unitId)
                .param("unitPath", unitPath).param("regionPath", regionPath).param("clue", clueId)
                .param("registered", registeredAt).param("by", createdBy).query(Long.class).single();
        return id;
    }

    boolean updateDetails(long id, CaseDraft d, int version) {
        return jdbc.sql("""
                update enforcement_case set title = :title, category = :category, product_category = :product,
                       facts = :facts, case_value = :value, illegal_gains = :gains, illegal_business_amount = :amount,
                       version = version + 1
                 where id = :id and version = :version""").params(details(d)).param("id", id)
                .param("version", version).update() == 1;
    }

    void replaceParts(long id, List<PartyRow> parties, List<SeizedGoods> goods, List<Long> officerIds) {
        jdbc.sql("delete from case_party where case_id = :id").param("id", id).update();
        jdbc.sql("delete from case_goods where case_id = :id").param("id", id).update();
        jdbc.sql("delete from case_officer where case_id = :id").param("id", id).update();
        int sort = 0;
        for (PartyRow p : parties) {
            jdbc.sql("""
                    insert into case_party (case_id, kind, entity_id, name, uscc, id_number, address, sort_order)
                    values (:case, :kind, :entity, :name, :uscc, :idNumber, :address, :sort)""").param("case", id)
                    .param("kind", p.kind().name()).param("entity", p.entityId()).param("name", p.name())
                    .param("uscc", p.uscc()).param("idNumber", p.idNumber()).param("address", p.address())
                    .param("sort", sort++).update();
        }
        sort = 0;
        for (SeizedGoods g : goods) {
            jdbc.sql("""
                    insert into case_goods (case_id, name, quantity, unit_label, value, sort_order)
                    values (:case, :name, :quantity, :unit, :value, :sort)""").param("case", id).param("name", g.name())
                    .param("quantity", g.quantity()).param("unit", g.unitLabel()).param("value", g.value())
                    .param("sort", sort++).update();
        }
        for (Long officer : officerIds) {
            jdbc.sql("insert into case_officer (case_id, user_id) values (:case, :user) on conflict do nothing")
                    .param("case", id).param("user", officer).update();
        }
        refreshSearchText(id);
    }

    /** The text the fuzzy search runs on: number, title, facts, decision facts, parties and goods. */
    void refreshSearchText(long id) {
        jdbc.sql("""
                update enforcement_case c set search_text = concat_ws(' ', c.number, c.title, c.facts, c.decision_facts,
                       (select string_agg(p.name || coalesce(' ' || p.uscc, ''), ' ') from case_party p where p.case_id = c.id),
                       (select string_agg(g.name, ' ') from case_goods g where g.case_id = c.id))
                 where c.id = :id""").param("id", id).update();
    }

    void setStatus(long id, CaseStatus status, String outcomeReason, LocalDate closedOn) {
        jdbc.sql("""
                update enforcement_case set status = :status, outcome_reason = coalesce(:reason, outcome_reason),
                       closed_on = coalesce(:closed, closed_on), version = version + 1 where id = :id""")
                .param("status", status.name()).param("reason", outcomeReason).param("closed", closedOn)
                .param("id", id).update();
    }

    void setDecision(long id, PenaltyDecision d) {
        jdbc.sql("""
                update enforcement_case set status = 'DECIDED', decision_number = :number, decision_procedure = :procedure,
                       penalty_kinds = :kinds, fine_amount = :fine, legal_basis = :basis, decision_facts = :facts,
                       decided_on = :on, version = version + 1 where id = :id""")
                .param("number", d.decisionNumber().strip()).param("procedure", d.procedure().name())
                .param("kinds", d.kinds().stream().map(Enum::name).toArray(String[]::new))
                .param("fine", d.fineAmount()).param("basis", d.legalBasis().strip()).param("facts", d.facts().strip())
                .param("on", d.decidedOn()).param("id", id).update();
        refreshSearchText(id);
    }

    void setTransfer(long id, Long transferId) {
        jdbc.sql("update enforcement_case set transfer_id = :t, version = version + 1 where id = :id")
                .param("t", transferId).param("id", id).update();
    }

    /** Caches the decision clock's due day (null while paused or once decided) for lists, filters and to-dos. */
    void setDecisionDue(long id, LocalDate due, boolean paused) {
        jdbc.sql("update enforcement_case set decision_due_on = :due, clock_paused = :paused where id = :id")
                .param("due", due).param("paused", paused).param("id", id).update();
    }

    void setCollectiveExtension(long id, String record) {
        jdbc.sql("update enforcement_case set collective_extension = :r where id = :id").param("r", record)
                .param("id", id).update();
    }

    void setSeizure(long id, LocalDateTime startedAt, boolean extended, LocalDateTime releasedAt) {
        jdbc.sql("""
                update enforcement_case set seizure_started_at = :start, seizure_extended = :extended,
                       seizure_released_at = :released, version = version + 1 where id = :id""")
                .param("start", startedAt).param("extended", extended).param("released", releasedAt).param("id", id)
                .update();
    }

    void setSupervision(long id, Integer everyDays, String note, LocalDate since) {
        jdbc.sql("""
                update enforcement_case set supervised = :on, supervise_every_days = :every, supervise_note = :note,
                       supervised_since = :since, version = version + 1 where id = :id""")
                .param("on", everyDays != null).param("every", everyDays).param("note", note).param("since", since)
                .param("id", id).update();
    }

    void addProgress(long id, String text, String by) {
        jdbc.sql("insert into case_progress (case_id, text, reported_by) values (:id, :text, :by)").param("id", id)
                .param("text", text).param("by", by).update();
    }

    void appendTimeline(long id, String kind, String text, String actor) {
        jdbc.sql("insert into case_timeline (case_id, kind, text, actor) values (:id, :kind, :text, :actor)")
                .param("id", id).param("kind", kind).param("text", text).param("actor", actor).update();
    }

    Optional<EnforcementCase> find(long id) {
        return jdbc.sql("""
                select c.*, u.name as unit_name,
                       (select (max(p.reported_at) at time zone 'Asia/Shanghai')::date from case_progress p
                         where p.case_id = c.id) as last_progress
                  from enforcement_case c join unit u on u.id = c.unit_id where c.id = :id""")
                .param("id", id).query(this::header).optional().map(this::withParts);
    }

    List<HandlingOfficer> usersOf(long unitId) {
        return jdbc.sql("select id, display_name from app_user where unit_id = :u and enabled order by id")
                .param("u", unitId).query((rs, n) -> new HandlingOfficer(rs.getLong(1), rs.getString(2))).list();
    }

    /** The person's full ID number, for documents served to those who handle the case. */
    List<String> fullIdNumbers(long id) {
        return jdbc.sql("select coalesce(id_number, '') from case_party where case_id = :id order by sort_order")
                .param("id", id).query(String.class).list();
    }

    private EnforcementCase withParts(EnforcementCase c) {
        long id = c.id();
        List<CaseParty> parties = jdbc.sql("select * from case_party where case_id = :id order by sort_order, id")
                .param("id", id).query((rs, n) -> new CaseParty(PartyKind.valueOf(rs.getString("kind")),
                        rs.getObject("entity_id", Long.class), rs.getString("name"), rs.getString("uscc"),
                        CaseParty.mask(rs.getString("id_number")), rs.getString("address")))
                .list();
        List<SeizedGoods> goods = jdbc.sql("select * from case_goods where case_id = :id order by sort_order, id")
                .param("id", id).query((rs, n) -> new SeizedGoods(rs.getString("name"), rs.getBigDecimal("quantity"),
                        rs.getString("unit_label"), rs.getBigDecimal("value")))
                .list();
        List<HandlingOfficer> officers = jdbc.sql("""
                select u.id, u.display_name from case_officer o join app_user u on u.id = o.user_id
                 where o.case_id = :id order by u.id""").param("id", id)
                .query((rs, n) -> new HandlingOfficer(rs.getLong(1), rs.getString(2))).list();
        List<TimelineEntry> timeline = jdbc.sql("select * from case_timeline where case_id = :id order by at, id")
                .param("id", id).query((rs, n) -> new TimelineEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("kind"), rs.getString("text"), rs.getString("actor")))
                .list();
        Deadline clock = clocks.deadline(ClockStore.Owner.CASE, id, c.registeredAt(),
                DeadlineRule.naturalDays(EnforcementCase.DECISION_DAYS));
        return new EnforcementCase(id, c.number(), c.unitId(), c.unitName(), c.unitPath(), c.regionPath(), c.clueId(),
                c.title(), c.category(), c.productCategory(), c.status(), c.registeredAt(), c.facts(), c.caseValue(),
                c.illegalGains(), c.illegalBusinessAmount(), parties, goods, officers, clock, c.collectiveExtension(),
                c.seizureStartedAt(), c.seizureExtended(), c.seizureReleasedAt(), c.supervision(), c.decision(),
                c.outcomeReason(), c.closedOn(), c.transferId(), timeline, c.version());
    }

    private EnforcementCase header(ResultSet rs, int row) throws SQLException {
        LocalDateTime registered = rs.getObject("registered_at", LocalDateTime.class);
        Supervision supervision = rs.getBoolean("supervised")
                ? new Supervision(rs.getInt("supervise_every_days"), rs.getString("supervise_note"),
                        rs.getObject("supervised_since", LocalDate.class), rs.getObject("last_progress", LocalDate.class))
                : null;
        PenaltyDecision decision = rs.getString("decision_number") == null ? null
                : new PenaltyDecision(rs.getString("decision_number"),
                        Procedure.valueOf(rs.getString("decision_procedure")), kinds(rs.getArray("penalty_kinds")),
                        rs.getBigDecimal("fine_amount"), rs.getString("legal_basis"), rs.getString("decision_facts"),
                        rs.getObject("decided_on", LocalDate.class));
        return new EnforcementCase(rs.getLong("id"), rs.getString("number"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("region_path"),
                rs.getObject("clue_id", Long.class), rs.getString("title"), CaseCategory.valueOf(rs.getString("category")),
                rs.getString("product_category"), CaseStatus.valueOf(rs.getString("status")), registered,
                rs.getString("facts"), rs.getBigDecimal("case_value"), rs.getBigDecimal("illegal_gains"),
                rs.getBigDecimal("illegal_business_amount"), null, null, null,
                Deadline.startingAt(registered, DeadlineRule.naturalDays(EnforcementCase.DECISION_DAYS)),
                rs.getString("collective_extension"), rs.getObject("seizure_started_at", LocalDateTime.class),
                rs.getBoolean("seizure_extended"), rs.getObject("seizure_released_at", LocalDateTime.class), supervision,
                decision, rs.getString("outcome_reason"), rs.getObject("closed_on", LocalDate.class),
                rs.getObject("transfer_id", Long.class), null, rs.getInt("version"));
    }

    private static List<PenaltyKind> kinds(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).toList();
    }

    private static Map<String, Object> details(CaseDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", d.title().strip());
        p.put("category", d.category().name());
        p.put("product", blank(d.productCategory()));
        p.put("facts", blank(d.facts()));
        p.put("value", d.caseValue());
        p.put("gains", d.illegalGains());
        p.put("amount", d.illegalBusinessAmount());
        return p;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
