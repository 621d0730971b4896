package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of sampling from {@code sampling_sample} (V190, V193's index): batches whose result became final in a
 * period, how many passed, by category, stage and failed item, and the published results. A batch counts in the
 * period its result became final (a pass at its report, a failure once no re-test can change it), so a pass rate is
 * never a guess about samples still under test.
 */
@Repository
class SamplingFigureStore {

    /** Batches and passes of one group (a category, a stage, a failed item, or everything). */
    record Count(String key, long batches, long passed) {
    }

    private final JdbcClient jdbc;

    SamplingFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans the figures' queries for their parameters (a quarter of a province or a county's week), not once for any:
     * a generic plan of the period query guesses a dozen rows and sorts 126,000 (bench/sampling/README.md). Only this
     * transaction (SET LOCAL).
     */
    void planForTheseParameters() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** One unit's batches final in {@code from..to}: total and passed. */
    Count ofUnit(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where final_result = 'PASS') from sampling_sample
                         where unit_id = :unit and final_result is not null and final_on between :from and :to""")
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new Count("", rs.getLong(1), rs.getLong(2))).single();
    }

    /** Batches and passes of one category at one stage. */
    record Cell(String category, String stage, long batches, long passed) {
    }

    /**
     * Batches final in the period under the predicate by category and stage, in one pass over the rows: the totals,
     * the categories and the stages are sums of these cells (the caller adds them up).
     */
    List<Cell> cells(SqlPredicate where, LocalDate from, LocalDate to) {
        return jdbc.sql("select s.category, s.stage, count(*), count(*) filter (where s.final_result = 'PASS')"
                        + " from sampling_sample s where s.final_result is not null and s.final_on between :from and :to"
                        + " and " + where.sql() + " group by 1, 2")
                .params(where.params()).param("from", from).param("to", to)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Failed batches final in the period by failed item (a batch failing two items counts for each). */
    List<Count> failedItems(SqlPredicate where, LocalDate from, LocalDate to) {
        return jdbc.sql("select i.item, count(*) from sampling_sample s cross join unnest(s.failed_items) as i(item)"
                        + " where s.final_result = 'FAIL' and s.final_on between :from and :to"
                        + " and " + where.sql()
                        + " group by 1 order by 2 desc, 1 limit 50")
                .params(where.params()).param("from", from).param("to", to)
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), 0)).list();
    }

    /** Batches sampled in the period under the predicate (finished or not): the rate per 1,000 residents. */
    long sampled(SqlPredicate where, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from sampling_sample s where s.sampled_on between :from and :to and "
                        + where.sql()).params(where.params()).param("from", from).param("to", to)
                .query(Long.class).single();
    }

    /** A published result as the public may see it (persons masked by the caller), failed first, newest first. */
    record Published(long id, String number, String productName, String brand, String spec, String batchNo,
            LocalDate producedOn, List<String> failedItems, String producerName, String producerAddress,
            String entityName, String entityAddress, String entityType, String entityUscc, String result,
            LocalDate finalOn, String kind, String category, String unitName) {
    }

    private static final String PUBLISHED = """
            select s.id, s.number, s.product_name, s.brand, s.product ->> 'spec' as spec, s.batch_no,
                   cast(s.product ->> 'producedOn' as date) as produced_on, s.failed_items, s.producer_name,
                   s.product ->> 'producerAddress' as producer_address, s.entity_name,
                   s.site ->> 'address' as entity_address, e.entity_type, s.entity_uscc,
                   case when s.state = 'RETEST_PASSED' then 'PASS' else s.final_result end as result, s.final_on,
                   s.kind, s.category, u.name as unit_name
              from sampling_sample s
              left join pub_entity_grading e on e.id = s.entity_id
              left join pub_unit u on u.id = s.unit_id
             where s.final_result is not null
            """;

    /**
     * The latest failures, then the latest passes, {@code limit} in all: two index-served scans (the failed batches'
     * and the final days') rather than one sort of every final batch.
     */
    List<Published> published(int limit) {
        return jdbc.sql("(" + PUBLISHED + " and s.final_result = 'FAIL' order by s.final_on desc, s.id desc limit :limit)"
                        + " union all (" + PUBLISHED + " and s.final_result = 'PASS'"
                        + " order by s.final_on desc, s.id desc limit :limit) limit :limit")
                .param("limit", limit).query(SamplingFigureStore::published).list();
    }

    List<Published> publishedOf(String uscc, int limit) {
        return jdbc.sql(PUBLISHED + " and (s.entity_uscc = :uscc or s.producer_uscc = :uscc)"
                        + " order by (s.final_result = 'FAIL') desc, s.final_on desc, s.id desc limit :limit")
                .param("uscc", uscc).param("limit", limit).query(SamplingFigureStore::published).list();
    }

    private static Published published(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Array items = rs.getArray("failed_items");
        return new Published(rs.getLong("id"), rs.getString("number"), rs.getString("product_name"),
                rs.getString("brand"), rs.getString("spec"), rs.getString("batch_no"),
                rs.getObject("produced_on", LocalDate.class),
                items == null ? List.of() : java.util.Arrays.asList((String[]) items.getArray()),
                rs.getString("producer_name"), rs.getString("producer_address"), rs.getString("entity_name"),
                rs.getString("entity_address"), rs.getString("entity_type"), rs.getString("entity_uscc"),
                rs.getString("result"), rs.getObject("final_on", LocalDate.class), rs.getString("kind"),
                rs.getString("category"), rs.getString("unit_name"));
    }
}
