package org.shuangda.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Figures a module can derive from its own records for a reporting period (立案数 from cases, 投诉量 from
 * complaints…), offered by the reporting module beside the figures a unit types in, so nothing is entered
 * twice and differences show. Implementations are Spring beans; reporting asks every one of them.
 */
public interface DerivedFigures {

    /** Message code naming the source for people, e.g. {@code derived.source.cases} ("案件数据"). */
    String sourceLabel();

    /**
     * Values by indicator code (the codes of report templates, e.g. {@code cases_opened}, {@code cases_closed},
     * {@code case_value} in 万元, {@code transferred}) for one unit's records dated within
     * {@code from..to} inclusive. Codes the module knows nothing about are simply absent. The caller has
     * already checked that the actor may see the unit's figures.
     */
    Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to);
}
