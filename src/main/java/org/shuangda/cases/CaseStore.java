package org.shuangda.cases;

import org.shuangda.shared.Instants;
import org.shuangda.calendar.RuleKeys;
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
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of {@link EnforcementCase}: {@link #find} rebuilds it, {@link #insert} and {@link #update} write all
 * of it (the row, its parts, its clock, new progress reports, and the decision clock's due day cached for the
 * lists), {@link #view} adds the names for display. Reads are unscoped: {@link CaseAccess} checks the scope of
 * the loaded row (and {@link CaseListStore} binds it for lists). Names of units and people come from the views
 * organization and identity publish ({@code pub_unit}, {@code pub_user}).
 */
@Repository
class CaseStore {

    private final JdbcClient jdbc;
    private final ClockStore clocks;
    private final WorkingCalendar calendar;
    private final PersonalDataCipher cipher;

    CaseStore(JdbcClient jdbc, ClockStore clocks, WorkingCalendar calendar, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.calendar = calendar;
    }

    /** The id the next case will have, so that registering can name it in its events. */
    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('enforcement_case', 'id'))").query(Long.class).single();
    }

    void insert(EnforcementCase c, String createdBy) {
        jdbc.sql("""
                insert into enforcement_case (id, number, unit_id, unit_path, region_path, clue_id, registered_at,
                       title, category, product_category, facts, case_value, case_value_entered, illegal_gains,
                       illegal_business_amount, decision_due_on, clock_paused, created_by)
                values (:id, :number, :unit, :unitPath, :regionPath, :clue, :registered, :title, :category, :product,
                        :facts, :value, :entered, :gains, :amount, :due, :paused, :by)""")
                .params(details(c.details())).params(dueCache(c)).param("id", c.id()).param("number", c.number())
                .param("unit", c.unit().id()).param("unitPath", c.unit().path())
                .param("regionPath", c.unit().regionPath()).param("clue", c.clueId())
                .param("registered", Instants.instant(c.registeredAt())).param("by", createdBy).update();
        writeParts(c);
        writeRest(c);
    }

    /** Writes the case if nobody changed it since {@code expectedVersion}; false if somebody did. */
    boolean update(EnforcementCase c, int expectedVersion) {
        Seizure s = c.seizure();
        Supervision v = c.supervision();
        PenaltyDecision d = c.decision();
        boolean written = jdbc.sql("""
                update enforcement_case set title = :title, category = :category, product_category = :product,
                       facts = :facts, case_value = :value, case_value_entered = :entered, illegal_gains = :gains, illegal_business_amount = :amount,
                       status = :status, decision_due_on = :due, clock_paused = :paused,
                       collective_extension = :collective, seizure_started_at = :seizureStart,
                       seizure_extended = :seizureExtended, seizure_released_at = :seizureReleased,
                       supervised = :supervised, supervise_every_days = :every, supervise_note = :superviseNote,
                       supervised_since = :since, decision_number = :decision, decision_procedure = :procedure,
                       penalty_kinds = :kinds, fine_amount = :fine, legal_basis = :basis, decision_facts = :decisionFacts,
                       decided_on = :decidedOn, outcome_reason = :outcome, closed_on = :closed, transfer_id = :transfer,
                       version = version + 1
                 where id = :id and version = :version""")
                .params(details(c.details())).params(dueCache(c)).param("status", c.status().name())
                .param("collective", c.collectiveExtension())
                .param("seizureStart", s == null ? null : Instants.instant(s.startedAt())).param("seizureExtended", s != null && s.extended())
                .param("seizureReleased", s == null ? null : Instants.instant(s.releasedAt())).param("supervised", v != null)
                .param("every", v == null ? null : v.everyWorkingDays()).param("superviseNote", v == null ? null : v.note())
                .param("since", v == null ? null : v.since()).param("decision", d == null ? null : d.decisionNumber())
                .param("procedure", d == null ? null : d.procedure().name())
                .param("kinds", d == null ? new String[0] : d.kinds().stream().map(Enum::name).toArray(String[]::new))
                .param("fine", d == null ? null : d.fineAmount()).param("basis", d == null ? null : d.legalBasis())
                .param("decisionFacts", d == null ? null : d.facts()).param("decidedOn", d == null ? null : d.decidedOn())
                .param("outcome", c.outcomeReason()).param("closed", c.closedOn()).param("transfer", c.transferId())
                .param("id", c.id()).param("version", expectedVersion).update() == 1;
        if (written) {
            if (c.detailsCorrected()) {
                writeParts(c);
            }
            writeRest(c);
        }
        return written;
    }

    /** Rewrites only the cached due day, after the calendar changed under an unchanged clock. */
    void cacheDecisionDue(long id, LocalDate due) {
        jdbc.sql("update enforcement_case set decision_due_on = :due where id = :id").param("due", due).param("id", id)
                .update();
    }

    /**
     * Cases whose running decision clock spans {@code date} (registered by then, due on or after it), by id after
     * {@code afterId}: those a calendar edit of that day may move.
     */
    List<CachedDueDates.Cached> runningOver(LocalDate date, long afterId, int limit) {
        return jdbc.sql("""
                select id, registered_at, decision_due_on from enforcement_case
                 where decision_due_on >= :date and registered_at < :dayAfter and id > :after
                 order by id limit :limit""").param("date", date).param("dayAfter", Instants.instant(date.plusDays(1).atStartOfDay()))
                .param("after", afterId).param("limit", limit).query(CachedDueDates::cached).list();
    }

    void appendTimeline(long id, List<EnforcementCase.Line> lines, String actor) {
        for (EnforcementCase.Line line : lines) {
            appendTimeline(id, line.kind(), line.text(), actor);
        }
    }

    void appendTimeline(long id, String kind, String text, String actor) {
        jdbc.sql("insert into case_timeline (case_id, kind, text, actor) values (:id, :kind, :text, :actor)")
                .param("id", id).param("kind", kind).param("text", text).param("actor", actor).update();
    }

    Optional<EnforcementCase> find(long id) {
        return jdbc.sql("""
                select c.*, (select (max(p.reported_at) at time zone 'Asia/Shanghai')::date from case_progress p
                              where p.case_id = c.id) as last_progress
                  from enforcement_case c where c.id = :id""")
                .param("id", id).query(this::aggregate).optional();
    }

    /** The case with the names it is shown with. */
    Optional<CaseView> view(long id) {
        return find(id).map(c -> CaseView.of(c, unitName(c.unit().id()), officers(id), timeline(id)));
    }

    /** Active users of a unit, the candidates for handling officers. */
    List<HandlingOfficer> usersOf(long unitId) {
        return jdbc.sql("select id, display_name from pub_user where unit_id = :u and enabled order by id")
                .param("u", unitId).query((rs, n) -> new HandlingOfficer(rs.getLong(1), rs.getString(2))).list();
    }

    /** Active users of a unit who hold the enforcement permission {@code CASE_HANDLE}: who may be 承办人. */
    List<HandlingOfficer> enforcersOf(long unitId) {
        return jdbc.sql("""
                select u.id, u.display_name from pub_user u
                 where u.unit_id = :u and u.enabled
                   and exists (select 1 from pub_user_permission p where p.user_id = u.id
                                  and p.permission = 'CASE_HANDLE')
                 order by u.id""")
                .param("u", unitId).query((rs, n) -> new HandlingOfficer(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The enabled users of the unit holding {@code CASE_HANDLE} whose name contains {@code q} (all when blank),
     * names that start with it first, then by name; at most {@code limit}.
     */
    List<OfficerCandidate> enforcersMatching(long unitId, String q, int limit) {
        return jdbc.sql("""
                select u.id, u.display_name, n.name as unit_name from pub_user u join pub_unit n on n.id = u.unit_id
                 where u.unit_id = :u and u.enabled
                   and exists (select 1 from pub_user_permission p where p.user_id = u.id
                                  and p.permission = 'CASE_HANDLE')
                   and (:q = '' or strpos(lower(u.display_name), lower(:q)) > 0)
                 order by strpos(lower(u.display_name), lower(:q)) <> 1, u.display_name, u.id
                 limit :limit""")
                .param("u", unitId).param("q", q).param("limit", limit)
                .query((rs, n) -> new OfficerCandidate(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Whether the user is one of the case's 承办人 (who may not approve the case's own steps). */
    boolean isOfficerOf(long caseId, long userId) {
        return jdbc.sql("select exists (select 1 from case_officer where case_id = :c and user_id = :u)")
                .param("c", caseId).param("u", userId).query(Boolean.class).single();
    }

    private String unitName(long unitId) {
        return jdbc.sql("select name from pub_unit where id = :id").param("id", unitId).query(String.class).single();
    }

    private List<HandlingOfficer> officers(long id) {
        return jdbc.sql("""
                select u.id, u.display_name from case_officer o join pub_user u on u.id = o.user_id
                 where o.case_id = :id order by u.id""").param("id", id)
                .query((rs, n) -> new HandlingOfficer(rs.getLong(1), rs.getString(2))).list();
    }

    private List<TimelineEntry> timeline(long id) {
        return jdbc.sql("select * from case_timeline where case_id = :id order by at, id").param("id", id)
                .query((rs, n) -> new TimelineEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("kind"), rs.getString("text"), rs.getString("actor")))
                .list();
    }

    private void writeParts(EnforcementCase c) {
        long id = c.id();
        jdbc.sql("delete from case_party where case_id = :id").param("id", id).update();
        jdbc.sql("delete from case_goods where case_id = :id").param("id", id).update();
        jdbc.sql("delete from case_officer where case_id = :id").param("id", id).update();
        int sort = 0;
        for (Party p : c.details().parties()) {
            jdbc.sql("""
                    insert into case_party (case_id, kind, entity_id, name, uscc, id_number, address, sort_order)
                    values (:case, :kind, :entity, :name, :uscc, :idNumber, :address, :sort)""").param("case", id)
                    .param("kind", p.kind().name()).param("entity", p.entityId()).param("name", p.name())
                    .param("uscc", p.uscc()).param("idNumber", cipher.encrypt(Party.ID_NUMBER_FIELD, p.idNumber()))
                    .param("address", p.address())
                    .param("sort", sort++).update();
        }
        sort = 0;
        for (SeizedGoods g : c.details().goods()) {
            jdbc.sql("""
                    insert into case_goods (case_id, name, quantity, unit_label, value, sort_order)
                    values (:case, :name, :quantity, :unit, :value, :sort)""").param("case", id).param("name", g.name())
                    .param("quantity", g.quantity()).param("unit", g.unitLabel()).param("value", g.value())
                    .param("sort", sort++).update();
        }
        for (Long officer : c.details().officerIds()) {
            jdbc.sql("insert into case_officer (case_id, user_id) values (:case, :user) on conflict do nothing")
                    .param("case", id).param("user", officer).update();
        }
    }

    /** What every write ends with: the clock's new rows, new progress reports, the text the search runs on. */
    private void writeRest(EnforcementCase c) {
        clocks.save(ClockStore.Owner.CASE, c.id(), c.decisionClock());
        for (EnforcementCase.ProgressReport report : c.progressReports()) {
            jdbc.sql("insert into case_progress (case_id, text, reported_by, reported_at) values (:id, :text, :by, :at)")
                    .param("id", c.id()).param("text", report.text()).param("by", report.by())
                    .param("at", report.at().atZone(WorkingCalendar.ZONE).toOffsetDateTime()).update();
        }
        jdbc.sql("""
                update enforcement_case c set search_text = concat_ws(' ', c.number, c.title, c.facts, c.decision_facts,
                       (select string_agg(p.name || coalesce(' ' || p.uscc, ''), ' ') from case_party p where p.case_id = c.id),
                       (select string_agg(g.name, ' ') from case_goods g where g.case_id = c.id))
                 where c.id = :id""").param("id", c.id()).update();
    }

    /** The decision clock's due day (null while stopped or once decided), which lists, filters and to-dos read. */
    private Map<String, Object> dueCache(EnforcementCase c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("due", c.decisionDueOn(calendar));
        p.put("paused", c.decisionClockStopped());
        return p;
    }

    /** The case of the current row, with its parts and clock (read by the row's id). */
    private EnforcementCase aggregate(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        LocalDateTime registeredAt = Instants.wallTime(rs, "registered_at");
        LocalDateTime seized = Instants.wallTime(rs, "seizure_started_at");
        Supervision supervision = rs.getBoolean("supervised")
                ? new Supervision(rs.getInt("supervise_every_days"), rs.getString("supervise_note"),
                        rs.getObject("supervised_since", LocalDate.class), rs.getObject("last_progress", LocalDate.class))
                : null;
        PenaltyDecision decision = rs.getString("decision_number") == null ? null
                : new PenaltyDecision(rs.getString("decision_number"),
                        Procedure.valueOf(rs.getString("decision_procedure")), kinds(rs.getArray("penalty_kinds")),
                        rs.getBigDecimal("fine_amount"), rs.getString("legal_basis"), rs.getString("decision_facts"),
                        rs.getObject("decided_on", LocalDate.class));
        CaseDetails details = new CaseDetails(rs.getString("title"), CaseCategory.valueOf(rs.getString("category")),
                rs.getString("product_category"), rs.getString("facts"), rs.getBigDecimal("case_value"),
                rs.getBigDecimal("case_value_entered"),
                rs.getBigDecimal("illegal_gains"), rs.getBigDecimal("illegal_business_amount"), parties(id), goods(id),
                jdbc.sql("select user_id from case_officer where case_id = :id order by user_id").param("id", id)
                        .query(Long.class).list());
        return new EnforcementCase(id, rs.getString("number"), new OwningUnit(rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getString("region_path")), rs.getObject("clue_id", Long.class),
                registeredAt, details, CaseStatus.valueOf(rs.getString("status")),
                clocks.load(ClockStore.Owner.CASE, id, registeredAt, RuleKeys.CASE_DECISION),
                rs.getString("collective_extension"), seized == null ? null : new Seizure(seized,
                        rs.getBoolean("seizure_extended"), Instants.wallTime(rs, "seizure_released_at")),
                supervision, decision, rs.getString("outcome_reason"), rs.getObject("closed_on", LocalDate.class),
                rs.getObject("transfer_id", Long.class), rs.getInt("version"));
    }

    private List<Party> parties(long id) {
        return jdbc.sql("select * from case_party where case_id = :id order by sort_order, id").param("id", id)
                .query((rs, n) -> new Party(PartyKind.valueOf(rs.getString("kind")), rs.getObject("entity_id", Long.class),
                        rs.getString("name"), rs.getString("uscc"),
                        cipher.decrypt(Party.ID_NUMBER_FIELD, rs.getString("id_number")), rs.getString("address")))
                .list();
    }

    private List<SeizedGoods> goods(long id) {
        return jdbc.sql("select * from case_goods where case_id = :id order by sort_order, id").param("id", id)
                .query((rs, n) -> new SeizedGoods(rs.getString("name"), rs.getBigDecimal("quantity"),
                        rs.getString("unit_label"), rs.getBigDecimal("value")))
                .list();
    }

    private static List<PenaltyKind> kinds(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).toList();
    }

    private static Map<String, Object> details(CaseDetails d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", d.title());
        p.put("category", d.category().name());
        p.put("product", d.productCategory());
        p.put("facts", d.facts());
        p.put("value", d.caseValue());
        p.put("entered", d.caseValueEntered());
        p.put("gains", d.illegalGains());
        p.put("amount", d.illegalBusinessAmount());
        return p;
    }
}
