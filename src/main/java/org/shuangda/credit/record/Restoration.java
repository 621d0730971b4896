package org.shuangda.credit.record;

import java.time.Instant;
import java.time.LocalDate;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;

/**
 * A credit restoration application (信用修复申请, SAMR Order 107) for one penalty fact, the aggregate of its
 * lifecycle: every guarded method asks its {@link RestorationAction} and returns the application as it is after
 * the step; the service computes the clocks' due days (rulebook, working-day calendar) and passes them in.
 *
 * @param acceptDue  last day to accept or list the missing papers (2 working days after receipt or supplement)
 * @param decideDue  last day to decide (7 working days after acceptance, plus the extension)
 */
public record Restoration(Long id, String number, long factId, long entityId, String entityName, String uscc,
        String decisionNumber, Long unitId, String unitPath, String regionPath, String applicantName,
        String applicantPhone, String commitment, RestorationStatus status, LocalDate receivedOn, LocalDate acceptDue,
        String missingPapers, LocalDate acceptedOn, LocalDate decideDue, int extensionDays, String extensionApproval,
        LocalDate decidedOn, String refusalReason, String decidedBy, Instant appliedAt, int version) {

    /** Whether {@code actor} may take the step now (officers' buttons): {@code ${r.allows(me, 'ACCEPT')}}. */
    public boolean allows(Actor actor, String action) {
        RestorationAction a = RestorationAction.valueOf(action);
        return actor != null && !a.byApplicant() && a.allowedFor(actor, status)
                && (a != RestorationAction.EXTEND || extensionDays == 0);
    }

    /** Whether a clock of the application ran out before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status == RestorationStatus.SUBMITTED && acceptDue != null && today.isAfter(acceptDue)
                || status == RestorationStatus.ACCEPTED && decideDue != null && today.isAfter(decideDue);
    }

    /** The due day of the running clock, or null when none runs (waiting for papers, decided). */
    public LocalDate runningDue() {
        return switch (status) {
            case SUBMITTED -> acceptDue;
            case ACCEPTED -> decideDue;
            default -> null;
        };
    }

    Restoration accepted(LocalDate on, LocalDate decideDue) {
        require(RestorationAction.ACCEPT);
        return with(RestorationStatus.ACCEPTED, acceptDue, missingPapers, on, decideDue, extensionDays,
                extensionApproval, decidedOn, refusalReason, decidedBy);
    }

    Restoration papersRequested(String missing) {
        require(RestorationAction.REQUEST_PAPERS);
        String list = required("missingPapers", missing);
        return with(RestorationStatus.PAPERS_MISSING, null, list, acceptedOn, decideDue, extensionDays,
                extensionApproval, decidedOn, refusalReason, decidedBy);
    }

    /** The applicant sent papers: received again on {@code on}, to be accepted by {@code acceptDue}. */
    Restoration supplemented(LocalDate acceptDue) {
        require(RestorationAction.SUPPLEMENT);
        return with(RestorationStatus.SUBMITTED, acceptDue, missingPapers, acceptedOn, decideDue, extensionDays,
                extensionApproval, decidedOn, refusalReason, decidedBy);
    }

    Restoration extended(int days, String approval, LocalDate newDue) {
        require(RestorationAction.EXTEND);
        if (extensionDays > 0) {
            throw new InvalidInput("status", "credit.restoration.refused.extendedAlready", extensionDays);
        }
        String by = required("approval", approval);
        return with(status, acceptDue, missingPapers, acceptedOn, newDue, days, by, decidedOn, refusalReason,
                decidedBy);
    }

    Restoration restored(LocalDate on, String by) {
        require(RestorationAction.RESTORE);
        return with(RestorationStatus.RESTORED, acceptDue, missingPapers, acceptedOn, decideDue, extensionDays,
                extensionApproval, on, null, by);
    }

    Restoration refused(String reason, LocalDate on, String by) {
        require(RestorationAction.REFUSE);
        String why = required("reason", reason);
        return with(RestorationStatus.REFUSED, acceptDue, missingPapers, acceptedOn, decideDue, extensionDays,
                extensionApproval, on, why, by);
    }

    private void require(RestorationAction action) {
        if (!action.possibleIn(status)) {
            throw new RestorationRefused(action, status);
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        return value.strip();
    }

    private Restoration with(RestorationStatus s, LocalDate acceptDue, String missing, LocalDate acceptedOn,
            LocalDate decideDue, int extensionDays, String approval, LocalDate decidedOn, String refusal,
            String decidedBy) {
        return new Restoration(id, number, factId, entityId, entityName, uscc, decisionNumber, unitId, unitPath,
                regionPath, applicantName, applicantPhone, commitment, s, receivedOn, acceptDue, missing, acceptedOn,
                decideDue, extensionDays, approval, decidedOn, refusal, decidedBy, appliedAt, version);
    }
}
