package org.shuangda.assessment.supervision;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.MultiLine;

/**
 * What the visit found: the day, who went, a summary, each checklist point's outcome (by its seq) and the findings
 * with the date to rectify each by.
 */
public record VisitRecord(LocalDate visitedOn, String inspectors, @MultiLine String summary, List<CheckOutcome> checks,
        List<FindingForm> findings, Integer version) {

    public record CheckOutcome(Integer seq, Visit.Outcome outcome, String note) {
    }

    public record FindingForm(@MultiLine String text, LocalDate dueOn) {
    }

    public VisitRecord {
        checks = checks == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(checks));
        findings = findings == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(findings));
    }
}
