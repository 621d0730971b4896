package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads cases (scoped) for transfers, thresholds and the prosecutor's list of cases never transferred. */
@Repository
class CaseFactsStore {

    private static final String SELECT = """
            select c.id, c.number, c.title, c.unit_id, u.name as unit_name, c.unit_path, c.region_path, u.region_code,
                   c.category, c.status, c.case_value, c.illegal_gains, c.illegal_business_amount
              from enforcement_case c join unit u on u.id = c.unit_id
            """;
    private static final String SCOPED =
            " (:all or c.unit_path like any(:unitPatterns) or c.region_path like any(:regionPatterns)) ";

    private final JdbcClient jdbc;

    CaseFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseFacts> find(DataScope scope, long caseId) {
        return jdbc.sql(SELECT + " where c.id = :id and " + SCOPED).params(scope.unitParams()).param("id", caseId)
                .query(CaseFactsStore::row).optional();
    }

    /** Any case, unscoped: for event listeners that act for the system. */
    Optional<CaseFacts> find(long caseId) {
        return find(DataScope.everything(), caseId);
    }

    /**
     * Cases in scope meeting an active threshold (same rule as {@link CriminalThreshold#metBy}) with no transfer
     * ever handed over or in progress: the suspected 以罚代刑 list. Revoked cases are left out.
     */
    List<CaseFacts> aboveThresholdNeverTransferred(DataScope scope) {
        return jdbc.sql(SELECT + " where " + SCOPED + """
                  and c.status <> 'REVOKED'
                  and exists (select 1 from criminal_threshold t where t.active and t.category = c.category
                       and ((t.amount_kind = 'BUSINESS_AMOUNT' and c.illegal_business_amount >= t.minimum)
                         or (t.amount_kind = 'ILLEGAL_GAINS' and c.illegal_gains >= t.minimum)
                         or (t.amount_kind = 'CASE_VALUE' and c.case_value >= t.minimum)))
                  and not exists (select 1 from case_transfer x where x.case_id = c.id
                       and x.status not in ('PROPOSED', 'DECLINED'))
                order by c.registered_at desc, c.id desc limit 500""").params(scope.unitParams())
                .query(CaseFactsStore::row).list();
    }

    /** The police unit of the case's county (公安局 in the same region), if there is one. */
    Optional<Long> defaultPoliceUnit(String regionCode) {
        return jdbc.sql("""
                select id from unit where region_code = :r and type = 'PUBLIC_SECURITY' and active
                 order by path limit 1""").param("r", regionCode).query(Long.class).optional();
    }

    boolean isPoliceUnit(long unitId) {
        return jdbc.sql("select count(*) from unit where id = :id and type = 'PUBLIC_SECURITY' and active")
                .param("id", unitId).query(Long.class).single() > 0;
    }

    private static CaseFacts row(ResultSet rs, int n) throws SQLException {
        return new CaseFacts(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("region_path"),
                rs.getString("region_code"), rs.getString("category"), rs.getString("status"),
                rs.getObject("case_value", BigDecimal.class), rs.getObject("illegal_gains", BigDecimal.class),
                rs.getObject("illegal_business_amount", BigDecimal.class));
    }
}
