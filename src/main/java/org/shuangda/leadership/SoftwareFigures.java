package org.shuangda.leadership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;

/**
 * Offers reporting the figures of the built-in template SHUANGDA_SOFTWARE (V187) from a unit's software ledger:
 * the totals of its latest self-check or inspection within the period (a ledger is a stock, so a period's figures
 * are those of the check made in it), and the number of the office's inspections in the period. Nothing when the
 * unit made no check in the period.
 */
@Component
class SoftwareFigures implements DerivedFigures {

    private final SoftwareStore store;

    SoftwareFigures(SoftwareStore store) {
        this.store = store;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.software";
    }

    @Override
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        store.latestCheck(unitId, from, to).ifPresent(c -> {
            values.put("software_computers", BigDecimal.valueOf(c.computers()));
            values.put("software_installed", BigDecimal.valueOf(c.installed()));
            values.put("software_covered", BigDecimal.valueOf(c.covered()));
            if (c.licensedRate() != null) {
                values.put("software_licensed_rate", c.licensedRate());
            }
            values.put("software_inspections", BigDecimal.valueOf(store.inspections(unitId, from, to)));
        });
        return values;
    }
}
