package org.shuangda.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.DerivedFigures;
import org.springframework.stereotype.Component;

/**
 * Offers reporting the figures of the built-in template SHUANGDA_COMPLAINTS (migration V42), counted from the
 * filings a unit handles that were received in the period.
 */
@Component
class ComplaintFigures implements DerivedFigures {

    private final FilingStatistics statistics;

    ComplaintFigures(FilingStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String sourceLabel() {
        return "derived.source.complaints";
    }

    @Override
    public Map<String, BigDecimal> figuresFor(long unitId, LocalDate from, LocalDate to) {
        FilingStatistics.Figures f = statistics.forUnit(unitId, from, to);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("complaints_received", count(f.byTrack(), Track.COMPLAINT.name()));
        values.put("tips_received", count(f.byTrack(), Track.REPORT.name()));
        values.put("enquiries_received", count(f.byTrack(), Track.ENQUIRY.name()));
        values.put("tips_to_clues", count(f.byOutcome(), Outcome.CASE_OPENED.name())
                .add(count(f.byOutcome(), Outcome.NO_CASE.name()))
                .add(count(f.byOutcome(), FilingStatus.REFERRED.name())));
        values.put("filings_closed", BigDecimal.valueOf(f.decided()));
        values.put("filings_closed_on_time", BigDecimal.valueOf(f.decidedOnTime()));
        if (f.onTimeRate() != null) {
            values.put("filings_on_time_rate", f.onTimeRate());
        }
        return values;
    }

    private static BigDecimal count(Map<String, Long> counts, String key) {
        return BigDecimal.valueOf(counts.getOrDefault(key, 0L));
    }
}
