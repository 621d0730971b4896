package org.shuangda.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers reporting the figures of the built-in template SHUANGDA_BASIC (V8) that samples know, for one unit and the
 * batches whose result became final in the period: 抽检批次 ({@code samples}) and 抽检合格批次 ({@code samples_passed}),
 * from which the template computes 合格率 ({@code pass_rate}, also given here). A unit without any such batch is
 * offered nothing (so no "0" stands beside what it typed).
 */
@Component
class SamplingDerivedFigures implements DerivedFigures {

    private final SamplingFigureStore store;

    SamplingDerivedFigures(SamplingFigureStore store) {
        this.store = store;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.sampling";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        SamplingFigureStore.Count c = store.ofUnit(unitId, from, to);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (c.batches() == 0) {
            return values;
        }
        values.put("samples", BigDecimal.valueOf(c.batches()));
        values.put("samples_passed", BigDecimal.valueOf(c.passed()));
        values.put("pass_rate", SamplingFigures.rate(c.passed(), c.batches()));
        return values;
    }
}
