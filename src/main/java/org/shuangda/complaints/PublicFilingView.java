package org.shuangda.complaints;

import java.util.List;

/**
 * What the filer sees with tracking number and query code: where it stands, who handles it now, its history
 * (units and reasons, never staff names) and the result; the rating form once it is closed.
 */
public record PublicFilingView(String trackingNo, Track track, FilingStatus status, String unitName,
        String regionName, List<FilingEvent> history, Outcome outcome, RefusalGround refusalGround,
        String resultText, String mergedIntoNo, String caseNumber, Integer rating, String ratingComment,
        boolean mayRate) {

    static PublicFilingView of(FilingView v, List<FilingEvent> events) {
        Filing f = v.filing();
        List<FilingEvent> history = events.stream()
                .map(e -> new FilingEvent(e.at(), e.kind(), e.status(), e.unitName(), e.reason(), null)).toList();
        return new PublicFilingView(f.trackingNo(), f.track(), f.status(), v.unitName(), v.regionName(), history,
                f.outcome(), f.refusalGround(), f.resultText(), v.mergedIntoNo(), f.caseNumber(), f.rating(),
                f.ratingComment(), f.mayBeRated());
    }
}
