package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One assessed unit's run through a scheme (its 考核): the target (a region with the unit of its leading-group office,
 * or a member unit), the state, who did each step and when, each item's scores, the appeals. The state moves only
 * through the guarded methods, which consult {@link RunAction}.
 *
 * @param regionCode  the region assessed (REGIONS), null for a member unit
 * @param unitId      the unit that fills the self-assessment: the region's office, or the member unit itself
 * @param releasedOn  the day the draft score went to the unit (the appeal window's start)
 * @param appealDue   the last day to appeal, on the working-day calendar (rulebook {@code assessment.appeal})
 * @param draftAcceptedAt when the unit confirmed the draft (无异议), null otherwise
 */
public record Run(long id, long schemeId, int targetSeq, String regionCode, long unitId, String targetName,
        RunStatus status, Instant submittedAt, String submittedBy, String returnedReason, Instant firstDoneAt,
        String firstDoneBy, Instant secondDoneAt, String secondDoneBy, LocalDate releasedOn, LocalDate appealDue,
        Instant draftAcceptedAt, String draftAcceptedBy, Instant finalisedAt, String finalisedBy, Instant publishedAt, List<RunItem> items, List<Appeal> appeals,
        int version) {

    /**
     * One item's scores in the run.
     *
     * @param figures the figures the computed score came from (code → value), null before the first computation
     */
    public record RunItem(long itemId, BigDecimal selfPoints, String selfNote, BigDecimal firstPoints,
            Boolean firstVeto, String firstNote, String firstBy, Instant firstAt, BigDecimal secondPoints,
            Boolean secondVeto, String secondNote, String secondBy, Instant secondAt, BigDecimal computedPoints,
            Map<String, BigDecimal> figures, Instant computedAt) {
    }

    /** An appeal on one item and the office's decision. */
    public record Appeal(long id, long itemId, String reason, String filedBy, Instant filedAt, AppealStatus status,
            String decision, BigDecimal decidedPoints, Boolean decidedVeto, String decidedBy, Instant decidedAt) {
    }

    public Run {
        items = items == null ? List.of() : List.copyOf(items);
        appeals = appeals == null ? List.of() : List.copyOf(appeals);
    }

    /** Refuses {@code action} in the current state with a message naming it (422). */
    public void require(RunAction action) {
        if (!action.possibleIn(status)) {
            throw new AssessmentRefused("assessment.refused.run." + action.name(), "assessment.runStatus." + status.name());
        }
    }

    public Optional<RunItem> item(long itemId) {
        return items.stream().filter(i -> i.itemId() == itemId).findFirst();
    }

    public Optional<Appeal> appealOn(long itemId) {
        return appeals.stream().filter(a -> a.itemId() == itemId).findFirst();
    }

    public boolean hasPendingAppeal() {
        return appeals.stream().anyMatch(a -> a.status() == AppealStatus.PENDING);
    }

    /** The run in {@code next} (the store writes it with the step's who and when). */
    Run in(RunStatus next) {
        return new Run(id, schemeId, targetSeq, regionCode, unitId, targetName, next, submittedAt, submittedBy,
                returnedReason, firstDoneAt, firstDoneBy, secondDoneAt, secondDoneBy, releasedOn, appealDue,
                draftAcceptedAt, draftAcceptedBy, finalisedAt, finalisedBy, publishedAt, items, appeals, version);
    }
}
