package org.shuangda.inspections.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers reporting the figures of the built-in template SHUANGDA_BASIC (V8) that inspection records know, for one
 * unit and the records whose first day lies in the period: 出动执法人员 (its own officers × days, in every record it
 * took part in), 联合执法 (the joint inspections it took part in), and from the records it led 检查经营主体 and 检查市场
 * (distinct), 整治重点区域 and 捣毁窝点 — a joint action's results count once, for its lead unit. A unit without any
 * record in the period is offered nothing (so no "0" stands beside what it typed).
 */
@Component
class InspectionFigures implements DerivedFigures {

    private final RecordStore store;

    InspectionFigures(RecordStore store) {
        this.store = store;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.inspections";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        RecordStore.Figures f = store.figures(unitId, from, to);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (f.records() == 0) {
            return values;
        }
        values.put("officers", BigDecimal.valueOf(f.officerTimes()));
        values.put("entities_checked", BigDecimal.valueOf(f.entities()));
        values.put("markets_checked", BigDecimal.valueOf(f.markets()));
        values.put("areas_rectified", BigDecimal.valueOf(f.areas()));
        values.put("joint_actions", BigDecimal.valueOf(f.joint()));
        values.put("dens_destroyed", BigDecimal.valueOf(f.dens()));
        return values;
    }
}
