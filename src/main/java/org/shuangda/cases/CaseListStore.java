package org.shuangda.cases;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of the case list ({@link CaseRow}) and its filters. The SQL text is assembled from constants
 * only (what the user typed is always a bound parameter), so that the planner sees plain predicates: the scope
 * on the copied unit and region paths in the range form of {@link DataScope#unitOwned}, and the text as a {@code like} served by the trigram index on {@code search_text} (or, for a term too
 * short to have trigrams, a {@code strpos}: see {@link #hasTrigrams}).
 */
@Repository
class CaseListStore {

    static final String COLUMNS = """
            select c.id, c.number, c.unit_id, u.name as unit_name, c.title, c.category, c.status, c.registered_at,
                   c.case_value, c.illegal_gains, c.illegal_business_amount, c.decision_due_on, c.clock_paused,
                   c.supervised, c.decision_number, c.fine_amount, c.decided_on, c.closed_on,
                   (select string_agg(p.name, '、' order by p.sort_order) from case_party p where p.case_id = c.id) as party_names
              from enforcement_case c join pub_unit u on u.id = c.unit_id
            """;

    private final JdbcClient jdbc;

    CaseListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CasePage page(CaseQuery q, DataScope scope, LocalDate today) {
        String sql = COLUMNS + where(q, scope) + orderBy(q) + " limit :limit offset :offset";
        List<CaseRow> rows = new ArrayList<>(bind(jdbc.sql(sql), q, scope, today).param("limit", q.size() + 1)
                .param("offset", q.page() * q.size()).query(CaseListStore::row).list());
        boolean more = rows.size() > q.size();
        return new CasePage(more ? rows.subList(0, q.size()) : rows, q.page(), q.size(), more);
    }

    /** How many cases match (the home workbench's counts). */
    long count(CaseQuery q, DataScope scope, LocalDate today) {
        return bind(jdbc.sql("select count(*) from enforcement_case c" + where(q, scope)), q, scope, today)
                .query(Long.class).single();
    }

    /** Every matching row to {@code handler}, streamed from a cursor ({@code fetchSize} rows at a time). */
    void export(CaseQuery q, DataScope scope, LocalDate today, int fetchSize, RowCallbackHandler handler) {
        bind(jdbc.sql(COLUMNS + where(q, scope) + orderBy(q)), q, scope, today).withFetchSize(fetchSize)
                .query(handler);
    }

    /** Ids of open cases in scope that are supervised or have goods seized (few: the to-do list loads each). */
    List<Long> watched(DataScope scope) {
        SqlPredicate visible = visible(scope);
        return jdbc.sql("select c.id from enforcement_case c where " + visible.sql() + """
                   and c.status not in ('CLOSED', 'REVOKED')
                   and (c.supervised or (c.seizure_started_at is not null and c.seizure_released_at is null))
                 order by c.id limit 200""").params(visible.params()).query(Long.class).list();
    }

    private static SqlPredicate visible(DataScope scope) {
        return scope.unitOwned("c.unit_path", "c.region_path");
    }

    /**
     * Newest first; overdue and due-soon lists most urgent first, which is also the order of the partial index
     * on the due day (overdue cases are weeks old: walking the newest cases to find them read the whole country).
     */
    static String orderBy(CaseQuery q) {
        if (q.sort() != null) {
            return CaseQuery.COLUMNS.orderBy(q.sort());
        }
        return q.clock() == CaseQuery.ClockState.OVERDUE || q.clock() == CaseQuery.ClockState.DUE_SOON
                ? " order by c.decision_due_on, c.id" : " order by c.registered_at desc, c.id desc";
    }

    static String where(CaseQuery q, DataScope scope) {
        StringBuilder w = new StringBuilder(" where " + visible(scope).sql() + "\n");
        if (q.status() != null) {
            w.append(" and c.status = :status");
        }
        if (q.category() != null) {
            w.append(" and c.category = :category");
        }
        if (q.unitId() != null) {
            w.append(" and c.unit_id = :unitId");
        }
        if (q.minBusinessAmount() != null) {
            w.append(" and c.illegal_business_amount >= :minAmount");
        }
        if (hasTrigrams(q.q())) {
            w.append(" and c.search_text like :like");
        } else if (q.q() != null) {
            // no trigrams: a like here would let a generic plan pick the trigram index, which then reads most of it
            w.append(" and strpos(c.search_text, :text) > 0");
        }
        if (q.clock() != null) {
            w.append(switch (q.clock()) {
                case OVERDUE -> " and c.decision_due_on < :today";
                case DUE_SOON -> " and c.decision_due_on between :today and :soon";
                case PAUSED -> " and c.clock_paused";
            });
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseQuery q, DataScope scope,
            LocalDate today) {
        spec = spec.params(visible(scope).params());
        if (q.status() != null) {
            spec = spec.param("status", q.status().name());
        }
        if (q.category() != null) {
            spec = spec.param("category", q.category().name());
        }
        if (q.unitId() != null) {
            spec = spec.param("unitId", q.unitId());
        }
        if (q.minBusinessAmount() != null) {
            spec = spec.param("minAmount", q.minBusinessAmount());
        }
        if (hasTrigrams(q.q())) {
            spec = spec.param("like", "%" + escapeLike(q.q()) + "%");
        } else if (q.q() != null) {
            spec = spec.param("text", q.q());
        }
        if (q.clock() != null) {
            spec = spec.param("today", today).param("soon", today.plusDays(CaseQuery.DUE_SOON_DAYS));
        }
        return spec;
    }

    /**
     * Whether pg_trgm can take trigrams from {@code like '%text%'}: only from a run of three or more letters or
     * digits. A shorter word yields none, and the trigram index then reads most of itself: 12.8 s for "丰禾" in a
     * county of the 2-million-case benchmark, when the generic plan of the prepared statement (the SQL text is the
     * same for every term) intersected the trigram index with the scope. So a term without trigrams is searched
     * with {@code strpos}, which no index serves: the scope's btree walks its newest cases and tests each.
     */
    static boolean hasTrigrams(String text) {
        if (text == null) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = Character.isLetterOrDigit(cp) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("number"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("title"), CaseCategory.valueOf(rs.getString("category")),
                CaseStatus.valueOf(rs.getString("status")), Instants.wallTime(rs, "registered_at"),
                rs.getString("party_names"), rs.getBigDecimal("case_value"), rs.getBigDecimal("illegal_business_amount"),
                rs.getObject("decision_due_on", LocalDate.class), rs.getBoolean("clock_paused"),
                rs.getBoolean("supervised"));
    }

    /** A case whose decision clock ends soon (for the daily notices). */
    record DueCase(long id, String number, String title, long unitId, java.time.LocalDate due) {
    }

    /**
     * Cases awaiting their decision with the clock running (not paused, not with the police) whose cached due
     * day lies from {@code from} to {@code to}, soonest first.
     */
    java.util.List<DueCase> decisionDueBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                select c.id, c.number, c.title, c.unit_id, c.decision_due_on from enforcement_case c
                 where c.decision_due_on between :from and :to and not c.clock_paused
                   and c.status in ('REGISTERED', 'INVESTIGATING', 'NOTIFIED')
                 order by c.decision_due_on, c.id""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new DueCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }
}
