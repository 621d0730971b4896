package org.shuangda.assessment.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.assessment.AssessmentRefused;

/**
 * A 督查 visit of the office to a member unit: planned with a checklist, recorded with each point's outcome and the
 * findings, each finding a rectification task with a due date tracked to closure (overdue is computed, never
 * stored). The visit closes when its last finding is closed (at once when it had none).
 */
public record Visit(Long id, long officeUnitId, String officeUnitName, String regionCode, long unitId, String unitName,
        String title, LocalDate plannedOn, LocalDate visitedOn, String inspectors, String summary, VisitStatus status,
        List<Check> checks, List<Finding> findings, String createdBy, int version) {

    public enum Outcome {
        MET,
        PROBLEM,
        NOT_APPLICABLE
    }

    /** A checklist point and, once visited, its outcome. */
    public record Check(int seq, String text, Outcome outcome, String note) {
    }

    /** A finding to rectify by {@code dueOn}. */
    public record Finding(long id, int seq, String text, LocalDate dueOn, FindingStatus status, String rectification,
            String reportedBy, Instant reportedAt, String closedBy, LocalDate closedOn) {

        public boolean overdue(LocalDate today) {
            return status != FindingStatus.CLOSED && today.isAfter(dueOn);
        }

        public void require(FindingAction action) {
            if (!action.possibleIn(status)) {
                throw new AssessmentRefused("supervision.refused.finding." + action.name(),
                        "supervision.findingStatus." + status.name());
            }
        }
    }

    public Visit {
        checks = checks == null ? List.of() : List.copyOf(checks);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public void require(VisitAction action) {
        if (!action.possibleIn(status)) {
            throw new AssessmentRefused("supervision.refused." + action.name(), "supervision.status." + status.name());
        }
    }

    public long openFindings() {
        return findings.stream().filter(f -> f.status() != FindingStatus.CLOSED).count();
    }

    public long overdueFindings(LocalDate today) {
        return findings.stream().filter(f -> f.overdue(today)).count();
    }
}
