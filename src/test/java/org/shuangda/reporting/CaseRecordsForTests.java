package org.shuangda.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;

/**
 * A {@link DerivedFigures} source defined by the tests (the real ones come from the cases and complaints
 * modules, and answer beside it: the assertions pick this source by its label). It sits in the shared test context (component scan) rather than a context of its own, and so
 * that it cannot touch any other test it answers only for periods starting in {@link #YEAR}, which only
 * {@link DerivedFiguresTests} uses.
 */
@Component
class CaseRecordsForTests implements DerivedFigures {

    static final int YEAR = 2031;

    /** Not a message code: shown as it is (reporting falls back to the text), and no real source uses it. */
    static final String LABEL = "测试台账";

    @Override
    public String sourceLabel() {
        return LABEL;
    }

    @Override
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        if (from.getYear() != YEAR) {
            return Map.of();
        }
        return Map.of("cases_opened", new BigDecimal("8"), "cases_closed", new BigDecimal("5"),
                "case_value", new BigDecimal("12.50"), "not_in_the_template", BigDecimal.ONE);
    }
}
