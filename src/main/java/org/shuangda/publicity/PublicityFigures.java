package org.shuangda.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers reporting what a unit's publicity activities held in the period say: 宣传资料 (份, the materials handed out,
 * SHUANGDA_BASIC's {@code leaflets}), and SHUANGDA_PUBLICITY's counts — activities in all and by kind, attendance and
 * reach (V210). An activity counts in the period of its day, for the unit that held it. A unit without activities in
 * the period is offered nothing (so no "0" stands beside what it typed).
 */
@Component
public class PublicityFigures implements DerivedFigures {

    private final ActivityStore store;

    PublicityFigures(ActivityStore store) {
        this.store = store;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.publicity";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        ActivityStore.Figures f = store.figures(unitId, from, to);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (f.activities() == 0) {
            return values;
        }
        values.put("leaflets", BigDecimal.valueOf(f.materials()));
        values.put("publicity_activities", BigDecimal.valueOf(f.activities()));
        for (PublicityKind kind : PublicityKind.values()) {
            values.put(kind.indicator(), BigDecimal.valueOf(f.byKind().getOrDefault(kind, 0)));
        }
        values.put("publicity_attendance", BigDecimal.valueOf(f.attendance()));
        values.put("publicity_reach", BigDecimal.valueOf(f.reach()));
        return values;
    }
}
