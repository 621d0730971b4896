package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.shuangda.shared.DerivedFigures;

/**
 * The report figures a unit's case records already hold, so nobody types them twice: 立案查处案件 (cases registered
 * in the period), 结案 (closed in the period), 大案要案 (registered in the period with 案值 at least
 * {@code shuangda.cases.major-case-value} 元, default 100,000 元: the 10万元 line many local 大要案 rules draw;
 * set it to the province's figure), 案值 in 万元 (two decimals, cases registered in the period) and 移送公安
 * (transfers handed over to the police in the period). Dates are Beijing dates.
 */
@Component
class CaseFigures implements DerivedFigures {

    private final JdbcClient jdbc;
    private final BigDecimal majorCaseValue;

    CaseFigures(JdbcClient jdbc, @Value("${shuangda.cases.major-case-value:100000}") BigDecimal majorCaseValue) {
        this.jdbc = jdbc;
        this.majorCaseValue = majorCaseValue;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.cases";
    }

    @Override
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
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
        figures.put("transferred", jdbc.sql("""
                select count(*) from case_transfer where unit_id = :unit and handover_at::date between :from and :to""")
                .param("unit", unitId).param("from", from).param("to", to).query(BigDecimal.class).single());
        return figures;
    }
}
