package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The report figures a unit's case records already hold, so nobody types them twice: 立案查处案件 (cases registered
 * in the period), 结案 (closed in the period), 大案要案 (registered in the period with 案值 at least
 * {@code shuangda.cases.major-case-value} 元, default 100,000 元: the 10万元 line many local 大要案 rules draw;
 * set it to the province's figure), 案值 in 万元 (two decimals, cases registered in the period) and 移送公安
 * (transfers handed over to the police in the period). Dates are Beijing dates.
 */
@Component
class CaseFigures implements DerivedFigures {

    private final CaseFactsStore cases;
    private final TransferStore transfers;
    private final BigDecimal majorCaseValue;

    CaseFigures(CaseFactsStore cases, TransferStore transfers,
            @Value("${shuangda.cases.major-case-value:100000}") BigDecimal majorCaseValue) {
        this.cases = cases;
        this.transfers = transfers;
        this.majorCaseValue = majorCaseValue;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.cases";
    }

    @Override
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> figures = cases.figures(unitId, from, to, majorCaseValue);
        figures.put("transferred", BigDecimal.valueOf(transfers.handedOverBetween(unitId, from, to)));
        return figures;
    }
}
