package org.shuangda.credit.listings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code credit_listing} and {@code credit_listing_step} tables (V152): persists {@link Listing}s (update with
 * the version read), lists them in a scope, and reads what the public pages show. Unit and region names come from
 * organisation's {@code pub_unit} and {@code pub_region} views.
 */
@Repository
class ListingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };

    private static final String SELECT = """
            select l.id, l.list_kind, l.state, l.entity_id, l.subject_name, l.subject_kind, l.uscc, l.ground,
                   l.ground_detail::text as ground_detail, l.trigger_on, l.unit_id, l.unit_path, l.region_path,
                   l.case_id, l.decision_number, l.agreement_region_path, l.agreed_by_unit_id, l.agreed_by,
                   l.agreed_on, l.listed_on, l.period_start, l.period_end, l.period_no, l.stage_started_on,
                   l.application_text, l.removed_on, l.removal_kind, l.removal_reason, l.listed_fact_id,
                   l.created_by, l.version, u.name as unit_name, ar.name as agreement_region_name
              from credit_listing l
              left join pub_unit u on u.id = l.unit_id
              left join pub_region ar on ar.path = l.agreement_region_path
            """;

    /** States that wait for someone's step. */
    private static final String[] WAITING = {"PENDING", "AWAITING_AGREEMENT", "OBJECTION_FILED",
        "OBJECTION_VERIFYING", "CORRECTING", "REMOVAL_APPLIED", "REMOVAL_ACCEPTED"};

    private final JdbcClient jdbc;

    ListingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Listing l, Instant at) {
        long id = jdbc.sql("""
                        insert into credit_listing (list_kind, state, entity_id, subject_name, subject_kind, uscc, ground,
                               ground_detail, trigger_on, unit_id, unit_path, region_path, case_id, decision_number,
                               agreement_region_path, listed_on, period_start, period_end, period_no, stage_started_on,
                               created_at, created_by)
                        values (:kind, :state, :entityId, :name, :subjectKind, :uscc, :ground, cast(:detail as jsonb),
                                :triggerOn, :unitId, :unitPath, :regionPath, :caseId, :decisionNumber,
                                :agreementRegionPath, :listedOn, :periodStart, :periodEnd, :periodNo, :stage, :at,
                                :createdBy)
                        returning id
                        """)
                .param("kind", l.kind.name()).param("state", l.state.name()).param("entityId", l.entityId)
                .param("name", l.subjectName).param("subjectKind", l.subjectKind.name()).param("uscc", l.uscc)
                .param("ground", l.ground).param("detail", JSON.writeValueAsString(l.detail))
                .param("triggerOn", l.triggerOn).param("unitId", l.unitId).param("unitPath", l.unitPath)
                .param("regionPath", l.regionPath).param("caseId", l.caseId)
                .param("decisionNumber", l.decisionNumber).param("agreementRegionPath", l.agreementRegionPath)
                .param("listedOn", l.listedOn).param("periodStart", l.periodStart).param("periodEnd", l.periodEnd)
                .param("periodNo", l.periodNo).param("stage", l.stageStartedOn).param("at", Timestamp.from(at))
                .param("createdBy", l.createdBy)
                .query(Long.class).single();
        l.id = id;
        return id;
    }

    /** Saves the steps' fields when the row still has {@code expectedVersion}; false when someone changed it. */
    boolean update(Listing l, int expectedVersion) {
        int n = jdbc.sql("""
                        update credit_listing set state = :state, agreed_by_unit_id = :agreedByUnitId,
                               agreed_by = :agreedBy, agreed_on = :agreedOn, listed_on = :listedOn,
                               period_start = :periodStart, period_end = :periodEnd, period_no = :periodNo,
                               stage_started_on = :stage, application_text = :applicationText, removed_on = :removedOn,
                               removal_kind = :removalKind, removal_reason = :removalReason,
                               listed_fact_id = :listedFactId, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("state", l.state.name()).param("agreedByUnitId", l.agreedByUnitId)
                .param("agreedBy", l.agreedBy).param("agreedOn", l.agreedOn).param("listedOn", l.listedOn)
                .param("periodStart", l.periodStart).param("periodEnd", l.periodEnd).param("periodNo", l.periodNo)
                .param("stage", l.stageStartedOn).param("applicationText", l.applicationText)
                .param("removedOn", l.removedOn)
                .param("removalKind", l.removalKind == null ? null : l.removalKind.name())
                .param("removalReason", l.removalReason).param("listedFactId", l.listedFactId)
                .param("id", l.id).param("version", expectedVersion).update();
        if (n == 1) {
            l.version = expectedVersion + 1;
        }
        return n == 1;
    }

    void step(long listingId, String action, ListingState state, String note, String actor, Instant at) {
        jdbc.sql("""
                        insert into credit_listing_step (listing_id, action, state, note, actor, at)
                        values (:id, :action, :state, :note, :actor, :at)
                        """)
                .param("id", listingId).param("action", action).param("state", state.name()).param("note", note)
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    List<ListingHistoryEntry> history(long listingId) {
        return jdbc.sql("select action, state, note, actor, at from credit_listing_step where listing_id = :id order by id")
                .param("id", listingId)
                .query((rs, n) -> new ListingHistoryEntry(rs.getString("action"), ListingState.valueOf(rs.getString("state")),
                        rs.getString("note"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    Optional<ListingRow> find(DataScope scope, long id) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        return jdbc.sql(SELECT + " where l.id = :id and " + visible.sql()).params(visible.params()).param("id", id)
                .query(ListingStore::row).optional();
    }

    boolean existsForCase(long caseId) {
        return jdbc.sql("select exists (select 1 from credit_listing where case_id = :id and list_kind = 'SERIOUS')")
                .param("id", caseId).query(Boolean.class).single();
    }

    /** A page of listings in the scope, newest first, and how many match. */
    ListingPage list(DataScope scope, ListingQuery q) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        StringBuilder where = new StringBuilder(" where ").append(visible.sql());
        Map<String, Object> params = new LinkedHashMap<>(visible.params());
        filters(q, where, params);
        long total = jdbc.sql("select count(*) from credit_listing l" + where).params(params).query(Long.class).single();
        List<ListingRow> rows = jdbc.sql(SELECT + where + " order by l.id desc limit :limit offset :offset")
                .params(params).param("limit", q.size()).param("offset", (long) q.page() * q.size())
                .query(ListingStore::row).list();
        return new ListingPage(rows, total);
    }

    /** The listings of an entity in the scope, newest first. */
    List<ListingRow> ofEntity(DataScope scope, long entityId) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        return jdbc.sql(SELECT + " where l.entity_id = :entity and " + visible.sql() + " order by l.id desc")
                .params(visible.params()).param("entity", entityId).query(ListingStore::row).list();
    }

    /** Serious listings in the scope awaiting the agreement of units in {@code regionPath}. */
    List<ListingRow> awaitingAgreement(DataScope scope, String regionPath) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        return jdbc.sql(SELECT + " where l.state = 'AWAITING_AGREEMENT' and l.agreement_region_path = :region and "
                        + visible.sql() + " order by l.trigger_on, l.id limit 50")
                .params(visible.params()).param("region", regionPath).query(ListingStore::row).list();
    }

    /** Listings of the unit waiting for its step (not the upper level's agreement). */
    List<ListingRow> waitingForUnit(DataScope scope) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        return jdbc.sql(SELECT + " where l.state in ('PENDING', 'OBJECTION_FILED', 'OBJECTION_VERIFYING', 'CORRECTING',"
                        + " 'REMOVAL_APPLIED', 'REMOVAL_ACCEPTED') and " + visible.sql()
                        + " order by l.stage_started_on, l.id limit 50")
                .params(visible.params()).query(ListingStore::row).list();
    }

    /** Serious listings on the list whose period ended before {@code today}, by id after {@code after}. */
    List<Listing> expired(LocalDate today, long after, int limit) {
        return jdbc.sql(SELECT + " where l.list_kind = 'SERIOUS' and l.state in ('LISTED', 'REMOVAL_APPLIED',"
                        + " 'REMOVAL_ACCEPTED') and l.removed_on is null and l.period_end < :today and l.id > :after"
                        + " order by l.id limit :limit")
                .param("today", today).param("after", after).param("limit", limit)
                .query(ListingStore::row).list().stream().map(ListingRow::listing).toList();
    }

    /** What the public page of {@code kind} shows on {@code today}: on the list, period running; newest first. */
    List<PublicListing> shown(ListKind kind, String q, LocalDate today, int page, int size) {
        return shown(kind, q, null, null, null, today, page, size);
    }

    /** The public page's rows, listed within {@code from..to} by an authority in {@code regionPath} (each optional). */
    List<PublicListing> shown(ListKind kind, String q, LocalDate from, LocalDate to, String regionPath, LocalDate today,
            int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = shownWhere(kind, q, today, params) + shownFilters(from, to, regionPath, params);
        return jdbc.sql(PUBLIC_COLUMNS + where + " order by l.listed_on desc, l.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(ListingStore::publicRow).list();
    }

    long countShown(ListKind kind, String q, LocalDate today) {
        return countShown(kind, q, null, null, null, today);
    }

    long countShown(ListKind kind, String q, LocalDate from, LocalDate to, String regionPath, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = shownWhere(kind, q, today, params) + shownFilters(from, to, regionPath, params);
        return jdbc.sql("select count(*) from credit_listing l" + where).params(params).query(Long.class).single();
    }

    /** An entity's listings on the public page of {@code kind} today (an organisation's: a person is never looked up). */
    List<PublicListing> shownOfEntity(ListKind kind, long entityId, LocalDate today, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = shownWhere(kind, null, today, params) + " and l.entity_id = :entity and l.subject_kind = 'ENTITY'";
        return jdbc.sql(PUBLIC_COLUMNS + where + " order by l.listed_on desc, l.id desc limit :limit")
                .params(params).param("entity", entityId).param("limit", limit).query(ListingStore::publicRow).list();
    }

    /**
     * The public columns; an 个体工商户 registered under a bare personal name (four characters or fewer) counts as
     * a person here too (the entities' published view says which kind the listed entity is).
     */
    private static final String PUBLIC_COLUMNS = """
            select l.id, l.list_kind, l.subject_name, l.subject_kind, l.uscc, l.ground, l.listed_on,
                   l.period_end, u.name as unit_name,
                   (g.entity_type = 'INDIVIDUAL_BUSINESS' and char_length(l.subject_name) <= 4) is true as bare_name
              from credit_listing l left join pub_unit u on u.id = l.unit_id
              left join pub_entity_grading g on g.id = l.entity_id
            """;

    private static PublicListing publicRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        boolean person = "PERSON".equals(rs.getString("subject_kind")) || rs.getBoolean("bare_name");
        return new PublicListing(rs.getLong("id"), ListKind.valueOf(rs.getString("list_kind")),
                person ? SubjectMask.person(rs.getString("subject_name")) : rs.getString("subject_name"),
                person ? null : rs.getString("uscc"), rs.getString("ground"), rs.getString("unit_name"),
                rs.getObject("listed_on", LocalDate.class), rs.getObject("period_end", LocalDate.class));
    }

    private static String shownFilters(LocalDate from, LocalDate to, String regionPath, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (from != null) {
            where.append(" and l.listed_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and l.listed_on <= :to");
            params.put("to", to);
        }
        if (regionPath != null) {
            where.append(" and l.region_path like :regionPrefix");
            params.put("regionPrefix", regionPath + "%");
        }
        return where.toString();
    }

    private static String shownWhere(ListKind kind, String q, LocalDate today, Map<String, Object> params) {
        params.put("kind", kind.name());
        params.put("today", today);
        params.put("shown", ListingState.onListNames());
        String where = " where l.list_kind = :kind and l.state = any(:shown) and l.removed_on is null"
                + " and l.listed_on <= :today and (l.period_end is null or l.period_end >= :today)";
        if (q != null && !q.isBlank()) {
            // a person is found by neither name nor number: the public never searches people
            params.put("q", "%" + like(q.strip()) + "%");
            where += " and l.subject_kind = 'ENTITY' and (l.uscc like :q escape '\\' or l.subject_name like :q escape '\\'"
                    + " and not exists (select 1 from pub_entity_grading b where b.id = l.entity_id"
                    + " and b.entity_type = 'INDIVIDUAL_BUSINESS' and char_length(l.subject_name) <= 4))";
        }
        return where;
    }

    private static void filters(ListingQuery q, StringBuilder where, Map<String, Object> params) {
        if (q.kind() != null) {
            where.append(" and l.list_kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.state() != null) {
            where.append(" and l.state = :state");
            params.put("state", q.state().name());
        }
        if (q.waiting()) {
            where.append(" and l.state = any(:waiting)");
            params.put("waiting", WAITING);
        }
        if (q.q() != null) {
            where.append(" and (l.subject_name like :q escape '\\' or l.uscc like :q escape '\\'"
                    + " or l.decision_number like :q escape '\\')");
            params.put("q", "%" + like(q.q()) + "%");
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static ListingRow row(ResultSet rs, int n) throws SQLException {
        String detail = rs.getString("ground_detail");
        String removal = rs.getString("removal_kind");
        Listing l = new Listing(rs.getLong("id"), ListKind.valueOf(rs.getString("list_kind")),
                ListingState.valueOf(rs.getString("state")), (Long) rs.getObject("entity_id"),
                rs.getString("subject_name"), Listing.SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("uscc"), rs.getString("ground"),
                detail == null ? Map.of() : JSON.readValue(detail, DETAIL), rs.getObject("trigger_on", LocalDate.class),
                rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("region_path"),
                (Long) rs.getObject("case_id"), rs.getString("decision_number"), rs.getString("agreement_region_path"),
                (Long) rs.getObject("agreed_by_unit_id"), rs.getString("agreed_by"),
                rs.getObject("agreed_on", LocalDate.class), rs.getObject("listed_on", LocalDate.class),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getInt("period_no"), rs.getObject("stage_started_on", LocalDate.class),
                rs.getString("application_text"), rs.getObject("removed_on", LocalDate.class),
                removal == null ? null : Listing.RemovalKind.valueOf(removal), rs.getString("removal_reason"),
                (Long) rs.getObject("listed_fact_id"), rs.getString("created_by"), rs.getInt("version"));
        return new ListingRow(l, rs.getString("unit_name"), rs.getString("agreement_region_name"));
    }

    /** For the export: every row of the filter, up to {@code max}. */
    List<ListingRow> export(DataScope scope, ListingQuery q, int max) {
        SqlPredicate visible = scope.unitOwned("l.unit_path", "l.region_path");
        StringBuilder where = new StringBuilder(" where ").append(visible.sql());
        Map<String, Object> params = new LinkedHashMap<>(visible.params());
        filters(q, where, params);
        return new ArrayList<>(jdbc.sql(SELECT + where + " order by l.id desc limit :limit").params(params)
                .param("limit", max).query(ListingStore::row).list());
    }
}
