package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads cases (scoped) for transfers, thresholds, the prosecutor's list of cases never transferred and the report
 * figures: the case tables are this module's own; units come from organization's {@code pub_unit} view.
 */
@Repository
class CaseFactsStore {

    private static final String SELECT = """
            select c.id, c.number, c.title, c.unit_id, u.name as unit_name, c.unit_path, c.region_path, u.region_code,
                   c.category, c.status, c.case_value, c.illegal_gains, c.illegal_business_amount
              from enforcement_case c join pub_unit u on u.id = c.unit_id
            """;

    private final JdbcClient jdbc;

    CaseFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseFacts> find(DataScope scope, long caseId) {
        SqlPredicate inScope = scoped(scope);
        return jdbc.sql(SELECT + " where c.id = :id and " + inScope.sql()).params(inScope.params()).param("id", caseId)
                .query(CaseFactsStore::row).optional();
    }

    /**
     * Cases in scope meeting an active threshold in force in their region (the most specific row, as
     * {@link Thresholds#applicable}; same rule as {@link CriminalThreshold#metBy}) with no transfer
     * ever handed over or in progress: the suspected 以罚代刑 list. Revoked cases are left out.
     */
    List<CaseFacts> aboveThresholdNeverTransferred(DataScope scope) {
        SqlPredicate inScope = scoped(scope);
        return jdbc.sql(SELECT + " where " + inScope.sql() + """
                  and c.status <> 'REVOKED'
                  and exists (select 1 from criminal_threshold t where t.active and t.category = c.category
                       and (t.owner_region_path is null or starts_with(c.region_path, t.owner_region_path))
                       and not exists (select 1 from criminal_threshold s where s.category = t.category
                            and s.charge = t.charge and s.amount_kind = t.amount_kind
                            and starts_with(c.region_path, s.owner_region_path)
                            and length(s.owner_region_path) > length(coalesce(t.owner_region_path, '')))
                       and ((t.amount_kind = 'BUSINESS_AMOUNT' and c.illegal_business_amount >= t.minimum)
                         or (t.amount_kind = 'ILLEGAL_GAINS' and c.illegal_gains >= t.minimum)
                         or (t.amount_kind = 'CASE_VALUE' and c.case_value >= t.minimum)))
                  and not exists (select 1 from case_transfer x where x.case_id = c.id
                       and x.status not in ('PROPOSED', 'DECLINED'))
                order by c.registered_at desc, c.id desc limit 500""").params(inScope.params())
                .query(CaseFactsStore::row).list();
    }

    /** The police unit of the case's county (公安局 in the same region), if there is one. */
    Optional<Long> defaultPoliceUnit(String regionCode) {
        return jdbc.sql("""
                select id from pub_unit where region_code = :r and type = 'PUBLIC_SECURITY' and active
                 order by path limit 1""").param("r", regionCode).query(Long.class).optional();
    }

    /** The region path of an active police unit (公安机关), empty for any other unit. */
    Optional<String> policeUnitRegion(long unitId) {
        return jdbc.sql("select region_path from pub_unit where id = :id and type = 'PUBLIC_SECURITY' and active")
                .param("id", unitId).query(String.class).optional();
    }

    /**
     * The unit's cases registered and closed between the two dates, the major ones among those registered (案值
     * at least {@code majorCaseValue}) and their 案值 in 万元 (two decimals); keys as {@link CaseFigures} offers them.
     */
    Map<String, BigDecimal> figures(long unitId, LocalDate from, LocalDate to, BigDecimal majorCaseValue) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        jdbc.sql("""
                select count(*) filter (where registered_at::date between :from and :to) as opened,
                       count(*) filter (where closed_on between :from and :to) as closed,
                       count(*) filter (where registered_at::date between :from and :to and case_value >= :major) as major,
                       coalesce(sum(case_value) filter (where registered_at::date between :from and :to), 0) as value
                  from enforcement_case where unit_id = :unit""")
                .param("from", from).param("to", to).param("major", majorCaseValue).param("unit", unitId)
                .query(rs -> {
                    figures.put("cases_opened", rs.getBigDecimal("opened"));
                    figures.put("cases_closed", rs.getBigDecimal("closed"));
                    figures.put("major_cases", rs.getBigDecimal("major"));
                    figures.put("case_value", rs.getBigDecimal("value").divide(new BigDecimal("10000"), 2,
                            RoundingMode.HALF_UP));
                });
        return figures;
    }

    private static SqlPredicate scoped(DataScope scope) {
        return scope.unitOwned("c.unit_path", "c.region_path");
    }

    private static CaseFacts row(ResultSet rs, int n) throws SQLException {
        return new CaseFacts(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("region_path"),
                rs.getString("region_code"), rs.getString("category"), rs.getString("status"),
                rs.getObject("case_value", BigDecimal.class), rs.getObject("illegal_gains", BigDecimal.class),
                rs.getObject("illegal_business_amount", BigDecimal.class));
    }
}
