package org.shuangda.complaints;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Queries over many filings: lists, the open ones for clocks and to-dos, duplicate candidates and the counts
 * of the statistics. Every query takes the caller's scope as a {@link SqlPredicate} over the handling unit
 * ({@code u.path}, {@code u.region_path}), so that {@code limit} applies to what the caller may see.
 */
@Repository
class FilingListStore {

    static final double NAME_SIMILARITY = 0.4;
    static final double TEXT_SIMILARITY = 0.15;

    private static final String FILTER = """
             and (cast(:status as text) is null or f.status = :status)
             and (cast(:track as text) is null or f.track = :track)
             and (cast(:unitId as bigint) is null or f.unit_id = :unitId)
             and (cast(:q as text) is null or f.tracking_no = :q or f.target_name like '%' || :q || '%')
            """;
    private static final String[] OPEN = Arrays.stream(FilingStatus.values()).filter(FilingStatus::isOpen)
            .map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    FilingListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FilingView> list(SqlPredicate scope, FilingFilter filter, int limit, int offset) {
        return list(scope, filter, Filings.COLUMNS.fallback(), limit, offset);
    }

    List<FilingView> list(SqlPredicate scope, FilingFilter filter, ListSort sort, int limit, int offset) {
        return jdbc.sql(FilingStore.COLUMNS + FilingStore.FROM + " where " + scope.sql() + FILTER
                        + Filings.COLUMNS.orderBy(sort) + " limit :limit offset :offset")
                .params(scope.params()).params(filterParams(filter)).param("limit", limit).param("offset", offset)
                .query(FilingStore::view).list();
    }

    long count(SqlPredicate scope, FilingFilter filter) {
        return jdbc.sql("select count(*)" + FilingStore.FROM + " where " + scope.sql() + FILTER)
                .params(scope.params()).params(filterParams(filter)).query(Long.class).single();
    }

    /** Filings with a running clock (open, or a real-name tipster still to be told), oldest first. */
    List<FilingView> open(SqlPredicate scope) {
        return jdbc.sql(FilingStore.COLUMNS + FilingStore.FROM + " where " + scope.sql()
                        + " and (f.status = any(:open) or (f.notice_from is not null and f.notified_at is null"
                        + " and not f.anonymous)) order by f.received_at")
                .params(scope.params()).param("open", OPEN).query(FilingStore::view).list();
    }

    /**
     * Open filings within {@code scope} that look like the same matter as {@code f}: against the same business
     * (equal USCC, or a similar name by pg_trgm) with similar text, most alike first, at most 10.
     */
    List<Duplicates.Candidate> similarTo(Filing f, SqlPredicate scope) {
        return jdbc.sql(FilingStore.COLUMNS + ", similarity(f.content, :content) as text_similarity"
                        + FilingStore.FROM + " where " + scope.sql() + """
                   and f.id <> :id and f.status in ('RECEIVED', 'ACCEPTED') and f.merged_into_id is null
                   and ((cast(:uscc as text) is not null and f.target_uscc = :uscc)
                        or (f.target_name <> '' and similarity(f.target_name, :name) >= :nameMin))
                   and similarity(f.content, :content) >= :textMin
                 order by text_similarity desc, f.id limit 10""")
                .params(scope.params()).param("id", f.id()).param("uscc", f.matter().targetUscc())
                .param("name", f.matter().targetName()).param("content", f.matter().content())
                .param("nameMin", NAME_SIMILARITY).param("textMin", TEXT_SIMILARITY)
                .query((rs, n) -> new Duplicates.Candidate(FilingStore.filing(rs, n), rs.getDouble("text_similarity"))).list();
    }

    /** Filings of {@code scope} (and of one unit, if given) received in the period, as a where clause. */
    SqlPredicate received(SqlPredicate scope, Long unitId, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        String sql = "f.received_at >= cast(:from as date) and f.received_at < cast(:to as date) + 1";
        if (unitId != null) {
            params.put("unitId", unitId);
            sql = "f.unit_id = :unitId and " + sql;
        }
        return SqlPredicate.allOf(scope, new SqlPredicate(sql, params));
    }

    /** How many filings {@code where} admits, by the value of {@code expression}, most first. */
    Map<String, Long> countBy(String expression, SqlPredicate where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + expression + " as k, count(*) as n" + FilingStore.FROM + " where " + where.sql()
                        + " group by 1 order by 2 desc, 1").params(where.params())
                .query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
        return counts;
    }

    /** The filings {@code where} admits that were decided or handed to the cases module. */
    List<Filing> decided(SqlPredicate where) {
        return jdbc.sql(FilingStore.COLUMNS + FilingStore.FROM + " where " + where.sql()
                        + " and (f.decided_at is not null or f.referred_at is not null)")
                .params(where.params()).query(FilingStore::filing).list();
    }

    private static Map<String, Object> filterParams(FilingFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", f.status() == null ? null : f.status().name());
        p.put("track", f.track() == null ? null : f.track().name());
        p.put("unitId", f.unitId());
        p.put("q", f.query() == null || f.query().isBlank() ? null : f.query().strip());
        return p;
    }
}
